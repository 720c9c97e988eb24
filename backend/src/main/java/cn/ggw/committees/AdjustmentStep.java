package cn.ggw.committees;

/** The steps of adjusting an executive vice-director that follow the proposal, in order. */
public enum AdjustmentStep {
    /** 征求乡镇党委意见 */
    CONSULTATION,
    /** 决定 */
    DECISION,
    /** 交接: the old appointment ends with 调整, the successor is appointed */
    COMPLETION
}
