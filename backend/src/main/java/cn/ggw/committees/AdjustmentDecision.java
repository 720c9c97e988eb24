package cn.ggw.committees;

/** The decision on a proposal to adjust. */
public enum AdjustmentDecision {
    /** 批准 */
    APPROVED,
    /** 不批准 */
    REJECTED
}
