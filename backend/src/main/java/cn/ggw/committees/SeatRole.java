package cn.ggw.committees;

/** The seats of a committee team (班子). */
public enum SeatRole {
    /** 主任 */
    DIRECTOR,
    /** 常务副主任: the one who actually does the work; the seat that gets adjusted (调整). */
    EXECUTIVE_VICE_DIRECTOR,
    /** 副主任 */
    VICE_DIRECTOR,
    /** 秘书长 */
    SECRETARY_GENERAL,
    /** 委员 */
    MEMBER
}
