package cn.ggw.dashboard;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.ggw.testsupport.TestPeople.TODAY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DashboardResourceTest {

    @Inject
    AgroalDataSource dataSource;

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    static RequestSpecification dashboard(String token) {
        return Api.as(token).queryParam("from", TODAY.minusDays(9).toString()).queryParam("to", TODAY.toString());
    }

    static JsonPath ok(RequestSpecification request) {
        return request.get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
    }

    static double kpi(JsonPath d, String key, String field) {
        return d.getDouble("lines.kpis.flatten().find { it.key == '" + key + "' }." + field);
    }

    static long child(JsonPath d, long unitId, String key) {
        return d.getLong("children.find { it.unit.id == " + unitId + " }.counts['" + key + "']");
    }

    void activity(long volunteerId, long unitId, LocalDate date) {
        Api.as(tree.adminToken())
                .body(Map.of("date", date.toString(), "area", "CARE", "hours", 2, "youthReached", 5, "unitId", unitId, "description", "家访"))
                .post("/api/v1/volunteers/{id}/activities", volunteerId).then().statusCode(201);
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("GET /dashboard shows each line's figures from the figures service with the previous period and the change, and the units below")
        void figuresWithChange() {
            String admin = tree.adminToken();
            long a = TestPeople.register(admin, tree.village1a, "甲一");
            TestPeople.register(admin, tree.village1a, "甲二");
            long c = TestPeople.register(admin, tree.community1, "社一");
            TestPeople.activate(admin, a);
            activity(a, tree.village1a, TODAY);
            activity(a, tree.village1b, TODAY.minusDays(3));
            activity(c, tree.community1, TODAY.minusDays(12)); // the previous period: the ten days before

            JsonPath d = ok(dashboard(admin));
            assertEquals(tree.district, d.getLong("unit.id"));
            assertEquals(List.of(tree.district), d.getList("trail.id", Long.class));
            assertEquals(TODAY.minusDays(19).toString(), d.getString("previousFrom"));
            assertEquals(TODAY.minusDays(10).toString(), d.getString("previousTo"));
            assertTrue(d.getString("asOf") != null);

            Set<String> lines = new HashSet<>(d.getList("lines.line", String.class));
            assertTrue(lines.containsAll(List.of("COMMITTEES", "VOLUNTEERS")), "lines " + lines);
            Set<String> all = new HashSet<>(lines);
            all.addAll(d.getList("linesWithoutFigures", String.class));
            assertEquals(Set.of("COMMITTEES", "VOLUNTEERS", "RULES", "TRAININGS", "EXEMPLARS"), all, "every line is on or waiting");
            assertEquals("抓队伍", d.getString("lines.find { it.line == 'VOLUNTEERS' }.label"));
            assertEquals("volunteers.activeShare", d.getString("lines.find { it.line == 'VOLUNTEERS' }.headline"));

            assertEquals(3, kpi(d, "volunteers.onRegister", "value"));
            assertEquals(2, kpi(d, "volunteers.activities", "value"));
            assertEquals(1, kpi(d, "volunteers.activities", "previous"));
            assertEquals(1, kpi(d, "volunteers.activities", "change"));
            assertEquals(1.0 / 3, kpi(d, "volunteers.activeShare", "value"), 1e-6);
            assertEquals(1, kpi(d, "volunteers.activeShare", "numerator"));
            assertEquals(3, kpi(d, "volunteers.activeShare", "denominator"));
            assertEquals("在册五老", d.getString("lines.kpis.flatten().find { it.key == 'volunteers.onRegister' }.label"));

            // The same numbers as the figures endpoint: nothing is counted twice or differently.
            JsonPath figures = Api.as(admin).queryParam("from", TODAY.minusDays(9).toString()).queryParam("depth", 1)
                    .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
            assertEquals(figures.getLong("units[0].counts['committees.openSeats']"), (long) kpi(d, "committees.openSeats", "value"));

            assertEquals(List.of(tree.township1, tree.township2, tree.street1).stream().sorted().toList(),
                    d.getList("children.unit.id", Long.class).stream().sorted().toList());
            assertEquals(2, child(d, tree.township1, "volunteers.onRegister"));
            assertEquals(2, child(d, tree.township1, "volunteers.activities"));
            assertEquals(1, child(d, tree.street1, "volunteers.onRegister"));
        }

        @Test
        @DisplayName("GET /dashboard?unitId drills down to a township and a village, with the way back in the trail")
        void drillDown() {
            TestPeople.register(tree.adminToken(), tree.village1b, "乙一");
            JsonPath township = ok(dashboard(tree.adminToken()).queryParam("unitId", tree.township1));
            assertEquals(List.of(tree.district, tree.township1), township.getList("trail.id", Long.class));
            assertEquals(Set.of(tree.village1a, tree.village1b), new HashSet<>(township.getList("children.unit.id", Long.class)));
            assertEquals(1, child(township, tree.village1b, "volunteers.onRegister"));
            JsonPath village = ok(dashboard(tree.adminToken()).queryParam("unitId", tree.village1b));
            assertEquals(List.of(tree.district, tree.township1, tree.village1b), village.getList("trail.id", Long.class));
            assertTrue(village.getList("children").isEmpty());
            assertEquals(1, kpi(village, "volunteers.onRegister", "value"));
        }

        @Test
        @DisplayName("GET /dashboard lists what needs attention: the oldest vacancies, overdue elections, 五老 never visited")
        void attention() throws SQLException {
            String admin = tree.adminToken();
            Api.as(admin).body(Map.of("termStart", "2019-03-01", "nextElectionDue", "2024-03-01"))
                    .put("/api/v1/committees/{id}/term", tree.village1a).then().statusCode(200);
            long waiting = TestPeople.register(admin, tree.village1b, "乙二");
            TestPeople.register(admin, tree.village1b, "乙三");
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("update volunteer set status_changed_at = now() - interval '120 days' where id = ?")) {
                s.setLong(1, waiting);
                s.executeUpdate();
            }

            JsonPath d = ok(dashboard(admin));
            assertEquals("committees.electionOverdue", d.getString("attention[0].kind"), "overdue and oldest first");
            assertEquals(tree.village1a, d.getLong("attention[0].unit.id"));
            assertEquals("2024-03-01", d.getString("attention[0].since"));
            assertEquals("/committees/" + tree.village1a, d.getString("attention[0].link"));
            assertTrue(d.getString("attention[0].text").contains("甲村"));
            List<Map<String, Object>> vacancies = d.getList("attention.findAll { it.kind == 'committees.vacancy' }");
            assertFalse(vacancies.isEmpty(), "the new teams' seats are open");
            assertEquals("/committees/vacancies", vacancies.get(0).get("link"));
            Map<String, Object> notVisited = d.getMap("attention.find { it.kind == 'volunteers.notVisited' }");
            assertEquals(1, ((Number) notVisited.get("count")).intValue(), "only the one registered 120 days ago");
            assertEquals((int) tree.village1b, ((Number) ((Map<?, ?>) notVisited.get("unit")).get("id")).intValue());

            // A township sees only its own subtree's items.
            JsonPath township2 = ok(dashboard(tree.adminToken()).queryParam("unitId", tree.township2));
            assertTrue(township2.getList("attention.unit.id", Long.class).stream().noneMatch(id -> id == tree.village1a || id == tree.village1b));
        }

        @Test
        @DisplayName("GET /dashboard refuses a period ending before it starts or in the future (400), an unknown unit (404), a deactivated unit (400)")
        void badInput() {
            String admin = tree.adminToken();
            Api.as(admin).queryParam("from", "2024-12-31").queryParam("to", "2024-01-01").get("/api/v1/dashboard")
                    .then().statusCode(400).body("errors[0].field", equalTo("to"));
            Api.as(admin).queryParam("to", TODAY.plusDays(1).toString()).get("/api/v1/dashboard")
                    .then().statusCode(400).body("errors[0].field", equalTo("to"));
            Api.as(admin).queryParam("from", TODAY.plusDays(1).toString()).queryParam("to", TODAY.plusDays(2).toString()).get("/api/v1/dashboard")
                    .then().statusCode(400).body("errors[0].field", equalTo("from"));
            Api.as(admin).queryParam("from", "2024-02-30").get("/api/v1/dashboard").then().statusCode(400).body("errors[0].field", equalTo("from"));
            Api.as(admin).queryParam("unitId", Long.MAX_VALUE).get("/api/v1/dashboard").then().statusCode(404);

            Api.as(admin).body(Map.of("reason", "村庄合并")).post("/api/v1/org-units/{id}/deactivate", tree.village2a).then().statusCode(200);
            Api.as(admin).queryParam("unitId", tree.village2a).get("/api/v1/dashboard").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("unitId"))
                    .body("detail", containsString("已停用"));
            JsonPath township2 = ok(dashboard(admin).queryParam("unitId", tree.township2));
            assertTrue(township2.getList("children").isEmpty(), "a deactivated unit is no longer a row to drill into");
        }
    }

    @Nested
    @DisplayName("As district viewer")
    class AsDistrictViewer {

        @Test
        @DisplayName("GET /dashboard answers the district and any unit below it")
        void reads() {
            assertEquals(tree.district, ok(dashboard(tree.viewerToken())).getLong("unit.id"));
            assertEquals(tree.village2a, ok(dashboard(tree.viewerToken()).queryParam("unitId", tree.village2a)).getLong("unit.id"));
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("GET /dashboard defaults to their township; another township or the district answers 404 like an unknown unit")
        void scope() {
            TestPeople.register(tree.adminToken(), tree.village2a, "丙一");
            JsonPath own = ok(dashboard(tree.township1Token()));
            assertEquals(tree.township1, own.getLong("unit.id"));
            assertEquals(List.of(tree.township1), own.getList("trail.id", Long.class), "the way back stops at their own unit");
            assertEquals(0, kpi(own, "volunteers.onRegister", "value"));
            dashboard(tree.township1Token()).queryParam("unitId", tree.township2).get("/api/v1/dashboard").then().statusCode(404);
            dashboard(tree.township1Token()).queryParam("unitId", tree.district).get("/api/v1/dashboard").then().statusCode(404);
            dashboard(tree.township1Token()).queryParam("unitId", tree.village2a).get("/api/v1/dashboard").then().statusCode(404);
            assertEquals(tree.village1a, ok(dashboard(tree.township1Token()).queryParam("unitId", tree.village1a)).getLong("unit.id"));
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("GET /dashboard answers their own village only")
        void ownVillage() {
            assertEquals(tree.village1a, ok(dashboard(tree.village1aToken())).getLong("unit.id"));
            dashboard(tree.village1aToken()).queryParam("unitId", tree.village1b).get("/api/v1/dashboard").then().statusCode(404);
            dashboard(tree.village1aToken()).queryParam("unitId", tree.township1).get("/api/v1/dashboard").then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("As the city system and anonymous")
    class AsOthers {

        @Test
        @DisplayName("GET /dashboard is for people: the city system is refused (403, it reads /figures), no token 401")
        void refused() {
            Api.as(tree.cityToken()).get("/api/v1/dashboard").then().statusCode(403);
            Api.anonymous().get("/api/v1/dashboard").then().statusCode(401);
            Api.as(tree.adminToken()).get("/api/v1/dashboard").then().statusCode(200).body("asOf", notNullValue());
        }
    }
}
