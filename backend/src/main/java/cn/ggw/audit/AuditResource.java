package cn.ggw.audit;

import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "操作日志: every write, who, when, before and after")
public class AuditResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "Audit events in the caller's scope, newest first")
    public Page<AuditEventView> list(@QueryParam("entityType") @Size(max = 40) String entityType,
                                     @QueryParam("entityId") @Size(max = 64) String entityId,
                                     @QueryParam("limit") Integer limit,
                                     @QueryParam("cursor") String cursor) {
        return audit.list(entityType, entityId, Paging.checkedLimit(limit), cursor);
    }

    @Schema(name = "AuditEvent")
    public record AuditEventView(long id, Instant occurredAt, String actor,
                                 @Schema(nullable = true, description = "The actor's display name when they hold an account in the caller's scope") String actorName,
                                 String action, String entityType, String entityId,
                                 @Schema(type = SchemaType.OBJECT, nullable = true, description = "The record before the change (free-form JSON)") Object before,
                                 @Schema(type = SchemaType.OBJECT, nullable = true, description = "The record after the change (free-form JSON)") Object after) {
        static AuditEventView of(AuditEvent e, String actorName) {
            return new AuditEventView(e.id, e.occurredAt, e.actor, actorName, e.action, e.entityType, e.entityId, e.before, e.after);
        }
    }
}
