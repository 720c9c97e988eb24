package cn.ggw.committees;

import java.util.EnumSet;
import java.util.Set;

/** Where a proposal to adjust an executive vice-director stands. */
public enum AdjustmentStatus {
    /** 已提议 */
    PROPOSED,
    /** 已征求乡镇党委意见 */
    CONSULTED,
    /** 已批准, waiting for the handover */
    APPROVED,
    /** 未批准 (closed) */
    REJECTED,
    /** 已撤回 (closed) */
    WITHDRAWN,
    /** 已完成: the old appointment ended with reason ADJUSTMENT, the successor appointed */
    COMPLETED;

    public static final Set<AdjustmentStatus> OPEN = EnumSet.of(PROPOSED, CONSULTED, APPROVED);
}
