package cn.ggw.trainings;

import cn.ggw.demo.DemoCommittees;
import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.SyntheticDistrict;
import cn.ggw.testsupport.SyntheticDistrict.Unit;
import cn.ggw.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo trainings, generated into a district of this test's own shaped like Taobei's (11 townships with
 * 147 villages, a street with communities, 14 active 五老 per village, the demo team histories) and read
 * back through the API: the seed report's 144 of 147 and this year's 48 newcomers.
 */
@QuarkusTest
class DemoTrainingsTest {

    static final int[] VILLAGES = {14, 14, 14, 14, 13, 13, 13, 13, 13, 13, 13};

    @Inject
    DemoCommittees committees;

    @Inject
    DemoTrainings trainings;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("the 2010 business round counts 144 trained of 147 required (98%) in 12 sessions; this year has 48 newcomers, some on-boarded")
    void seedFigures() throws SQLException {
        long run = System.nanoTime() % 1_000_000_000L;
        String code = "TRD" + run;
        String rootPath = district(code, run);
        committees.loadInto(rootPath);
        assertTrue(trainings.loadInto(rootPath) > 147);
        String token = Tokens.of(Roles.DISTRICT_ADMIN, code);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        JsonPath y2010 = Api.as(token).queryParam("from", "2010-01-01").queryParam("to", "2010-12-31").queryParam("line", "TRAININGS")
                .queryParam("depth", 0).get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(147, y2010.getInt("units[0].counts['trainings.businessRequired']"));
        assertEquals(144, y2010.getInt("units[0].counts['trainings.businessTrained']"));
        assertEquals(144.0 / 147, y2010.getDouble("units[0].ratios['trainings.businessCoverage']"), 1e-6);
        assertEquals(12, y2010.getInt("units[0].counts['trainings.sessionsHeld']"));

        Api.as(token).queryParam("from", "2010-01-01").queryParam("to", "2010-12-31").queryParam("type", "BUSINESS")
                .get("/api/v1/training-coverage").then().statusCode(200)
                .body("unit.required", org.hamcrest.Matchers.equalTo(147)).body("unit.trained", org.hamcrest.Matchers.equalTo(144))
                .body("children.size()", org.hamcrest.Matchers.equalTo(12));
        List<String> owed2010 = Api.as(token).queryParam("year", 2010).queryParam("type", "BUSINESS").get("/api/v1/training-owed")
                .then().statusCode(200).extract().jsonPath().getList("reason");
        assertEquals(List.of("MISSED", "MISSED", "MISSED"), owed2010);

        JsonPath thisYear = Api.as(token).queryParam("from", today.withDayOfYear(1).toString()).queryParam("to", today.toString())
                .queryParam("line", "TRAININGS").queryParam("depth", 0).get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(48, thisYear.getInt("units[0].counts['trainings.newcomers']"));
        int trained = thisYear.getInt("units[0].counts['trainings.newcomersTrained']");
        assertEquals(DemoTrainings.FIRST_ROUND - 1, trained);
        assertEquals(48 - trained, thisYear.getInt("units[0].counts['trainings.newcomersOwed']"));
        List<String> owedNow = Api.as(token).queryParam("type", "ONBOARDING").queryParam("limit", 200).get("/api/v1/training-owed")
                .then().statusCode(200).extract().jsonPath().getList("reason");
        assertEquals(48 - trained, owedNow.stream().filter("ONBOARDING"::equals).count());

        // the first township on-boards its own newcomers this week: a session running now, with its audience frozen
        JsonPath running = Api.as(token).queryParam("type", "ONBOARDING").get("/api/v1/trainings").then().statusCode(200).extract().jsonPath();
        assertEquals("ONGOING", running.getString("items.find { it.organiser.code == '" + code + "T0' }.phase"));
        assertTrue(running.getInt("items.find { it.organiser.code == '" + code + "T0' }.required") > 0);
        // the staff of a village with a newcomer in it find their person invited on their phone, organised a level above them
        long runningId = running.getLong("items.find { it.organiser.code == '" + code + "T0' }.id");
        String village = Api.as(token).get("/api/v1/trainings/{id}/trainees", runningId).then().statusCode(200).extract().jsonPath()
                .getString("[0].unit.code");
        List<String> phases = Api.as(Tokens.of(Roles.VILLAGE_STAFF, village)).get("/api/v1/training-invitations")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.sessionId == " + runningId + " }.phase");
        assertEquals(List.of("ONGOING"), phases, "village staff of " + village + " see the running on-boarding");
        // newcomers are seated no later than the running session's first day, whatever the day of the year
        assertEquals(LocalDate.of(2026, 1, 1), DemoTrainings.runningStart(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
        assertEquals(LocalDate.of(2026, 3, 9), DemoTrainings.runningStart(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 10)));
    }

    /** 11 townships with 147 villages of 14 active people each, and one street with two communities; returns the path. */
    private String district(String code, long run) throws SQLException {
        try (SyntheticDistrict d = SyntheticDistrict.open(dataSource, "演示", 'R', run)) {
            Unit root = d.district(code, VILLAGES, 14);
            Unit street = d.unit(root, code + "S0", "演示街道", "STREET");
            for (int k = 0; k < 2; k++) {
                d.people(d.unit(street, code + "S0C" + k, "演示社区" + k, "COMMUNITY"), 14);
            }
            return root.path();
        }
    }
}
