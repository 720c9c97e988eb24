package cn.ggw.trainings;

import cn.ggw.common.Downloads;
import cn.ggw.common.Messages;
import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.common.QueryParams;
import cn.ggw.security.Roles;
import cn.ggw.trainings.TrainingDtos.AddTraineeRequest;
import cn.ggw.trainings.TrainingDtos.AudiencePreview;
import cn.ggw.trainings.TrainingDtos.AudiencePreviewRequest;
import cn.ggw.trainings.TrainingDtos.AudienceRefresh;
import cn.ggw.trainings.TrainingDtos.CancelTrainingRequest;
import cn.ggw.trainings.TrainingDtos.CheckInRequest;
import cn.ggw.trainings.TrainingDtos.Coverage;
import cn.ggw.trainings.TrainingDtos.CreateTrainingPlanRequest;
import cn.ggw.trainings.TrainingDtos.CreateTrainingTypeRequest;
import cn.ggw.trainings.TrainingDtos.Invitation;
import cn.ggw.trainings.TrainingDtos.Owed;
import cn.ggw.trainings.TrainingDtos.PublishTrainingRequest;
import cn.ggw.trainings.TrainingDtos.RecordAttendanceRequest;
import cn.ggw.trainings.TrainingDtos.TraineeView;
import cn.ggw.trainings.TrainingDtos.TrainingSessionDetail;
import cn.ggw.trainings.TrainingDtos.TrainingSessionInput;
import cn.ggw.trainings.TrainingDtos.TrainingSessionSummary;
import cn.ggw.trainings.TrainingDtos.TrainingPlanView;
import cn.ggw.trainings.TrainingDtos.TrainingTypeView;
import cn.ggw.trainings.TrainingDtos.UpdateTrainingPlanRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.List;

import static cn.ggw.common.Downloads.DOCX;
import static cn.ggw.common.Downloads.XLSX;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trainings", description = "抓培训: sessions with syllabi and materials, required audiences computed from the committee teams, attendance and check-in, coverage and who is still owed a training")
public class TrainingResource {

    // Planners: district-admin and township-staff (their subtree, 下管一级). Attendance: also village-staff for their own people.
    // Readers: the four staff roles. city-api: coverage only (no names).

    @Inject
    TrainingService trainings;

    @Inject
    AttendanceService attendance;

    @Inject
    TrainingCoverageService coverage;

    @Inject
    TrainingDocuments documents;

    @Inject
    TrainingPlanService plans;

    // ---- types ---------------------------------------------------------------------------------

    @GET
    @Path("/training-types")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF, Roles.CITY_API})
    @Operation(operationId = "listTrainingTypes", summary = "Kinds of training: 政治培训, 业务培训, 岗位培训 and those the district added")
    public List<TrainingTypeView> types() {
        return trainings.types();
    }

    @POST
    @Path("/training-types")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "createTrainingType", summary = "Add a kind of training (installation-wide)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = TrainingTypeView.class)))
    public Response createType(CreateTrainingTypeRequest request) {
        return Response.status(201).entity(trainings.createType(request)).build();
    }

    // ---- sessions ------------------------------------------------------------------------------

    @GET
    @Path("/trainings")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listTrainings", summary = "Sessions organised in the caller's subtree, latest first")
    public Page<TrainingSessionSummary> list(
            @Parameter(description = "Only sessions organised by this unit or below it") @QueryParam("unitId") Long unitId,
            @Parameter(description = "A training type code") @QueryParam("type") String type,
            @Parameter(description = "Sessions ending on or after this day", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("from") String from,
            @Parameter(description = "Sessions starting on or before this day", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("to") String to,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return trainings.list(unitId, type, QueryParams.date("from", from), QueryParams.date("to", to), Paging.checkedLimit(limit), cursor);
    }

    @POST
    @Path("/trainings")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "createTraining", summary = "Plan a session (a draft: its audience is previewed, not yet frozen)")
    @APIResponse(responseCode = "201", description = "Planned", content = @Content(schema = @Schema(implementation = TrainingSessionDetail.class)))
    public Response create(TrainingSessionInput input) {
        return Response.status(201).entity(trainings.create(input)).build();
    }

    @GET
    @Path("/trainings/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getTraining", summary = "A session with its syllabus, materials and counts")
    public TrainingSessionDetail get(@PathParam("id") long id) {
        return trainings.detail(id);
    }

    @PUT
    @Path("/trainings/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "updateTraining", summary = "Change a session (not its organiser); a published one keeps its frozen audience until refreshed")
    public TrainingSessionDetail update(@PathParam("id") long id, TrainingSessionInput input) {
        return trainings.update(id, input);
    }

    @DELETE
    @Path("/trainings/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "deleteTraining", summary = "Delete a session nobody's attendance was recorded for (otherwise 409: cancel it)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        trainings.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/trainings/{id}/publish")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "publishTraining", summary = "Publish: the required audience is computed from the committee teams and frozen; a check-in code is issued")
    public TrainingSessionDetail publish(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") PublishTrainingRequest request) {
        return trainings.publish(id, request.version());
    }

    @POST
    @Path("/trainings/{id}/cancel")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "cancelTraining", summary = "Cancel a session, with the reason (kept with its attendance)")
    public TrainingSessionDetail cancel(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") CancelTrainingRequest request) {
        return trainings.cancel(id, request.reason(), request.version());
    }

    @POST
    @Path("/training-audience-preview")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "previewTrainingAudience", summary = "Who a rule selects from the committee teams on a day, before anything is saved")
    public AudiencePreview preview(@Valid @NotNull(message = "{ggw.required}") AudiencePreviewRequest request) {
        return trainings.preview(request.organiserUnitId(), request.rule(), request.asOf());
    }

    @POST
    @Path("/trainings/{id}/audience/refresh")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "refreshTrainingAudience", summary = "Evaluate the rule again: who was added, who dropped out (409 once the session is over)")
    public AudienceRefresh refresh(@PathParam("id") long id) {
        return trainings.refresh(id);
    }

    // ---- documents -----------------------------------------------------------------------------

    @GET
    @Path("/trainings/{id}/sign-in-sheet.docx")
    @Produces({DOCX, "application/problem+json"})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "downloadTrainingSignInSheet",
            summary = "签到表: the frozen required audience (序号, 姓名, 单位, 职务, 签名, 备注) by unit, as a Word document in the GB/T 9704 layout; the check-in code for planners")
    @APIResponse(responseCode = "200", description = "DOCX", content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response signInSheet(@PathParam("id") long id) {
        TrainingDocuments.Download d = documents.signInSheet(id);
        return Downloads.of(d.bytes(), DOCX, d.fileName());
    }

    @GET
    @Path("/trainings/{id}/attendance.xlsx")
    @Produces({XLSX, "application/problem+json"})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "downloadTrainingAttendance",
            summary = "The session's attendance as a workbook: name, unit, seat, required or extra, status (已参加/请假(理由)/缺席/补训), day, method, when recorded")
    @APIResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attendanceWorkbook(@PathParam("id") long id, @Context HttpHeaders headers) {
        TrainingDocuments.Download d = documents.attendance(id, Messages.localeOf(headers));
        return Downloads.of(d.bytes(), XLSX, d.fileName());
    }

    // ---- trainees and attendance ---------------------------------------------------------------

    @GET
    @Path("/trainings/{id}/trainees")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listTrainingTrainees", summary = "The session's audience with attendance: required first, then extras")
    public List<TraineeView> trainees(@PathParam("id") long id) {
        return trainings.audienceOf(id);
    }

    @POST
    @Path("/trainings/{id}/trainees")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "addTrainingTrainee", summary = "Add someone of the organiser's subtree: to the required audience, or as an extra")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = TraineeView.class)))
    public Response addTrainee(@PathParam("id") long id, AddTraineeRequest request) {
        return Response.status(201).entity(attendance.add(id, request)).build();
    }

    @PUT
    @Path("/training-trainees/{id}/attendance")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "recordTrainingAttendance", summary = "Record attended, leave (with a reason), absent or made up, by the organiser or the trainee's own unit")
    public TraineeView record(@PathParam("id") long id, RecordAttendanceRequest request) {
        return attendance.record(id, request);
    }

    @POST
    @Path("/training-check-ins")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "checkInTraining", summary = "Check someone of the audience in with the session's code while it runs (from a phone)")
    public TraineeView checkIn(@Valid @NotNull(message = "{ggw.required}") CheckInRequest request) {
        return attendance.checkIn(request.code(), request.volunteerId());
    }

    @GET
    @Path("/training-invitations")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listTrainingInvitations", summary = "Sessions the caller's own people are in, whoever organised them, from a day on (default: the last 30 days)")
    public List<Invitation> invitations(
            @Parameter(description = "Sessions ending on or after this day", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("from") String from,
            @Parameter(description = "At most this many, 1–200 (default 50)") @QueryParam("limit") Integer limit) {
        return attendance.invitations(QueryParams.date("from", from), Paging.checkedLimit(limit));
    }

    // ---- coverage ------------------------------------------------------------------------------

    @GET
    @Path("/training-coverage")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF, Roles.CITY_API})
    @Operation(operationId = "getTrainingCoverage", summary = "Trained ÷ required for a unit and each child, for sessions starting in the period (no names)")
    public Coverage coverage(
            @Parameter(description = "The caller's own unit when omitted") @QueryParam("unitId") Long unitId,
            @Parameter(description = "First day (default 1 January of this year)", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("from") String from,
            @Parameter(description = "Last day (default 31 December of the first day's year)", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("to") String to,
            @Parameter(description = "A training type code") @QueryParam("type") String type) {
        return coverage.coverage(unitId, QueryParams.date("from", from), QueryParams.date("to", to), type);
    }

    @GET
    @Path("/training-coverage.xlsx")
    @Produces({XLSX, "application/problem+json"})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "downloadTrainingCoverage", summary = "The coverage of a unit and each unit below it for the period, as a workbook (no names)")
    @APIResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response coverageWorkbook(
            @Parameter(description = "The caller's own unit when omitted") @QueryParam("unitId") Long unitId,
            @Parameter(description = "First day (default 1 January of this year)", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("from") String from,
            @Parameter(description = "Last day (default 31 December of the first day's year)", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("to") String to,
            @Parameter(description = "A training type code") @QueryParam("type") String type,
            @Context HttpHeaders headers) {
        Coverage c = coverage.coverage(unitId, QueryParams.date("from", from), QueryParams.date("to", to), type);
        TrainingDocuments.Download d = documents.coverage(c, Messages.localeOf(headers));
        return Downloads.of(d.bytes(), XLSX, d.fileName());
    }

    @GET
    @Path("/training-owed")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listTrainingOwed", summary = "Who is still owed a training in a year: missed sessions and newcomers awaiting on-boarding, with deadlines")
    public List<Owed> owed(
            @Parameter(description = "The caller's own unit when omitted") @QueryParam("unitId") Long unitId,
            @Parameter(description = "The year (default this year)") @QueryParam("year") Integer year,
            @Parameter(description = "A training type code") @QueryParam("type") String type,
            @Parameter(description = "At most this many, 1–200 (default 50)") @QueryParam("limit") Integer limit) {
        return coverage.owed(unitId, year, type, Paging.checkedLimit(limit));
    }

    // ---- yearly plans --------------------------------------------------------------------------

    @GET
    @Path("/training-plans")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listTrainingPlans", summary = "A unit's yearly plans (年度培训计划), one per type, with the sessions held by month against the target")
    public List<TrainingPlanView> plans(
            @Parameter(description = "The caller's own unit when omitted") @QueryParam("unitId") Long unitId,
            @Parameter(description = "The year, 1980 to next year (default this year)") @QueryParam("year") Integer year) {
        return plans.plans(unitId, year);
    }

    @POST
    @Path("/training-plans")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "createTrainingPlan", summary = "Set a unit's target number of sessions of a type for a year (one plan per unit, year and type)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TrainingPlanView.class)))
    public Response createPlan(CreateTrainingPlanRequest request) {
        return Response.status(201).entity(plans.create(request)).build();
    }

    @PUT
    @Path("/training-plans/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "updateTrainingPlan", summary = "Change a plan's target (and note)")
    public TrainingPlanView updatePlan(@PathParam("id") long id, UpdateTrainingPlanRequest request) {
        return plans.update(id, request);
    }
}
