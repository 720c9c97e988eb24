package cn.ggw.exemplars;

import cn.ggw.common.ContentDisposition;
import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.exemplars.ExemplarDtos.BookletRequest;
import cn.ggw.exemplars.ExemplarDtos.BookletView;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

@jakarta.ws.rs.Path("/v1/booklets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Booklets", description = "汇编成册: approved write-ups compiled into an editable Word file (GB/T 9704)")
public class BookletResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    BookletService booklets;

    @Inject
    BookletDistribution distribution;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "createBooklet", summary = "Compile approved exemplars of the caller's scope, in order, with a foreword",
            description = "400 naming exemplarIds[i] for an exemplar that is not approved or not in the caller's scope.")
    @APIResponse(responseCode = "201", description = "Compiled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookletView.class)))
    public Response create(@Valid @NotNull(message = "{ggw.required}") BookletRequest request, @Context UriInfo uri) {
        BookletView created = booklets.create(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/booklets/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listBooklets", summary = "Booklets compiled in the caller's scope, newest first")
    public Page<BookletView> list(@Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor) {
        return booklets.list(Paging.checkedLimit(limit), cursor);
    }

    @GET
    @jakarta.ws.rs.Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getBooklet", summary = "One booklet with its exemplars in order")
    public BookletView get(@PathParam("id") long id) {
        return booklets.get(id);
    }

    @PUT
    @jakarta.ws.rs.Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "updateBooklet", summary = "Change the choice, order, title or foreword (send the version read)")
    public BookletView update(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") BookletRequest request) {
        return booklets.update(id, request);
    }

    @POST
    @jakarta.ws.rs.Path("/{id}/distributions")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "distributeBooklet", summary = "下发: send the booklet's Word file in a 《情况反映》 bulletin from the caller's unit",
            description = "Recipients as for any bulletin (strictly below the sender; 400 naming the one outside, nothing written). "
                    + "The bulletin's receipts are tracked like any bulletin's.")
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = cn.ggw.rules.BulletinDtos.BulletinView.class)))
    public Response distribute(@PathParam("id") long id,
                               @NotNull(message = "{ggw.required}") BookletDistribution.DistributeRequest request, @Context UriInfo uri) {
        cn.ggw.rules.BulletinDtos.BulletinView sent = distribution.distribute(id, request);
        return Response.created(uri.getBaseUriBuilder().path("v1/bulletins/{id}").build(sent.summary().id())).entity(sent).build();
    }

    @GET
    @jakarta.ws.rs.Path("/{id}/distributions")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listBookletDistributions", summary = "The bulletins that carried the booklet, with their receipt share (newest first)")
    public java.util.List<cn.ggw.rules.BulletinDtos.BulletinSummary> distributions(@PathParam("id") long id) {
        return distribution.distributions(id);
    }

    @GET
    @jakarta.ws.rs.Path("/{id}/docx")
    @Produces({DOCX, "application/problem+json"})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "downloadBookletDocx", summary = "The booklet as an editable Word file: title 小标宋, body 仿宋, contents, page numbers, photos with captions")
    @APIResponse(responseCode = "200", description = "The Word file",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("id") long id) throws IOException {
        String name = booklets.fileName(id);
        // Written to a temporary file first: photos are read inside the request's scope, the heap holds one at a time.
        java.nio.file.Path file = Files.createTempFile("ggw-booklet-", ".docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            booklets.writeDocx(id, out);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        long size = Files.size(file);
        StreamingOutput body = out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, DOCX).header("Content-Length", size)
                .header("Content-Disposition", ContentDisposition.attachment(name))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
