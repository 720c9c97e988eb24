package cn.ggw.hierarchy;

import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.OrgUnitDtos.CreateOrgUnitRequest;
import cn.ggw.hierarchy.OrgUnitDtos.DeactivateOrgUnitRequest;
import cn.ggw.hierarchy.OrgUnitDtos.MoveOrgUnitRequest;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitDetail;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitKindInfo;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitSummary;
import cn.ggw.hierarchy.OrgUnitDtos.UpdateOrgUnitRequest;
import cn.ggw.security.Roles;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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
@Tag(name = "Org units", description = "组织架构: 区 → 乡镇/街道/区直部门 → 村/社区, limited to the caller's unit and below")
public class HierarchyResource {

    private static final String WRITERS = Roles.DISTRICT_ADMIN;

    @Inject
    HierarchyService hierarchy;

    @GET
    @Path("/org-unit-kinds")
    @Authenticated
    @Operation(operationId = "listOrgUnitKinds", summary = "Kinds of unit and which kinds may sit under each")
    public List<OrgUnitKindInfo> kinds() {
        return hierarchy.kinds();
    }

    @GET
    @Path("/org-units")
    @Authenticated
    @Operation(operationId = "listOrgUnits", summary = "List units",
            description = "Without parentId and q: the caller's own unit. With parentId: its children, by sort order. "
                    + "With q: units whose name contains q or whose code starts with q, within the caller's scope.")
    public Page<OrgUnitSummary> list(
            @Parameter(description = "Children of this unit") @QueryParam("parentId") Long parentId,
            @Parameter(description = "Children of the unit with this administrative code (stable across platforms), instead of parentId",
                    example = "220802", schema = @Schema(pattern = OrgUnitCodes.PATTERN, maxLength = OrgUnitCodes.MAX_LENGTH))
            @QueryParam("parentCode") String parentCode,
            @Parameter(description = "Search text: part of a name, or the start of a code") @QueryParam("q") String q,
            @QueryParam("kind") OrgUnitKind kind,
            @QueryParam("includeInactive") boolean includeInactive,
            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.checkedLimit(limit);
        if (q != null) {
            String text = q.trim();
            if (text.isEmpty() || text.length() > 50) {
                throw ProblemException.invalid("q", "search.length", 50);
            }
            return hierarchy.search(text, kind, includeInactive, size, cursor);
        }
        if (parentCode != null) {
            HierarchyService.VisibleUnit parent = hierarchy.findByIdOrCode(parentId, "parentId", parentCode, "parentCode");
            return hierarchy.children(parent.ref().id(), includeInactive, size, cursor);
        }
        if (parentId != null) {
            return hierarchy.children(parentId, includeInactive, size, cursor);
        }
        return new Page<>(hierarchy.scopeRoots(), null);
    }

    @GET
    @Path("/org-units/{id}")
    @Authenticated
    @Operation(operationId = "getOrgUnit", summary = "One unit with its breadcrumbs")
    public OrgUnitDetail get(@PathParam("id") long id) {
        return hierarchy.detail(id);
    }

    @GET
    @Path("/org-unit-codes/{code}")
    @Authenticated
    @Operation(operationId = "getOrgUnitByCode", summary = "One unit by its administrative code, with its breadcrumbs",
            description = "The code (区划代码, e.g. 220802) is the key that is the same on every platform; ids are not. "
                    + "404 when no unit in the caller's scope has it.")
    public OrgUnitDetail getByCode(
            @Parameter(description = "Administrative code", example = "220802",
                    schema = @Schema(pattern = OrgUnitCodes.PATTERN, maxLength = OrgUnitCodes.MAX_LENGTH))
            @PathParam("code") String code) {
        return hierarchy.detailByCode(HierarchyService.checkedCode(code, "code"));
    }

    @GET
    @Path("/org-units/{id}/descendants")
    @Authenticated
    @Operation(operationId = "listOrgUnitDescendants", summary = "The whole subtree below a unit, depth-first, paged")
    public Page<OrgUnitSummary> descendants(@PathParam("id") long id,
                                            @QueryParam("includeInactive") boolean includeInactive,
                                            @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                            @QueryParam("cursor") String cursor) {
        return hierarchy.descendants(id, includeInactive, Paging.checkedLimit(limit), cursor);
    }

    @POST
    @Path("/org-units")
    @RolesAllowed(WRITERS)
    @Operation(operationId = "createOrgUnit", summary = "Create a unit under a parent")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgUnitDetail.class)))
    public Response create(@Valid @NotNull(message = "{ggw.required}") CreateOrgUnitRequest request, @Context UriInfo uri) {
        OrgUnitDetail created = hierarchy.create(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/org-units/{id}").build(created.id())).entity(created).build();
    }

    @PUT
    @Path("/org-units/{id}")
    @RolesAllowed(WRITERS)
    @Operation(operationId = "updateOrgUnit", summary = "Rename a unit, change its code or sort order")
    public OrgUnitDetail update(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") UpdateOrgUnitRequest request) {
        return hierarchy.update(id, request);
    }

    @POST
    @Path("/org-units/{id}/move")
    @RolesAllowed(WRITERS)
    @Operation(operationId = "moveOrgUnit", summary = "Move a unit and its whole subtree under another parent")
    public OrgUnitDetail move(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") MoveOrgUnitRequest request) {
        return hierarchy.move(id, request);
    }

    @POST
    @Path("/org-units/{id}/deactivate")
    @RolesAllowed(WRITERS)
    @Operation(operationId = "deactivateOrgUnit", summary = "Deactivate a unit (refused while active units or records hang on it)")
    public OrgUnitDetail deactivate(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") DeactivateOrgUnitRequest request) {
        return hierarchy.deactivate(id, request.reason());
    }

    @POST
    @Path("/org-units/{id}/reactivate")
    @RolesAllowed(WRITERS)
    @Operation(operationId = "reactivateOrgUnit", summary = "Reactivate a unit")
    public OrgUnitDetail reactivate(@PathParam("id") long id) {
        return hierarchy.reactivate(id);
    }
}
