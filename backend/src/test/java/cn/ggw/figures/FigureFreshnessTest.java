package cn.ggw.figures;

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
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.testsupport.TestPeople.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Freshness of the kept figures (V18, V25, {@link FigureFreshness}): the dashboard's figures and attention items are
 * kept between writes, each source's with the stamp of the tables it reads. After each kind of write — registration,
 * status change, an import of many rows in one statement, a subtree's move, an appointment, a rule's evidence, a
 * training plan, a write behind the API's back — the figures
 * served right after it equal a recount from the raw rows (the same request with nothing kept), and differ
 * from what was served before the write (so a stale result would fail here).
 */
@QuarkusTest
class FigureFreshnessTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FigureFreshness freshness;

    TestTree tree;
    String admin;

    @Test
    @DisplayName("After each kind of write the kept figures equal a recount from the raw rows")
    void keptFiguresEqualRecount() throws SQLException {
        tree = TestTree.build();
        admin = tree.adminToken();

        long[] person = new long[2];
        write("registration", () -> {
            person[0] = TestPeople.register(admin, tree.village1a, "鲜一");
            person[1] = TestPeople.register(admin, tree.village1a, "鲜二");
        });
        write("status change", () -> TestPeople.activate(admin, person[0]));
        write("import of many rows in one statement", () -> sql("""
                insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, status, created_by, updated_by)
                select ?, org_path, '导入' || g, ? || lpad(g::text, 6, '0'), 'MALE', ?, 'ACTIVE', 'test', 'test'
                  from org_unit, generate_series(1, 40) g where id = ?""",
                tree.village1b, String.format("F%011d", System.nanoTime() % 100_000_000_000L), Date.valueOf(TODAY.minusYears(66)), tree.village1b));
        write("move of a subtree", () -> {
            long version = Api.as(admin).get("/api/v1/org-units/{id}", tree.village1b).then().statusCode(200).extract().jsonPath().getLong("version");
            Api.as(admin).body(Map.of("newParentId", tree.township2, "version", version))
                    .post("/api/v1/org-units/{id}/move", tree.village1b).then().statusCode(200);
        });
        write("appointment", () -> {
            Map<String, Object> body = new HashMap<>();
            body.put("unitId", tree.village1a);
            body.put("role", "DIRECTOR");
            body.put("volunteerId", person[0]);
            body.put("startedOn", TODAY.toString());
            Api.as(admin).body(body).post("/api/v1/appointments").then().statusCode(201);
        });
        write("rule evidence", () -> {
            sql("""
                    with r as (insert into rule (owner_unit_id, owner_path, code, created_by)
                               select id, org_path, 'FRESH-' || id, 'test' from org_unit where id = ? returning id, owner_path),
                         v as (insert into rule_version (rule_id, owner_path, number, status, title, category, body, applies_to,
                                                         obligation_kind, obligation_frequency, effective_from, created_by, updated_by)
                               select id, owner_path, 1, 'PUBLISHED', '月例会', 'MEETING', '[]', 'VILLAGE,TOWNSHIP', 'MEETING', 'MONTHLY',
                                      cast(? as date), 'test', 'test' from r returning rule_id)
                    insert into rule_evidence (rule_id, org_unit_id, org_path, held_on, title, created_by)
                    select v.rule_id, u.id, u.org_path, cast(? as date), '例会', 'test' from v, org_unit u where u.id = ?""",
                    tree.district, Date.valueOf(TODAY.withDayOfYear(1).minusYears(1)), Date.valueOf(TODAY.withDayOfMonth(1)), tree.village1a);
        });
        write("a yearly training plan (V16's table, watched since V25)", () -> sql("""
                insert into training_plan (org_unit_id, org_path, year, type_code, target, created_by, updated_by)
                select id, org_path, ?, 'POLITICAL', 4, 'test', 'test' from org_unit where id = ?""",
                TODAY.getYear(), tree.township1));
        write("a bulk status change behind the API's back", () -> sql(
                "update volunteer set status = 'WITHDRAWN' where org_unit_id = ? and name like '导入1%'", tree.village1b));
    }

    /** Reads (and so keeps) the figures, writes, then checks what is served against a recount. */
    private void write(String kind, Runnable write) {
        Map<String, Object> before = served();
        assertEquals(before, served(), kind + ": a second read serves the kept figures unchanged");
        write.run();
        Map<String, Object> after = served();
        freshness.clear();
        Map<String, Object> recount = served();
        assertEquals(recount, after, kind + ": the figures served after the write equal a recount");
        assertNotEquals(before, after, kind + ": the write changed the figures (a stale result would equal these)");
    }

    /** The district's figures (itself and each unit below) and its dashboard's figures and attention items, without the as-of times. */
    private Map<String, Object> served() {
        JsonPath figures = Api.as(admin).queryParam("unitId", tree.district).queryParam("depth", 1)
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        JsonPath dashboard = Api.as(admin).queryParam("unitId", tree.district)
                .get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        Map<String, Object> served = new HashMap<>();
        served.put("figures", figures.getList("units"));
        served.put("lines", dashboard.getList("lines"));
        served.put("children", dashboard.getList("children"));
        List<Object> attention = dashboard.getList("attention");
        served.put("attention", attention);
        return served;
    }

    private void sql(String statement, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
