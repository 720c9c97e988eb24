package cn.ggw.files;

import cn.ggw.common.ContentDisposition;
import cn.ggw.common.ProblemException;
import cn.ggw.common.QueryParams;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Uploads and downloads of stored files. Records (minutes, write-ups …) claim uploads through their own
 * endpoints; this resource only takes files in and hands them out, scoped like everything else.
 */
@Path("/v1/files")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
@Tag(name = "Files", description = "Photos and attachments: upload (checked by content, location removed from photos), download, thumbnails")
public class FileResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FileService files;

    @Inject
    CallerScope caller;

    @POST
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadFile", summary = "Upload a photo or an attachment",
            description = "The kind is read from the content (JPEG, PNG, PDF, DOCX, XLSX), never from the name; a name whose "
                    + "extension names another kind is refused. Photos at most 10 MB, documents 20 MB. Photos lose their EXIF/XMP "
                    + "metadata (GPS location above all) but keep their orientation. The file stays unattached until a record "
                    + "claims it; unattached files are deleted after 24 hours.")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoredFileView.class)))
    @APIResponse(responseCode = "413", description = "Larger than the cap for its kind",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response upload(
            @RestForm("file") @PartType(MediaType.APPLICATION_OCTET_STREAM)
            @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The file") FileUpload file,
            @RestForm("unitId")
            @Schema(pattern = "^[0-9]+$", description = "The unit the file is uploaded for, as digits, e.g. 12 (default: the caller's own unit)")
            String unitId,
            @RestForm("purpose")
            @Schema(enumeration = {"IMAGE", "DOCUMENT", "ANY"}, description = "IMAGE: JPEG or PNG; DOCUMENT: PDF, DOCX or XLSX; ANY (default): any of these")
            String purpose,
            @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "files.missing");
        }
        FilePurpose wanted = QueryParams.enumValue("purpose", FilePurpose.class, purpose);
        long unit = unitId == null || unitId.isBlank() ? caller.requireRoot().unitId() : parseId("unitId", unitId);
        StoredFileView stored;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            stored = files.upload(unit, file.fileName(), in, (wanted == null ? FilePurpose.ANY : wanted).kinds());
        } catch (IOException e) {
            throw ProblemException.invalid("file", "files.read-failed");
        }
        return Response.created(uri.getBaseUriBuilder().path("v1/files/{id}").build(stored.id())).entity(stored).build();
    }

    @GET
    @Path("/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", DOCX, XLSX, "application/problem+json"})
    @Operation(operationId = "downloadFile", summary = "Download a stored file",
            description = "404 when the file is unknown or outside the caller's scope (its record's unit). Sent with "
                    + "Cache-Control: no-store and X-Content-Type-Options: nosniff; the name in Content-Disposition (RFC 5987, UTF-8).")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(@Parameter(description = "The file's id") @PathParam("id") long id) {
        return send(files.open(id));
    }

    @GET
    @Path("/{id}/thumbnail")
    @Produces({"image/jpeg", "image/png", "application/problem+json"})
    @Operation(operationId = "downloadFileThumbnail", summary = "A small JPEG of an image (at most 480 px on its longest side), for lists",
            description = "Upright (the photo's orientation applied), without metadata. 404 for files that are not images.")
    @APIResponse(responseCode = "200", description = "The thumbnail", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response thumbnail(@Parameter(description = "The file's id") @PathParam("id") long id) {
        return send(files.thumbnail(id));
    }

    /** A stored file as an HTTP answer: no-store, nosniff, sandboxed; images inline, documents as attachments. */
    public static Response send(FileDownload file) {
        StreamingOutput body = out -> {
            try (InputStream in = file.content()) {
                in.transferTo(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        boolean image = file.mediaType().startsWith("image/");
        return Response.ok(body, file.mediaType())
                .header("Content-Length", file.size())
                // Images open in the browser; documents are saved, never rendered in the app's origin.
                .header("Content-Disposition", image ? ContentDisposition.inline(file.name()) : ContentDisposition.attachment(file.name()))
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    private static long parseId(String field, String raw) {
        try {
            long id = Long.parseLong(raw.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(field, "files.unit-id.invalid", raw.trim());
    }
}
