package cn.ggw.volunteers;

/** 离退休类别. */
public enum RetirementType {
    /** 离休 */
    LIXIU,
    /** 退休 */
    TUIXIU,
    /** 提前退出领导岗位 */
    EARLY_RETIRED
}
