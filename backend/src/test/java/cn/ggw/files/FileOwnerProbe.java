package cn.ggw.files;

import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * Test-only stand-in for a feature that owns files (a minutes record, a write-up): claims and releases
 * uploads through {@link FileService} exactly as a feature's service would, with the caller's real token.
 * Lives in src/test, hidden from the contract.
 */
@Path("/v1/test-only/file-owners")
@RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_VIEWER, Roles.TOWNSHIP_STAFF, Roles.VILLAGE_STAFF})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FileOwnerProbe {

    public record Claim(long unitId, List<Long> fileIds, FilePurpose purpose) {
    }

    @Inject
    FileService files;

    @Inject
    HierarchyService hierarchy;

    @POST
    @Path("/{type}/{id}/attach")
    @Operation(hidden = true)
    public List<StoredFileView> attach(@PathParam("type") String type, @PathParam("id") long id, Claim claim) {
        return files.attach(claim.fileIds(), new FileOwner(type, id), path(claim), kinds(claim));
    }

    @POST
    @Path("/{type}/{id}/replace")
    @Operation(hidden = true)
    public List<StoredFileView> replace(@PathParam("type") String type, @PathParam("id") long id, Claim claim) {
        return files.replaceAttachments(claim.fileIds(), new FileOwner(type, id), path(claim), kinds(claim));
    }

    @GET
    @Path("/{type}/{id}")
    @Operation(hidden = true)
    public List<StoredFileView> owned(@PathParam("type") String type, @PathParam("id") long id) {
        return files.ownedBy(new FileOwner(type, id));
    }

    @DELETE
    @Path("/{type}/{id}")
    @Operation(hidden = true)
    public void release(@PathParam("type") String type, @PathParam("id") long id) {
        files.release(new FileOwner(type, id));
    }

    @GET
    @Path("/bytes/{fileId}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(hidden = true)
    public byte[] bytes(@PathParam("fileId") long fileId) {
        return files.bytes(fileId);
    }

    private String path(Claim claim) {
        return hierarchy.requireVisible(claim.unitId(), "unitId").orgPath();
    }

    private static java.util.Set<FileKind> kinds(Claim claim) {
        return (claim.purpose() == null ? FilePurpose.ANY : claim.purpose()).kinds();
    }
}
