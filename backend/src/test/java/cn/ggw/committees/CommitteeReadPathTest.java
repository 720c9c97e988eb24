package cn.ggw.committees;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.SqlLog;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

        // Seats filled, 常务副主任 adjusted and seats ended: one statement, then the units and the seat periods.
        assertEquals(4, oneSeat.get("/api/v1/committee-figures"), "committee figures");
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
