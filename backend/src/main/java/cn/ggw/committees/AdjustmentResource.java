package cn.ggw.committees;

import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.common.QueryParams;
import cn.ggw.committees.CommitteeDtos.AdjustmentView;
import cn.ggw.committees.CommitteeDtos.AssessmentView;
import cn.ggw.committees.CommitteeDtos.CompleteAdjustmentRequest;
import cn.ggw.committees.CommitteeDtos.CreateAssessmentRequest;
import cn.ggw.committees.CommitteeDtos.DecideAdjustmentRequest;
import cn.ggw.committees.CommitteeDtos.ProposeAdjustmentRequest;
import cn.ggw.committees.CommitteeDtos.RecordConsultationRequest;
import cn.ggw.committees.CommitteeDtos.WithdrawAdjustmentRequest;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adjustments", description = "调整 of executive vice-directors: assessment → proposal → consultation with the township party committee → decision → completion")
public class AdjustmentResource {

    // Assessment, consultation, decision, completion: district-admin and township-staff.
    // Proposal and withdrawal: also village-staff, for their own team.

    @Inject
    AdjustmentService adjustments;

    @POST
    @Path("/appointments/{id}/assessments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "createAssessment", summary = "Record the yearly assessment (年度考核) of a seat holder")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    public Response assess(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") CreateAssessmentRequest request) {
        return Response.status(201).entity(adjustments.assess(id, request)).build();
    }

    @GET
    @Path("/appointments/{id}/assessments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listAssessments", summary = "The assessments of a seat holder, newest year first")
    public List<AssessmentView> assessments(@PathParam("id") long id) {
        return adjustments.assessments(id);
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "proposeAdjustment", summary = "Propose to adjust an executive vice-director (needs a weak assessment)",
            description = "409 naming the missing step when there is no assessment; 409 when a proposal for the appointment is open already.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdjustmentView.class)))
    public Response propose(@Valid @NotNull(message = "{ggw.required}") ProposeAdjustmentRequest request, @Context UriInfo uri) {
        AdjustmentView created = adjustments.propose(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/adjustments/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/adjustments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listAdjustments", summary = "Adjustment proposals in the caller's scope, newest first")
    public Page<AdjustmentView> list(
            @Parameter(description = "Only this unit and the units below it") @QueryParam("unitId") Long unitId,
            @Parameter(schema = @Schema(implementation = AdjustmentStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return adjustments.list(unitId, QueryParams.enumValue("status", AdjustmentStatus.class, status), Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/adjustments/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getAdjustment", summary = "One adjustment with every step")
    public AdjustmentView get(@PathParam("id") long id) {
        return adjustments.get(id);
    }

    @POST
    @Path("/adjustments/{id}/consultation")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "recordAdjustmentConsultation", summary = "Record the consultation with the township party committee")
    public AdjustmentView consult(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") RecordConsultationRequest request) {
        return adjustments.consult(id, request);
    }

    @POST
    @Path("/adjustments/{id}/decision")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "decideAdjustment", summary = "Approve or reject (approval needs the party committee's agreement)")
    public AdjustmentView decide(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") DecideAdjustmentRequest request) {
        return adjustments.decide(id, request);
    }

    @POST
    @Path("/adjustments/{id}/completion")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "completeAdjustment", summary = "Hand over: the old appointment ends with ADJUSTMENT and the successor is appointed, atomically")
    public AdjustmentView complete(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") CompleteAdjustmentRequest request) {
        return adjustments.complete(id, request);
    }

    @POST
    @Path("/adjustments/{id}/withdrawal")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "withdrawAdjustment", summary = "Withdraw a proposal before it is decided")
    public AdjustmentView withdraw(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") WithdrawAdjustmentRequest request) {
        return adjustments.withdraw(id, request);
    }
}
