package cn.ggw.committees;

/** 年度考核 results. */
public enum AssessmentRating {
    /** 优秀 */
    EXCELLENT,
    /** 称职 */
    COMPETENT,
    /** 基本称职 */
    BASICALLY_COMPETENT,
    /** 不称职 */
    INCOMPETENT;

    /** Only a weak assessment supports a proposal to adjust. */
    public boolean supportsAdjustment() {
        return this == BASICALLY_COMPETENT || this == INCOMPETENT;
    }
}
