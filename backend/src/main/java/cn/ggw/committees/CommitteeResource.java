package cn.ggw.committees;

import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.common.ProblemException;
import cn.ggw.committees.CommitteeDtos.AppointmentView;
import cn.ggw.committees.CommitteeDtos.CandidateView;
import cn.ggw.committees.CommitteeDtos.CommitteeCoverage;
import cn.ggw.committees.CommitteeDtos.CommitteeFigures;
import cn.ggw.committees.CommitteeDtos.CommitteeSettingsView;
import cn.ggw.committees.CommitteeDtos.CommitteeView;
import cn.ggw.committees.CommitteeDtos.CreateAppointmentRequest;
import cn.ggw.committees.CommitteeDtos.EndAppointmentRequest;
import cn.ggw.committees.CommitteeDtos.FillVacancyRequest;
import cn.ggw.committees.CommitteeDtos.SeatTemplateView;
import cn.ggw.committees.CommitteeDtos.SetCommitteeTermRequest;
import cn.ggw.committees.CommitteeDtos.UpdateCommitteeSettingsRequest;
import cn.ggw.committees.CommitteeDtos.UpdateSeatTemplateRequest;
import cn.ggw.committees.CommitteeDtos.VacancyView;
import cn.ggw.hierarchy.OrgUnitKind;
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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "抓班子: seat templates, teams and appointments with history, vacancies and their filling, coverage and report figures")
public class CommitteeResource {

    // Readers of names: the four staff roles. Writers: district-admin and township-staff, in their subtree.
    // city-api: coverage and figures only (no names).

    @Inject
    CommitteeService committees;

    @Inject
    CoverageService coverage;

    @Inject
    SeatTemplates templates;

    // ---- templates and settings ----------------------------------------------------------

    @GET
    @Path("/seat-templates")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listSeatTemplates", summary = "The seats a team needs, for every unit kind")
    public List<SeatTemplateView> listTemplates() {
        return templates.views();
    }

    @PUT
    @Path("/seat-templates/{unitKind}")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "updateSeatTemplate", summary = "Replace the seats of one unit kind (takes effect on coverage at once)",
            description = "A raised required count makes the new vacancies date from today.")
    public SeatTemplateView updateTemplate(@PathParam("unitKind") OrgUnitKind unitKind,
                                           @Valid @NotNull(message = "{ggw.required}") UpdateSeatTemplateRequest request) {
        return templates.replace(unitKind, request.seats());
    }

    @GET
    @Path("/committee-settings")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getCommitteeSettings", summary = "The vacancy threshold that applies to the caller's unit")
    public CommitteeSettingsView settings() {
        return committees.settings();
    }

    @PUT
    @Path("/committee-settings")
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "updateCommitteeSettings", summary = "Set the vacancy threshold for the caller's district")
    public CommitteeSettingsView updateSettings(@Valid @NotNull(message = "{ggw.required}") UpdateCommitteeSettingsRequest request) {
        return committees.updateSettings(request.vacancyOverdueDays());
    }

    // ---- teams ---------------------------------------------------------------------------

    @GET
    @Path("/committees/{unitId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getCommittee", summary = "A unit's team today: seats, holders, vacancies, term",
            description = "Every unit has a team; one without any record yet is EMPTY (version null).")
    public CommitteeView get(@PathParam("unitId") long unitId) {
        return committees.team(unitId);
    }

    @GET
    @Path("/committees/{unitId}/appointments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listCommitteeAppointments", summary = "The team's whole history: every appointment, ended or not, by role and start")
    public List<AppointmentView> history(@PathParam("unitId") long unitId) {
        return committees.history(unitId);
    }

    @PUT
    @Path("/committees/{unitId}/term")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "setCommitteeTerm", summary = "Set the term start and the next election (换届) due date")
    public CommitteeView setTerm(@PathParam("unitId") long unitId, @Valid @NotNull(message = "{ggw.required}") SetCommitteeTermRequest request) {
        return committees.setTerm(unitId, request);
    }

    // ---- appointments --------------------------------------------------------------------

    @POST
    @Path("/appointments")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "createAppointment", summary = "Appoint someone from the registry to a seat",
            description = "Refused with 409 when the seat is held for the period (the role's maximum), when the person already sits on the team, "
                    + "or when the person is withdrawn or deceased; 400 when the person is unknown, outside the unit (its subtree, or for a village "
                    + "or community its township), over the seat's age limit, or the start is more than 30 days ahead.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public Response appoint(@Valid @NotNull(message = "{ggw.required}") CreateAppointmentRequest request, @Context UriInfo uri) {
        AppointmentView created = committees.appoint(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/appointments/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/appointments/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getAppointment", summary = "One appointment")
    public AppointmentView getAppointment(@PathParam("id") long id) {
        return committees.appointment(id);
    }

    @POST
    @Path("/appointments/{id}/end")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "endAppointment", summary = "End an appointment with a date and a reason (the seat becomes vacant that day)")
    public AppointmentView end(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") EndAppointmentRequest request) {
        return committees.end(id, request);
    }

    // ---- vacancies -----------------------------------------------------------------------

    @GET
    @Path("/vacancies")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listVacancies", summary = "Open required seats in the caller's scope, oldest first",
            description = "overdue: open longer than the district's threshold (committee-settings).")
    public Page<VacancyView> vacancies(
            @Parameter(description = "Only this unit and the units below it") @QueryParam("unitId") Long unitId,
            @Parameter(description = "Only vacancies past the threshold") @QueryParam("overdueOnly") Boolean overdueOnly,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return coverage.vacancies(unitId, Boolean.TRUE.equals(overdueOnly), Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/committees/{unitId}/vacancies/{role}/candidates")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listVacancyCandidates", summary = "People from the registry who could take this seat, best first (masked)",
            description = "Same unit first, then the township's other units; ACTIVE before CONTACTED; within the seat's age limit; not seated in the team.")
    public List<CandidateView> candidates(@PathParam("unitId") long unitId, @PathParam("role") SeatRole role,
                                          @Parameter(description = "At most this many, 1–200 (default 50)") @QueryParam("limit") Integer limit) {
        return committees.candidates(unitId, role, Paging.checkedLimit(limit));
    }

    @POST
    @Path("/committees/{unitId}/vacancies/{role}/fill")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "fillVacancy", summary = "Fill a vacant seat of this role",
            description = "409 when the role has no vacancy any more (e.g. someone else filled it a moment earlier): nothing is written.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    public Response fill(@PathParam("unitId") long unitId, @PathParam("role") SeatRole role,
                         @Valid @NotNull(message = "{ggw.required}") FillVacancyRequest request, @Context UriInfo uri) {
        AppointmentView created = committees.fill(unitId, role, request);
        return Response.created(uri.getBaseUriBuilder().path("v1/appointments/{id}").build(created.id())).entity(created).build();
    }

    // ---- coverage and figures ------------------------------------------------------------

    @GET
    @Path("/committee-coverage")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF, Roles.CITY_API})
    @Operation(operationId = "getCommitteeCoverage", summary = "全覆盖: a unit's team status and its children's, with subtree shares (no names)",
            description = "Computed from the appointments at the moment of the request. Drill down by asking for a child.")
    public CommitteeCoverage coverage(@Parameter(description = "The caller's own unit when omitted") @QueryParam("unitId") Long unitId) {
        return coverage.coverage(unitId);
    }

    @GET
    @Path("/committee-figures")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF, Roles.CITY_API})
    @Operation(operationId = "getCommitteeFigures", summary = "Report figures for a date range: seats filled, executive vice-directors adjusted, teams completed (no names)")
    public CommitteeFigures figures(
            @Parameter(description = "The caller's own unit when omitted") @QueryParam("unitId") Long unitId,
            @Parameter(description = "First day (ISO date), default: all history", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("from") String from,
            @Parameter(description = "Last day (ISO date), default: today", schema = @Schema(format = "date", implementation = String.class)) @QueryParam("to") String to) {
        return coverage.figures(unitId, date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "committee.date.invalid", raw.trim());
        }
        if (!cn.ggw.common.QueryParams.inRange(date)) {
            throw ProblemException.invalid(field, "query.date.range", raw.trim());
        }
        return date;
    }
}
