package cn.ggw.exemplars;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

/** Where an exemplar stands in the review. */
@Schema(name = "ExemplarStatus", description = "SUBMITTED 待乡镇审核, FORWARDED 待区审核, RETURNED 退回修改, APPROVED 已通过, REJECTED 未通过")
public enum ExemplarStatus {
    /** Nominated, waiting for the township's review. */
    SUBMITTED,
    /** Forwarded by the township (or nominated where no township reviews), waiting for the district. */
    FORWARDED,
    /** Sent back to the nominator with comments; editable, then submitted again. */
    RETURNED,
    APPROVED,
    REJECTED;

    /** The write-up may be changed only while it is with the nominator or not yet looked at. */
    public static final Set<ExemplarStatus> EDITABLE = Set.of(SUBMITTED, RETURNED);
}
