package cn.ggw.dashboard;

import cn.ggw.figures.FigureDef.Kind;
import cn.ggw.figures.FigureDef.Temporal;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class DashboardDtos {

    private DashboardDtos() {
    }

    @Schema(name = "Dashboard", description = "The leaders' dashboard of a unit for a period: every line of work's figures against "
            + "the previous period of equal length, the units one level below, and what needs attention")
    public record DashboardView(
            OrgUnitRef unit,
            @Schema(description = "From the caller's own unit down to this one (for the drill-down's way back)") List<OrgUnitRef> trail,
            LocalDate from,
            LocalDate to,
            @Schema(description = "First day of the previous period of equal length") LocalDate previousFrom,
            @Schema(description = "Last day of the previous period (the day before `from`)") LocalDate previousTo,
            @Schema(description = "When the figures were computed (they are computed on read)") Instant asOf,
            @Schema(description = "The lines of work whose figures exist, in the order of the five lines") List<LineView> lines,
            @Schema(description = "Lines of work whose figures are not on the platform yet") List<WorkLine> linesWithoutFigures,
            @Schema(description = "The active units one level below, in display order, each with its subtree's figures") List<ChildFigures> children,
            @Schema(description = "What needs attention in the subtree today, overdue and oldest first") List<AttentionItem> attention) {
    }

    @Schema(name = "DashboardLine", description = "One line of work's figures")
    public record LineView(
            WorkLine line,
            @Schema(examples = "抓班子") String label,
            @Schema(description = "Key of the line's headline figure (its first ratio, else its first count)", examples = "committees.completeShare") String headline,
            List<Kpi> kpis) {
    }

    @Schema(name = "DashboardKpi", description = "A figure of the unit's subtree in the period and in the previous period")
    public record Kpi(
            @Schema(examples = "committees.seatsFilled") String key,
            @Schema(examples = "补充缺额人数") String label,
            Kind kind,
            @Schema(nullable = true) Temporal temporal,
            @Schema(nullable = true, description = "Counts are whole numbers; ratios 0–1; null where a ratio's denominator is 0", examples = "28") Double value,
            @Schema(nullable = true, description = "The same figure in the previous period") Double previous,
            @Schema(nullable = true, description = "value − previous (for ratios in share points, 0–1)", examples = "3") Double change,
            @Schema(nullable = true, description = "A ratio's numerator count") Long numerator,
            @Schema(nullable = true, description = "A ratio's denominator count") Long denominator) {
    }

    @Schema(name = "DashboardChild", description = "A unit one level below, with its subtree's figures")
    public record ChildFigures(
            OrgUnitRef unit,
            @Schema(description = "COUNT figures by key") Map<String, Long> counts,
            @Schema(description = "RATIO figures by key, 0–1; null where the denominator is 0") Map<String, Double> ratios) {
    }
}
