package cn.ggw.committees;

/** Why someone left a seat. */
public enum EndReason {
    /** 年龄 */
    AGE,
    /** 身体 */
    HEALTH,
    /** 换届 */
    ELECTION,
    /** 调整 (only through the adjustment flow) */
    ADJUSTMENT,
    /** 辞职 */
    RESIGNATION,
    /** 去世 */
    DEATH,
    /** 其他 (a note is required) */
    OTHER
}
