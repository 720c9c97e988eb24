package cn.ggw.rules;

import cn.ggw.documents.RichText;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the rulebook API reads and writes. Entities never leave the services. */
public final class RuleDtos {

    private RuleDtos() {
    }

    @Schema(name = "RuleObligation", description = "What a rule asks a unit to hold and record, counted per calendar period")
    public record Obligation(
            @Schema(required = true) ObligationKind kind,
            @Schema(required = true) ObligationFrequency frequency,
            @Schema(nullable = true, description = "The evidence expected", examples = "会议记录（时间、参会人员、议题、决定）和照片") String evidence) {
    }

    @Schema(name = "CreateRuleRequest", description = "A new rule of a unit's rulebook; its first version is a draft")
    public record CreateRuleRequest(
            @Schema(nullable = true, description = "The unit whose rulebook it joins; default the caller's unit") Long ownerUnitId,
            @Schema(required = true, examples = "LH-03") String code,
            @Schema(nullable = true, examples = "3") Integer sortOrder,
            @Schema(required = true, examples = "例会制度") String title,
            @Schema(required = true) RuleCategory category,
            @Schema(required = true) RichText body,
            @Schema(required = true, description = "The unit kinds it applies to") List<OrgUnitKind> appliesTo,
            @Schema(nullable = true) Obligation obligation) {
    }

    @Schema(name = "UpdateRuleVersionRequest", description = "Changes a draft or a version under consultation")
    public record UpdateRuleVersionRequest(
            @Schema(required = true, examples = "例会制度") String title,
            @Schema(required = true) RuleCategory category,
            @Schema(required = true) RichText body,
            @Schema(required = true) List<OrgUnitKind> appliesTo,
            @Schema(nullable = true) Obligation obligation,
            @Schema(nullable = true, examples = "增加第五条：会议记录须附照片") String changeNote,
            @Schema(required = true, description = "The version read (optimistic lock)", examples = "0") Long version) {
    }

    @Schema(name = "PublishRuleVersionRequest")
    public record PublishRuleVersionRequest(
            @Schema(required = true, description = "The first day it is in force; after the version in force now", examples = "2013-07-01")
            LocalDate effectiveFrom,
            @Schema(nullable = true, description = "Also send it down in a bulletin 《情况反映》 to every unit below") Boolean announce,
            @Schema(required = true, examples = "1") Long version) {
    }

    @Schema(name = "RuleVersionSummary")
    public record VersionSummary(
            @Schema(examples = "31") long id,
            @Schema(examples = "3") int number,
            RuleVersionStatus status,
            @Schema(examples = "例会制度") String title,
            RuleCategory category,
            @Schema(nullable = true, examples = "2013-07-01") LocalDate effectiveFrom,
            @Schema(nullable = true, description = "First day no longer in force") LocalDate effectiveTo,
            @Schema(nullable = true) String changeNote) {

        static VersionSummary of(RuleVersion v) {
            return new VersionSummary(v.id, v.number, v.status, v.title, v.category, v.effectiveFrom, v.effectiveTo, v.changeNote);
        }
    }

    @Schema(name = "RuleSummary", description = "A rule of a rulebook with its latest version and the one in force today")
    public record RuleSummary(
            @Schema(examples = "7") long id,
            @Schema(examples = "LH-03") String code,
            int sortOrder,
            OrgUnitRef owner,
            VersionSummary latest,
            @Schema(nullable = true) VersionSummary inForce) {
    }

    @Schema(name = "RuleDetail", description = "A rule with every version, newest first")
    public record RuleDetail(
            long id,
            String code,
            int sortOrder,
            OrgUnitRef owner,
            @Schema(description = "Whether the caller may change this rulebook") boolean writable,
            List<VersionSummary> versions) {
    }

    @Schema(name = "RuleVersion", description = "One version of a rule with its text")
    public record VersionView(
            long id,
            long ruleId,
            @Schema(examples = "LH-03") String code,
            OrgUnitRef owner,
            int number,
            RuleVersionStatus status,
            String title,
            RuleCategory category,
            RichText body,
            List<OrgUnitKind> appliesTo,
            @Schema(nullable = true) Obligation obligation,
            @Schema(nullable = true) String changeNote,
            @Schema(nullable = true) LocalDate effectiveFrom,
            @Schema(nullable = true) LocalDate effectiveTo,
            @Schema(nullable = true) Instant publishedAt,
            @Schema(nullable = true) String publishedBy,
            @Schema(description = "Optimistic lock: send it back when changing") long version,
            boolean writable) {
    }

    @Schema(name = "RuleInForce", description = "A rule of the rulebook that applies to a unit, in the version in force on a day")
    public record RuleInForce(
            long ruleId,
            String code,
            OrgUnitRef owner,
            long versionId,
            int number,
            String title,
            RuleCategory category,
            RichText body,
            List<OrgUnitKind> appliesTo,
            @Schema(nullable = true) Obligation obligation,
            LocalDate effectiveFrom) {
    }

    @Schema(name = "Rulebook", description = "The rules in force for a unit on a day: its own and those of the units above it that apply to its kind")
    public record Rulebook(OrgUnitRef unit, @Schema(examples = "2013-07-01") LocalDate on, List<RuleInForce> rules) {
    }

    @Schema(name = "RuleDiffChange", description = "SAME, CHANGED (same clause, new text), ADDED (only in the later), REMOVED (only in the earlier)")
    public enum DiffChange {
        SAME, CHANGED, ADDED, REMOVED
    }

    @Schema(name = "RuleDiffRow", description = "One row of the side-by-side diff: the block before and after")
    public record DiffRow(DiffChange change,
                          @Schema(nullable = true) RichText.Block before,
                          @Schema(nullable = true) RichText.Block after) {
    }

    @Schema(name = "RuleDiff", description = "Clause by clause, two versions of one rule side by side")
    public record DiffView(VersionSummary from, VersionSummary to, @Schema(nullable = true, description = "The title, when it changed") String titleBefore,
                           List<DiffRow> rows, int added, int removed, int changed) {
    }

    @Schema(name = "CreateRuleCommentRequest")
    public record CreateCommentRequest(@Schema(required = true, examples = "建议例会改为每两月一次") String text,
                                       @Schema(nullable = true, description = "The clause commented on, by its number in the draft; "
                                               + "none for the draft as a whole", examples = "三") String clause) {
    }

    @Schema(name = "AnswerRuleCommentRequest")
    public record AnswerCommentRequest(@Schema(required = true, examples = "采纳，第三条已修改") String answer) {
    }

    @Schema(name = "RuleComment", description = "A comment of a unit below on a version under consultation, with the owner's answer")
    public record CommentView(long id, long versionId, OrgUnitRef unit,
                              @Schema(nullable = true, description = "The clause commented on; null for the whole draft") String clause,
                              String text, Instant createdAt, String createdBy,
                              @Schema(nullable = true) String answer, @Schema(nullable = true) Instant answeredAt,
                              @Schema(nullable = true) String answeredBy) {
    }

    @Schema(name = "RuleConsultation", description = "A draft under consultation that binds the caller's unit (its owner is above it and it applies "
            + "to the unit's kind), with the version in force to compare it with and the caller's unit's comments")
    public record ConsultationView(
            long ruleId,
            @Schema(examples = "LH-03") String code,
            OrgUnitRef owner,
            VersionSummary draft,
            @Schema(nullable = true, description = "The version in force today, for the diff") VersionSummary inForce,
            @Schema(description = "Comments of the caller's unit (and below) on the draft") long comments,
            @Schema(description = "Of which answered by the owner") long answered) {
    }
}
