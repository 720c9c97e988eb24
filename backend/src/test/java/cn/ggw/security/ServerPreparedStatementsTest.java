package cn.ggw.security;

import cn.ggw.common.PreparedOnServer;
import cn.ggw.fleet.DatabaseOutage;
import cn.ggw.hierarchy.OrgUnitRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only the hot reads marked {@link PreparedOnServer} are prepared on the server (from their fifth execution on a
 * connection, pgjdbc's default), so PostgreSQL parses them once and may keep one generic plan for any parameters; every
 * other statement is planned for its own parameters ({@code prepareThreshold=0}). That is only safe where the generic
 * plan is as narrow as the custom one: the scope filter and {@code Subtree} are ranges for that reason
 * ({@code SubtreeGenericPlanTest}), and the children of a unit have an index over the parent and the path (V27),
 * without which the generic plan read the caller's whole subtree.
 */
@QuarkusTest
class ServerPreparedStatementsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrgUnitRepository units;

    @Inject
    EntityManager em;

    @Test
    @DisplayName("a marked read is prepared on the server after five uses; a plain statement on the same connection, used as often, is not")
    void onlyMarkedReadsArePrepared() {
        long[] prepared = QuarkusTransaction.requiringNew().call(() -> {
            for (int i = 0; i < 6; i++) {
                units.withBreadcrumbs(1L, null);
                em.createNativeQuery("select count(*) from org_unit where depth >= ?1").setParameter(1, i).getSingleResult();
            }
            return new long[] {
                    // by id (the same read by code may already be prepared on this pooled connection by an earlier test)
                    preparedMatching("\\.id=\\$[0-9]+ and cast\\(.*string_to_array"),
                    preparedMatching("^select count\\(\\*\\) from org_unit where depth >= \\$1$")};
        });
        assertEquals(1, prepared[0], "the unit with its breadcrumbs, prepared on the server");
        assertEquals(0, prepared[1], "a plain statement, prepared on the server");
    }

    @Test
    @DisplayName("a connection leased by a marked read goes back to the pool with server-side preparation off")
    void poolConnectionsPlanEachStatement() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> units.withBreadcrumbs(1L, null));
        for (int round = 0; round < 3; round++) { // whichever pooled connection comes
            try (Connection c = dataSource.getConnection()) {
                assertEquals(0, c.unwrap(PGConnection.class).getPrepareThreshold());
            }
        }
    }

    @Test
    @DisplayName("a connection the database dropped goes back to the pool without an error, as an outage, and the pool leases a working one next")
    void droppedConnectionGoesBack() throws Exception {
        Connection dropped = dataSource.getConnection();
        int pid;
        try (Statement s = dropped.createStatement(); ResultSet r = s.executeQuery("select pg_backend_pid()")) {
            r.next();
            pid = r.getInt(1);
        }
        try (Connection other = dataSource.getConnection(); Statement s = other.createStatement()) {
            s.execute("select pg_terminate_backend(" + pid + ", 5000)");
        }
        SQLException failure = assertThrows(SQLException.class, () -> {
            try (Statement s = dropped.createStatement()) {
                s.execute("select 1");
            }
        });
        assertTrue(DatabaseOutage.isCause(failure), "an outage (503), not an internal error: " + failure.getSQLState());
        assertDoesNotThrow(dropped::close, "handing the dropped connection back");
        for (int round = 0; round < 3; round++) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("select 1")) {
                assertTrue(r.next());
            }
        }
    }

    private long preparedMatching(String regex) {
        return ((Number) em.createNativeQuery("select count(*) from pg_prepared_statements where statement ~ ?1")
                .setParameter(1, regex).getSingleResult()).longValue();
    }

    @Test
    @DisplayName("the children of a unit, planned once for any parent and scope, read only that parent's children; without the index of V27 the whole scope")
    void childrenGenericPlan() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // The province of the benchmarks (1 + 60 districts + 1,000 townships + 10,000 villages) in a copy of the
            // table with its indexes: the planner's choice depends on the statistics of a tree of that size.
            s.execute("create temp table province_tree (like org_unit including defaults including constraints including indexes)");
            try {
                s.execute("""
                        insert into province_tree (id, code, name, kind, parent_id, org_path, depth, created_by, updated_by)
                        select 1, 'P', 'P', 'PROVINCE', null, '1', 0, 't', 't'
                        union all select d, 'D' || d, 'D', 'DISTRICT', 1, '1.' || d, 1, 't', 't' from generate_series(2, 61) d
                        union all select t, 'T' || t, 'T', 'TOWNSHIP', 2 + (t - 62) % 60, '1.' || (2 + (t - 62) % 60) || '.' || t, 2, 't', 't'
                          from generate_series(62, 1061) t
                        union all select v, 'V' || v, 'V', 'VILLAGE', p, '1.' || (2 + (p - 62) % 60) || '.' || p || '.' || v, 3, 't', 't'
                          from (select v, 62 + (v - 1062) % 1000 as p from generate_series(1062, 11061) v) x""");
                s.execute("analyze province_tree");
                String plan = genericChildrenPlan(s);
                String cond = plan.lines().filter(l -> l.contains("Index Cond:")).findFirst().orElse("");
                assertTrue(cond.contains("parent_id = $2") && cond.contains("org_path >= $1") && cond.contains("org_path < ($1 || '/'"),
                        "one index scan bounded by the parent and the scope's range:\n" + plan);
                assertFalse(plan.contains("BitmapAnd"), "no second index over the whole scope:\n" + plan);

                try (ResultSet r = s.executeQuery("select indexname from pg_indexes where tablename = 'province_tree' and indexdef like '%(parent_id, org_path)'")) {
                    assertTrue(r.next(), "the copy has V27's index");
                    s.execute("drop index " + r.getString(1));
                }
                String without = genericChildrenPlan(s);
                assertTrue(without.contains("BitmapAnd") || !without.lines().filter(l -> l.contains("Index Cond:")).findFirst().orElse("").contains("parent_id"),
                        "without the index the generic plan also scans the scope's range:\n" + without);
            } finally {
                s.execute("drop table province_tree");
            }
        }
    }

    private static String genericChildrenPlan(Statement s) throws SQLException {
        String children = "select id from province_tree where " + ScopeFilter.CONDITION.replace(":scopePath", "$1")
                + " and parent_id = $2 and active order by sort_order, id limit 51";
        s.execute("set plan_cache_mode = force_generic_plan");
        try {
            s.execute("prepare children(text, bigint) as " + children);
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = s.executeQuery("explain execute children('1', 48)")) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
            return plan.toString().replace("::text", "").replace("(org_path)", "org_path");
        } finally {
            SubtreeGenericPlanTest.deallocate(s, "children");
            s.execute("reset plan_cache_mode");
        }
    }
}
