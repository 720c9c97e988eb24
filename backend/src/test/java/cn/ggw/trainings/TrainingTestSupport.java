package cn.ggw.trainings;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Teams and sessions for the training tests, made through the API. */
final class TrainingTestSupport {

    static final LocalDate TODAY = TestPeople.TODAY;

    private TrainingTestSupport() {
    }

    /** Someone registered at the unit and seated on its team from the day; returns the volunteer id. */
    static long seated(TestTree tree, long unitId, String role, String name, LocalDate from) {
        long person = TestPeople.register(tree.adminToken(), unitId, name);
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("role", role);
        body.put("volunteerId", person);
        body.put("startedOn", from.toString());
        Api.as(tree.adminToken()).body(body).post("/api/v1/appointments").then().statusCode(201);
        return person;
    }

    static Map<String, Object> rule(List<String> roles, List<String> kinds) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("roles", roles);
        rule.put("unitKinds", kinds);
        return rule;
    }

    static Map<String, Object> session(long organiserUnitId, String type, LocalDate startsOn, LocalDate endsOn, Map<String, Object> rule) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", type);
        body.put("title", "村关工委常务副主任业务培训");
        body.put("organiserUnitId", organiserUnitId);
        body.put("startsOn", startsOn.toString());
        body.put("endsOn", endsOn.toString());
        body.put("place", "镇政府会议室");
        body.put("teachers", List.of("区关工委常务副主任"));
        body.put("syllabus", List.of(
                Map.of("title", "关工委工作的重要意义"),
                Map.of("title", "关工委的性质、任务和工作对象"),
                Map.of("title", "村关工委常务副主任的职责")));
        body.put("audience", rule);
        return body;
    }

    static Map<String, Object> evdOfVillages(long organiserUnitId, LocalDate startsOn, LocalDate endsOn) {
        return session(organiserUnitId, "BUSINESS", startsOn, endsOn, rule(List.of("EXECUTIVE_VICE_DIRECTOR"), List.of("VILLAGE")));
    }

    static Response create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/trainings");
    }

    /** Creates and publishes; returns the published detail. */
    static JsonPath published(String token, Map<String, Object> body) {
        JsonPath draft = create(token, body).then().statusCode(201).extract().jsonPath();
        return Api.as(token).body(Map.of("version", draft.getLong("version")))
                .post("/api/v1/trainings/{id}/publish", draft.getLong("summary.id"))
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath trainees(String token, long sessionId) {
        return Api.as(token).get("/api/v1/trainings/{id}/trainees", sessionId).then().statusCode(200).extract().jsonPath();
    }

    static long traineeOf(JsonPath trainees, long volunteerId) {
        return trainees.getLong("find { it.volunteerId == " + volunteerId + " }.id");
    }

    static Response attend(String token, long traineeId, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return Api.as(token).body(body).put("/api/v1/training-trainees/{id}/attendance", traineeId);
    }

    static Response checkIn(String token, String code, long volunteerId) {
        return Api.as(token).body(Map.of("code", code, "volunteerId", volunteerId)).post("/api/v1/training-check-ins");
    }

    static JsonPath coverage(String token, long unitId) {
        return Api.as(token).queryParam("unitId", unitId).get("/api/v1/training-coverage").then().statusCode(200).extract().jsonPath();
    }
}
