package cn.ggw.committees;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.SqlLog;
import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the committee reads cost the database (issue 17), counted: no read issues a statement per seat or per unit,
 * and the period figures count the appointments in one pass.
 */
@QuarkusTest
class CommitteeReadPathTest {

    @Test
    @DisplayName("committee reads: the same statements for one seat as for four (no statement per seat or unit); the figures' counts in one statement")
    void statementsDoNotGrowWithSeats() {
        TestTree tree = TestTree.build();
        long first = CommitteeTestSupport.person(tree, tree.village1a, "甲一");
        CommitteeTestSupport.appointed(tree.adminToken(), tree.village1a, "DIRECTOR", first, CommitteeTestSupport.TODAY.minusDays(10));
        String[] reads = {"/api/v1/committees/" + tree.village1a, "/api/v1/committees/" + tree.village1a + "/appointments",
                "/api/v1/committees/" + tree.township1, "/api/v1/committee-coverage", "/api/v1/committee-figures", "/api/v1/vacancies"};
        Map<String, Integer> oneSeat = statements(tree, reads);

        for (int i = 0; i < 3; i++) {
            long member = CommitteeTestSupport.person(tree, tree.village1b, "乙" + i);
            CommitteeTestSupport.appointed(tree.adminToken(), tree.village1b, i == 0 ? "DIRECTOR" : "MEMBER", member,
                    CommitteeTestSupport.TODAY.minusDays(5));
        }
        assertEquals(oneSeat, statements(tree, reads), "statements per read, one seat against four in two units");

        // Seats filled, 常务副主任 adjusted and seats ended: one statement, then the units and the seat periods (the seat
        // templates from memory).
        assertEquals(3, oneSeat.get("/api/v1/committee-figures"), "committee figures");
        // The unit, its team, the team's appointments (templates and settings from memory).
        assertEquals(3, oneSeat.get("/api/v1/committees/" + tree.village1a), "a unit's team");
    }

    @Test
    @DisplayName("seat templates and committee settings come from memory; a change made through this replica is seen at once, one made in plain SQL (another replica, an operator) within a second")
    void keptSettings() throws Exception {
        TestTree tree = TestTree.build();
        String team = "/api/v1/committees/" + tree.village1a;
        Api.as(tree.adminToken()).get(team).then().statusCode(200);
        SqlLog.Cost cost = SqlLog.costOf(() -> Api.as(tree.adminToken()).get(team).then().statusCode(200));
        assertTrue(cost.statements().stream().noneMatch(s -> s.contains("seat_template") || s.contains("committee_setting")),
                "templates and settings read from memory: " + cost.statements());

        Api.as(tree.adminToken()).body(Map.of("vacancyOverdueDays", 45)).put("/api/v1/committee-settings").then().statusCode(200);
        Api.as(tree.adminToken()).get("/api/v1/committee-settings").then().statusCode(200).body("vacancyOverdueDays", equalTo(45));

        AgroalDataSource db = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("update committee_setting set vacancy_overdue_days = 7 where org_unit_id = ?")) {
            s.setLong(1, tree.district);
            assertEquals(1, s.executeUpdate());
        }
        long deadline = System.nanoTime() + 1_000_000_000L;
        int days;
        do {
            days = Api.as(tree.adminToken()).get("/api/v1/committee-settings").then().statusCode(200)
                    .extract().jsonPath().getInt("vacancyOverdueDays");
        } while (days != 7 && System.nanoTime() < deadline);
        assertEquals(7, days, "a change in plain SQL, seen within a second");
    }

    private static Map<String, Integer> statements(TestTree tree, String[] reads) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String path : reads) {
            Api.as(tree.adminToken()).get(path).then().statusCode(200);
            SqlLog.Cost cost = SqlLog.costOf(() -> Api.as(tree.adminToken()).get(path).then().statusCode(200));
            counts.put(path, cost.statements().size());
        }
        return counts;
    }
}
