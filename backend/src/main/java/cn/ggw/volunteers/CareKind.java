package cn.ggw.volunteers;

/** Care given to a 五老 ("工作上信任，生活上关照"). */
public enum CareKind {
    /** 走访慰问 */
    VISIT,
    /** 生活关照 */
    DAILY_LIFE,
    /** 健康关怀 */
    HEALTH,
    /** 节日慰问 */
    FESTIVAL,
    OTHER
}
