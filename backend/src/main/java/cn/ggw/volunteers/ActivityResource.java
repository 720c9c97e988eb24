package cn.ggw.volunteers;

import cn.ggw.common.Page;
import cn.ggw.common.QueryParams;
import cn.ggw.common.Paging;
import cn.ggw.common.ProblemException;
import cn.ggw.security.Roles;
import cn.ggw.volunteers.ActivityDtos.ActivitySummary;
import cn.ggw.volunteers.ActivityDtos.ActivityView;
import cn.ggw.volunteers.ActivityDtos.CareRecordView;
import cn.ggw.volunteers.ActivityDtos.CreateActivityRequest;
import cn.ggw.volunteers.ActivityDtos.CreateCareRecordRequest;
import cn.ggw.volunteers.ActivityDtos.UpdateActivityRequest;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteer activities", description = "What the 五老 do (发挥作用) and the care they receive (关爱五老); "
        + "activities are scoped by the unit where they took place, care records by the person's home unit")
public class ActivityResource {

    // Readers: the four staff roles; writers: district-admin, township-staff, village-staff.
    // city-api reads the summary only (no names there).

    @Inject
    ActivityService activities;

    @Inject
    CareRecordService care;

    @GET
    @Path("/volunteers/{id}/activities")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listVolunteerActivities", summary = "One volunteer's activities in the caller's scope, newest first, paged")
    public Page<ActivityView> forVolunteer(@PathParam("id") long id,
                                           @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                           @QueryParam("cursor") String cursor) {
        return activities.forVolunteer(id, Paging.checkedLimit(limit), cursor);
    }

    @POST
    @Path("/volunteers/{id}/activities")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "createVolunteerActivity", summary = "Log an activity of a volunteer",
            description = "Refused with 409 for withdrawn and deceased volunteers. The place defaults to the volunteer's home unit.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    public Response create(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") CreateActivityRequest request,
                           @Context UriInfo uri) {
        ActivityView created = activities.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("v1/volunteer-activities/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/volunteer-activities/{activityId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "updateVolunteerActivity", summary = "Correct an activity (a stale version is refused with 409)")
    public ActivityView update(@PathParam("activityId") long activityId,
                               @Valid @NotNull(message = "{ggw.required}") UpdateActivityRequest request) {
        return activities.update(activityId, request);
    }

    @DELETE
    @Path("/volunteer-activities/{activityId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "deleteVolunteerActivity", summary = "Delete an activity (audited with what it said)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("activityId") long activityId) {
        activities.delete(activityId);
    }

    @GET
    @Path("/volunteer-activities")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listActivities", summary = "Activities in the caller's scope, newest first, paged",
            description = "With unitId, those that took place in that unit's subtree. Each names its volunteer by id and name only.")
    public Page<ActivityView> list(
            @Parameter(description = "Only activities in this unit and the units below it") @QueryParam("unitId") Long unitId,
            @Parameter(schema = @Schema(implementation = ActivityArea.class)) @QueryParam("area") String area,
            @Parameter(description = "On or after this date (YYYY-MM-DD)", schema = @Schema(format = "date", type = SchemaType.STRING))
            @QueryParam("from") String from,
            @Parameter(description = "On or before this date (YYYY-MM-DD)", schema = @Schema(format = "date", type = SchemaType.STRING))
            @QueryParam("to") String to,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.checkedLimit(limit);
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        checkOrder(start, end);
        return activities.list(new ActivityService.ListFilter(unitId, QueryParams.enumValue("area", ActivityArea.class, area), start, end), size, cursor);
    }

    @GET
    @Path("/volunteer-activity-summary")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF, Roles.CITY_API})
    @Operation(operationId = "getVolunteerActivitySummary", summary = "Count, hours and young people reached, by area and child unit (no personal data)")
    public ActivitySummary summary(
            @Parameter(description = "The unit to sum up; the caller's own unit when omitted") @QueryParam("unitId") Long unitId,
            @Parameter(description = "On or after this date (YYYY-MM-DD)", schema = @Schema(format = "date", type = SchemaType.STRING))
            @QueryParam("from") String from,
            @Parameter(description = "On or before this date (YYYY-MM-DD)", schema = @Schema(format = "date", type = SchemaType.STRING))
            @QueryParam("to") String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        checkOrder(start, end);
        return activities.summary(unitId, start, end);
    }

    @GET
    @Path("/volunteers/{id}/care-records")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listVolunteerCareRecords", summary = "Care given to one volunteer, newest first, paged")
    public Page<CareRecordView> careRecords(@PathParam("id") long id,
                                            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                            @QueryParam("cursor") String cursor) {
        return care.forVolunteer(id, Paging.checkedLimit(limit), cursor);
    }

    @POST
    @Path("/volunteers/{id}/care-records")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "createVolunteerCareRecord", summary = "Record care given to a volunteer (refused with 409 for deceased volunteers)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareRecordView.class)))
    public Response createCareRecord(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") CreateCareRecordRequest request,
                                     @Context UriInfo uri) {
        CareRecordView created = care.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("v1/volunteers/{id}/care-records").build(id)).entity(created).build();
    }

    @DELETE
    @Path("/volunteer-care-records/{recordId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "deleteVolunteerCareRecord", summary = "Delete a care record (audited with what it said)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteCareRecord(@PathParam("recordId") long recordId) {
        care.delete(recordId);
    }

    private static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "activity.filter.date");
        }
        if (!cn.ggw.common.QueryParams.inRange(date)) {
            throw ProblemException.invalid(field, "query.date.range", raw.trim());
        }
        return date;
    }

    private static void checkOrder(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalid("to", "activity.filter.order");
        }
    }
}
