package cn.ggw.dashboard;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cn.ggw.testsupport.TestPeople.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Freshness: the register's counts are kept in volunteer_unit_count by triggers (V12). After each kind of
 * write — registration, status change, a batch import, a subtree's move, a bulk status update, a deletion —
 * the dashboard's figures equal a recount of the raw rows, for every unit, and the whole summary equals
 * a fresh count of the register.
 */
@QuarkusTest
class VolunteerCountsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("After each kind of write the 五老 figures equal a recount from the raw rows")
    void figuresEqualRecount() throws SQLException {
        TestTree tree = TestTree.build();
        String admin = tree.adminToken();
        List<Long> units = List.of(tree.district, tree.township1, tree.township2, tree.street1, tree.village1a, tree.village1b,
                tree.village2a, tree.community1);

        long a = TestPeople.register(admin, tree.village1a, "甲一");
        TestPeople.register(admin, tree.village1a, "甲二");
        TestPeople.register(admin, tree.community1, "社一");
        check(tree, units, "registration");

        TestPeople.activate(admin, a);
        check(tree, units, "status change");

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, status, created_by, updated_by)
                select ?, org_path, '导入' || g, ? || lpad(g::text, 6, '0'), 'FEMALE', ?, case when g % 3 = 0 then 'ACTIVE' else 'REGISTERED' end, 'test', 'test'
                  from org_unit, generate_series(1, 60) g where id = ?""")) {
            s.setLong(1, tree.village1b);
            s.setString(2, String.format("I%011d", System.nanoTime() % 100_000_000_000L));
            s.setDate(3, Date.valueOf(TODAY.minusYears(65)));
            s.setLong(4, tree.village1b);
            assertEquals(60, s.executeUpdate());
        }
        check(tree, units, "import of many rows in one statement");

        long version = Api.as(admin).get("/api/v1/org-units/{id}", tree.village1b).then().statusCode(200).extract().jsonPath().getLong("version");
        Api.as(admin).body(Map.of("newParentId", tree.township2, "version", version))
                .post("/api/v1/org-units/{id}/move", tree.village1b).then().statusCode(200);
        check(tree, units, "move of a subtree");
        assertEquals(60, onRegister(tree, tree.township2) - 0, "the moved village's people count for its new township");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update volunteer set status = 'WITHDRAWN' where org_unit_id = " + tree.village1b + " and name like '导入1%'");
        }
        check(tree, units, "bulk status change");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from volunteer where org_unit_id = " + tree.village1b + " and name like '导入2%'");
        }
        check(tree, units, "deletion");
    }

    long onRegister(TestTree tree, long unitId) {
        return Api.as(tree.adminToken()).queryParam("unitId", unitId).queryParam("depth", 0).queryParam("line", "VOLUNTEERS")
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath().getLong("units[0].counts['volunteers.onRegister']");
    }

    private void check(TestTree tree, List<Long> units, String after) throws SQLException {
        JsonPath figures = Api.as(tree.adminToken()).queryParam("depth", 2).queryParam("line", "VOLUNTEERS")
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        try (Connection c = dataSource.getConnection()) {
            for (long unit : units) {
                long[] recount = recount(c, unit);
                String row = "units.find { it.unit.id == " + unit + " }.counts";
                assertEquals(recount[0], figures.getLong(row + "['volunteers.onRegister']"), "on register, unit " + unit + ", after " + after);
                assertEquals(recount[1], figures.getLong(row + "['volunteers.active']"), "active, unit " + unit + ", after " + after);
                JsonPath dashboard = Api.as(tree.adminToken()).queryParam("unitId", unit).get("/api/v1/dashboard").then().statusCode(200)
                        .extract().jsonPath();
                assertEquals(recount[0], (long) dashboard.getDouble("lines.kpis.flatten().find { it.key == 'volunteers.onRegister' }.value"),
                        "dashboard, unit " + unit + ", after " + after);
            }
            assertEquals(table(c, "select org_path, status, count(*) from volunteer group by org_path, status"),
                    table(c, "select org_path, status, people from volunteer_unit_count where people <> 0"),
                    "the whole summary equals a count of the register after " + after);
        }
    }

    private static long[] recount(Connection c, long unitId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select count(*) filter (where v.status in ('REGISTERED', 'CONTACTED', 'ACTIVE', 'INACTIVE')),
                       count(*) filter (where v.status = 'ACTIVE')
                  from volunteer v join org_unit u on u.id = ?
                 where v.org_path = u.org_path or v.org_path like u.org_path || '.%'""")) {
            s.setLong(1, unitId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static Map<String, Long> table(Connection c, String sql) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
            }
        }
        return rows;
    }
}
