package cn.ggw.volunteers;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(cn.ggw.testsupport.TestRun.class)
class VolunteerResourceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int RUN = cn.ggw.testsupport.TestRun.offset("VolunteerResourceTest", 400);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    // ---- helpers -------------------------------------------------------------------------

    /** A valid ID number, unique in this run, for a person of that age. */
    static String idNumber(int age, boolean male) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = TODAY.minusYears(age).minusDays(1 + n % 360);
        int sequence = ((n / 360 + RUN) % 450) * 2 + (male ? 1 : 0);
        String first17 = "220802" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumber.checkChar(first17);
    }

    static String idNumber() {
        return idNumber(70, true);
    }

    static Map<String, Object> body(long unitId, String name, String idNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("name", name);
        body.put("idNumber", idNumber);
        body.put("phone", "13812345678");
        body.put("address", "平台镇红星村三组");
        body.put("health", "身体健康");
        body.put("categories", List.of("TEACHER"));
        body.put("activityAreas", List.of("MORAL_EDUCATION"));
        body.put("skills", List.of("书法"));
        body.put("retirementType", "TUIXIU");
        return body;
    }

    static JsonPath create(String token, Map<String, Object> body) {
        return Api.as(token).body(body).post("/api/v1/volunteers").then().statusCode(201).extract().jsonPath();
    }

    long register(long unitId, String name) {
        return create(tree.adminToken(), body(unitId, name, idNumber())).getLong("id");
    }

    static JsonPath read(String token, long id) {
        return Api.as(token).get("/api/v1/volunteers/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> updateBody(JsonPath current, String idNumber, long unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("name", current.getString("name"));
        body.put("idNumber", idNumber);
        body.put("categories", current.getList("categories"));
        body.put("activityAreas", current.getList("activityAreas"));
        body.put("version", current.getLong("version"));
        return body;
    }

    JsonPath audit(long volunteerId) {
        return Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", volunteerId)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
    }

    void status(String token, long id, String status, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("note", note);
        Api.as(token).body(body).post("/api/v1/volunteers/{id}/status", id).then().statusCode(200).body("status", equalTo(status));
    }

    // ---- roles ---------------------------------------------------------------------------

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("POST /volunteers returns 201 with a masked record derived from the ID number, audited without full numbers")
        void createIsMaskedAndAudited() {
            String id = idNumber(72, false);
            Map<String, Object> body = body(tree.village1a, "  李秀英  ", id);
            body.put("birthDate", IdNumber.parse(id).birthDate().toString());
            body.put("gender", "FEMALE");
            var created = Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers")
                    .then().statusCode(201)
                    .header("Location", containsString("/api/v1/volunteers/"))
                    .body("name", equalTo("李秀英"))
                    .body("gender", equalTo("FEMALE"))
                    .body("age", equalTo(72))
                    .body("idNumberMasked", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                    .body("phoneMasked", equalTo("138****5678"))
                    .body("hasAddress", equalTo(true))
                    .body("status", equalTo("REGISTERED"))
                    .body("unit.id", equalTo((int) tree.village1a))
                    .body("categories", contains("TEACHER"))
                    .extract();
            String json = created.asString();
            org.junit.jupiter.api.Assertions.assertFalse(json.contains(id) || json.contains("13812345678") || json.contains("红星村三组"),
                    "no full personal data in the detail");
            long volunteer = created.jsonPath().getLong("id");
            var events = Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", volunteer)
                    .get("/api/v1/audit-events").then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].action", equalTo("CREATE"))
                    .body("items[0].after.idNumberMasked", equalTo(IdNumber.mask(id)))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(events.contains(id) || events.contains("13812345678"), "no full numbers in the audit log");
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/status-history", volunteer)
                    .then().statusCode(200).body("toStatus", contains("REGISTERED")).body("[0].fromStatus", nullValue());
        }

        @Test
        @DisplayName("lists are masked, paged by id and filtered by subtree, category, status, area, age and text")
        void listAndFilters() {
            String phoneOwnerId = idNumber(81, true);
            long a = create(tree.adminToken(), body(tree.village1a, "张建国", phoneOwnerId)).getLong("id");
            Map<String, Object> second = body(tree.village1b, "王桂兰", idNumber(66, false));
            second.put("categories", List.of("CADRE", "MODEL"));
            second.put("activityAreas", List.of("CARE"));
            second.put("phone", "0436-3221234");
            long b = create(tree.adminToken(), second).getLong("id");
            long c = create(tree.adminToken(), body(tree.village2a, "赵振华", idNumber(75, true))).getLong("id");
            status(tree.adminToken(), c, "CONTACTED", "电话联系");

            // Ordered by home unit, then by registration; which village comes first follows the unit ids.
            Api.as(tree.adminToken()).get("/api/v1/volunteers").then().statusCode(200)
                    .body("items.id", containsInAnyOrder((int) a, (int) b, (int) c))
                    .body("items.find { it.id == " + a + " }.idNumberMasked", equalTo(IdNumber.mask(phoneOwnerId)))
                    .body("items.find { it.id == " + a + " }.phoneMasked", equalTo("138****5678"))
                    .body("items.find { it.id == " + b + " }.phoneMasked", equalTo("0436-***1234"))
                    .body("items.find { it.id == " + a + " }.unit.name", equalTo("甲村"));
            var first = Api.as(tree.adminToken()).queryParam("limit", 2).get("/api/v1/volunteers").then().statusCode(200)
                    .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().jsonPath();
            var rest = Api.as(tree.adminToken()).queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                    .get("/api/v1/volunteers").then().statusCode(200)
                    .body("items", hasSize(1)).body("nextCursor", nullValue()).extract().jsonPath();
            List<Integer> paged = new java.util.ArrayList<>(first.getList("items.id", Integer.class));
            paged.addAll(rest.getList("items.id", Integer.class));
            org.hamcrest.MatcherAssert.assertThat(paged, containsInAnyOrder((int) a, (int) b, (int) c));

            Api.as(tree.adminToken()).queryParam("unitId", tree.township1).get("/api/v1/volunteers")
                    .then().body("items.id", containsInAnyOrder((int) a, (int) b));
            Api.as(tree.adminToken()).queryParam("category", "MODEL").get("/api/v1/volunteers").then().body("items.id", contains((int) b));
            Api.as(tree.adminToken()).queryParam("area", "CARE").get("/api/v1/volunteers").then().body("items.id", contains((int) b));
            Api.as(tree.adminToken()).queryParam("status", "CONTACTED").get("/api/v1/volunteers").then().body("items.id", contains((int) c));
            Api.as(tree.adminToken()).queryParam("minAge", 70).get("/api/v1/volunteers").then().body("items.id", contains((int) a, (int) c));
            Api.as(tree.adminToken()).queryParam("minAge", 60).queryParam("maxAge", 75).get("/api/v1/volunteers")
                    .then().body("items.id", containsInAnyOrder((int) b, (int) c));
            Api.as(tree.adminToken()).body(Map.of("q", "桂")).post("/api/v1/volunteers/search").then().statusCode(200).body("items.id", contains((int) b));
            Api.as(tree.adminToken()).body(Map.of("q", "3221234")).post("/api/v1/volunteers/search").then().body("items.id", contains((int) b));
            Api.as(tree.adminToken()).body(Map.of("q", phoneOwnerId.substring(6, 14), "unitId", tree.township1)).post("/api/v1/volunteers/search")
                    .then().body("items.id", contains((int) a));
            Api.as(tree.adminToken()).body(Map.of("minAge", 60, "maxAge", 75, "limit", 1)).post("/api/v1/volunteers/search")
                    .then().body("items", hasSize(1)).body("nextCursor", notNullValue());
            // Wildcards typed by a user are literal: "%" matches nobody here, "_" neither.
            Api.as(tree.adminToken()).body(Map.of("q", "%")).post("/api/v1/volunteers/search").then().statusCode(200).body("items", empty());
            Api.as(tree.adminToken()).body(Map.of("q", "_")).post("/api/v1/volunteers/search").then().statusCode(200).body("items", empty());
            // Search text never travels in a URL.
            Api.as(tree.adminToken()).queryParam("q", "桂").get("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].field", equalTo("q"));
        }

        @Test
        @DisplayName("Paging a subtree by keyset: every person once, grouped by home unit, in registration order within it")
        void keysetPaging() {
            List<Long> registered = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                registered.add(register(i % 2 == 0 ? tree.village1a : tree.village1b, "翻页" + i));
            }
            registered.add(register(tree.township1, "镇上的人"));
            List<Long> seen = new java.util.ArrayList<>();
            List<Long> units = new java.util.ArrayList<>();
            String cursor = null;
            do {
                Map<String, Object> body = new HashMap<>();
                body.put("unitId", tree.township1);
                body.put("limit", 3);
                body.put("cursor", cursor);
                JsonPath page = Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers/search").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.id", Long.class));
                units.addAll(page.getList("items.unit.id", Long.class));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            org.hamcrest.MatcherAssert.assertThat(seen, containsInAnyOrder(registered.toArray()));
            // The township's own people come first (its path is a prefix of its villages'), then village by village.
            org.junit.jupiter.api.Assertions.assertEquals(tree.township1, units.get(0));
            for (int i = 1; i < seen.size(); i++) {
                if (units.get(i).equals(units.get(i - 1))) {
                    org.junit.jupiter.api.Assertions.assertTrue(seen.get(i) > seen.get(i - 1), "registration order within a unit");
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals(3, new java.util.LinkedHashSet<>(units).size(), "each unit's people together");
        }

        @Test
        @DisplayName("POST /volunteers/{id}/reveal returns the full data and is audited with the fields, not their values")
        void reveal() {
            String id = idNumber();
            long volunteer = create(tree.adminToken(), body(tree.village1a, "孙志远", id)).getLong("id");
            Api.as(tree.adminToken()).post("/api/v1/volunteers/{id}/reveal", volunteer).then().statusCode(200)
                    .body("idNumber", equalTo(id))
                    .body("phone", equalTo("13812345678"))
                    .body("address", equalTo("平台镇红星村三组"))
                    .body("health", equalTo("身体健康"));
            String events = Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", volunteer)
                    .get("/api/v1/audit-events").then().statusCode(200)
                    .body("items[0].action", equalTo("REVEAL"))
                    .body("items[0].actor", equalTo(Roles.DISTRICT_ADMIN + "." + tree.code("D")))
                    .body("items[0].after.fields", contains("idNumber", "phone", "address", "health"))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(events.contains(id) || events.contains("13812345678") || events.contains("红星村三组"));
        }

        @Test
        @DisplayName("status moves REGISTERED → CONTACTED → ACTIVE → INACTIVE → ACTIVE → DECEASED, each kept with who, when and a note")
        void statusFunnel() {
            long volunteer = register(tree.village1a, "周德福");
            status(tree.adminToken(), volunteer, "CONTACTED", "登门走访");
            status(tree.adminToken(), volunteer, "ACTIVE", null);
            status(tree.adminToken(), volunteer, "INACTIVE", "住院");
            status(tree.adminToken(), volunteer, "ACTIVE", "康复");
            status(tree.adminToken(), volunteer, "DECEASED", null);
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/status-history", volunteer).then().statusCode(200)
                    .body("toStatus", contains("REGISTERED", "CONTACTED", "ACTIVE", "INACTIVE", "ACTIVE", "DECEASED"))
                    .body("[1].fromStatus", equalTo("REGISTERED"))
                    .body("[1].note", equalTo("登门走访"))
                    .body("[1].changedBy", equalTo(Roles.DISTRICT_ADMIN + "." + tree.code("D")))
                    .body("[1].changedAt", notNullValue());
            Api.as(tree.adminToken()).body(Map.of("status", "ACTIVE")).post("/api/v1/volunteers/{id}/status", volunteer)
                    .then().statusCode(409).body("errors[0].field", equalTo("status"))
                    .body("detail", equalTo("不能把状态从“已故”改为“发挥作用中”。"));
            Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", volunteer).get("/api/v1/audit-events")
                    .then().body("items[0].action", equalTo("STATUS"))
                    .body("items[0].before.status", equalTo("ACTIVE"))
                    .body("items[0].after.status", equalTo("DECEASED"))
                    .body("items.action", hasSize(6)); // CREATE and five changes; the refused one wrote nothing
        }

        @Test
        @DisplayName("a transition outside the funnel (REGISTERED → ACTIVE) is refused with 409 naming it, nothing recorded")
        void invalidTransition() {
            long volunteer = register(tree.village1a, "吴长青");
            Api.as(tree.adminToken()).body(Map.of("status", "ACTIVE", "note", "跳过")).post("/api/v1/volunteers/{id}/status", volunteer)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", equalTo("不能把状态从“已登记”改为“发挥作用中”。"));
            Api.as(tree.adminToken()).header("Accept-Language", "en").body(Map.of("status", "REGISTERED"))
                    .post("/api/v1/volunteers/{id}/status", volunteer)
                    .then().statusCode(409).body("detail", equalTo("The status cannot change from \"registered\" to \"registered\"."));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/status-history", volunteer).then().body("toStatus", contains("REGISTERED"));
        }

        @Test
        @DisplayName("GET /volunteer-counts counts by status, category, area and child unit within the subtree")
        void counts() {
            Map<String, Object> one = body(tree.village1a, "甲一", idNumber());
            one.put("categories", List.of("CADRE", "VETERAN"));
            one.put("activityAreas", List.of("CARE", "COMMITTEE_POST"));
            create(tree.adminToken(), one);
            create(tree.adminToken(), body(tree.village1b, "乙一", idNumber()));
            long gone = create(tree.adminToken(), body(tree.village2a, "丙一", idNumber())).getLong("id");
            create(tree.adminToken(), body(tree.community1, "丁一", idNumber()));
            create(tree.adminToken(), body(tree.district, "区直一", idNumber()));
            status(tree.adminToken(), gone, "WITHDRAWN", "本人申请");

            Api.as(tree.adminToken()).get("/api/v1/volunteer-counts").then().statusCode(200)
                    .body("unit.id", equalTo((int) tree.district))
                    .body("onRegister", equalTo(4))
                    .body("byStatus.find { it.status == 'REGISTERED' }.count", equalTo(4))
                    .body("byStatus.find { it.status == 'WITHDRAWN' }.count", equalTo(1))
                    .body("byCategory.find { it.category == 'TEACHER' }.count", equalTo(3))
                    .body("byCategory.find { it.category == 'CADRE' }.count", equalTo(1))
                    .body("byCategory.find { it.category == 'EXPERT' }.count", equalTo(0))
                    .body("byArea.find { it.area == 'MORAL_EDUCATION' }.count", equalTo(3))
                    .body("byArea.find { it.area == 'CARE' }.count", equalTo(1))
                    .body("atUnitItself", equalTo(1))
                    .body("byChildUnit.find { it.unit.id == " + tree.township1 + " }.count", equalTo(2))
                    .body("byChildUnit.find { it.unit.id == " + tree.township2 + " }.count", equalTo(0))
                    .body("byChildUnit.find { it.unit.id == " + tree.street1 + " }.count", equalTo(1));
            Api.as(tree.adminToken()).queryParam("unitId", tree.township1).get("/api/v1/volunteer-counts").then().statusCode(200)
                    .body("onRegister", equalTo(2))
                    .body("byChildUnit.unit.id", containsInAnyOrder((int) tree.village1a, (int) tree.village1b))
                    .body("byChildUnit.count", contains(1, 1));
        }

        @Test
        @DisplayName("a unit with volunteers on the register cannot be deactivated (409); once they withdraw it can")
        void deactivationBlocked() {
            long volunteer = register(tree.village1b, "郑玉山");
            Api.as(tree.adminToken()).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", tree.village1b)
                    .then().statusCode(409).body("detail", equalTo("单位下还有1 名在册五老，请先处理。"));
            status(tree.adminToken(), volunteer, "WITHDRAWN", "迁出本区");
            Api.as(tree.adminToken()).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", tree.village1b)
                    .then().statusCode(200);
        }

        @Test
        @DisplayName("PUT with the current version updates and audits masked before/after; a stale version is 409")
        void updateAndStale() {
            String id = idNumber();
            long volunteer = create(tree.adminToken(), body(tree.village1a, "冯国强", id)).getLong("id");
            JsonPath current = read(tree.adminToken(), volunteer);
            Map<String, Object> change = updateBody(current, id, tree.village1a);
            change.put("name", "冯国强（老党员）");
            change.put("phone", "0436-6543210");
            Api.as(tree.adminToken()).body(change).put("/api/v1/volunteers/{id}", volunteer).then().statusCode(200)
                    .body("name", equalTo("冯国强（老党员）"))
                    .body("phoneMasked", equalTo("0436-***3210"))
                    .body("hasAddress", equalTo(false));
            Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", volunteer).get("/api/v1/audit-events")
                    .then().body("items[0].action", equalTo("UPDATE"))
                    .body("items[0].before.name", equalTo("冯国强"))
                    .body("items[0].after.phoneMasked", equalTo("0436-***3210"));
            change.put("name", "旧版本");
            Api.as(tree.adminToken()).body(change).put("/api/v1/volunteers/{id}", volunteer)
                    .then().statusCode(409).body("errors[0].field", equalTo("version"));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", volunteer).then().body("name", equalTo("冯国强（老党员）"));
        }

        @Test
        @DisplayName("moving a volunteer to another township moves them and their history for both townships")
        void moveVolunteer() {
            String id = idNumber();
            long volunteer = create(tree.adminToken(), body(tree.village1a, "陈永生", id)).getLong("id");
            String township2 = Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
            Api.as(tree.adminToken()).body(updateBody(read(tree.adminToken(), volunteer), id, tree.village2a))
                    .put("/api/v1/volunteers/{id}", volunteer).then().statusCode(200).body("unit.id", equalTo((int) tree.village2a));
            Api.as(township2).get("/api/v1/volunteers/{id}/status-history", volunteer).then().statusCode(200).body("toStatus", contains("REGISTERED"));
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}", volunteer).then().statusCode(404);
            Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", volunteer).get("/api/v1/audit-events")
                    .then().body("items[0].action", equalTo("MOVE"));
        }

        @Test
        @DisplayName("moving a village to another township carries its volunteers and their history along")
        void subtreeMoveCarriesVolunteers() {
            long volunteer = register(tree.village2a, "黄振邦");
            long version = Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village2a).then().extract().jsonPath().getLong("version");
            Api.as(tree.adminToken()).body(Map.of("newParentId", tree.township1, "version", version))
                    .post("/api/v1/org-units/{id}/move", tree.village2a).then().statusCode(200);
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}", volunteer).then().statusCode(200);
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}/status-history", volunteer).then().statusCode(200).body("", hasSize(1));
            Api.as(Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"))).get("/api/v1/volunteers/{id}", volunteer).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("As district viewer (read-only leader)")
    class AsDistrictViewer {

        @Test
        @DisplayName("reads lists and details, masked")
        void readsMasked() {
            long volunteer = register(tree.village1a, "钱学忠");
            Api.as(tree.viewerToken()).get("/api/v1/volunteers").then().statusCode(200)
                    .body("items.id", contains((int) volunteer)).body("items[0].phoneMasked", equalTo("138****5678"));
            Api.as(tree.viewerToken()).get("/api/v1/volunteers/{id}", volunteer).then().statusCode(200)
                    .body("idNumberMasked", containsString("********"));
        }

        @Test
        @DisplayName("POST /volunteers/{id}/reveal returns 403 and records nothing")
        void cannotReveal() {
            long volunteer = register(tree.village1a, "钱学文");
            Api.as(tree.viewerToken()).post("/api/v1/volunteers/{id}/reveal", volunteer).then().statusCode(403)
                    .contentType("application/problem+json");
            audit(volunteer).getList("items.action").forEach(action -> org.junit.jupiter.api.Assertions.assertNotEquals("REVEAL", action));
        }

        @Test
        @DisplayName("may not register, change or move anyone: 403")
        void cannotWrite() {
            long volunteer = register(tree.village1a, "钱学武");
            Api.as(tree.viewerToken()).body(body(tree.village1a, "某人", idNumber())).post("/api/v1/volunteers").then().statusCode(403);
            Api.as(tree.viewerToken()).body(Map.of("status", "CONTACTED")).post("/api/v1/volunteers/{id}/status", volunteer).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("registers, reads and reveals within its township")
        void ownTownship() {
            String id = idNumber();
            long volunteer = create(tree.township1Token(), body(tree.village1b, "何光明", id)).getLong("id");
            Api.as(tree.township1Token()).get("/api/v1/volunteers").then().body("items.id", contains((int) volunteer));
            Api.as(tree.township1Token()).post("/api/v1/volunteers/{id}/reveal", volunteer).then().statusCode(200).body("idNumber", equalTo(id));
        }

        @Test
        @DisplayName("another township's volunteer is 404 for reads and writes alike, and absent from lists")
        void otherTownshipIsInvisible() {
            long other = register(tree.village2a, "罗成");
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}", other).then().statusCode(404)
                    .body("detail", equalTo("找不到这位五老，或您无权查看。"));
            Api.as(tree.township1Token()).post("/api/v1/volunteers/{id}/reveal", other).then().statusCode(404);
            Api.as(tree.township1Token()).get("/api/v1/volunteers/{id}/status-history", other).then().statusCode(404);
            Api.as(tree.township1Token()).body(Map.of("status", "CONTACTED")).post("/api/v1/volunteers/{id}/status", other).then().statusCode(404);
            Api.as(tree.township1Token()).get("/api/v1/volunteers").then().body("items", empty());
            Api.as(tree.township1Token()).body(Map.of("q", "罗")).post("/api/v1/volunteers/search").then().statusCode(200).body("items", empty());
            Api.as(tree.township1Token()).queryParam("unitId", tree.township2).get("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].field", equalTo("unitId"));
        }

        @Test
        @DisplayName("moving its volunteer to a unit outside its scope is refused (404), unknown units 400; nothing changes")
        void moveOutOfScope() {
            String id = idNumber();
            long volunteer = create(tree.township1Token(), body(tree.village1a, "马兴旺", id)).getLong("id");
            JsonPath current = read(tree.township1Token(), volunteer);
            Api.as(tree.township1Token()).body(updateBody(current, id, tree.village2a)).put("/api/v1/volunteers/{id}", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            Api.as(tree.township1Token()).body(updateBody(current, id, 987654321L)).put("/api/v1/volunteers/{id}", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            Api.as(tree.township1Token()).body(body(tree.village2a, "越界", idNumber())).post("/api/v1/volunteers")
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", volunteer).then().body("unit.id", equalTo((int) tree.village1a));
            Api.as(tree.adminToken()).queryParam("unitId", tree.township2).get("/api/v1/volunteers").then().body("items", empty());
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("registers in its own village and sees only its own village")
        void ownVillageOnly() {
            long own = create(tree.village1aToken(), body(tree.village1a, "林秀珍", idNumber(68, false))).getLong("id");
            long sibling = register(tree.village1b, "林秀兰");
            Api.as(tree.village1aToken()).get("/api/v1/volunteers").then().body("items.id", contains((int) own));
            Api.as(tree.village1aToken()).get("/api/v1/volunteers/{id}", sibling).then().statusCode(404);
            Api.as(tree.village1aToken()).post("/api/v1/volunteers/{id}/reveal", own).then().statusCode(200);
            Api.as(tree.village1aToken()).get("/api/v1/volunteer-counts").then().statusCode(200).body("onRegister", equalTo(1));
        }

        @Test
        @DisplayName("registering in the sibling village is refused like an unknown unit (404)")
        void siblingVillage() {
            Api.as(tree.village1aToken()).body(body(tree.village1b, "越界", idNumber())).post("/api/v1/volunteers")
                    .then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        }
    }

    @Nested
    @DisplayName("As the city system (city-api)")
    class AsCityApi {

        @Test
        @DisplayName("lists, details and reveals are 403: the city never receives personal data")
        void noPersonalData() {
            long volunteer = register(tree.village1a, "城市看不到");
            Api.as(tree.cityToken()).get("/api/v1/volunteers").then().statusCode(403).contentType("application/problem+json");
            Api.as(tree.cityToken()).get("/api/v1/volunteers/{id}", volunteer).then().statusCode(403);
            Api.as(tree.cityToken()).post("/api/v1/volunteers/{id}/reveal", volunteer).then().statusCode(403);
            Api.as(tree.cityToken()).get("/api/v1/volunteers/{id}/status-history", volunteer).then().statusCode(403);
        }

        @Test
        @DisplayName("GET /volunteer-counts is 200: counts carry no personal data")
        void counts() {
            register(tree.village1a, "计数一");
            register(tree.village2a, "计数二");
            Api.as(tree.cityToken()).get("/api/v1/volunteer-counts").then().statusCode(200)
                    .body("onRegister", equalTo(2))
                    .body("byChildUnit.find { it.unit.id == " + tree.township1 + " }.count", equalTo(1));
        }
    }

    @Nested
    @DisplayName("Without a valid token")
    class AsAnonymous {

        @Test
        @DisplayName("no token: 401 on every volunteers endpoint")
        void missing() {
            Api.anonymous().get("/api/v1/volunteers").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
            Api.anonymous().get("/api/v1/volunteer-counts").then().statusCode(401);
            Api.anonymous().post("/api/v1/volunteers/{id}/reveal", 1).then().statusCode(401);
        }
    }

    @Nested
    @DisplayName("Bad input: a clear problem, nothing written")
    class BadInput {

        private void nothingRegistered() {
            Api.as(tree.adminToken()).get("/api/v1/volunteers").then().body("items", empty());
        }

        private void refused(Map<String, Object> body, int status, String field, String message) {
            Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers")
                    .then().statusCode(status).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo(message));
        }

        @Test
        @DisplayName("a deactivated home unit: 409 on unitId, as for accounts")
        void inactiveUnit() {
            Api.as(tree.adminToken()).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", tree.village1b)
                    .then().statusCode(200);
            refused(body(tree.village1b, "孙德明", idNumber()), 409, "unitId", "所属单位已停用，不能在其中登记人员或开设账号。");
            nothingRegistered();
        }

        @Test
        @DisplayName("an ID number with a wrong check character")
        void wrongCheckDigit() {
            String good = idNumber();
            String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
            refused(body(tree.village1a, "某人", bad), 400, "idNumber", "身份证号校验位不对，请核对是否抄错。");
            nothingRegistered();
        }

        @Test
        @DisplayName("an ID number whose birth date is impossible (1999-02-31) or in the future")
        void badBirthDates() {
            String impossible = "22080219990231123";
            refused(body(tree.village1a, "某人", impossible + IdNumber.checkChar(impossible)), 400, "idNumber",
                    "身份证号中的出生日期不存在，请核对。");
            String future = "220802" + TODAY.plusDays(1).toString().replace("-", "") + "123";
            refused(body(tree.village1a, "某人", future + IdNumber.checkChar(future)), 400, "idNumber",
                    "身份证号中的出生日期在今天之后，请核对。");
            refused(body(tree.village1a, "某人", "22080219500101123"), 400, "idNumber",
                    "身份证号须为 18 位：前 17 位是数字，最后一位是数字或 X。");
            nothingRegistered();
        }

        @Test
        @DisplayName("a birth date or gender that disagrees with the ID number is refused naming the field")
        void disagreeing() {
            String id = idNumber(70, true);
            Map<String, Object> body = body(tree.village1a, "某人", id);
            body.put("birthDate", "1950-01-01");
            Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].field", equalTo("birthDate"))
                    .body("errors[0].message", startsWith("出生日期与身份证号不一致"));
            body.remove("birthDate");
            body.put("gender", "FEMALE");
            refused(body, 400, "gender", "性别与身份证号不一致（身份证号中为男）。");
            nothingRegistered();
        }

        @Test
        @DisplayName("a person younger than 50 needs confirmYoung: without it 400 on birthDate asking to confirm, with it 201")
        void youngPerson() {
            Map<String, Object> body = body(tree.village1a, "年轻人", idNumber(45, true));
            Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].field", equalTo("birthDate"))
                    .body("errors[0].message", equalTo("此人只有 45 岁，不满 50 岁。如确需登记，请勾选“确认登记”后再提交。"));
            nothingRegistered();
            body.put("confirmYoung", true);
            Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers").then().statusCode(201).body("age", equalTo(45));
        }

        @Test
        @DisplayName("an ID number already on the register is 409 on idNumber, also when its holder is outside the caller's scope")
        void duplicate() {
            String id = idNumber();
            long holder = create(tree.adminToken(), body(tree.village2a, "原登记人", id)).getLong("id");
            refused(body(tree.village1a, "重复", id), 409, "idNumber", "身份证号 " + IdNumber.mask(id) + " 已经登记在册，不能重复登记。");
            // Lower-case x and blanks are the same number.
            Api.as(tree.township1Token()).body(body(tree.village1a, "重复", " " + id.toLowerCase() + " ")).post("/api/v1/volunteers")
                    .then().statusCode(409).body("errors[0].field", equalTo("idNumber"))
                    .body("errors[0].message", not(containsString("原登记人")));
            TestTree other = TestTree.build();
            String answer = Api.as(other.adminToken()).body(body(other.village1a, "外区重复", id)).post("/api/v1/volunteers")
                    .then().statusCode(409).body("errors[0].field", equalTo("idNumber"))
                    .extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(answer.contains("原登记人") || answer.contains("甲村") || answer.contains("丙村"),
                    "the holder outside the caller's scope is not named: " + answer);
            Api.as(tree.adminToken()).get("/api/v1/volunteers").then().body("items.id", contains((int) holder));
        }

        @Test
        @DisplayName("status, history, audit and version fields cannot be mass-assigned: 400 naming the field")
        void massAssignment() {
            for (String field : List.of("status", "statusHistory", "createdBy", "updatedAt", "version", "id", "orgPath", "statusChangedAt")) {
                Map<String, Object> body = body(tree.village1a, "某人", idNumber());
                body.put(field, field.equals("version") || field.equals("id") ? 3 : "ACTIVE");
                Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers")
                        .then().statusCode(400).body("errors[0].field", equalTo(field));
            }
            nothingRegistered();
            String id = idNumber();
            long volunteer = create(tree.adminToken(), body(tree.village1a, "某人", id)).getLong("id");
            Map<String, Object> update = updateBody(read(tree.adminToken(), volunteer), id, tree.village1a);
            update.put("status", "DECEASED");
            Api.as(tree.adminToken()).body(update).put("/api/v1/volunteers/{id}", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("status"));
            Api.as(tree.adminToken()).body(Map.of("status", "CONTACTED", "changedBy", "someone"))
                    .post("/api/v1/volunteers/{id}/status", volunteer).then().statusCode(400).body("errors[0].field", equalTo("changedBy"));
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", volunteer).then().body("status", equalTo("REGISTERED"));
        }

        @Test
        @DisplayName("malformed JSON, a missing name, a bad phone and an unknown category")
        void malformed() {
            Api.as(tree.adminToken()).body("{\"unitId\": 1, \"name\": ").post("/api/v1/volunteers")
                    .then().statusCode(400).body("type", equalTo("urn:ggw:problem:malformed-json"));
            Map<String, Object> noName = body(tree.village1a, null, idNumber());
            noName.remove("name");
            Api.as(tree.adminToken()).body(noName).post("/api/v1/volunteers").then().statusCode(400).body("errors.field", hasItem("name"));
            Map<String, Object> badPhone = body(tree.village1a, "某人", idNumber());
            badPhone.put("phone", "12345");
            refused(badPhone, 400, "phone", "电话号码格式不对：手机号为 11 位（如 13812345678），座机须带区号（如 0436-3221234）。");
            Map<String, Object> badCategory = body(tree.village1a, "某人", idNumber());
            badCategory.put("categories", List.of("HERO"));
            Api.as(tree.adminToken()).body(badCategory).post("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].field", startsWith("categories"));
            nothingRegistered();
        }

        @Test
        @DisplayName("answers in English when asked")
        void english() {
            String good = idNumber();
            String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
            Api.as(tree.adminToken()).header("Accept-Language", "en-US,en;q=0.9").body(body(tree.village1a, "某人", bad))
                    .post("/api/v1/volunteers").then().statusCode(400)
                    .header("Content-Language", "en")
                    .body("errors[0].field", equalTo("idNumber"))
                    .body("errors[0].message", equalTo("The check character of this ID number is wrong; please check for a typo."));
            Map<String, Object> young = body(tree.village1a, "某人", idNumber(40, false));
            Api.as(tree.adminToken()).header("Accept-Language", "en").body(young).post("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].message", equalTo("This person is only 40, younger than 50. To register them anyway, confirm it and submit again."));
        }

        @Test
        @DisplayName("changing the ID number on update is checked like on create: young needs confirmation, duplicates are 409")
        void updateChecksIdNumber() {
            String id = idNumber();
            String taken = idNumber();
            create(tree.adminToken(), body(tree.village1b, "已登记", taken));
            long volunteer = create(tree.adminToken(), body(tree.village1a, "改号人", id)).getLong("id");
            JsonPath current = read(tree.adminToken(), volunteer);
            Api.as(tree.adminToken()).body(updateBody(current, taken, tree.village1a)).put("/api/v1/volunteers/{id}", volunteer)
                    .then().statusCode(409).body("errors[0].field", equalTo("idNumber"));
            Api.as(tree.adminToken()).body(updateBody(current, idNumber(30, true), tree.village1a)).put("/api/v1/volunteers/{id}", volunteer)
                    .then().statusCode(400).body("errors[0].field", equalTo("birthDate"));
            // Its own number again is no duplicate.
            Api.as(tree.adminToken()).body(updateBody(current, id, tree.village1a)).put("/api/v1/volunteers/{id}", volunteer)
                    .then().statusCode(200);
        }

        @Test
        @DisplayName("unknown ids, bad filters and forged cursors")
        void badQueries() {
            Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", 987654321L).then().statusCode(404);
            Api.as(tree.adminToken()).queryParam("status", "ALIVE").get("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].field", equalTo("status")).body("errors[0].message", equalTo("不认识的取值“ALIVE”。"));
            Api.as(tree.adminToken()).queryParam("minAge", 80).queryParam("maxAge", 60).get("/api/v1/volunteers")
                    .then().statusCode(400).body("errors[0].field", equalTo("maxAge"));
            Api.as(tree.adminToken()).queryParam("cursor", "!!!").get("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
            // Well-formed base64, but not a position we wrote (an id alone, or a path with SQL in it).
            for (String forged : List.of("12345", "1.2/x", "1' or '1'='1/5")) {
                String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Api.as(tree.adminToken()).body(Map.of("cursor", cursor)).post("/api/v1/volunteers/search").then().statusCode(400)
                        .body("errors[0].field", equalTo("cursor"));
            }
            Api.as(tree.adminToken()).queryParam("limit", 500).get("/api/v1/volunteers").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
    }
}
