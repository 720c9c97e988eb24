package cn.ggw.jobs;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A job kind for the tests of the queue: records each run by subject; the payload may ask it to
 * fail ({@code "fail": true}) or to hit a passing failure on its first attempt ({@code "retryOnce": true}).
 */
@ApplicationScoped
public class EchoJobs implements JobHandler {

    static final String KIND = "test.echo";

    private final Map<String, List<Integer>> attempts = new ConcurrentHashMap<>();
    private final List<String> abandoned = new CopyOnWriteArrayList<>();

    /** The attempts seen for this subject, in order; null when it never ran. (Methods: a CDI proxy has no fields.) */
    public List<Integer> attemptsOf(String subject) {
        List<Integer> seen = attempts.get(subject);
        return seen == null ? null : List.copyOf(seen);
    }

    public boolean wasAbandoned(String subject) {
        return abandoned.contains(subject);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(Job job) {
        attempts.computeIfAbsent(job.subject(), s -> new CopyOnWriteArrayList<>()).add(job.attempt());
        if (job.payload().path("fail").asBoolean()) {
            throw new IllegalStateException("asked to fail");
        }
        if (job.payload().path("retryOnce").asBoolean() && job.attempt() == 1) {
            throw new RetryLater(null);
        }
    }

    /** Writes in the sweeper's transaction: the note exists exactly when the job was failed. */
    @Override
    public void abandoned(Job job, Connection tx) throws SQLException {
        try (PreparedStatement st = tx.prepareStatement("select 1")) {
            st.execute();
        }
        abandoned.add(job.subject());
    }
}
