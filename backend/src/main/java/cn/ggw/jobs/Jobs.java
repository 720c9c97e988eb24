package cn.ggw.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * The shared job queue (table {@code job}, V11__fleet.sql). A job is enqueued inside the transaction
 * that changes the record it is about, so that it exists exactly when that change committed; the
 * replica that enqueued it starts it right after the commit when it has a free slot, otherwise any
 * replica takes it within {@code ggw.jobs.poll-interval}. See {@link JobHandler} and docs/contracts.md.
 */
@ApplicationScoped
public class Jobs {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<JobHandler> handlers;

    @Inject
    Event<Enqueued> enqueued;

    /** Fired inside the enqueuing transaction; {@link JobWorker} claims the job after it commits. */
    public record Enqueued(long jobId) {
    }

    /**
     * Queues a job of {@code kind} about {@code subject} with these arguments (JSON-serialisable; no
     * personal data: the job table is no place for it). Must run inside the caller's transaction.
     *
     * @return the job's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(String kind, Object subject, Map<String, ?> payload) {
        JobHandler handler = handlers.stream().filter(h -> h.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no job handler for kind " + kind));
        String arguments;
        try {
            arguments = json.writeValueAsString(payload == null ? Map.of() : payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("job payload is not JSON", e);
        }
        long id = ((Number) em.createNativeQuery("with j as (insert into job (kind, subject, payload, max_attempts)"
                        + " values (?1, ?2, cast(?3 as jsonb), ?4) returning id) select id from j")
                .setParameter(1, kind)
                .setParameter(2, subject == null ? null : subject.toString())
                .setParameter(3, arguments)
                .setParameter(4, Math.max(1, handler.maxAttempts()))
                .getSingleResult()).longValue();
        enqueued.fire(new Enqueued(id));
        return id;
    }
}
