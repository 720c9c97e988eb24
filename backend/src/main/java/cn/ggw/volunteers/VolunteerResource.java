package cn.ggw.volunteers;

import cn.ggw.common.ContentDisposition;
import cn.ggw.common.Messages;
import cn.ggw.common.Page;
import cn.ggw.common.QueryParams;
import cn.ggw.common.Paging;
import cn.ggw.common.ProblemException;
import cn.ggw.security.Roles;
import cn.ggw.volunteers.VolunteerDtos.ChangeVolunteerStatusRequest;
import cn.ggw.volunteers.VolunteerDtos.CreateVolunteerRequest;
import cn.ggw.volunteers.VolunteerDtos.SearchRequest;
import cn.ggw.volunteers.VolunteerDtos.StatusChangeView;
import cn.ggw.volunteers.VolunteerDtos.UpdateVolunteerRequest;
import cn.ggw.volunteers.VolunteerDtos.VolunteerCounts;
import cn.ggw.volunteers.VolunteerDtos.VolunteerDetail;
import cn.ggw.volunteers.VolunteerDtos.VolunteerPersonalData;
import cn.ggw.volunteers.VolunteerDtos.VolunteerSummary;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
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

import java.util.List;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers", description = "五老 registry: the caller's unit and below; personal numbers masked, full values only through an audited reveal")
public class VolunteerResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Readers: the four staff roles, not city-api (it never receives personal data).
    // Managers (write and reveal): district-admin, township-staff, village-staff.

    @Inject
    VolunteerService volunteers;

    @GET
    @Path("/volunteers")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listVolunteers", summary = "List volunteers (masked), by id, paged",
            description = "Within the caller's scope; with unitId, within that unit's subtree. To search by a fragment of a name, phone or ID number use POST /volunteers/search: personal data stays out of URLs.")
    public Page<VolunteerSummary> list(
            @Parameter(description = "Only this unit and the units below it") @QueryParam("unitId") Long unitId,
            @Parameter(schema = @Schema(implementation = VolunteerCategory.class)) @QueryParam("category") String category,
            @Parameter(schema = @Schema(implementation = VolunteerStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ActivityArea.class)) @QueryParam("area") String area,
            @Parameter(description = "Age in whole years, at least") @QueryParam("minAge") Integer minAge,
            @Parameter(description = "Age in whole years, at most") @QueryParam("maxAge") Integer maxAge,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor,
            @Parameter(hidden = true) @QueryParam("q") String q) {
        if (q != null) {
            // Search text may be part of an ID number or phone: it belongs in a body, never in a URL or access log.
            throw ProblemException.invalid("q", "volunteer.search.in-body");
        }
        int size = Paging.checkedLimit(limit);
        checkAge("minAge", minAge);
        checkAge("maxAge", maxAge);
        return volunteers.list(filter(unitId, QueryParams.enumValue("category", VolunteerCategory.class, category),
                QueryParams.enumValue("status", VolunteerStatus.class, status), QueryParams.enumValue("area", ActivityArea.class, area),
                minAge, maxAge, null), size, cursor);
    }

    @POST
    @Path("/volunteers/search")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "searchVolunteers", summary = "Search volunteers (masked), by id, paged",
            description = "The list with every filter, including q, sent in the body. q without digits: a fragment of the name."
                    + " q with digits: a whole ID number or phone finds that person; a fragment of one only for roles that may reveal."
                    + " Searches on personal numbers are audited and, with reveals, limited per account (429 with Retry-After).")
    public Page<VolunteerSummary> search(@Valid @NotNull(message = "{ggw.required}") SearchRequest request) {
        return volunteers.search(filterOf(request), Paging.checkedLimit(request.limit()), request.cursor());
    }

    @POST
    @Path("/volunteers/export")
    @Produces({XLSX, "application/problem+json"})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "exportVolunteers", summary = "The current filter as an XLSX workbook, masked like the screen (audited)",
            description = "At most 50,000 people per workbook; a larger selection is refused with 400 asking for a narrower filter.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@Valid @NotNull(message = "{ggw.required}") SearchRequest request, @Context HttpHeaders headers) {
        // The workbook holds the whole selection: a page's cursor or size would be ignored, so they are refused, not read past.
        if (request.cursor() != null) {
            throw ProblemException.invalid("cursor", "volunteer.export.no-paging");
        }
        if (request.limit() != null) {
            throw ProblemException.invalid("limit", "volunteer.export.no-paging");
        }
        VolunteerExport.Workbook workbook = volunteers.export(filterOf(request), Messages.localeOf(headers));
        StreamingOutput body = out -> workbook.writeTo(out);
        return Response.ok(body, XLSX).header("Content-Disposition", ContentDisposition.attachment(workbook.fileName())).build();
    }

    private static VolunteerService.ListFilter filterOf(SearchRequest request) {
        String text = null;
        if (request.q() != null && !request.q().isBlank()) {
            text = request.q().trim();
        }
        return filter(request.unitId(), request.category(), request.status(), request.area(), request.minAge(), request.maxAge(), text);
    }

    private static VolunteerService.ListFilter filter(Long unitId, VolunteerCategory category, VolunteerStatus status,
                                                      ActivityArea area, Integer minAge, Integer maxAge, String text) {
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw ProblemException.invalid("maxAge", "volunteer.age.order");
        }
        return new VolunteerService.ListFilter(unitId, category, status, area, minAge, maxAge, text);
    }

    @GET
    @Path("/volunteers/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getVolunteer", summary = "One volunteer, masked")
    public VolunteerDetail get(@PathParam("id") long id) {
        return volunteers.detail(id);
    }

    @POST
    @Path("/volunteers/{id}/reveal")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "revealVolunteer", summary = "Full ID number, phone, address and health of one volunteer (audited)")
    public VolunteerPersonalData reveal(@PathParam("id") long id) {
        return volunteers.reveal(id);
    }

    @GET
    @Path("/volunteers/{id}/status-history")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listVolunteerStatusHistory", summary = "Every status change of one volunteer, oldest first")
    public List<StatusChangeView> history(@PathParam("id") long id) {
        return volunteers.history(id);
    }

    @POST
    @Path("/volunteers")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "createVolunteer", summary = "Register a volunteer in a unit of the caller's scope")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VolunteerDetail.class)))
    public Response create(@Valid @NotNull(message = "{ggw.required}") CreateVolunteerRequest request, @Context UriInfo uri) {
        VolunteerDetail created = volunteers.create(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/volunteers/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/volunteers/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "updateVolunteer", summary = "Change a volunteer's record, or move them to another unit of the caller's scope")
    public VolunteerDetail update(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") UpdateVolunteerRequest request) {
        return volunteers.update(id, request);
    }

    @POST
    @Path("/volunteers/{id}/status")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "changeVolunteerStatus", summary = "Move a volunteer through the funnel, with a note",
            description = "REGISTERED → CONTACTED → ACTIVE ⇄ INACTIVE; any of these → WITHDRAWN or DECEASED. Other transitions are refused with 409.")
    public VolunteerDetail changeStatus(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") ChangeVolunteerStatusRequest request) {
        return volunteers.changeStatus(id, request);
    }

    @GET
    @Path("/volunteer-counts")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF, Roles.CITY_API})
    @Operation(operationId = "getVolunteerCounts", summary = "Counts by status, category, area and child unit (no personal data)")
    public VolunteerCounts counts(@Parameter(description = "The unit to count; the caller's own unit when omitted") @QueryParam("unitId") Long unitId) {
        return volunteers.counts(unitId);
    }

    private static void checkAge(String field, Integer age) {
        if (age != null && (age < 0 || age > 150)) {
            throw ProblemException.invalid(field, "volunteer.age.range");
        }
    }
}
