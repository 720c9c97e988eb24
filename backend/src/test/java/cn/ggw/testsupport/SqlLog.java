package cn.ggw.testsupport;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * Every SQL statement Hibernate prepares while a test records (tests only): lets a test prove that an answer ran
 * no query of some kind (e.g. a 304 that computed no figures), by the statements themselves, not by timing.
 */
@PersistenceUnitExtension
public class SqlLog implements StatementInspector {

    private static final List<String> RECORDED = new ArrayList<>();
    private static final List<String> IN_REQUESTS = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (RECORDED) {
                RECORDED.add(sql);
                if (PoolLeases.inRequest()) {
                    IN_REQUESTS.add(sql);
                }
            }
        }
        return sql;
    }

    /**
     * What one HTTP request costs the database, while the action runs: the statements Hibernate prepared and the pool
     * connections leased (JDBC outside Hibernate included), both only on threads serving a request — background jobs,
     * which run without a request context, are left out.
     */
    public static Cost costOf(Runnable action) {
        synchronized (RECORDED) {
            RECORDED.clear();
            IN_REQUESTS.clear();
        }
        PoolLeases.start();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        int leases = PoolLeases.stop();
        synchronized (RECORDED) {
            return new Cost(List.copyOf(IN_REQUESTS), leases);
        }
    }

    public record Cost(List<String> statements, int leases) {
    }

    /** Records the statements prepared while the action runs (by any thread: keep the action alone). */
    public static List<String> during(Runnable action) {
        synchronized (RECORDED) {
            RECORDED.clear();
        }
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }
}
