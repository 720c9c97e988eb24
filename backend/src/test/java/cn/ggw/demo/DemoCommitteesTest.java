package cn.ggw.demo;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.DemoShapedDistrict;
import cn.ggw.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo team histories, generated into a district of this test's own (three townships, 62
 * villages, 14 active 五老 each) and read back through the API: the seed report's figures.
 */
@QuarkusTest
class DemoCommitteesTest {

    @Inject
    DemoCommittees demo;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("28 seats filled and 32 executive vice-directors adjusted since 2009, six open vacancies, two overdue terms")
    void seedFigures() throws SQLException {
        long run = System.nanoTime() % 1_000_000_000L;
        String code = "DEMO" + run;
        String rootPath;
        try (Connection c = dataSource.getConnection()) {
            rootPath = DemoShapedDistrict.write(c, code, run);
        }
        // How long the generation takes is the committees benchmark's business (CommitteeScaleTest, ./ggw bench committees):
        // a timing in a functional test fails on a busy machine.
        int teams = demo.loadInto(rootPath);
        assertEquals(66, teams);

        String token = Tokens.of(Roles.DISTRICT_ADMIN, code);
        Api.as(token).queryParam("from", "2009-01-01").get("/api/v1/committee-figures").then().statusCode(200)
                .body("seatsFilled", equalTo(28))
                .body("executiveViceDirectorsAdjusted", equalTo(32));
        JsonPath coverage = Api.as(token).get("/api/v1/committee-coverage").then().statusCode(200).extract().jsonPath();
        assertEquals(66, coverage.getInt("unit.subtree.teams"));
        assertEquals(6, coverage.getInt("unit.subtree.incomplete"));
        assertEquals(0, coverage.getInt("unit.subtree.empty"));
        assertEquals(2, coverage.getInt("unit.subtree.electionOverdue"));
        // The same figures through the figures interface that the dashboard and the city system read.
        JsonPath figures = Api.as(token).queryParam("from", "2009-01-01").queryParam("line", "COMMITTEES").queryParam("depth", 1)
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(28, figures.getInt("units[0].counts['committees.seatsFilled']"));
        assertEquals(32, figures.getInt("units[0].counts['committees.executiveViceDirectorsAdjusted']"));
        assertEquals(66, figures.getInt("units[0].counts['committees.teams']"));
        assertEquals(60, figures.getInt("units[0].counts['committees.teamsComplete']"));
        assertEquals(coverage.getInt("unit.subtree.openVacancies"), figures.getInt("units[0].counts['committees.openSeats']"));
        assertEquals(2, figures.getInt("units[0].counts['committees.electionOverdue']"));
        assertEquals(60.0 / 66, figures.getDouble("units[0].ratios['committees.completeShare']"), 1e-6);
        assertEquals(66, figures.getList("units.findAll { it.level == 1 }.counts['committees.teams']", Integer.class)
                .stream().mapToInt(Integer::intValue).sum() + 1, "the district's own team plus its townships' subtrees");
        List<Boolean> overdue = Api.as(token).queryParam("limit", 200).get("/api/v1/vacancies").then().statusCode(200)
                .extract().jsonPath().getList("items.overdue");
        assertEquals(List.of(true, true, true, false, false, false), overdue);
        Api.as(token).queryParam("status", "COMPLETED").queryParam("limit", 200).get("/api/v1/adjustments").then().statusCode(200)
                .body("items.size()", equalTo(32))
                .body("items.consultation.outcome", everyItem(equalTo("AGREED")))
                .body("items.decision.decision", everyItem(equalTo("APPROVED")))
                .body("items.assessment.rating", everyItem(notNullValue()))
                .body("items.completion.successor.kind", everyItem(equalTo("ADJUSTMENT")));

        // Every open vacancy of the demo can be filled from its first suggested candidate.
        List<java.util.Map<String, Object>> vacancies = Api.as(token).queryParam("limit", 200).get("/api/v1/vacancies")
                .then().statusCode(200).extract().jsonPath().getList("items");
        for (java.util.Map<String, Object> vacancy : vacancies) {
            Object unitId = ((java.util.Map<?, ?>) vacancy.get("unit")).get("id");
            Object role = vacancy.get("role");
            List<Integer> candidates = Api.as(token).get("/api/v1/committees/{unitId}/vacancies/{role}/candidates", unitId, role)
                    .then().statusCode(200).extract().jsonPath().getList("volunteerId");
            assertTrue(!candidates.isEmpty(), "candidates for " + vacancy);
            Api.as(token).body(java.util.Map.of("volunteerId", candidates.get(0), "startedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()))
                    .post("/api/v1/committees/{unitId}/vacancies/{role}/fill", unitId, role).then().statusCode(201);
        }
        assertEquals(0, Api.as(token).get("/api/v1/committee-coverage").then().statusCode(200).extract().jsonPath()
                .getInt("unit.subtree.incomplete"));
    }
}
