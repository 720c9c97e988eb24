package cn.ggw.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's connections plan every statement for its own parameters (application.properties,
 * {@code plan_cache_mode=force_custom_plan}): a prepared subtree read keeps using the path index after the fifth
 * execution, when PostgreSQL would otherwise switch to one generic plan (bench/training.sh: a district's coverage
 * went from 2.6 ms to 60–800 ms).
 */
@QuarkusTest
class PlanCacheModeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("every pooled connection plans each statement for its parameters: ten executions of a prepared subtree read, no generic plan")
    void customPlans() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select current_setting('plan_cache_mode')")) {
                rs.next();
                assertEquals("force_custom_plan", rs.getString(1));
            }
            // pgjdbc prepares on the server from the fifth use; PostgreSQL would consider a generic plan from the sixth.
            try (PreparedStatement ps = c.prepareStatement("select count(*) from org_unit where org_path = ? or org_path like ?")) {
                for (int i = 0; i < 10; i++) {
                    ps.setString(1, "1");
                    ps.setString(2, "1.%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    select coalesce(sum(generic_plans), -1), coalesce(sum(custom_plans), -1) from pg_prepared_statements
                     where statement = 'select count(*) from org_unit where org_path = $1 or org_path like $2'""")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "generic plans of the prepared subtree read");
                assertTrue(rs.getLong(2) >= 3, "custom plans of the prepared subtree read: " + rs.getLong(2));
            }
        }
    }
}
