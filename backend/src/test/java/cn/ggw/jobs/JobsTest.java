package cn.ggw.jobs;

import cn.ggw.fleet.Replica;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The shared job queue on one replica (the cross-replica cases are in FleetFaultTest). */
@QuarkusTest
class JobsTest {

    @Inject
    Jobs jobs;

    @Inject
    EchoJobs echo;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Replica replica;

    record Row(String status, int attempts, String claimedBy, String error) {
    }

    @Test
    @DisplayName("a job enqueued in a committed transaction runs once, at once, on the replica that enqueued it")
    void runsAfterCommit() {
        String subject = UUID.randomUUID().toString();
        long id = QuarkusTransaction.requiringNew().call(() -> jobs.enqueue(EchoJobs.KIND, subject, Map.of()));
        awaitStatus(id, "DONE");
        Row row = row(id);
        assertEquals(1, row.attempts());
        assertEquals(replica.instance(), row.claimedBy());
        assertEquals(List.of(1), echo.attemptsOf(subject));
    }

    @Test
    @DisplayName("a job enqueued in a transaction that rolls back does not exist and never runs")
    void rolledBack() {
        String subject = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                jobs.enqueue(EchoJobs.KIND, subject, Map.of());
                QuarkusTransaction.setRollbackOnly();
            });
        } catch (RuntimeException rolledBack) {
            // QuarkusTransaction reports the rollback it was asked for
        }
        assertEquals(0, count("select count(*) from job where subject = '" + subject + "'"));
        assertNull(echo.attemptsOf(subject));
    }

    @Test
    @DisplayName("a job cannot be enqueued outside a transaction, nor of a kind nobody runs")
    void refused() {
        assertThrows(() -> jobs.enqueue(EchoJobs.KIND, "x", Map.of()));
        assertThrows(() -> QuarkusTransaction.requiringNew().call(() -> jobs.enqueue("no.such.kind", "x", Map.of())));
    }

    @Test
    @DisplayName("fifty jobs enqueued at once each run exactly once")
    void eachOnce() {
        String batch = UUID.randomUUID().toString();
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                out.add(jobs.enqueue(EchoJobs.KIND, batch + "-" + i, Map.of()));
            }
            return out;
        });
        for (long id : ids) {
            awaitStatus(id, "DONE");
        }
        for (int i = 0; i < 50; i++) {
            assertEquals(List.of(1), echo.attemptsOf(batch + "-" + i), "job " + i);
        }
    }

    @Test
    @DisplayName("a running job whose replica stopped beating is taken over: run again as attempt 2, then done")
    void staleResumed() {
        String subject = UUID.randomUUID().toString();
        long id = insertRunning(subject, 1, 3);
        awaitStatus(id, "DONE");
        assertEquals(2, row(id).attempts());
        assertEquals(replica.instance(), row(id).claimedBy());
        assertEquals(List.of(2), echo.attemptsOf(subject));
    }

    @Test
    @DisplayName("after its last attempt a stranded job is failed, its handler told in the same transaction, and it never runs again")
    void staleExhausted() {
        String subject = UUID.randomUUID().toString();
        long id = insertRunning(subject, 3, 3);
        awaitStatus(id, "FAILED");
        Row row = row(id);
        assertTrue(row.error().startsWith("abandoned: gone#00000000 stopped during attempt 3"), row.error());
        assertTrue(echo.wasAbandoned(subject));
        assertNull(echo.attemptsOf(subject));
    }

    @Test
    @DisplayName("a job that throws is failed (class name kept, no message), not run again")
    void failing() {
        String subject = UUID.randomUUID().toString();
        long id = QuarkusTransaction.requiringNew().call(() -> jobs.enqueue(EchoJobs.KIND, subject, Map.of("fail", true)));
        awaitStatus(id, "FAILED");
        assertEquals("IllegalStateException", row(id).error());
        assertEquals(List.of(1), echo.attemptsOf(subject));
    }

    @Test
    @DisplayName("a job stopped by a passing failure is queued again and done on its next attempt")
    void retried() {
        String subject = UUID.randomUUID().toString();
        long id = QuarkusTransaction.requiringNew().call(() -> jobs.enqueue(EchoJobs.KIND, subject, Map.of("retryOnce", true)));
        awaitStatus(id, "DONE");
        assertEquals(List.of(1, 2), echo.attemptsOf(subject));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private long insertRunning(String subject, int attempts, int maxAttempts) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("insert into job (kind, subject, status, attempts, max_attempts, claimed_by,"
                     + " claimed_at, heartbeat_at) values (?, ?, 'RUNNING', ?, ?, 'gone#00000000', now() - interval '1 hour',"
                     + " now() - interval '1 hour') returning id")) {
            st.setString(1, EchoJobs.KIND);
            st.setString(2, subject);
            st.setInt(3, attempts);
            st.setInt(4, maxAttempts);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Row row(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("select status, attempts, claimed_by, error from job where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "job " + id + " exists");
                return new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitStatus(long id, String status) {
        await(() -> status.equals(row(id).status()), "job " + id + " " + status + " (is " + row(id).status() + ")");
    }

    /** Waits for a condition (the queue works in the background); generous for a loaded machine. */
    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within 60 s: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    private static void assertThrows(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException expected) {
            return;
        }
        fail("expected a refusal");
    }
}
