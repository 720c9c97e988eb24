package cn.ggw.volunteers.census;

import cn.ggw.common.ContentDisposition;
import cn.ggw.common.Messages;
import cn.ggw.common.Page;
import cn.ggw.common.QueryParams;
import cn.ggw.common.Paging;
import cn.ggw.common.ProblemException;
import cn.ggw.security.Roles;
import cn.ggw.volunteers.census.CensusImportDtos.ChangeView;
import cn.ggw.volunteers.census.CensusImportDtos.CommitRequest;
import cn.ggw.volunteers.census.CensusImportDtos.ImportAction;
import cn.ggw.volunteers.census.CensusImportDtos.ImportView;
import cn.ggw.volunteers.census.CensusImportDtos.IssueSeverity;
import cn.ggw.volunteers.census.CensusImportDtos.IssueView;
import cn.ggw.volunteers.census.CensusImportDtos.MappingRequest;
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
import jakarta.ws.rs.core.HttpHeaders;
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

@Path("/v1/volunteer-imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
@Tag(name = "Census imports", description = "Personnel lists (XLSX or CSV) imported into the 五老 register: upload, map the columns, dry run, commit")
public class CensusImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CensusImportService imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadVolunteerImport", summary = "Upload a census file (XLSX or CSV, at most 30 MB)",
            description = "Finds the header row, recognises the columns and suggests a mapping. Nothing is checked or written yet.")
    @APIResponse(responseCode = "201", description = "Uploaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than 30 MB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response upload(
            @RestForm("file") @PartType(MediaType.APPLICATION_OCTET_STREAM)
            @Schema(type = SchemaType.STRING, format = "binary", required = true) FileUpload file,
            @Parameter(description = "The worksheet to read (a workbook's sheets are listed in the answer); default: the first with data")
            @QueryParam("sheet") String sheet,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "import.file.missing");
        }
        ImportView created = imports.upload(file.uploadedFile(), file.fileName(), file.size(), sheet, Messages.localeOf(headers));
        return Response.created(uri.getBaseUriBuilder().path("v1/volunteer-imports/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listVolunteerImports", summary = "Imports within the caller's scope, newest first")
    public Page<ImportView> list(@Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                 @QueryParam("cursor") String cursor, @Context HttpHeaders headers) {
        return imports.list(Paging.checkedLimit(limit), cursor, Messages.localeOf(headers));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVolunteerImport", summary = "One import, with its progress while it runs")
    public ImportView get(@PathParam("id") long id, @Context HttpHeaders headers) {
        return imports.get(id, headers);
    }

    @PUT
    @Path("/{id}/mapping")
    @Operation(operationId = "mapVolunteerImport", summary = "Set the column mapping and start the dry run",
            description = "The dry run reads the whole file in the background and writes nothing to the register; poll the import for progress.")
    @APIResponse(responseCode = "202", description = "Dry run started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    public Response map(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") MappingRequest request,
                        @Context HttpHeaders headers) {
        return Response.accepted(imports.map(id, request, Messages.localeOf(headers))).build();
    }

    @GET
    @Path("/{id}/issues")
    @Operation(operationId = "listVolunteerImportIssues", summary = "What the dry run found, by row number")
    public Page<IssueView> issues(@PathParam("id") long id,
                                  @Parameter(schema = @Schema(implementation = IssueSeverity.class)) @QueryParam("severity") String severity,
                                  @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor, @Context HttpHeaders headers) {
        return imports.issues(id, QueryParams.enumValue("severity", IssueSeverity.class, severity), Paging.checkedLimit(limit), cursor, headers);
    }

    @GET
    @Path("/{id}/changes")
    @Operation(operationId = "listVolunteerImportChanges", summary = "Who the commit would create or update, by row number")
    public Page<ChangeView> changes(@PathParam("id") long id,
                                    @Parameter(schema = @Schema(implementation = ImportAction.class)) @QueryParam("action") String action,
                                    @Parameter(description = "Page size, 1–200 (default 50)") @QueryParam("limit") Integer limit,
                                    @QueryParam("cursor") String cursor) {
        return imports.changes(id, QueryParams.enumValue("action", ImportAction.class, action), Paging.checkedLimit(limit), cursor);
    }

    @POST
    @Path("/{id}/commit")
    @Operation(operationId = "commitVolunteerImport", summary = "Write the checked file to the register, in the background",
            description = "ALL_OR_NOTHING is refused while any row is rejected. Either way one transaction: a failure leaves the register as it was.")
    @APIResponse(responseCode = "202", description = "Commit started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    public Response commit(@PathParam("id") long id, @Valid @NotNull(message = "{ggw.required}") CommitRequest request,
                           @Context HttpHeaders headers) {
        return Response.accepted(imports.commit(id, request, Messages.localeOf(headers))).build();
    }

    @GET
    @Path("/{id}/rejected-rows")
    @Produces({XLSX, "application/problem+json"})
    @Operation(operationId = "downloadVolunteerImportRejectedRows",
            summary = "The rejected rows as a workbook: the original columns, the row number and a reason column")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response rejectedRows(@PathParam("id") long id, @Context HttpHeaders headers) {
        CensusImportService.Download download = imports.rejectedRows(id, headers);
        StreamingOutput body = download.body()::writeTo;
        return Response.ok(body, XLSX)
                .header("Content-Disposition", ContentDisposition.attachment(download.fileName()))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "discardVolunteerImport", summary = "Discard an import that is not running; its file is deleted")
    @APIResponse(responseCode = "204", description = "Discarded")
    public Response discard(@PathParam("id") long id) {
        imports.discard(id);
        return Response.noContent().build();
    }
}
