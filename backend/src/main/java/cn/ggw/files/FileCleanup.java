package cn.ggw.files;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deletes uploads no record claimed within {@code ggw.files.unattached-ttl} (a day): a form abandoned on a
 * phone must not keep its photos. Runs as the system, outside any caller's scope; each deletion is audited
 * under the file's own unit path, so the unit's auditors see it.
 */
@ApplicationScoped
public class FileCleanup {

    private static final Logger LOG = Logger.getLogger(FileCleanup.class);
    private static final int BATCH = 500;

    @Inject
    StoredFileRepository files;

    @Inject
    FileContent content;

    @Inject
    EntityManager em;

    @Inject
    cn.ggw.fleet.ClusterLocks locks;

    @ConfigProperty(name = "ggw.files.unattached-ttl", defaultValue = "PT24H")
    Duration ttl;

    @Scheduled(identity = "files-unattached-cleanup", every = "${ggw.files.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        // Every replica schedules it; one runs it per round (the others skip while it holds the lock).
        locks.tryRun("files-unattached-cleanup", () -> {
            int deleted = deleteUnattached(Instant.now().minus(ttl));
            if (deleted > 0) {
                LOG.infof("Deleted %d unattached uploads older than %s", deleted, ttl);
            }
        });
    }

    /** Deletes unattached uploads created before the cut-off, a batch per transaction; returns how many. */
    public int deleteUnattached(Instant cutoff) {
        int total = 0;
        int n;
        do {
            n = deleteBatch(cutoff);
            total += n;
        } while (n == BATCH);
        return total;
    }

    @Transactional
    int deleteBatch(Instant cutoff) {
        List<Long> ids = files.unattachedBefore(cutoff, BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        content.delete(ids);
        // Native and unscoped on purpose (the system acts here); the row is re-checked as unattached so that a
        // file claimed meanwhile stays. Audited with the file's own path, actor "system".
        @SuppressWarnings("unchecked")
        List<Object> gone = em.createNativeQuery("""
                        with gone as (
                            delete from stored_file where id in (?1) and owner_type is null
                            returning id, org_path, name, kind, size_bytes, sha256)
                        insert into audit_event (occurred_at, actor, action, entity_type, entity_id, org_path, before_state)
                        select now(), 'system', 'file.expire', 'StoredFile', id::text, org_path,
                               jsonb_build_object('name', name, 'kind', kind, 'size', size_bytes, 'sha256', sha256)
                        from gone
                        returning entity_id""")
                .setParameter(1, ids)
                .getResultList();
        return gone.size();
    }
}
