package cn.ggw.figures;

import cn.ggw.common.Messages;
import cn.ggw.common.QueryParams;
import cn.ggw.figures.FigureDef.Kind;
import cn.ggw.figures.FigureDef.Temporal;
import cn.ggw.figures.FiguresService.FigureTable;
import cn.ggw.figures.FiguresService.UnitFigures;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitCodes;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "The figures of the five lines of work (五抓) per unit and period: what the leaders' dashboard, the work report and the city system read")
public class FiguresResource {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    FiguresService figures;

    @Inject
    CallerScope caller;

    @Inject
    HierarchyService hierarchy;

    @GET
    @Path("/figure-definitions")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF, Roles.CITY_API})
    @Operation(operationId = "listFigureDefinitions", summary = "Every figure the platform serves: its stable key, line of work, kind and label")
    public List<FigureDefinition> definitions(
            @Parameter(description = "Lines of work to include (repeatable; default: all)", schema = @Schema(implementation = WorkLine[].class))
            @QueryParam("line") List<String> lines,
            @Context HttpHeaders headers) {
        Locale locale = Messages.localeOf(headers);
        return figures.definitions(QueryParams.enumValues("line", WorkLine.class, lines)).stream().map(d -> FigureDefinition.of(d, locale)).toList();
    }

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF, Roles.CITY_API})
    @Operation(operationId = "getFigures", summary = "A unit's figures and those of every unit below it down to a depth, for a period",
            description = "Counts are summed over each unit's whole subtree; ratios are computed from the summed counts. "
                    + "Without unitId and unitCode: the caller's own unit. Without from/to: this calendar year up to today.")
    public FiguresView figures(
            @Parameter(description = "The unit whose subtree is counted (default: the caller's unit)") @QueryParam("unitId") Long unitId,
            @Parameter(description = "The same unit by its administrative code (区划代码, stable across platforms), instead of unitId",
                    example = "220802", schema = @Schema(pattern = OrgUnitCodes.PATTERN, maxLength = OrgUnitCodes.MAX_LENGTH))
            @QueryParam("unitCode") String unitCode,
            @Parameter(description = "First day of the period (default: 1 January of this year)", schema = @Schema(format = "date", implementation = String.class))
            @QueryParam("from") String from,
            @Parameter(description = "Last day of the period, at most today (default: today)", schema = @Schema(format = "date", implementation = String.class))
            @QueryParam("to") String to,
            @Parameter(description = "Levels of breakdown below the unit: 0 = the unit only, 1 = its children, 2 = grandchildren, at most 3")
            @QueryParam("depth") @DefaultValue("1") int depth,
            @Parameter(description = "Lines of work to include (repeatable; default: all)", schema = @Schema(implementation = WorkLine[].class))
            @QueryParam("line") List<String> lines,
            @Context HttpHeaders headers) {
        Period period = Period.checked(QueryParams.date("from", from), QueryParams.date("to", to), LocalDate.now(CHINA));
        VisibleUnit named = hierarchy.findByIdOrCode(unitId, "unitId", unitCode, "unitCode");
        long id = named != null ? named.ref().id() : caller.requireRoot().unitId();
        FigureTable table = figures.table(id, period, depth, QueryParams.enumValues("line", WorkLine.class, lines));
        Locale locale = Messages.localeOf(headers);
        return new FiguresView(table.unit(), table.period().from(), table.period().to(), table.asOf(), table.depth(),
                table.definitions().stream().map(d -> FigureDefinition.of(d, locale)).toList(),
                table.units().stream().map(UnitFiguresView::of).toList());
    }

    @Schema(name = "FigureDefinition", description = "A figure: its stable key (part of the contract), line of work and how it adds up")
    public record FigureDefinition(
            @Schema(examples = "trainings.required") String key,
            WorkLine line,
            @Schema(description = "COUNT adds up over a subtree; RATIO = numerator ÷ denominator of the summed counts") Kind kind,
            @Schema(nullable = true, description = "STOCK: state on the period's last day; FLOW: within the period; null for ratios") Temporal temporal,
            @Schema(description = "Counts identifiable people (the city API suppresses small cells of these)") boolean countsPeople,
            @Schema(nullable = true) String numerator,
            @Schema(nullable = true) String denominator,
            @Schema(description = "The figure's name in the caller's language", examples = "应训人数") String label) {

        static FigureDefinition of(FigureDef d, Locale locale) {
            return new FigureDefinition(d.key(), d.line(), d.kind(), d.temporal(), d.countsPeople(), d.numerator(), d.denominator(),
                    Messages.text(locale, "figure." + d.key()));
        }
    }

    @Schema(name = "UnitFigures", description = "One unit's figures over its whole subtree")
    public record UnitFiguresView(
            OrgUnitRef unit,
            @Schema(nullable = true) Long parentId,
            @Schema(description = "0 for the asked unit, 1 for its children …") int level,
            @Schema(description = "COUNT figures by key") Map<String, Long> counts,
            @Schema(description = "RATIO figures by key, 0–1; null where the denominator is 0") Map<String, Double> ratios) {

        static UnitFiguresView of(UnitFigures u) {
            return new UnitFiguresView(u.unit(), u.parentId(), u.level(), u.counts(), u.ratios());
        }
    }

    @Schema(name = "Figures", description = "A unit's figures and the breakdown below it, for a period")
    public record FiguresView(
            OrgUnitRef unit,
            LocalDate from,
            LocalDate to,
            @Schema(description = "When the figures were computed") Instant asOf,
            int depth,
            List<FigureDefinition> definitions,
            @Schema(description = "The asked unit first, then each level below it") List<UnitFiguresView> units) {
    }
}
