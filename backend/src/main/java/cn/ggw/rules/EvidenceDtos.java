package cn.ggw.rules;

import cn.ggw.files.StoredFileView;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the evidence and compliance API reads and writes. */
public final class EvidenceDtos {

    private EvidenceDtos() {
    }

    @Schema(name = "RecordRuleEvidenceRequest", description = "A meeting held (or a study session) for a rule's obligation")
    public record RecordEvidenceRequest(
            @Schema(required = true, examples = "7") Long ruleId,
            @Schema(nullable = true, description = "Default: the caller's unit") Long unitId,
            @Schema(required = true, description = "Not in the future", examples = "2013-07-05") LocalDate heldOn,
            @Schema(nullable = true, description = "Default: the rule's title and the day", examples = "7月份例会") String title,
            @Schema(nullable = true, examples = "王德明、李秀兰、张国华") String attendees,
            @Schema(nullable = true, examples = "学习新修订的工作制度") String topics,
            @Schema(nullable = true, examples = "各村于月底前完成制度上墙") String decisions,
            @Schema(nullable = true, description = "Uploaded photos (POST /files, purpose IMAGE)") List<Long> photoIds) {
    }

    @Schema(name = "RuleEvidence")
    public record EvidenceView(
            long id,
            long ruleId,
            String ruleCode,
            OrgUnitRef unit,
            LocalDate heldOn,
            String title,
            @Schema(nullable = true) String attendees,
            @Schema(nullable = true) String topics,
            @Schema(nullable = true) String decisions,
            List<StoredFileView> photos,
            Instant createdAt,
            String createdBy) {
    }

    @Schema(name = "RuleCompliance", description = "One rule's obligation for a unit over a year: periods due, met, and missing")
    public record RuleCompliance(long ruleId, String code, String title, ObligationKind kind, ObligationFrequency frequency,
                                 int due, int met, @Schema(examples = "[\"2013-03\"]") List<String> missing) {
    }

    @Schema(name = "UnitCompliance", description = "What a unit's rules asked of it in a year (periods ended by today) and what it recorded")
    public record UnitCompliance(OrgUnitRef unit, int year, int due, int met, List<RuleCompliance> rules) {
    }
}
