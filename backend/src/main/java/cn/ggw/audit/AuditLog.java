package cn.ggw.audit;

import cn.ggw.security.CallerScope;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.ggw.audit.AuditResource.AuditEventView;
import cn.ggw.common.Cursors;
import cn.ggw.common.Page;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records every write in the same transaction as the write itself: no write without its record. */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, String orgPath, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = caller.username();
        event.actorUnit = caller.unitCode();
        event.action = action;
        event.entityType = entityType;
        event.entityId = String.valueOf(entityId);
        event.orgPath = orgPath;
        event.before = before == null ? null : json.valueToTree(before);
        event.after = after == null ? null : json.valueToTree(after);
        em.persist(event);
    }

    /** Newest first, within the caller's scope (the scope filter applies to AuditEvent). */
    public Page<AuditEventView> list(String entityType, String entityId, int limit, String cursor) {
        Long before = Cursors.decodeLong(cursor);
        var query = em.createQuery("from AuditEvent where (:type is null or entityType = :type)"
                        + " and (:entity is null or entityId = :entity)"
                        + " and (:before is null or id < :before) order by id desc", AuditEvent.class)
                .setParameter("type", entityType)
                .setParameter("entity", entityId)
                .setParameter("before", before);
        List<AuditEvent> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<AuditEvent> shown = rows.stream().limit(limit).toList();
        Map<String, String> names = displayNames(shown.stream().map(e -> e.actor).distinct().toList());
        List<AuditEventView> items = shown.stream().map(e -> AuditEventView.of(e, names.get(e.actor))).toList();
        return new Page<>(items, more ? Cursors.encode(String.valueOf(items.get(items.size() - 1).id())) : null);
    }

    /** Who did it, by the name their colleagues know (accounts in the caller's scope; others keep their username). */
    private Map<String, String> displayNames(List<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("select a.username, a.displayName from StaffAccount a where a.username in :names", Object[].class)
                    .setParameter("names", usernames).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }
}
