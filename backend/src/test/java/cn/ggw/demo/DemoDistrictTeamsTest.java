package cn.ggw.demo;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;

/**
 * The real demo district (hierarchy, 7,845 五老, teams) loaded the way startup loads it, then the seed
 * report's figures read through the API. Needs an empty database: it runs when this class runs alone
 * (or first), and is skipped otherwise.
 */
@QuarkusTest
class DemoDistrictTeamsTest {

    @Inject
    DemoDistrict district;

    @Inject
    DemoVolunteers volunteers;

    @Inject
    DemoCommittees committees;

    @Inject
    EntityManager em;

    @Test
    @DisplayName("the demo district 洮北区 reports 28 filled and 32 adjusted since 2009")
    void demoDistrict() {
        Assumptions.assumeTrue(((Number) em.createNativeQuery("select count(*) from org_unit").getSingleResult()).longValue() == 0,
                "needs an empty database");
        district.loadHierarchy();
        volunteers.load();
        long started = System.nanoTime();
        int teams = committees.load();
        System.out.printf("demo teams: %d in %d ms%n", teams, (System.nanoTime() - started) / 1_000_000);
        String token = Tokens.of(Roles.DISTRICT_ADMIN, DemoDistrict.DISTRICT_CODE);
        Api.as(token).queryParam("from", "2009-01-01").get("/api/v1/committee-figures").then().statusCode(200)
                .body("seatsFilled", equalTo(28))
                .body("executiveViceDirectorsAdjusted", equalTo(32));
        Api.as(token).get("/api/v1/committee-coverage").then().statusCode(200)
                .body("unit.subtree.incomplete", equalTo(6))
                .body("unit.subtree.empty", equalTo(0))
                .body("unit.subtree.electionOverdue", equalTo(2));
    }
}
