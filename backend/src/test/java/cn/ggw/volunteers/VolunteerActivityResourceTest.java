package cn.ggw.volunteers;

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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.volunteers.VolunteerResourceTest.body;
import static cn.ggw.volunteers.VolunteerResourceTest.idNumber;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class VolunteerActivityResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    // ---- helpers -------------------------------------------------------------------------

    long register(long unitId, String name) {
        return VolunteerResourceTest.create(tree.adminToken(), body(unitId, name, idNumber())).getLong("id");
    }

    static Map<String, Object> activity(LocalDate date, String area, Object hours, int youth, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("area", area);
        body.put("hours", hours);
        body.put("youthReached", youth);
        body.put("description", description);
        return body;
    }

    static Map<String, Object> activity() {
        return activity(TODAY.minusDays(1), "INTERNET_CAFE_SUPERVISION", 2.5, 3, "在村网吧开展义务监督");
    }

    static JsonPath log(String token, long volunteer, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/volunteers/{id}/activities", volunteer)
                .then().statusCode(201).extract().jsonPath();
    }

    static Map<String, Object> care(LocalDate date, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("kind", kind);
        body.put("description", "春节前登门慰问");
        body.put("givenBy", "镇关工委");
        return body;
    }

    JsonPath audit(String type, long id) {
        return Api.as(tree.adminToken()).queryParam("entityType", type).queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
    }

    void status(long volunteer, String status) {
        Api.as(tree.adminToken()).body(Map.of("status", status, "note", "测试"))
                .post("/api/v1/volunteers/{id}/status", volunteer).then().statusCode(200);
    }

    String township2Token() {
        return Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
    }

    // ---- roles ---------------------------------------------------------------------------

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("POST /volunteers/{id}/activities returns 201 at the home unit by default, audited; PUT with the version, stale 409; DELETE 204, audited")
        void lifecycle() {
            long volunteer = register(tree.village1a, "张建国");
            var created = Api.as(tree.adminToken()).body(activity()).post("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/volunteer-activities/"))
                    .body("volunteer.id", equalTo((int) volunteer))
                    .body("volunteer.name", equalTo("张建国"))
                    .body("unit.id", equalTo((int) tree.village1a))
                    .body("hours", equalTo(2.5f))
                    .body("youthReached", equalTo(3))
                    .body("area", equalTo("INTERNET_CAFE_SUPERVISION"))
                    .body("createdBy", startsWith("district-admin"))
                    .extract();
            assertFalse(created.asString().contains("idNumber") || created.asString().contains("phone"), "no personal numbers");
            long id = created.jsonPath().getLong("id");
            long version = created.jsonPath().getLong("version");
            Api.as(tree.adminToken()).queryParam("entityType", "VolunteerActivity").queryParam("entityId", id).get("/api/v1/audit-events")
                    .then().body("items", hasSize(1)).body("items[0].action", equalTo("CREATE")).body("items[0].after.hours", equalTo(2.5f));

            Map<String, Object> change = activity(TODAY.minusDays(2), "LEGAL_EDUCATION", 3, 40, "法制教育讲座");
            change.put("version", version);
            change.put("unitId", tree.village1b);
            Api.as(tree.adminToken()).body(change).put("/api/v1/volunteer-activities/{id}", id).then().statusCode(200)
                    .body("area", equalTo("LEGAL_EDUCATION"))
                    .body("hours", equalTo(3.0f))
                    .body("unit.id", equalTo((int) tree.village1b))
                    .body("version", equalTo((int) version + 1));
            Api.as(tree.adminToken()).queryParam("entityType", "VolunteerActivity").queryParam("entityId", id).get("/api/v1/audit-events")
                    .then().body("items[0].action", equalTo("UPDATE"))
                    .body("items[0].before.area", equalTo("INTERNET_CAFE_SUPERVISION"))
                    .body("items[0].after.area", equalTo("LEGAL_EDUCATION"));
            change.put("description", "旧版本");
            Api.as(tree.adminToken()).body(change).put("/api/v1/volunteer-activities/{id}", id)
                    .then().statusCode(409).body("errors[0].field", equalTo("version"));

            Api.as(tree.adminToken()).delete("/api/v1/volunteer-activities/{id}", id).then().statusCode(204);
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/activities", volunteer).then().statusCode(200).body("items", empty());
            Api.as(tree.adminToken()).queryParam("entityType", "VolunteerActivity").queryParam("entityId", id).get("/api/v1/audit-events")
                    .then().body("items[0].action", equalTo("DELETE")).body("items[0].before.description", equalTo("法制教育讲座"));
            Api.as(tree.adminToken()).delete("/api/v1/volunteer-activities/{id}", id).then().statusCode(404);
        }

        @Test
        @DisplayName("a volunteer's activities come newest first (date, then entry), keyset paged")
        void newestFirstPaged() {
            long volunteer = register(tree.village1a, "王桂兰");
            long older = log(tree.adminToken(), volunteer, activity(TODAY.minusDays(10), "CARE", 1, 1, "一")).getLong("id");
            long sameDay1 = log(tree.adminToken(), volunteer, activity(TODAY.minusDays(3), "CARE", 1, 1, "二")).getLong("id");
            long sameDay2 = log(tree.adminToken(), volunteer, activity(TODAY.minusDays(3), "CARE", 1, 1, "三")).getLong("id");
            long newest = log(tree.adminToken(), volunteer, activity(TODAY, "CARE", 1, 1, "四")).getLong("id");
            var first = Api.as(tree.adminToken()).queryParam("limit", 3).get("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(200)
                    .body("items.id", contains((int) newest, (int) sameDay2, (int) sameDay1))
                    .body("nextCursor", notNullValue()).extract().jsonPath();
            Api.as(tree.adminToken()).queryParam("limit", 3).queryParam("cursor", first.getString("nextCursor"))
                    .get("/api/v1/volunteers/{id}/activities", volunteer).then().statusCode(200)
                    .body("items.id", contains((int) older)).body("nextCursor", nullValue());
        }

        @Test
        @DisplayName("GET /volunteer-activities lists the scope by unit, area and period, naming people by id and name only")
        void listAcrossScope() {
            long a = register(tree.village1a, "赵振华");
            long b = register(tree.village2a, "孙志远");
            long a1 = log(tree.adminToken(), a, activity(TODAY.minusDays(30), "CARE", 2, 5, "看望留守儿童")).getLong("id");
            long a2 = log(tree.adminToken(), a, activity(TODAY.minusDays(5), "MORAL_EDUCATION", 1.5, 60, "讲党史")).getLong("id");
            long b1 = log(tree.adminToken(), b, activity(TODAY.minusDays(1), "CARE", 3, 2, "结对帮扶")).getLong("id");
            var answer = Api.as(tree.adminToken()).get("/api/v1/volunteer-activities").then().statusCode(200)
                    .body("items.id", contains((int) b1, (int) a2, (int) a1))
                    .body("items[0].volunteer.name", equalTo("孙志远"))
                    .body("items[0].unit.name", equalTo("丙村"))
                    .extract().asString();
            assertFalse(answer.contains("idNumber") || answer.contains("phone") || answer.contains("13812345678"), "no personal numbers");
            Api.as(tree.adminToken()).queryParam("unitId", tree.township1).get("/api/v1/volunteer-activities")
                    .then().body("items.id", contains((int) a2, (int) a1));
            Api.as(tree.adminToken()).queryParam("area", "CARE").get("/api/v1/volunteer-activities")
                    .then().body("items.id", contains((int) b1, (int) a1));
            Api.as(tree.adminToken()).queryParam("from", TODAY.minusDays(10).toString()).queryParam("to", TODAY.minusDays(2).toString())
                    .get("/api/v1/volunteer-activities").then().body("items.id", contains((int) a2));
            var page = Api.as(tree.adminToken()).queryParam("limit", 2).get("/api/v1/volunteer-activities").then()
                    .body("items.id", contains((int) b1, (int) a2)).extract().jsonPath();
            Api.as(tree.adminToken()).queryParam("limit", 2).queryParam("cursor", page.getString("nextCursor"))
                    .get("/api/v1/volunteer-activities").then().body("items.id", contains((int) a1)).body("nextCursor", nullValue());
        }

        @Test
        @DisplayName("GET /volunteer-activity-summary sums count, hours and young people by area and child unit, within the period")
        void summary() {
            long a = register(tree.village1a, "钱学文");
            long c = register(tree.community1, "周玉梅");
            log(tree.adminToken(), a, activity(TODAY.minusDays(40), "CARE", 2, 5, "一"));
            log(tree.adminToken(), a, activity(TODAY.minusDays(3), "CARE", 1.5, 10, "二"));
            log(tree.adminToken(), a, activity(TODAY.minusDays(2), "LEGAL_EDUCATION", 3, 100, "三"));
            Map<String, Object> atDistrict = activity(TODAY.minusDays(1), "FAMILY_EDUCATION", 0.5, 0, "区里开会");
            atDistrict.put("unitId", tree.district);
            log(tree.adminToken(), c, atDistrict);
            log(tree.adminToken(), c, activity(TODAY, "CARE", 4, 20, "社区活动"));

            Api.as(tree.adminToken()).get("/api/v1/volunteer-activity-summary").then().statusCode(200)
                    .body("unit.id", equalTo((int) tree.district))
                    .body("total.count", equalTo(5))
                    .body("total.hours", equalTo(11.0f))
                    .body("total.youthReached", equalTo(135))
                    .body("byArea", hasSize(ActivityArea.values().length))
                    .body("byArea.find { it.area == 'CARE' }.count", equalTo(3))
                    .body("byArea.find { it.area == 'CARE' }.hours", equalTo(7.5f))
                    .body("byArea.find { it.area == 'CARE' }.youthReached", equalTo(35))
                    .body("byArea.find { it.area == 'OTHER' }.count", equalTo(0))
                    .body("atUnitItself.count", equalTo(1))
                    .body("atUnitItself.hours", equalTo(0.5f))
                    .body("byChildUnit.find { it.unit.id == " + tree.township1 + " }.count", equalTo(3))
                    .body("byChildUnit.find { it.unit.id == " + tree.township1 + " }.youthReached", equalTo(115))
                    .body("byChildUnit.find { it.unit.id == " + tree.street1 + " }.hours", equalTo(4.0f))
                    .body("byChildUnit.find { it.unit.id == " + tree.township2 + " }.count", equalTo(0));
            Api.as(tree.adminToken()).queryParam("unitId", tree.township1).queryParam("from", TODAY.minusDays(7).toString())
                    .queryParam("to", TODAY.toString()).get("/api/v1/volunteer-activity-summary").then().statusCode(200)
                    .body("from", equalTo(TODAY.minusDays(7).toString()))
                    .body("total.count", equalTo(2))
                    .body("total.hours", equalTo(4.5f))
                    .body("byChildUnit.find { it.unit.id == " + tree.village1a + " }.youthReached", equalTo(110))
                    .body("byChildUnit.find { it.unit.id == " + tree.village1b + " }.count", equalTo(0));
        }

        @Test
        @DisplayName("withdrawn or deceased people get no new activities (409); deceased get no new care records, withdrawn still do")
        void goneVolunteers() {
            long withdrawn = register(tree.village1a, "退出者");
            status(withdrawn, "WITHDRAWN");
            Api.as(tree.adminToken()).body(activity()).post("/api/v1/volunteers/{id}/activities", withdrawn)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", equalTo("这位五老已退出，不能再为其记录新的活动。"));
            Api.as(tree.adminToken()).body(care(TODAY, "VISIT")).post("/api/v1/volunteers/{id}/care-records", withdrawn)
                    .then().statusCode(201);
            long deceased = register(tree.village1a, "已故者");
            long earlier = log(tree.adminToken(), deceased, activity()).getLong("id");
            status(deceased, "DECEASED");
            Api.as(tree.adminToken()).header("Accept-Language", "en").body(activity()).post("/api/v1/volunteers/{id}/activities", deceased)
                    .then().statusCode(409).body("detail", equalTo("This volunteer is deceased: no new activities can be logged for them."));
            Api.as(tree.adminToken()).body(care(TODAY, "FESTIVAL")).post("/api/v1/volunteers/{id}/care-records", deceased)
                    .then().statusCode(409).body("detail", equalTo("这位五老已故，不能再添加关爱记录。"));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/activities", deceased).then().body("items.id", contains((int) earlier));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/care-records", deceased).then().body("items", empty());
        }

        @Test
        @DisplayName("care records: POST 201, newest first, DELETE 204, each write audited")
        void careRecords() {
            long volunteer = register(tree.village1a, "李秀英");
            long older = Api.as(tree.adminToken()).body(care(TODAY.minusDays(20), "HEALTH"))
                    .post("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(201)
                    .body("kind", equalTo("HEALTH")).body("givenBy", equalTo("镇关工委")).body("volunteerId", equalTo((int) volunteer))
                    .extract().jsonPath().getLong("id");
            Map<String, Object> bare = new HashMap<>(Map.of("date", TODAY.toString(), "kind", "DAILY_LIFE"));
            long newer = Api.as(tree.adminToken()).body(bare).post("/api/v1/volunteers/{id}/care-records", volunteer)
                    .then().statusCode(201).body("description", nullValue()).extract().jsonPath().getLong("id");
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(200)
                    .body("items.id", contains((int) newer, (int) older));
            Api.as(tree.adminToken()).queryParam("entityType", "VolunteerCareRecord").queryParam("entityId", older).get("/api/v1/audit-events")
                    .then().body("items[0].action", equalTo("CREATE")).body("items[0].after.kind", equalTo("HEALTH"));
            Api.as(tree.adminToken()).delete("/api/v1/volunteer-care-records/{id}", older).then().statusCode(204);
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().body("items.id", contains((int) newer));
            Api.as(tree.adminToken()).queryParam("entityType", "VolunteerCareRecord").queryParam("entityId", older).get("/api/v1/audit-events")
                    .then().body("items[0].action", equalTo("DELETE")).body("items[0].before.givenBy", equalTo("镇关工委"));
            Api.as(tree.adminToken()).delete("/api/v1/volunteer-care-records/{id}", older).then().statusCode(404);
        }

        @Test
        @DisplayName("moving a volunteer to another township takes their care records along; activities stay where they took place")
        void careRecordsFollowMovedVolunteer() {
            String id = idNumber();
            long volunteer = VolunteerResourceTest.create(tree.adminToken(), body(tree.village1a, "陈永生", id)).getLong("id");
            long record = Api.as(tree.adminToken()).body(care(TODAY, "VISIT")).post("/api/v1/volunteers/{id}/care-records", volunteer)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long act = log(tree.adminToken(), volunteer, activity()).getLong("id");
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(200).body("items", hasSize(1));
            Api.as(tree.adminToken()).body(VolunteerResourceTest.updateBody(VolunteerResourceTest.read(tree.adminToken(), volunteer), id, tree.village2a))
                    .put("/api/v1/volunteers/{id}", volunteer).then().statusCode(200);
            Api.as(township2Token()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(200)
                    .body("items.id", contains((int) record));
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(404);
            Api.as(tree.township1Token()).delete("/api/v1/volunteer-care-records/{id}", record).then().statusCode(404);
            // The work was done in 甲村: that township still sees it, without the name of someone no longer theirs.
            Api.as(tree.township1Token()).get("/api/v1/volunteer-activities").then().statusCode(200)
                    .body("items.id", contains((int) act)).body("items[0].volunteer.name", nullValue());
            Api.as(township2Token()).get("/api/v1/volunteer-activities").then().body("items", empty());
            Api.as(township2Token()).get("/api/v1/volunteers/{id}/activities", volunteer).then().statusCode(200).body("items", empty());
        }

        @Test
        @DisplayName("moving a village to another township carries its activities and care records along")
        void subtreeMoveCarriesRecords() {
            long volunteer = register(tree.village2a, "黄振邦");
            long act = log(tree.adminToken(), volunteer, activity()).getLong("id");
            long record = Api.as(tree.adminToken()).body(care(TODAY, "VISIT")).post("/api/v1/volunteers/{id}/care-records", volunteer)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            long version = Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village2a).then().extract().jsonPath().getLong("version");
            Api.as(tree.adminToken()).body(Map.of("newParentId", tree.township1, "version", version))
                    .post("/api/v1/org-units/{id}/move", tree.village2a).then().statusCode(200);
            Api.as(tree.township1Token()).get("/api/v1/volunteer-activities").then().body("items.id", contains((int) act));
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().body("items.id", contains((int) record));
            Api.as(township2Token()).get("/api/v1/volunteer-activities").then().body("items", empty());
            Api.as(township2Token()).delete("/api/v1/volunteer-activities/{id}", act).then().statusCode(404);
        }

        @Test
        @DisplayName("activities do not block deactivating their unit; afterwards none can be placed there (409 on unitId), the old ones still count")
        void deactivation() {
            long volunteer = register(tree.village1a, "郑玉山");
            Map<String, Object> elsewhere = activity();
            elsewhere.put("unitId", tree.village1b);
            long act = log(tree.adminToken(), volunteer, elsewhere).getLong("id");
            Api.as(tree.adminToken()).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", tree.village1b)
                    .then().statusCode(200);
            Api.as(tree.adminToken()).body(elsewhere).post("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(409).body("errors[0].field", equalTo("unitId"))
                    .body("errors[0].message", equalTo("该单位已停用，不能把活动记在这个单位。"));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/activities", volunteer).then().body("items.id", contains((int) act));
            Api.as(tree.adminToken()).queryParam("unitId", tree.township1).get("/api/v1/volunteer-activity-summary").then()
                    .body("total.count", equalTo(1))
                    .body("byChildUnit.find { it.unit.id == " + tree.village1b + " }.count", equalTo(1));
            // The person's home village, with a volunteer on the register, still cannot be deactivated.
            Api.as(tree.adminToken()).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", tree.village1a)
                    .then().statusCode(409);
        }
    }

    @Nested
    @DisplayName("As district viewer (read-only leader)")
    class AsDistrictViewer {

        @Test
        @DisplayName("reads activities, care records and the summary; every write is 403")
        void readOnly() {
            long volunteer = register(tree.village1a, "只读");
            long act = log(tree.adminToken(), volunteer, activity()).getLong("id");
            Api.as(tree.viewerToken()).get("/api/v1/volunteers/{id}/activities", volunteer).then().statusCode(200).body("items", hasSize(1));
            Api.as(tree.viewerToken()).get("/api/v1/volunteer-activities").then().statusCode(200).body("items", hasSize(1));
            Api.as(tree.viewerToken()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(200);
            Api.as(tree.viewerToken()).get("/api/v1/volunteer-activity-summary").then().statusCode(200).body("total.count", equalTo(1));
            Api.as(tree.viewerToken()).body(activity()).post("/api/v1/volunteers/{id}/activities", volunteer).then().statusCode(403);
            Api.as(tree.viewerToken()).delete("/api/v1/volunteer-activities/{id}", act).then().statusCode(403);
            Api.as(tree.viewerToken()).body(care(TODAY, "VISIT")).post("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(403);
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/activities", volunteer).then().body("items", hasSize(1));
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("logs for its own people, also in another of its villages")
        void logsWithinTownship() {
            long volunteer = register(tree.village1a, "本镇");
            Map<String, Object> elsewhere = activity();
            elsewhere.put("unitId", tree.village1b);
            log(tree.township1Token(), volunteer, elsewhere);
            Api.as(tree.township1Token()).body(care(TODAY, "VISIT")).post("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(201);
            Api.as(tree.township1Token()).get("/api/v1/volunteer-activities").then().body("items[0].unit.id", equalTo((int) tree.village1b));
        }

        @Test
        @DisplayName("another township's volunteer, activity or care record is 404 for reads and writes alike, and absent from lists")
        void otherTownship() {
            long other = register(tree.village2a, "外镇");
            long act = log(tree.adminToken(), other, activity()).getLong("id");
            long record = Api.as(tree.adminToken()).body(care(TODAY, "VISIT")).post("/api/v1/volunteers/{id}/care-records", other)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}/activities", other).then().statusCode(404);
            Api.as(tree.township1Token()).body(activity()).post("/api/v1/volunteers/{id}/activities", other).then().statusCode(404);
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}/care-records", other).then().statusCode(404);
            Api.as(tree.township1Token()).body(care(TODAY, "VISIT")).post("/api/v1/volunteers/{id}/care-records", other).then().statusCode(404);
            Map<String, Object> change = activity();
            change.put("version", 0);
            Api.as(tree.township1Token()).body(change).put("/api/v1/volunteer-activities/{id}", act).then().statusCode(404);
            Api.as(tree.township1Token()).delete("/api/v1/volunteer-activities/{id}", act).then().statusCode(404);
            Api.as(tree.township1Token()).delete("/api/v1/volunteer-care-records/{id}", record).then().statusCode(404);
            Api.as(tree.township1Token()).get("/api/v1/volunteer-activities").then().body("items", empty());
            Api.as(tree.township1Token()).queryParam("unitId", tree.township2).get("/api/v1/volunteer-activities")
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            Api.as(tree.township1Token()).get("/api/v1/volunteer-activity-summary").then().body("total.count", equalTo(0));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/activities", other).then().body("items.id", contains((int) act));
        }

        @Test
        @DisplayName("an activity placed in a unit outside its scope is refused like an unknown unit (400 on unitId), also on PUT; nothing changes")
        void placeOutsideScope() {
            long volunteer = register(tree.village1a, "本镇人");
            Map<String, Object> outside = activity();
            outside.put("unitId", tree.village2a);
            Api.as(tree.township1Token()).body(outside).post("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            outside.put("unitId", 999_999_999L);
            Api.as(tree.township1Token()).body(outside).post("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            var act = log(tree.township1Token(), volunteer, activity());
            Map<String, Object> change = activity();
            change.put("unitId", tree.village2a);
            change.put("version", act.getLong("version"));
            Api.as(tree.township1Token()).body(change).put("/api/v1/volunteer-activities/{id}", act.getLong("id"))
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            Api.as(tree.adminToken()).get("/api/v1/volunteer-activities").then().body("items", hasSize(1))
                    .body("items[0].unit.id", equalTo((int) tree.village1a));
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("logs for its own people and sees only its own village's activities")
        void ownVillageOnly() {
            long own = register(tree.village1a, "本村");
            long sibling = register(tree.village1b, "邻村");
            long mine = log(tree.village1aToken(), own, activity()).getLong("id");
            log(tree.adminToken(), sibling, activity());
            Map<String, Object> inMyVillage = activity();
            inMyVillage.put("unitId", tree.village1a);
            long theirsHere = log(tree.adminToken(), sibling, inMyVillage).getLong("id");
            Api.as(tree.village1aToken()).get("/api/v1/volunteer-activities").then().statusCode(200)
                    .body("items.id", contains((int) theirsHere, (int) mine))
                    .body("items[0].volunteer.name", nullValue())
                    .body("items[1].volunteer.name", equalTo("本村"));
            Api.as(tree.village1aToken()).get("/api/v1/volunteers/{id}/activities", sibling).then().statusCode(404);
            Api.as(tree.village1aToken()).get("/api/v1/volunteer-activity-summary").then().statusCode(200)
                    .body("unit.id", equalTo((int) tree.village1a)).body("total.count", equalTo(2));
        }

        @Test
        @DisplayName("placing an activity in the sibling village is refused (400 on unitId)")
        void siblingVillage() {
            long own = register(tree.village1a, "本村人");
            Map<String, Object> sibling = activity();
            sibling.put("unitId", tree.village1b);
            Api.as(tree.village1aToken()).body(sibling).post("/api/v1/volunteers/{id}/activities", own)
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/activities", own).then().body("items", empty());
        }
    }

    @Nested
    @DisplayName("As the city system (city-api)")
    class AsCityApi {

        @Test
        @DisplayName("the summary is 200 (no names); lists and writes are 403")
        void summaryOnly() {
            long volunteer = register(tree.village1a, "城市看不到");
            long act = log(tree.adminToken(), volunteer, activity()).getLong("id");
            String summary = Api.as(tree.cityToken()).get("/api/v1/volunteer-activity-summary").then().statusCode(200)
                    .body("total.count", equalTo(1)).extract().asString();
            assertFalse(summary.contains("城市看不到"), "no names in the summary");
            Api.as(tree.cityToken()).get("/api/v1/volunteer-activities").then().statusCode(403).contentType("application/problem+json");
            Api.as(tree.cityToken()).get("/api/v1/volunteers/{id}/activities", volunteer).then().statusCode(403);
            Api.as(tree.cityToken()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(403);
            Api.as(tree.cityToken()).body(activity()).post("/api/v1/volunteers/{id}/activities", volunteer).then().statusCode(403);
            Api.as(tree.cityToken()).delete("/api/v1/volunteer-activities/{id}", act).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("Without a valid token")
    class AsAnonymous {

        @Test
        @DisplayName("no token: 401 on every activity endpoint")
        void missing() {
            Api.anonymous().get("/api/v1/volunteer-activities").then().statusCode(401);
            Api.anonymous().get("/api/v1/volunteer-activity-summary").then().statusCode(401);
            Api.anonymous().get("/api/v1/volunteers/{id}/activities", 1).then().statusCode(401);
            Api.anonymous().delete("/api/v1/volunteer-care-records/{id}", 1).then().statusCode(401);
        }
    }

    @Nested
    @DisplayName("Bad input: a clear problem naming the field, nothing written")
    class BadInput {

        long volunteer;

        @BeforeEach
        void person() {
            volunteer = register(tree.village1a, "某人");
        }

        private void refused(Map<String, Object> body, String field) {
            Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(field));
        }

        private void nothingLogged() {
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/activities", volunteer).then().body("items", empty());
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/care-records", volunteer).then().body("items", empty());
        }

        @Test
        @DisplayName("dates in the future, before 2000 or impossible")
        void badDates() {
            Api.as(tree.adminToken()).body(activity(TODAY.plusDays(1), "CARE", 1, 1, "明天")).post("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("date")).body("errors[0].message", equalTo("日期不能晚于今天。"));
            refused(activity(LocalDate.of(1999, 12, 31), "CARE", 1, 1, "太早"), "date");
            Map<String, Object> impossible = activity();
            impossible.put("date", "2025-02-31");
            refused(impossible, "date");
            Api.as(tree.adminToken()).body(care(TODAY.plusDays(1), "VISIT")).post("/api/v1/volunteers/{id}/care-records", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("date"));
            nothingLogged();
        }

        @Test
        @DisplayName("hours of 0, over 24 or with two decimals; young people below 0 or over 100,000; a blank or too long description")
        void badNumbersAndText() {
            refused(activity(TODAY, "CARE", 0, 1, "零"), "hours");
            refused(activity(TODAY, "CARE", 24.5, 1, "太长"), "hours");
            refused(activity(TODAY, "CARE", 1.25, 1, "两位小数"), "hours");
            refused(activity(TODAY, "CARE", 1, -1, "负数"), "youthReached");
            refused(activity(TODAY, "CARE", 1, 100_001, "太多"), "youthReached");
            refused(activity(TODAY, "CARE", 1, 1, "  "), "description");
            refused(activity(TODAY, "CARE", 1, 1, "长".repeat(501)), "description");
            Map<String, Object> missing = activity();
            missing.remove("hours");
            refused(missing, "hours");
            log(tree.adminToken(), volunteer, activity(TODAY, "CARE", 24, 100_000, "长".repeat(500)));
        }

        @Test
        @DisplayName("an unknown area or care kind in the body")
        void unknownEnums() {
            refused(activity(TODAY, "SINGING", 1, 1, "唱歌"), "area");
            Api.as(tree.adminToken()).body(care(TODAY, "MONEY")).post("/api/v1/volunteers/{id}/care-records", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("kind"));
            Map<String, Object> longGiver = care(TODAY, "VISIT");
            longGiver.put("givenBy", "关".repeat(101));
            Api.as(tree.adminToken()).body(longGiver).post("/api/v1/volunteers/{id}/care-records", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("givenBy"));
            nothingLogged();
        }

        @Test
        @DisplayName("read-only and unknown fields cannot be mass-assigned: 400 naming the field")
        void massAssignment() {
            for (String field : List.of("id", "createdBy", "createdAt", "version", "volunteer", "volunteerId", "orgPath", "updatedBy")) {
                Map<String, Object> body = activity();
                body.put(field, field.equals("id") || field.equals("version") || field.equals("volunteerId") ? 3 : "someone");
                refused(body, field);
            }
            for (String field : List.of("id", "createdBy", "volunteerId", "orgPath")) {
                Map<String, Object> body = care(TODAY, "VISIT");
                body.put(field, field.equals("id") || field.equals("volunteerId") ? 3 : "someone");
                Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers/{id}/care-records", volunteer)
                        .then().statusCode(400).body("errors[0].field", equalTo(field));
            }
            var act = log(tree.adminToken(), volunteer, activity());
            Map<String, Object> change = activity();
            change.put("version", act.getLong("version"));
            change.put("createdBy", "someone");
            Api.as(tree.adminToken()).body(change).put("/api/v1/volunteer-activities/{id}", act.getLong("id"))
                    .then().statusCode(400).body("errors[0].field", equalTo("createdBy"));
            change.remove("createdBy");
            change.remove("version");
            Api.as(tree.adminToken()).body(change).put("/api/v1/volunteer-activities/{id}", act.getLong("id"))
                    .then().statusCode(400).body("errors[0].field", equalTo("version"));
        }

        @Test
        @DisplayName("list and summary filters: from after to, bad dates, unknown area, forged cursor, unknown volunteer")
        void badFilters() {
            Api.as(tree.adminToken()).queryParam("from", "2026-05-04").queryParam("to", "2026-05-01").get("/api/v1/volunteer-activities")
                    .then().statusCode(400).body("errors[0].field", equalTo("to"))
                    .body("errors[0].message", equalTo("结束日期不能早于开始日期。"));
            Api.as(tree.adminToken()).queryParam("from", "2026-05-04").queryParam("to", "2026-05-01").get("/api/v1/volunteer-activity-summary")
                    .then().statusCode(400).body("errors[0].field", equalTo("to"));
            Api.as(tree.adminToken()).queryParam("from", "2026-13-01").get("/api/v1/volunteer-activities")
                    .then().statusCode(400).body("errors[0].field", equalTo("from"));
            Api.as(tree.adminToken()).header("Accept-Language", "en").queryParam("to", "yesterday").get("/api/v1/volunteer-activity-summary")
                    .then().statusCode(400).body("errors[0].field", equalTo("to"))
                    .body("errors[0].message", equalTo("Not a date: write it as YYYY-MM-DD, e.g. 2026-05-04."));
            Api.as(tree.adminToken()).queryParam("area", "SINGING").get("/api/v1/volunteer-activities")
                    .then().statusCode(400).body("errors[0].field", equalTo("area"));
            Api.as(tree.adminToken()).queryParam("cursor", "not-ours!").get("/api/v1/volunteer-activities")
                    .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
            Api.as(tree.adminToken()).queryParam("cursor", java.util.Base64.getUrlEncoder().encodeToString("99999999999,1".getBytes()))
                    .get("/api/v1/volunteers/{id}/care-records", volunteer).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
            Api.as(tree.adminToken()).queryParam("limit", 0).get("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/activities", 999_999_999L).then().statusCode(404);
            Api.as(tree.adminToken()).body(activity()).post("/api/v1/volunteers/{id}/activities", 999_999_999L).then().statusCode(404);
            Api.as(tree.adminToken()).body("{\"date\": ").post("/api/v1/volunteers/{id}/activities", volunteer)
                    .then().statusCode(400).body("type", equalTo("urn:ggw:problem:malformed-json"));
            nothingLogged();
        }
    }
}
