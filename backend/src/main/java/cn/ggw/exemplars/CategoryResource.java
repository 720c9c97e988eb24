package cn.ggw.exemplars;

import cn.ggw.exemplars.ExemplarDtos.CategoryView;
import cn.ggw.exemplars.ExemplarDtos.CreateCategoryRequest;
import cn.ggw.exemplars.ExemplarDtos.UpdateCategoryRequest;
import cn.ggw.security.Roles;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** 典型类别: the register of exemplar categories; the district adds its own beside the built-in ones. */
@Path("/v1/exemplar-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Exemplars")
public class CategoryResource {

    @Inject
    CategoryService categories;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listExemplarCategories", summary = "The categories that apply to the caller's unit: built in, then the district's")
    public List<CategoryView> list(@Parameter(description = "Include deactivated ones (the register screen)") @QueryParam("includeInactive") boolean includeInactive) {
        return categories.list(includeInactive);
    }

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN})
    @Operation(operationId = "createExemplarCategory", summary = "Add a category for the caller's district")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "409", description = "The code is taken (built in or already in the register)")
    public Response create(@Valid @NotNull(message = "{ggw.required}") CreateCategoryRequest request) {
        return Response.status(Response.Status.CREATED).entity(categories.create(request)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.DISTRICT_ADMIN})
    @Operation(operationId = "updateExemplarCategory", summary = "Rename, change the subject kinds of, deactivate or reactivate a category the district added")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "409", description = "Built in, or changed by someone else meanwhile")
    public CategoryView update(@PathParam("code") String code, @Valid @NotNull(message = "{ggw.required}") UpdateCategoryRequest request) {
        return categories.update(code, request);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.DISTRICT_ADMIN})
    @Operation(operationId = "deleteExemplarCategory", summary = "Remove a category the district added that nothing carries")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Built in, or exemplars or quotas carry it (deactivate it instead)")
    public Response delete(@PathParam("code") String code) {
        categories.delete(code);
        return Response.noContent().build();
    }
}
