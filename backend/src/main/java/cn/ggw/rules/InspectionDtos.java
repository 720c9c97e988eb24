package cn.ggw.rules;

import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the year-end inspection API reads and writes. */
public final class InspectionDtos {

    private InspectionDtos() {
    }

    @Schema(name = "CreateInspectionRequest")
    public record CreateInspectionRequest(
            @Schema(required = true, examples = "2013") Integer year,
            @Schema(nullable = true, examples = "2013年度制度执行情况年终检查") String title,
            @Schema(required = true, description = "Each rule is scored 0 … maxScore", examples = "10") Integer maxScore) {
    }

    @Schema(name = "InspectionSummary")
    public record InspectionSummary(long id, OrgUnitRef owner, int year, String title, int maxScore, InspectionRound.Status status,
                                    @Schema(nullable = true) Instant finalisedAt, @Schema(nullable = true) String finalisedBy,
                                    long version, @Schema(description = "The caller may score and finalise") boolean writable) {
    }

    @Schema(name = "InspectionUnitResult", description = "One unit's result: scores beside its evidence and receipts; rank among the units shown")
    public record UnitResult(OrgUnitRef unit, int rank, int rulesScored, int rulesApplicable, int totalScore, int maxTotal,
                             @Schema(nullable = true, description = "totalScore ÷ maxTotal over the rules scored") Double scoreShare,
                             int obligationsDue, int obligationsMet, long bulletinsReceived, long bulletinsAcknowledged,
                             @Schema(description = "Scored below 60 % of the maximum") boolean shortfall,
                             @Schema(description = "Codes of the lowest-scored rules (at most 3) of a unit that fell short") List<String> weakestRules) {
    }

    @Schema(name = "Inspection", description = "A round with every unit's result, ranked")
    public record InspectionView(InspectionSummary summary, List<UnitResult> units) {
    }

    @Schema(name = "InspectionSheetRow")
    public record SheetRow(long ruleId, String code, String title, int due, int met, List<String> missing,
                           @Schema(nullable = true) Integer score, @Schema(nullable = true) String findings) {
    }

    @Schema(name = "InspectionSheet", description = "One unit in a round, rule by rule")
    public record UnitSheet(InspectionSummary round, OrgUnitRef unit, List<SheetRow> rules) {
    }

    @Schema(name = "ScoreInspectionRequest")
    public record ScoreRequest(
            @Schema(required = true) Long unitId,
            @Schema(required = true) Long ruleId,
            @Schema(required = true, examples = "9") Integer score,
            @Schema(nullable = true, examples = "例会记录齐全，照片清晰") String findings) {
    }

    @Schema(name = "InspectionScore")
    public record ScoreView(long roundId, OrgUnitRef unit, long ruleId, int score, @Schema(nullable = true) String findings,
                            Instant scoredAt, String scoredBy) {
    }

    @Schema(name = "FinaliseInspectionRequest")
    public record FinaliseRequest(@Schema(required = true, examples = "3") Long version) {
    }
}
