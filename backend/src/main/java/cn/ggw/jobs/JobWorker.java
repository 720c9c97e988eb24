package cn.ggw.jobs;

import cn.ggw.fleet.DatabaseOutage;
import cn.ggw.fleet.Replica;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each replica's share of the job queue: claims queued jobs ({@code FOR UPDATE SKIP LOCKED}, so two
 * replicas never take the same one), runs them on {@code ggw.jobs.threads} threads, beats their
 * heartbeat, and sweeps: a running job whose heartbeat went stale (its replica was killed, lost the
 * database, or hung) is queued again — or failed, through its handler's {@link JobHandler#abandoned},
 * once it used up its attempts. Every update of a claimed job names the claim (replica instance and
 * attempt), so a replica that was given up on cannot overwrite what its successor did.
 */
@ApplicationScoped
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class);
    private static final String CLAIMED = " returning id, kind, subject, payload::text, attempts, max_attempts";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Replica replica;

    @Inject
    Instance<JobHandler> handlerBeans;

    @Inject
    JobsConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final Map<Long, Integer> running = new ConcurrentHashMap<>();
    private final AtomicLong queued = new AtomicLong();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private Semaphore slots;
    private ExecutorService executor;
    private ScheduledExecutorService timer;
    private String[] kinds;
    private volatile boolean accepting;
    private long lastCleanup;

    void start(@Observes StartupEvent event) {
        for (JobHandler h : handlerBeans) {
            handlers.put(h.kind(), h);
        }
        kinds = handlers.keySet().toArray(String[]::new);
        slots = new Semaphore(config.threads());
        executor = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "ggw-job-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ggw-job-timer");
            t.setDaemon(true);
            return t;
        });
        Gauge.builder("ggw.jobs.running", running, Map::size).description("Jobs running on this replica").register(metrics);
        Gauge.builder("ggw.jobs.queued", queued, AtomicLong::get).description("Jobs waiting in the shared queue (all replicas)")
                .register(metrics);
        accepting = true;
        long poll = config.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::poll, ThreadLocalRandom.current().nextLong(poll), poll, TimeUnit.MILLISECONDS);
        long beat = config.heartbeatInterval().toMillis();
        timer.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        accepting = false;
        if (executor == null) {
            return;
        }
        timer.shutdownNow();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(config.shutdownWait().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("%d job(s) still running at shutdown: another replica resumes them", running.size());
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job enqueued by this replica: start it now when a slot is free (else whoever polls first takes it). */
    void onEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Jobs.Enqueued enqueued) {
        if (!accepting || !slots.tryAcquire()) {
            return;
        }
        try {
            Optional<Job> job = claim(enqueued.jobId());
            if (job.isPresent()) {
                submit(job.get());
                return;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("could not claim job %d at once (%s); it waits for the next poll", enqueued.jobId(), e.getClass().getSimpleName());
        }
        slots.release();
    }

    // ---- the loop --------------------------------------------------------------------------------

    private void poll() {
        if (!accepting) {
            return;
        }
        try {
            sweep();
            while (accepting && slots.tryAcquire()) {
                Optional<Job> job;
                try {
                    job = claim(null);
                } catch (SQLException | RuntimeException e) {
                    slots.release();
                    throw e;
                }
                if (job.isEmpty()) {
                    slots.release();
                    break;
                }
                submit(job.get());
            }
            countQueued();
            cleanupNowAndThen();
        } catch (SQLException | RuntimeException e) {
            // The database is away: the next poll tries again.
            LOG.debugf("job poll failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Claims the job with this id, or (null) the oldest queued job of a kind this replica runs. */
    private Optional<Job> claim(Long id) throws SQLException {
        String sql = "update job set status = 'RUNNING', attempts = attempts + 1, claimed_by = ?, claimed_at = now(), heartbeat_at = now()"
                + " where id = (select id from job where status = 'QUEUED' and run_after <= now() and kind = any(?)"
                + (id == null ? "" : " and id = ?")
                + " order by run_after, id for update skip locked limit 1)" + CLAIMED;
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, replica.instance());
            st.setArray(2, c.createArrayOf("varchar", kinds));
            if (id != null) {
                st.setLong(3, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(job(rs)) : Optional.empty();
            }
        }
    }

    private void submit(Job job) {
        running.put(job.id(), job.attempt());
        try {
            executor.execute(() -> run(job));
        } catch (RuntimeException e) {
            // Shutting down: the claim goes stale and another replica resumes the job.
            running.remove(job.id());
            slots.release();
        }
    }

    private void run(Job job) {
        JobHandler handler = handlers.get(job.kind());
        Timer.Sample sample = Timer.start(metrics);
        String outcome;
        try {
            if (job.attempt() > 1) {
                LOG.infof("job %d (%s %s) resumed, attempt %d of %d", job.id(), job.kind(), job.subject(), job.attempt(), job.maxAttempts());
            }
            handler.run(job);
            outcome = finish(job, "DONE", null) ? "done" : "lost";
        } catch (Exception e) {
            if (e instanceof RetryLater || DatabaseOutage.isCause(e)) {
                outcome = retry(job, e);
            } else {
                LOG.errorf(cn.ggw.common.SafeLog.redacted(e), "job %d (%s %s) failed", job.id(), job.kind(), job.subject());
                outcome = finish(job, "FAILED", describe(e)) ? "failed" : "lost";
            }
        } finally {
            running.remove(job.id());
            slots.release();
        }
        sample.stop(metrics.timer("ggw.jobs.duration", "kind", job.kind(), "outcome", outcome));
        count(job.kind(), outcome);
    }

    /** Marks a job this replica holds finished; false when the claim was lost (another replica took over). */
    private boolean finish(Job job, String status, String error) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("update job set status = ?, finished_at = now(), error = ?"
                     + " where id = ? and claimed_by = ? and attempts = ? and status = 'RUNNING'")) {
            st.setString(1, status);
            st.setString(2, error);
            st.setLong(3, job.id());
            st.setString(4, replica.instance());
            st.setInt(5, job.attempt());
            if (st.executeUpdate() == 1) {
                return true;
            }
            LOG.warnf("job %d (%s) was taken over by another replica while it ran here", job.id(), job.kind());
            return false;
        } catch (SQLException e) {
            // Its heartbeat stops now: the sweep queues it again, and the handler, being idempotent, finds it done.
            LOG.warnf("could not record the end of job %d (%s): it will be checked again", job.id(), e.getSQLState());
            return false;
        }
    }

    private String retry(Job job, Exception cause) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                String outcome;
                if (job.attempt() < job.maxAttempts()) {
                    try (PreparedStatement st = c.prepareStatement("update job set status = 'QUEUED', claimed_by = null,"
                            + " run_after = now() + make_interval(secs => ?), error = ?"
                            + " where id = ? and claimed_by = ? and attempts = ? and status = 'RUNNING'")) {
                        st.setDouble(1, config.retryDelay().toMillis() / 1000.0);
                        st.setString(2, describe(cause));
                        st.setLong(3, job.id());
                        st.setString(4, replica.instance());
                        st.setInt(5, job.attempt());
                        outcome = st.executeUpdate() == 1 ? "retry" : "lost";
                    }
                } else {
                    outcome = giveUp(c, job, describe(cause)) ? "abandoned" : "lost";
                }
                c.commit();
                LOG.warnf("job %d (%s %s) stopped by a passing failure (%s): %s", job.id(), job.kind(), job.subject(),
                        describe(cause), outcome);
                return outcome;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            // Still no database: the claim goes stale and the sweep resumes the job.
            return "lost";
        }
    }

    /** Fails a job for good, with its handler's own record, in {@code c}'s transaction. */
    private boolean giveUp(Connection c, Job job, String error) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("update job set status = 'FAILED', finished_at = now(), error = ?"
                + " where id = ? and attempts = ? and status = 'RUNNING'")) {
            st.setString(1, error);
            st.setLong(2, job.id());
            st.setInt(3, job.attempt());
            if (st.executeUpdate() != 1) {
                return false;
            }
        }
        JobHandler handler = handlers.get(job.kind());
        if (handler != null) {
            handler.abandoned(job, c);
        }
        return true;
    }

    private void heartbeat() {
        if (running.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("update job set heartbeat_at = now()"
                     + " where claimed_by = ? and status = 'RUNNING' and id = any(?)")) {
            st.setString(1, replica.instance());
            Array ids = c.createArrayOf("bigint", running.keySet().toArray());
            st.setArray(2, ids);
            st.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("heartbeat failed: %s", e.getClass().getSimpleName());
        }
    }

    /** Jobs of replicas that stopped: queued again, or failed after their last attempt. */
    void sweep() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Job> stale = new ArrayList<>();
                List<String> holders = new ArrayList<>();
                try (PreparedStatement st = c.prepareStatement("select id, kind, subject, payload::text, attempts, max_attempts, claimed_by"
                        + " from job where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?) and kind = any(?)"
                        + " order by id limit 20 for update skip locked")) {
                    st.setDouble(1, config.staleAfter().toMillis() / 1000.0);
                    st.setArray(2, c.createArrayOf("varchar", kinds));
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            stale.add(job(rs));
                            holders.add(rs.getString(7));
                        }
                    }
                }
                for (int i = 0; i < stale.size(); i++) {
                    Job job = stale.get(i);
                    if (job.attempt() < job.maxAttempts()) {
                        try (PreparedStatement st = c.prepareStatement("update job set status = 'QUEUED', claimed_by = null,"
                                + " run_after = now() where id = ?")) {
                            st.setLong(1, job.id());
                            st.executeUpdate();
                        }
                        LOG.warnf("job %d (%s %s) of %s has no heartbeat: queued again (attempt %d of %d done)", job.id(), job.kind(),
                                job.subject(), holders.get(i), job.attempt(), job.maxAttempts());
                        count(job.kind(), "resumed");
                    } else {
                        giveUp(c, job, "abandoned: " + holders.get(i) + " stopped during attempt " + job.attempt());
                        LOG.warnf("job %d (%s %s) of %s has no heartbeat after its last attempt: failed", job.id(), job.kind(),
                                job.subject(), holders.get(i));
                        count(job.kind(), "abandoned");
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void countQueued() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select count(*) from job where status = 'QUEUED'");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            queued.set(rs.getLong(1));
        }
    }

    private void cleanupNowAndThen() throws SQLException {
        long now = System.nanoTime();
        if (lastCleanup != 0 && now - lastCleanup < TimeUnit.MINUTES.toNanos(10)) {
            return;
        }
        lastCleanup = now;
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("delete from job where status in ('DONE', 'FAILED')"
                     + " and finished_at < now() - make_interval(secs => ?)")) {
            st.setDouble(1, config.keepFinished().toSeconds());
            st.executeUpdate();
        }
    }

    private Job job(ResultSet rs) throws SQLException {
        try {
            return new Job(rs.getLong(1), rs.getString(2), rs.getString(3), json.readTree(rs.getString(4)), rs.getInt(5), rs.getInt(6));
        } catch (IOException e) {
            throw new SQLException("job payload is not JSON", "22000", e);
        }
    }

    private void count(String kind, String outcome) {
        Counter.builder("ggw.jobs.runs").tag("kind", kind).tag("outcome", outcome).register(metrics).increment();
    }

    /** What may be stored about a failure: the class and SQL state, never a message (they quote row values). */
    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                s.append(" (SQLState ").append(sql.getSQLState()).append(')');
                break;
            }
        }
        return s.length() > 500 ? s.substring(0, 500) : s.toString();
    }
}
