package cn.ggw.audit;

import cn.ggw.security.CallerScope;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

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
}
