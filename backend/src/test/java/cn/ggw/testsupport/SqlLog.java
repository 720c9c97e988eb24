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
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (RECORDED) {
                RECORDED.add(sql);
            }
        }
        return sql;
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
