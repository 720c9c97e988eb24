package cn.ggw.dashboard;

import cn.ggw.common.Downloads;
import cn.ggw.common.Messages;
import cn.ggw.common.QueryParams;
import cn.ggw.dashboard.DashboardDtos.DashboardView;
import cn.ggw.figures.Period;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/dashboard")
@Tag(name = "Dashboard", description = "The leaders' dashboard of the five lines of work and the year's work report (年度工作总结)")
public class DashboardResource {

    static final String DOCX = Downloads.DOCX;

    @Inject
    DashboardService dashboard;

    @Inject
    WorkReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getDashboard", summary = "A unit's dashboard for a period: each line's figures with the previous period, the units below, what needs attention",
            description = "Without unitId: the caller's own unit. Without from/to: this calendar year up to today. A unit outside the caller's scope "
                    + "answers 404 like an unknown one; a deactivated unit 400. Figures are computed on read (asOf).")
    public DashboardView get(
            @Parameter(description = "The unit whose subtree is shown (default: the caller's unit)") @QueryParam("unitId") Long unitId,
            @Parameter(description = "First day of the period (default: 1 January of this year)", schema = @Schema(format = "date", implementation = String.class))
            @QueryParam("from") String from,
            @Parameter(description = "Last day of the period, at most today (default: today)", schema = @Schema(format = "date", implementation = String.class))
            @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        return dashboard.dashboard(unitId, period(from, to), Messages.localeOf(headers));
    }

    @GET
    @Path("/report.docx")
    @Produces({DOCX, "application/problem+json"})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "getWorkReport", summary = "The work report (年度工作总结) of a unit and period as a Word document (GB/T 9704)",
            description = "The five lines of work with their figures, the units below and what needs attention, written from the same figures "
                    + "as the dashboard; a period without records gives an honest empty report. Same defaults and errors as GET /dashboard.")
    @APIResponse(responseCode = "200", description = "The DOCX",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response report(
            @Parameter(description = "The unit reported on (default: the caller's unit)") @QueryParam("unitId") Long unitId,
            @Parameter(description = "First day of the period (default: 1 January of this year)", schema = @Schema(format = "date", implementation = String.class))
            @QueryParam("from") String from,
            @Parameter(description = "Last day of the period, at most today (default: today)", schema = @Schema(format = "date", implementation = String.class))
            @QueryParam("to") String to) {
        WorkReport.Report built = report.build(unitId, period(from, to));
        return Downloads.of(built.bytes(), DOCX, built.fileName());
    }

    private static Period period(String from, String to) {
        return Period.checked(QueryParams.date("from", from), QueryParams.date("to", to), DashboardService.today());
    }
}
