package cn.ggw.rules;

import cn.ggw.common.Downloads;
import cn.ggw.common.Messages;
import cn.ggw.rules.InspectionDtos.CreateInspectionRequest;
import cn.ggw.rules.InspectionDtos.FinaliseRequest;
import cn.ggw.rules.InspectionDtos.InspectionSummary;
import cn.ggw.rules.InspectionDtos.InspectionView;
import cn.ggw.rules.InspectionDtos.ScoreRequest;
import cn.ggw.rules.InspectionDtos.ScoreView;
import cn.ggw.rules.InspectionDtos.UnitSheet;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.ggw.common.Downloads.XLSX;

@Path("/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "年终检查: a year's round, scores per unit and rule with findings, ranking, finalisation")
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "openInspection", summary = "Open the round of a year for the units below the caller's unit (409 when it exists)")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectionSummary.class)))
    public Response open(@NotNull(message = "{ggw.required}") CreateInspectionRequest request, @Context UriInfo uri) {
        InspectionSummary created = inspections.open(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/inspections/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listInspections", summary = "Rounds of the caller's unit, the units above it and below it, newest year first")
    public List<InspectionSummary> list() {
        return inspections.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getInspection", summary = "A round with the result of every unit the caller sees, ranked")
    public InspectionView get(@PathParam("id") long id) {
        return inspections.get(id);
    }

    @GET
    @Path("/{id}/units/{unitId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getInspectionSheet", summary = "One unit in a round, rule by rule: due, met, missing, score, findings")
    public UnitSheet sheet(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return inspections.sheet(id, unitId);
    }

    @GET
    @Path("/{id}/results.xlsx")
    @Produces({XLSX, "application/problem+json"})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "downloadInspectionResults",
            summary = "The round as a workbook: the units the caller sees × the rules, with scores, total, maximum, share, rank and shortfall")
    @APIResponse(responseCode = "200", description = "XLSX",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response results(@PathParam("id") long id, @Context HttpHeaders headers) {
        InspectionService.Workbook book = inspections.workbook(id, Messages.localeOf(headers));
        return Downloads.of(book.bytes(), XLSX, book.fileName());
    }

    @PUT
    @Path("/{id}/scores")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "scoreInspection", summary = "Score one unit on one rule (409 once the round is final; 400 for a unit outside the round)")
    public ScoreView score(@PathParam("id") long id, @NotNull(message = "{ggw.required}") ScoreRequest request) {
        return inspections.score(id, request);
    }

    @POST
    @Path("/{id}/finalisation")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "finaliseInspection", summary = "Finalise the round: nothing in it changes afterwards")
    public InspectionSummary finalise(@PathParam("id") long id, @NotNull(message = "{ggw.required}") FinaliseRequest request) {
        return inspections.finalise(id, request);
    }
}
