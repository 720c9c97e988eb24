package cn.ggw.jobs;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs the jobs of one kind. Implement it on an {@code @ApplicationScoped} bean; any replica may run
 * any job, and the same job may run again: after its replica died, or when {@link #run} threw
 * {@link RetryLater} (or lost the database). So {@link #run} must be idempotent — check the state of
 * the record the job is about first, and write the outcome in one transaction together with that
 * state, so that a run cut short leaves nothing half-applied.
 */
public interface JobHandler {

    /** The kind, e.g. {@code census.commit}; a job of a kind no replica knows waits until one does. */
    String kind();

    /** How often the job may be started before it is failed; 1 = never resumed. */
    default int maxAttempts() {
        return 3;
    }

    /**
     * Does the work. Returning normally marks the job done; throwing {@link RetryLater} (or any failure
     * caused by the database being unreachable) queues it again; any other exception fails it (the
     * handler should have recorded the failure on its own record first).
     */
    void run(Job job) throws Exception;

    /**
     * The job will not be run again: its last replica stopped during its last allowed attempt.
     * Record that on the job's own record (e.g. status FAILED) in {@code tx}, the transaction that
     * also marks the job failed; do not commit it.
     */
    default void abandoned(Job job, Connection tx) throws SQLException {
    }
}
