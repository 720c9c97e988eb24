package cn.ggw.exemplars;

import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.exemplars.ExemplarDtos.AdoptionRequest;
import cn.ggw.exemplars.ExemplarDtos.CityExemplar;
import cn.ggw.files.StoredFileView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/city/exemplars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_API})
@Tag(name = "City: exemplars", description = "For the city system: exemplars submitted to the city, and its answer (采用)")
public class CityExemplarResource {

    @Inject
    CityExemplarService city;

    @GET
    @Operation(operationId = "listCityExemplars", summary = "Exemplars submitted to the city, newest first (no ID numbers or phones)")
    public Page<CityExemplar> list(@Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                   @QueryParam("cursor") String cursor) {
        return city.list(Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCityExemplar", summary = "One submitted exemplar (404 when it was not submitted)")
    public CityExemplar get(@PathParam("id") long id) {
        return city.get(id);
    }

    @GET
    @Path("/{id}/photos/{fileId}")
    @Produces({"image/jpeg", "image/png", "application/problem+json"})
    @Operation(operationId = "downloadCityExemplarPhoto", summary = "A photo of a submitted write-up")
    @APIResponse(responseCode = "200", description = "The photo", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response photo(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        StoredFileView info = city.photoInfo(id, fileId);
        return Response.ok(city.photo(id, fileId), info.mediaType())
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/{id}/adoption")
    @Operation(operationId = "recordCityAdoption", summary = "Record whether the city took the write-up into its book (409 when it was never submitted)")
    public CityExemplar adopt(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") AdoptionRequest request) {
        return city.adopt(id, request);
    }
}
