package cn.ggw.trainings;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.trainings.TrainingTestSupport.TODAY;
import static cn.ggw.trainings.TrainingTestSupport.evdOfVillages;
import static cn.ggw.trainings.TrainingTestSupport.published;
import static cn.ggw.trainings.TrainingTestSupport.seated;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Yearly plans (年度培训计划): targets per unit, year and type, progress counted from the sessions, figures, scope and bad input. */
@QuarkusTest
class TrainingPlanTest {

    TestTree tree;

    @BeforeEach
    void teams() {
        tree = TestTree.build();
        seated(tree, tree.village1a, "EXECUTIVE_VICE_DIRECTOR", "甲常务", TODAY.minusYears(1));
        seated(tree, tree.village2a, "EXECUTIVE_VICE_DIRECTOR", "丙常务", TODAY.minusYears(1));
    }

    static Map<String, Object> plan(long unitId, Object year, String type, Object target) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("year", year);
        body.put("typeCode", type);
        body.put("target", target);
        body.put("note", "一年12期，每月一期");
        return body;
    }

    static Response create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/training-plans");
    }

    static JsonPath plans(String token, long unitId) {
        return Api.as(token).queryParam("unitId", unitId).get("/api/v1/training-plans").then().statusCode(200).extract().jsonPath();
    }

    long figure(String key) {
        return Api.as(tree.adminToken()).queryParam("unitId", tree.district).queryParam("line", "TRAININGS")
                .queryParam("from", TODAY.withDayOfYear(1).toString()).queryParam("to", TODAY.toString())
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath()
                .getLong("units.find { it.unit.id == " + tree.district + " }.counts['" + key + "']");
    }

    @Test
    @DisplayName("the district plans 12 business sessions; a session it holds moves held and its month at once; the target is edited with its version; "
            + "coverage and the figures read the plan; every write is audited")
    void progress() {
        String admin = tree.adminToken();
        int year = TODAY.getYear();
        long id = create(admin, plan(tree.district, year, "BUSINESS", 12)).then().statusCode(201)
                .body("target", equalTo(12)).body("held", equalTo(0)).body("heldByMonth", hasSize(12))
                .body("type.code", equalTo("BUSINESS")).body("unit.id", equalTo((int) tree.district)).body("editable", equalTo(true))
                .extract().jsonPath().getLong("id");

        published(admin, evdOfVillages(tree.district, TODAY, TODAY));
        // a political session is not business training; a township's 下管一级 session counts for the township, not the district
        published(admin, TrainingTestSupport.session(tree.district, "POLITICAL", TODAY, TODAY,
                TrainingTestSupport.rule(List.of("EXECUTIVE_VICE_DIRECTOR"), List.of("VILLAGE"))));
        published(tree.township1Token(), evdOfVillages(tree.township1, TODAY, TODAY));
        JsonPath read = plans(admin, tree.district);
        assertEquals(1, read.getList("$").size());
        assertEquals(1, read.getInt("[0].held"));
        assertEquals(1, read.getInt("[0].heldByMonth[" + (TODAY.getMonthValue() - 1) + "]"));
        assertEquals(1.0 / 12, read.getDouble("[0].progress"), 0.0001);

        long version = read.getLong("[0].version");
        Api.as(admin).body(Map.of("target", 10, "version", version)).put("/api/v1/training-plans/{id}", id).then().statusCode(200)
                .body("target", equalTo(10)).body("held", equalTo(1));
        Api.as(admin).body(Map.of("target", 11, "version", version)).put("/api/v1/training-plans/{id}", id).then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
        create(admin, plan(tree.district, year, "BUSINESS", 5)).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("typeCode")).body("detail", containsString(String.valueOf(year)));

        // coverage's target is the plan's (10, not the default 12); another type without a plan keeps the default
        Api.as(admin).queryParam("unitId", tree.district).queryParam("type", "BUSINESS").get("/api/v1/training-coverage").then()
                .statusCode(200).body("sessionsTarget", equalTo(10)).body("sessionsHeld", equalTo(2));
        Api.as(admin).queryParam("unitId", tree.district).queryParam("type", "POLITICAL").get("/api/v1/training-coverage").then()
                .statusCode(200).body("sessionsTarget", equalTo(12));
        // figures for the dashboard and the city: the plan's target and the planned sessions held
        assertEquals(10, figure("trainings.planTarget"));
        assertEquals(1, figure("trainings.planHeld"));

        List<String> actions = Api.as(admin).queryParam("entityType", "TrainingPlan").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
        assertEquals(List.of("training-plan.update", "training-plan.create"), actions);
    }

    @Test
    @DisplayName("bad input is 400 on its field and writes nothing: a negative, zero or huge target, a year far out, an unknown type, a village, nothing")
    void badInput() {
        String admin = tree.adminToken();
        int year = TODAY.getYear();
        create(admin, plan(tree.district, year, "BUSINESS", -3)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("target"));
        create(admin, plan(tree.district, year, "BUSINESS", 0)).then().statusCode(400).body("errors[0].field", equalTo("target"));
        create(admin, plan(tree.district, year, "BUSINESS", 367)).then().statusCode(400).body("errors[0].field", equalTo("target"));
        create(admin, plan(tree.district, year, "BUSINESS", null)).then().statusCode(400).body("errors[0].field", equalTo("target"));
        create(admin, plan(tree.district, year + 30, "BUSINESS", 12)).then().statusCode(400).body("errors[0].field", equalTo("year"));
        create(admin, plan(tree.district, 1900, "BUSINESS", 12)).then().statusCode(400).body("errors[0].field", equalTo("year"));
        create(admin, plan(tree.district, year, "NOPE", 12)).then().statusCode(400).body("errors[0].field", equalTo("typeCode"));
        create(admin, plan(tree.village1a, year, "BUSINESS", 12)).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        Api.as(admin).body("{}").post("/api/v1/training-plans").then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        Api.as(admin).queryParam("unitId", tree.district).queryParam("year", year + 30).get("/api/v1/training-plans").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        assertEquals(0, plans(admin, tree.district).getList("$").size());

        long id = create(admin, plan(tree.district, year, "BUSINESS", 12)).then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(admin).body(Map.of("target", -1)).put("/api/v1/training-plans/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("target"));
        Api.as(admin).body(Map.of("target", 5)).put("/api/v1/training-plans/{id}", 999_999_999L).then().statusCode(404);
        assertEquals(12, plans(admin, tree.district).getInt("[0].target"));
    }

    @Test
    @DisplayName("a township plans for itself only: another township's or the district's unit is 400, the district's plan is 404 to it; "
            + "village staff and the viewer read and write nothing; another district cannot touch the plan")
    void scope() {
        String staff = tree.township1Token();
        int year = TODAY.getYear();
        long own = create(staff, plan(tree.township1, year, "BUSINESS", 4)).then().statusCode(201).extract().jsonPath().getLong("id");
        create(staff, plan(tree.township2, year, "BUSINESS", 4)).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        create(staff, plan(tree.district, year, "BUSINESS", 4)).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        long district = create(tree.adminToken(), plan(tree.district, year, "BUSINESS", 12)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(staff).body(Map.of("target", 1)).put("/api/v1/training-plans/{id}", district).then().statusCode(404);
        Api.as(staff).queryParam("unitId", tree.district).get("/api/v1/training-plans").then().statusCode(400);
        Api.as(staff).get("/api/v1/training-plans").then().statusCode(200).body("id", equalTo(List.of((int) own)));
        // the district may set its township's plan (下管一级) and sees it editable
        Api.as(tree.adminToken()).body(Map.of("target", 6)).put("/api/v1/training-plans/{id}", own).then().statusCode(200)
                .body("target", equalTo(6)).body("editable", equalTo(true));

        String village = tree.village1aToken();
        create(village, plan(tree.village1a, year, "BUSINESS", 4)).then().statusCode(403);
        Api.as(village).get("/api/v1/training-plans").then().statusCode(200).body("$", hasSize(0));
        String viewer = tree.viewerToken();
        Api.as(viewer).queryParam("unitId", tree.district).get("/api/v1/training-plans").then().statusCode(200)
                .body("[0].target", equalTo(12)).body("[0].editable", equalTo(false));
        Api.as(viewer).body(Map.of("target", 1)).put("/api/v1/training-plans/{id}", district).then().statusCode(403);

        TestTree other = TestTree.build();
        Api.as(other.adminToken()).body(Map.of("target", 1)).put("/api/v1/training-plans/{id}", district).then().statusCode(404);
        Api.as(other.adminToken()).queryParam("unitId", tree.district).get("/api/v1/training-plans").then().statusCode(400);
        assertEquals(12, plans(tree.adminToken(), tree.district).getInt("[0].target"));
    }
}
