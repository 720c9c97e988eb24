package cn.ggw.trainings;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.trainings.TrainingTestSupport.TODAY;
import static cn.ggw.trainings.TrainingTestSupport.attend;
import static cn.ggw.trainings.TrainingTestSupport.checkIn;
import static cn.ggw.trainings.TrainingTestSupport.coverage;
import static cn.ggw.trainings.TrainingTestSupport.create;
import static cn.ggw.trainings.TrainingTestSupport.evdOfVillages;
import static cn.ggw.trainings.TrainingTestSupport.published;
import static cn.ggw.trainings.TrainingTestSupport.rule;
import static cn.ggw.trainings.TrainingTestSupport.seated;
import static cn.ggw.trainings.TrainingTestSupport.session;
import static cn.ggw.trainings.TrainingTestSupport.traineeOf;
import static cn.ggw.trainings.TrainingTestSupport.trainees;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class TrainingResourceTest {

    TestTree tree;
    long evd1a;
    long evd1b;
    long evd2a;
    long member1a;

    @BeforeEach
    void teams() {
        tree = TestTree.build();
        evd1a = seated(tree, tree.village1a, "EXECUTIVE_VICE_DIRECTOR", "甲常务", TODAY.minusYears(1));
        evd1b = seated(tree, tree.village1b, "EXECUTIVE_VICE_DIRECTOR", "乙常务", TODAY.minusYears(1));
        evd2a = seated(tree, tree.village2a, "EXECUTIVE_VICE_DIRECTOR", "丙常务", TODAY.minusYears(1));
        member1a = seated(tree, tree.village1a, "MEMBER", "甲委员", TODAY.minusYears(1));
    }

    List<String> auditActions(String entityType, long id) {
        return Api.as(tree.adminToken()).queryParam("entityType", entityType).queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("plan → preview → publish freezes the 常务副主任 of every village; attendance, leave and check-in move the coverage at once")
        void lifecycle() {
            String admin = tree.adminToken();
            Map<String, Object> preview = new HashMap<>();
            preview.put("organiserUnitId", tree.district);
            preview.put("rule", rule(List.of("EXECUTIVE_VICE_DIRECTOR"), List.of("VILLAGE")));
            Api.as(admin).body(preview).post("/api/v1/training-audience-preview").then().statusCode(200)
                    .body("count", equalTo(3)).body("people.volunteerId", containsInAnyOrder((int) evd1a, (int) evd1b, (int) evd2a));

            JsonPath draft = create(admin, evdOfVillages(tree.district, TODAY, TODAY.plusDays(1))).then().statusCode(201)
                    .body("summary.status", equalTo("DRAFT")).body("summary.required", equalTo(0))
                    .body("syllabus.title", hasSize(3)).body("syllabus[2].title", equalTo("村关工委常务副主任的职责"))
                    .body("checkInCode", nullValue())
                    .extract().jsonPath();
            long id = draft.getLong("summary.id");
            JsonPath pub = Api.as(admin).body(Map.of("version", draft.getLong("version"))).post("/api/v1/trainings/{id}/publish", id)
                    .then().statusCode(200).body("summary.status", equalTo("PUBLISHED")).body("summary.required", equalTo(3))
                    .body("checkInCode", matchesPattern("\\d{6}")).extract().jsonPath();
            String code = pub.getString("checkInCode");

            JsonPath list = trainees(admin, id);
            // frozen in one statement: every row as the rule selected it, required and expected
            assertEquals(List.of((long) evd1a, evd1b, evd2a).stream().sorted().toList(),
                    list.getList("volunteerId", Long.class).stream().sorted().toList());
            assertEquals(List.of("RULE", "RULE", "RULE"), list.getList("source"));
            assertEquals(List.of(true, true, true), list.getList("required"));
            assertEquals(List.of("EXPECTED", "EXPECTED", "EXPECTED"), list.getList("status"));
            assertEquals(List.of("EXECUTIVE_VICE_DIRECTOR", "EXECUTIVE_VICE_DIRECTOR", "EXECUTIVE_VICE_DIRECTOR"), list.getList("seatRole"));
            assertEquals(3, list.getList("unit.id").stream().filter(java.util.Objects::nonNull).count());
            attend(admin, traineeOf(list, evd1a), "ATTENDED", null).then().statusCode(200).body("status", equalTo("ATTENDED"))
                    .body("method", equalTo("STAFF")).body("attendedOn", equalTo(TODAY.toString()));
            attend(admin, traineeOf(list, evd1b), "LEAVE", "住院").then().statusCode(200).body("status", equalTo("LEAVE"))
                    .body("reason", equalTo("住院"));
            checkIn(admin, code, evd2a).then().statusCode(200).body("status", equalTo("ATTENDED")).body("method", equalTo("CODE"));

            JsonPath cov = coverage(admin, tree.district);
            assertEquals(3, cov.getInt("unit.required"));
            assertEquals(2, cov.getInt("unit.trained"));
            assertEquals(1, cov.getInt("children.find { it.unit.id == " + tree.township1 + " }.trained"));
            assertEquals(2, cov.getInt("children.find { it.unit.id == " + tree.township1 + " }.required"));
            assertEquals(1, cov.getInt("sessionsHeld"));

            // a make-up (补训) after leave counts as trained
            Map<String, Object> makeUp = new HashMap<>();
            makeUp.put("status", "MADE_UP");
            makeUp.put("attendedOn", TODAY.toString());
            Api.as(admin).body(makeUp).put("/api/v1/training-trainees/{id}/attendance", traineeOf(list, evd1b))
                    .then().statusCode(200).body("status", equalTo("MADE_UP"));
            assertEquals(3, coverage(admin, tree.district).getInt("unit.trained"));

            // figures for the dashboard: trainings.required / trained / coverage
            Api.as(admin).queryParam("unitId", tree.district).queryParam("from", TODAY.withDayOfYear(1).toString())
                    .queryParam("to", TODAY.toString()).get("/api/v1/figures").then().statusCode(200)
                    .body(containsString("trainings.required"));

            assertEquals(List.of("training.publish", "training.create"), auditActions("TrainingSession", id));
            Api.as(admin).get("/api/v1/trainings/{id}", id).then().statusCode(200).body("summary.trained", equalTo(3));
        }

        @Test
        @DisplayName("check-in: a wrong code is 400, twice is 409, someone not in the audience is 409 until added as an extra, leave after attending is 409")
        void checkInRules() {
            String admin = tree.adminToken();
            JsonPath pub = published(admin, evdOfVillages(tree.district, TODAY, TODAY));
            long id = pub.getLong("summary.id");
            String code = pub.getString("checkInCode");
            String wrong = code.equals("000000") ? "000001" : "000000";
            checkIn(admin, wrong, evd1a).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("code"));
            checkIn(admin, "12ab", evd1a).then().statusCode(400).body("errors[0].field", equalTo("code"));
            checkIn(admin, code, evd1a).then().statusCode(200);
            checkIn(admin, code, evd1a).then().statusCode(409).body("detail", containsString("甲常务"));
            attend(admin, traineeOf(trainees(admin, id), evd1a), "LEAVE", "临时有事").then().statusCode(409);
            checkIn(admin, code, member1a).then().statusCode(409).body("errors[0].field", equalTo("volunteerId"));
            Api.as(admin).body(Map.of("volunteerId", member1a, "required", false)).post("/api/v1/trainings/{id}/trainees", id)
                    .then().statusCode(201).body("source", equalTo("EXTRA")).body("required", equalTo(false)).body("status", equalTo("ATTENDED"));
            // extras are kept apart: still 1 trained of 3 required
            Api.as(admin).get("/api/v1/trainings/{id}", id).then().statusCode(200)
                    .body("summary.required", equalTo(3)).body("summary.trained", equalTo(1)).body("summary.extras", equalTo(1));
            attend(admin, traineeOf(trainees(admin, id), evd1b), "LEAVE", null).then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
        }

        @Test
        @DisplayName("a check-in code expires when the session ends")
        void expiredCode() {
            String admin = tree.adminToken();
            JsonPath pub = published(admin, evdOfVillages(tree.district, TODAY, TODAY));
            long id = pub.getLong("summary.id");
            Map<String, Object> moved = evdOfVillages(tree.district, TODAY.minusDays(3), TODAY.minusDays(2));
            moved.put("version", pub.getLong("version"));
            Api.as(admin).body(moved).put("/api/v1/trainings/{id}", id).then().statusCode(200).body("summary.phase", equalTo("FINISHED"));
            checkIn(admin, pub.getString("checkInCode"), evd1a).then().statusCode(409).body("detail", containsString(TODAY.minusDays(2).toString()));
        }

        @Test
        @DisplayName("bad input is a 400 naming the field, and nothing is written")
        void badInput() {
            String admin = tree.adminToken();
            long before = Api.as(admin).queryParam("unitId", tree.district).get("/api/v1/trainings").then().statusCode(200)
                    .extract().jsonPath().getList("items").size();
            create(admin, evdOfVillages(tree.district, TODAY, TODAY.minusDays(1))).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("endsOn"));
            Map<String, Object> unknownType = evdOfVillages(tree.district, TODAY, TODAY);
            unknownType.put("typeCode", "NOPE");
            create(admin, unknownType).then().statusCode(400).body("errors[0].field", equalTo("typeCode"));
            Map<String, Object> noTitle = evdOfVillages(tree.district, TODAY, TODAY);
            noTitle.put("title", "  ");
            create(admin, noTitle).then().statusCode(400).body("errors[0].field", equalTo("title"));
            create(admin, evdOfVillages(tree.village1a, TODAY, TODAY)).then().statusCode(400)
                    .body("errors[0].field", equalTo("organiserUnitId")).body("detail", containsString("下管一级"));
            Map<String, Object> byArea = evdOfVillages(tree.district, TODAY, TODAY);
            byArea.put("mode", "BY_AREA");
            create(admin, byArea).then().statusCode(400).body("errors[0].field", equalTo("areas"));
            Map<String, Object> noAudience = evdOfVillages(tree.district, TODAY, TODAY);
            noAudience.remove("audience");
            create(admin, noAudience).then().statusCode(400).body("errors[0].field", equalTo("audience"));
            Api.as(admin).header("Accept-Language", "en").body(evdOfVillages(tree.district, TODAY, TODAY.minusDays(1)))
                    .post("/api/v1/trainings").then().statusCode(400).body("detail", containsString("ends before it starts"));
            assertEquals(before, Api.as(admin).queryParam("unitId", tree.district).get("/api/v1/trainings").then().statusCode(200)
                    .extract().jsonPath().getList("items").size());
        }

        @Test
        @DisplayName("a session with attendance cannot be deleted (cancel it instead); one without can")
        void deleteAndCancel() {
            String admin = tree.adminToken();
            JsonPath pub = published(admin, evdOfVillages(tree.district, TODAY, TODAY));
            long id = pub.getLong("summary.id");
            attend(admin, traineeOf(trainees(admin, id), evd1a), "ATTENDED", null).then().statusCode(200);
            Api.as(admin).delete("/api/v1/trainings/{id}", id).then().statusCode(409).body("detail", containsString("取消"));
            Api.as(admin).body(Map.of("reason", "暴雪，改期")).post("/api/v1/trainings/{id}/cancel", id).then().statusCode(200)
                    .body("summary.status", equalTo("CANCELLED")).body("cancelReason", equalTo("暴雪，改期")).body("checkInCode", nullValue());
            checkIn(admin, pub.getString("checkInCode"), evd1b).then().statusCode(400);

            long other = create(admin, evdOfVillages(tree.district, TODAY, TODAY)).then().statusCode(201).extract().jsonPath().getLong("summary.id");
            Api.as(admin).delete("/api/v1/trainings/{id}", other).then().statusCode(204);
            Api.as(admin).get("/api/v1/trainings/{id}", other).then().statusCode(404);
            assertEquals("training.delete", auditActions("TrainingSession", other).get(0));
        }

        @Test
        @DisplayName("refresh shows who was added and who dropped out; a finished session's audience cannot be refreshed")
        void refresh() {
            String admin = tree.adminToken();
            Map<String, Object> members = session(tree.district, "POLITICAL", TODAY, TODAY.plusDays(2), rule(List.of("MEMBER"), List.of("VILLAGE")));
            members.put("audienceAsOf", TODAY.toString());
            long id = published(admin, members).getLong("summary.id");
            assertEquals(List.of((int) member1a), trainees(admin, id).getList("volunteerId"));
            long newcomer = seated(tree, tree.village2a, "MEMBER", "丙委员", TODAY);
            long appointment = Api.as(admin).get("/api/v1/committees/{id}/appointments", tree.village1a).then().statusCode(200)
                    .extract().jsonPath().getLong("find { it.volunteerId == " + member1a + " }.id");
            Api.as(admin).body(Map.of("endedOn", TODAY.toString(), "reason", "HEALTH")).post("/api/v1/appointments/{id}/end", appointment)
                    .then().statusCode(200);
            Api.as(admin).post("/api/v1/trainings/{id}/audience/refresh", id).then().statusCode(200)
                    .body("added.volunteerId", equalTo(List.of((int) newcomer)))
                    .body("dropped.volunteerId", equalTo(List.of((int) member1a)))
                    .body("required", equalTo(1));

            JsonPath past = published(admin, evdOfVillages(tree.district, TODAY.minusDays(30), TODAY.minusDays(30)));
            assertEquals(3, past.getInt("summary.required"));
            Api.as(admin).post("/api/v1/trainings/{id}/audience/refresh", past.getLong("summary.id")).then().statusCode(409)
                    .contentType("application/problem+json");
        }

        @Test
        @DisplayName("on-boarding: newcomers without 岗位培训 are owed it until 31 December; attending drops them from the rule and the owed list")
        void onboarding() {
            String admin = tree.adminToken();
            Map<String, Object> rule = rule(List.of(), List.of());
            rule.put("appointedSince", TODAY.withDayOfYear(1).toString());
            rule.put("withoutOnboarding", true);
            long newcomer = seated(tree, tree.village1b, "MEMBER", "乙新委员", TODAY);
            JsonPath owed = Api.as(admin).queryParam("unitId", tree.district).get("/api/v1/training-owed").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(newcomer), owed.getList("findAll { it.reason == 'ONBOARDING' }.volunteerId", Long.class));
            assertEquals(TODAY.withDayOfYear(TODAY.lengthOfYear()).toString(), owed.getString("find { it.volunteerId == " + newcomer + " }.deadline"));
            Map<String, Object> body = session(tree.district, "ONBOARDING", TODAY, TODAY, rule);
            body.put("audienceAsOf", TODAY.toString());
            JsonPath pub = published(admin, body);
            long id = pub.getLong("summary.id");
            assertEquals(List.of(newcomer), trainees(admin, id).getList("volunteerId", Long.class));
            checkIn(admin, pub.getString("checkInCode"), newcomer).then().statusCode(200);
            Api.as(admin).queryParam("unitId", tree.district).get("/api/v1/training-owed").then().statusCode(200)
                    .body("volunteerId", not(hasItem((int) newcomer)));
            Map<String, Object> preview = new HashMap<>();
            preview.put("organiserUnitId", tree.district);
            preview.put("rule", rule);
            Api.as(admin).body(preview).post("/api/v1/training-audience-preview").then().statusCode(200).body("count", equalTo(0));
            // the session's own attendance does not drop its trainee on a refresh
            Api.as(admin).post("/api/v1/trainings/{id}/audience/refresh", id).then().statusCode(200)
                    .body("dropped", hasSize(0)).body("required", equalTo(1));
            Api.as(admin).get("/api/v1/trainings/{id}", id).then().statusCode(200);
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("organises for its own villages only (下管一级); another township as organiser is 400; the district's session is 404")
        void ownSubtree() {
            String staff = tree.township1Token();
            create(staff, evdOfVillages(tree.township2, TODAY, TODAY)).then().statusCode(400)
                    .body("errors[0].field", equalTo("organiserUnitId"));
            create(staff, evdOfVillages(tree.district, TODAY, TODAY)).then().statusCode(400);
            JsonPath pub = published(staff, evdOfVillages(tree.township1, TODAY, TODAY));
            assertEquals(2, pub.getInt("summary.required"));
            assertThat(trainees(staff, pub.getLong("summary.id")).getList("volunteerId", Long.class), containsInAnyOrder(evd1a, evd1b));
            long district = published(tree.adminToken(), evdOfVillages(tree.district, TODAY, TODAY)).getLong("summary.id");
            Api.as(staff).get("/api/v1/trainings/{id}", district).then().statusCode(404);
            Api.as(staff).post("/api/v1/trainings/{id}/audience/refresh", district).then().statusCode(404);
            Api.as(staff).delete("/api/v1/trainings/{id}", district).then().statusCode(404);
            // its own people in the district's session are still theirs to record
            long mine = traineeOf(trainees(tree.adminToken(), district), evd1a);
            long notMine = traineeOf(trainees(tree.adminToken(), district), evd2a);
            attend(staff, mine, "ATTENDED", null).then().statusCode(200);
            attend(staff, notMine, "ATTENDED", null).then().statusCode(404);
            Api.as(staff).queryParam("unitId", tree.township2).get("/api/v1/training-coverage").then().statusCode(400);
            Api.as(staff).get("/api/v1/training-coverage").then().statusCode(200).body("unit.unit.id", equalTo((int) tree.township1))
                    .body("unit.required", equalTo(4)).body("unit.trained", equalTo(1));
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("sees the sessions of its own people and checks them in from a phone; nobody else's; plans nothing")
        void phone() {
            String village = tree.village1aToken();
            JsonPath pub = published(tree.township1Token(), evdOfVillages(tree.township1, TODAY, TODAY));
            long id = pub.getLong("summary.id");
            Api.as(village).get("/api/v1/training-invitations").then().statusCode(200)
                    .body("trainee.volunteerId", equalTo(List.of((int) evd1a)))
                    .body("[0].sessionId", equalTo((int) id)).body("[0].organiser.id", equalTo((int) tree.township1))
                    .body("[0].phase", equalTo("ONGOING"));
            Api.as(village).get("/api/v1/trainings/{id}", id).then().statusCode(404);
            checkIn(village, pub.getString("checkInCode"), evd1b).then().statusCode(409);
            checkIn(village, pub.getString("checkInCode"), evd1a).then().statusCode(200).body("status", equalTo("ATTENDED"));
            Api.as(village).get("/api/v1/training-invitations").then().statusCode(200).body("[0].trainee.status", equalTo("ATTENDED"));
            create(village, evdOfVillages(tree.village1a, TODAY, TODAY)).then().statusCode(403);
            Api.as(village).get("/api/v1/training-coverage").then().statusCode(200).body("unit.required", equalTo(1))
                    .body("unit.trained", equalTo(1));
            Api.as(village).queryParam("unitId", tree.village1b).get("/api/v1/training-owed").then().statusCode(400);
        }
    }

    @Nested
    @DisplayName("As district viewer")
    class AsDistrictViewer {

        @Test
        @DisplayName("reads sessions, audiences and coverage; changes nothing")
        void readsOnly() {
            long id = published(tree.adminToken(), evdOfVillages(tree.district, TODAY, TODAY)).getLong("summary.id");
            String viewer = tree.viewerToken();
            Api.as(viewer).get("/api/v1/trainings/{id}", id).then().statusCode(200).body("checkInCode", nullValue())
                    .body("permissions.edit", equalTo(false));
            trainees(viewer, id);
            create(viewer, evdOfVillages(tree.district, TODAY, TODAY)).then().statusCode(403);
            attend(viewer, traineeOf(trainees(viewer, id), evd1a), "ATTENDED", null).then().statusCode(403);
            Api.as(viewer).delete("/api/v1/trainings/{id}", id).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("As the city system")
    class AsCityApi {

        @Test
        @DisplayName("reads coverage (no names), never sessions, audiences or owed lists")
        void aggregatesOnly() {
            long id = published(tree.adminToken(), evdOfVillages(tree.district, TODAY, TODAY)).getLong("summary.id");
            String city = tree.cityToken();
            Api.as(city).get("/api/v1/training-coverage").then().statusCode(200).body("unit.required", equalTo(3));
            Api.as(city).get("/api/v1/trainings/{id}/trainees", id).then().statusCode(403);
            Api.as(city).get("/api/v1/trainings").then().statusCode(403);
            Api.as(city).get("/api/v1/training-owed").then().statusCode(403);
            Api.as(city).get("/api/v1/training-invitations").then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("Anonymous")
    class AsAnonymous {

        @Test
        @DisplayName("every training endpoint answers 401")
        void unauthorised() {
            Api.anonymous().get("/api/v1/trainings").then().statusCode(401);
            Api.anonymous().get("/api/v1/training-coverage").then().statusCode(401);
            Api.anonymous().body(Map.of("code", "123456", "volunteerId", 1)).post("/api/v1/training-check-ins").then().statusCode(401);
        }
    }

    @Test
    @DisplayName("another district's admin cannot see or check in this district's sessions")
    void otherDistrict() {
        long id = published(tree.adminToken(), evdOfVillages(tree.district, TODAY, TODAY)).getLong("summary.id");
        TestTree other = TestTree.build();
        Api.as(other.adminToken()).get("/api/v1/trainings/{id}", id).then().statusCode(404);
        Api.as(Tokens.of(Roles.TOWNSHIP_STAFF, other.code("T1"))).get("/api/v1/trainings/{id}/trainees", id).then().statusCode(404);
        Api.as(other.adminToken()).queryParam("unitId", tree.district).get("/api/v1/training-coverage").then().statusCode(400);
        Api.as(other.adminToken()).get("/api/v1/training-types").then().statusCode(200)
                .body("code", hasItems("POLITICAL", "BUSINESS", "ONBOARDING"));
    }
}
