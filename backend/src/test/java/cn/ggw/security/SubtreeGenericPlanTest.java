package cn.ggw.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A prepared subtree read keeps its index after PostgreSQL switches it to a generic plan (after five executions on a
 * pooled connection): the condition {@link Subtree} and {@link ScopeFilter} write is a range over the path, which a
 * generic plan can bound with its parameters; the LIKE it replaced could not (a district's training coverage went from
 * 2.6 ms to 60–800 ms in the benchmark once the plan turned generic).
 */
@QuarkusTest
class SubtreeGenericPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("The subtree condition and the scope filter read the path index in a generic plan; the old LIKE did not")
    void genericPlanUsesThePathIndex() throws SQLException {
        Subtree t = Subtree.of("1.5");
        String helper = t.jdbc("org_path").replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2");
        String scope = ScopeFilter.CONDITION.replace(":scopePath", "$1");
        String like = "(org_path = $1 or org_path like ($1 || '.%'))";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set plan_cache_mode = force_generic_plan");
            s.execute("set enable_seqscan = off"); // the test tables are small: ask whether the index can be used at all
            try {
                String helperPlan = plan(s, "helper", "(text, text)", helper, "'1.5', '" + t.end() + "'");
                assertTrue(indexBound(helperPlan, "$2"), helperPlan);
                String scopePlan = plan(s, "scope", "(text)", scope, "'1.5'");
                assertTrue(indexBound(scopePlan, "($1 || '/'"), scopePlan);
                String likePlan = plan(s, "old_like", "(text)", like, "'1.5'");
                assertFalse(likePlan.contains("Index Cond"), "the LIKE form bounds no index scan in a generic plan:\n" + likePlan);
            } finally {
                deallocate(s, "helper", "scope", "old_like");
                s.execute("reset plan_cache_mode");
                s.execute("reset enable_seqscan");
            }
        }
    }

    /** By name, and only those made here: the pooled connection keeps the driver's own prepared statements. */
    static void deallocate(Statement s, String... names) throws SQLException {
        for (String name : names) {
            try (ResultSet r = s.executeQuery("select count(*) from pg_prepared_statements where name = '" + name + "'")) {
                r.next();
                if (r.getLong(1) == 0) {
                    continue;
                }
            }
            s.execute("deallocate " + name);
        }
    }

    /** The plan bounds an index scan on the path from below by $1 and from above by {@code upper}. */
    private static boolean indexBound(String plan, String upper) {
        String cond = plan.lines().filter(l -> l.contains("Index Cond:")).findFirst().orElse("").replace("::text", "");
        return cond.contains("org_path >= $1") && cond.contains("org_path < " + upper);
    }

    private static String plan(Statement s, String name, String types, String condition, String arguments) throws SQLException {
        s.execute("prepare " + name + types + " as select id from volunteer where " + condition);
        StringBuilder plan = new StringBuilder();
        try (ResultSet r = s.executeQuery("explain execute " + name + "(" + arguments + ")")) {
            while (r.next()) {
                plan.append(r.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
