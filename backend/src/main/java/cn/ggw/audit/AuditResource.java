package cn.ggw.audit;

import cn.ggw.common.Cursors;
import cn.ggw.common.Page;
import cn.ggw.common.Paging;
import cn.ggw.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "操作日志: every write, who, when, before and after")
public class AuditResource {

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed(Roles.DISTRICT_ADMIN)
    @Operation(summary = "Audit events in the caller's scope, newest first")
    public Page<AuditEventView> list(@QueryParam("entityType") @Size(max = 40) String entityType,
                                     @QueryParam("entityId") @Size(max = 64) String entityId,
                                     @QueryParam("limit") Integer limit,
                                     @QueryParam("cursor") String cursor) {
        int size = Paging.checkedLimit(limit);
        String position = Cursors.decode(cursor);
        Long before = null;
        if (position != null) {
            try {
                before = Long.parseLong(position);
            } catch (NumberFormatException e) {
                throw cn.ggw.common.ProblemException.invalid("cursor", "cursor.invalid");
            }
        }
        StringBuilder jpql = new StringBuilder("from AuditEvent where 1 = 1");
        if (entityType != null) {
            jpql.append(" and entityType = :type");
        }
        if (entityId != null) {
            jpql.append(" and entityId = :entityId");
        }
        if (before != null) {
            jpql.append(" and id < :before");
        }
        var query = em.createQuery(jpql + " order by id desc", AuditEvent.class);
        if (entityType != null) {
            query.setParameter("type", entityType);
        }
        if (entityId != null) {
            query.setParameter("entityId", entityId);
        }
        if (before != null) {
            query.setParameter("before", before);
        }
        List<AuditEvent> rows = query.setMaxResults(size + 1).getResultList();
        boolean more = rows.size() > size;
        List<AuditEventView> items = rows.stream().limit(size).map(AuditEventView::of).toList();
        return new Page<>(items, more ? Cursors.encode(String.valueOf(items.get(items.size() - 1).id())) : null);
    }

    @Schema(name = "AuditEvent")
    public record AuditEventView(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                                 @Schema(nullable = true) JsonNode before, @Schema(nullable = true) JsonNode after) {
        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.before, e.after);
        }
    }
}
