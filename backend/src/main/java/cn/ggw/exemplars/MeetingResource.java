package cn.ggw.exemplars;

import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.exemplars.ExemplarDtos.MeetingRequest;
import cn.ggw.exemplars.ExemplarDtos.MeetingView;
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

@Path("/v1/exchange-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange meetings", description = "交流会: where approved exemplars were presented, with leaders present")
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "createExchangeMeeting", summary = "Record an exchange meeting of the caller's unit with the approved exemplars presented, in order")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class)))
    public Response create(@Valid @NotNull(message = "{ggw.required}") MeetingRequest request, @Context UriInfo uri) {
        MeetingView created = meetings.create(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/exchange-meetings/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listExchangeMeetings", summary = "Exchange meetings held in the caller's scope, newest first")
    public Page<MeetingView> list(@Parameter(description = "Only meetings held in this year") @QueryParam("year") Integer year,
                                  @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor) {
        return meetings.list(year, Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getExchangeMeeting", summary = "One exchange meeting with the exemplars presented")
    public MeetingView get(@PathParam("id") long id) {
        return meetings.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "updateExchangeMeeting", summary = "Correct a meeting's record (send the version read)")
    public MeetingView update(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") MeetingRequest request) {
        return meetings.update(id, request);
    }
}
