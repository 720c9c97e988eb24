package cn.ggw.exemplars;

import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.common.ProblemException;
import cn.ggw.common.QueryParams;
import cn.ggw.exemplars.ExemplarDtos.ExemplarSummary;
import cn.ggw.exemplars.ExemplarDtos.ExemplarView;
import cn.ggw.exemplars.ExemplarDtos.NominateExemplarRequest;
import cn.ggw.exemplars.ExemplarDtos.ResubmitRequest;
import cn.ggw.exemplars.ExemplarDtos.ReviewRequest;
import cn.ggw.exemplars.ExemplarDtos.StepView;
import cn.ggw.exemplars.ExemplarDtos.UpdateExemplarRequest;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1/exemplars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exemplars", description = "抓典型: nomination with a write-up → township review → district review → meetings, booklets, the city")
public class ExemplarResource {

    @Inject
    ExemplarService exemplars;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "nominateExemplar", summary = "Nominate an exemplar in the caller's scope, with its write-up and photos",
            description = "Under a township or street it waits for the township's review (SUBMITTED); elsewhere for the district's (FORWARDED). "
                    + "FIVE_ELDERS and EXECUTIVE_VICE_DIRECTOR name the person (volunteerId); COMMUNITY_COMMITTEE is a community.")
    @APIResponse(responseCode = "201", description = "Nominated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExemplarView.class)))
    public Response nominate(@Valid @NotNull(message = "{ggw.required}") NominateExemplarRequest request, @Context UriInfo uri) {
        ExemplarView created = exemplars.nominate(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/exemplars/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listExemplars", summary = "Exemplars in the caller's scope, newest first; awaiting=TOWNSHIP|DISTRICT is a review queue")
    public Page<ExemplarSummary> list(
            @Parameter(description = "Only this unit and the units below it") @QueryParam("unitId") Long unitId,
            @Parameter(description = "A category's code (GET /exemplar-categories)") @QueryParam("category") String category,
            @Parameter(description = "The year it is an exemplar of") @QueryParam("year") Integer year,
            @Parameter(schema = @Schema(implementation = ExemplarStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Whose review it waits for", schema = @Schema(implementation = ReviewLevel.class)) @QueryParam("awaiting") String awaiting,
            @Parameter(description = "true: only those submitted to the city; false: only those not") @QueryParam("submittedToCity") Boolean submitted,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        if (year != null && (year < 1990 || year > 2100)) {
            throw ProblemException.invalid("year", "exemplar.year.range");
        }
        return exemplars.list(new ExemplarService.ListFilter(unitId,
                category, year,
                QueryParams.enumValue("status", ExemplarStatus.class, status),
                QueryParams.enumValue("awaiting", ReviewLevel.class, awaiting), submitted), Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getExemplar", summary = "One exemplar with its write-up, photos, history, meetings and the city's answer")
    public ExemplarView get(@PathParam("id") long id) {
        return exemplars.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getExemplarHistory", summary = "Every step: who, when, from which status to which, and the comments")
    public List<StepView> history(@PathParam("id") long id) {
        return exemplars.history(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "updateExemplar", summary = "Correct the write-up while it is SUBMITTED or RETURNED (409 otherwise: return it first)")
    public ExemplarView update(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") UpdateExemplarRequest request) {
        return exemplars.update(id, request);
    }

    @POST
    @Path("/{id}/resubmission")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "resubmitExemplar", summary = "Send a returned exemplar back into review")
    public ExemplarView resubmit(@PathParam("id") long id, @Valid ResubmitRequest request) {
        return exemplars.resubmit(id, request);
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "reviewExemplar", summary = "Review at the caller's level: township FORWARD/RETURN, district APPROVE/RETURN/REJECT",
            description = "409 when it is another level's turn (a level cannot be skipped); RETURN and REJECT need a comment.")
    public ExemplarView review(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") ReviewRequest request) {
        return exemplars.review(id, request);
    }

    @POST
    @Path("/{id}/city-submission")
    @RolesAllowed({Roles.DISTRICT_ADMIN})
    @Operation(operationId = "submitExemplarToCity", summary = "Mark an approved exemplar submitted to the city (报市关工委)")
    public ExemplarView submitToCity(@PathParam("id") long id) {
        return exemplars.submitToCity(id);
    }
}
