package cn.ggw.rules;

import cn.ggw.common.Page;
import cn.ggw.files.FileResource;
import cn.ggw.common.Paging;
import cn.ggw.common.QueryParams;
import cn.ggw.rules.BulletinDtos.BulletinSummary;
import cn.ggw.rules.BulletinDtos.BulletinView;
import cn.ggw.rules.BulletinDtos.Box;
import cn.ggw.rules.BulletinDtos.ReceiptFilter;
import cn.ggw.rules.BulletinDtos.ReceiptView;
import cn.ggw.rules.BulletinDtos.RemindersView;
import cn.ggw.rules.BulletinDtos.SendBulletinRequest;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bulletins", description = "《情况反映》: numbered bulletins sent down the tree, receipts, reminders")
public class BulletinResource {

    @Inject
    BulletinService bulletins;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "sendBulletin", summary = "Send a bulletin from the caller's unit to units below it",
            description = "400 when no unit is chosen or a chosen unit lies outside the sender's subtree; nothing is written then.")
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulletinView.class)))
    public Response send(@NotNull(message = "{ggw.required}") SendBulletinRequest request, @Context UriInfo uri) {
        BulletinView sent = bulletins.send(request);
        return Response.created(uri.getBaseUriBuilder().path("v1/bulletins/{id}").build(sent.summary().id())).entity(sent).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listBulletins", summary = "Bulletins sent by the caller's subtree (SENT) or received by it (RECEIVED, default), newest first")
    public Page<BulletinSummary> list(@Parameter(schema = @Schema(implementation = Box.class)) @QueryParam("box") String box,
                                      @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                      @QueryParam("cursor") String cursor) {
        Box b = QueryParams.enumValue("box", Box.class, box);
        return bulletins.list(b == null ? Box.RECEIVED : b, Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "getBulletin", summary = "A bulletin with its text and the receipts counted in the caller's scope")
    public BulletinView get(@PathParam("id") long id) {
        return bulletins.get(id);
    }

    @GET
    @Path("/{id}/receipts")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "listBulletinReceipts", summary = "Who has (and has not) acknowledged, in the caller's scope")
    public Page<ReceiptView> receipts(@PathParam("id") long id,
                                      @Parameter(schema = @Schema(implementation = ReceiptFilter.class)) @QueryParam("status") String status,
                                      @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                      @QueryParam("cursor") String cursor) {
        return bulletins.receipts(id, QueryParams.enumValue("status", ReceiptFilter.class, status), Paging.checkedLimit(limit), cursor);
    }

    @GET
    @Path("/{id}/attachments/{fileId}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Produces({"image/jpeg", "image/png", "application/pdf", FileResource.DOCX, FileResource.XLSX, "application/problem+json"})
    @Operation(operationId = "downloadBulletinAttachment", summary = "An attachment of a bulletin, for its sender's side and the units it was sent to",
            description = "404 when the caller may not read the bulletin (a unit it was not sent to) or the file is not attached to it. "
                    + "Sent with Cache-Control: no-store.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = FileResource.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = FileResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response attachment(@PathParam("id") long id, @Parameter(description = "The file's id") @PathParam("fileId") long fileId) {
        return FileResource.send(bulletins.attachment(id, fileId));
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Operation(operationId = "acknowledgeBulletin", summary = "签收: the caller's unit acknowledges its copy (409 when not sent to it or already acknowledged)")
    public ReceiptView acknowledge(@PathParam("id") long id) {
        return bulletins.acknowledge(id);
    }

    @POST
    @Path("/{id}/reminders")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF})
    @Operation(operationId = "remindBulletinRecipients", summary = "催办: remind every unit that has not acknowledged")
    public RemindersView remind(@PathParam("id") long id) {
        return bulletins.remind(id);
    }
}
