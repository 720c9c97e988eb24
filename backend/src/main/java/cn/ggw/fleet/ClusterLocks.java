package cn.ggw.fleet;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Named locks across the replicas: PostgreSQL session advisory locks, held on a connection of their
 * own for as long as the action runs and released when it ends — or when the replica dies with it,
 * since the database ends the session. For "only one replica at a time" work: loading the demo data,
 * a clean-up that runs on a timer in every replica ({@link #tryRun}: the others skip that round).
 * Not for long jobs that must survive a replica: those belong in the job queue ({@link cn.ggw.jobs.Jobs}).
 */
@ApplicationScoped
public class ClusterLocks {

    /** The first key of every ggw lock, so that ggw's locks cannot collide with other users of the database. */
    private static final int NAMESPACE = 0x67677700; // "ggw\0"

    @Inject
    AgroalDataSource dataSource;

    /** Waits for the lock, then runs the action while holding it. */
    public <T> T withLock(String name, Supplier<T> action) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            lock(c, "select pg_advisory_lock(?, hashtext(?))", name);
            try {
                return action.get();
            } finally {
                lock(c, "select pg_advisory_unlock(?, hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cluster lock " + name + " unavailable", e);
        }
    }

    /** Runs the action only when no other replica holds the lock right now; false when it was skipped. */
    public boolean tryRun(String name, Runnable action) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!lock(c, "select pg_try_advisory_lock(?, hashtext(?))", name)) {
                return false;
            }
            try {
                action.run();
                return true;
            } finally {
                lock(c, "select pg_advisory_unlock(?, hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cluster lock " + name + " unavailable", e);
        }
    }

    private static boolean lock(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setInt(1, NAMESPACE);
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Object result = rs.getObject(1);
                return !(result instanceof Boolean b) || b;
            }
        }
    }
}
