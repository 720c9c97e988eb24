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

/**
 * The application's connections never prepare statements on the server (application.properties,
 * {@code prepareThreshold=0}), so PostgreSQL plans every statement for its own parameters: a subtree read keeps using
 * the path index after its fifth execution, when a server-prepared statement could switch to one generic plan
 * (bench/training.sh: a district's coverage went from 2.6 ms to 60–800 ms).
 */
@QuarkusTest
class PlanCacheModeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("every pooled connection plans each statement for its parameters: ten executions of a subtree read, nothing prepared on the server")
    void customPlans() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            // pgjdbc's default would prepare on the server from the fifth use; PostgreSQL may plan generically from the sixth.
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
                    select count(*), coalesce(sum(generic_plans), 0) from pg_prepared_statements
                     where statement = 'select count(*) from org_unit where org_path = $1 or org_path like $2'""")) {
                rs.next();
                assertEquals(0, rs.getLong(1), "the subtree read was prepared on the server");
                assertEquals(0, rs.getLong(2), "generic plans of the subtree read");
            }
        }
    }
}
