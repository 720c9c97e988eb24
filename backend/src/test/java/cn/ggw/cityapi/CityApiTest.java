package cn.ggw.cityapi;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CityApiTest {

    /** Every body the city system received in this class: checked for ID numbers and phone numbers at the end. */
    static final List<String> CITY_BODIES = new ArrayList<>();
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    /** Requests as the city system, every answer recorded. */
    static io.restassured.specification.RequestSpecification city(String token) {
        Filter record = (request, response, ctx) -> {
            Response r = ctx.next(request, response);
            synchronized (CITY_BODIES) {
                CITY_BODIES.add(r.asString());
            }
            return r;
        };
        return Api.as(token).filter(record);
    }

    @AfterAll
    static void noPersonalData() {
        assertFalse(CITY_BODIES.isEmpty());
        for (String body : CITY_BODIES) {
            Matcher id = ID_NUMBER.matcher(body);
            assertFalse(id.find(), () -> "an ID number in an answer to the city system: " + body);
            assertFalse(PHONE.matcher(body).find(), () -> "a phone number in an answer to the city system: " + body);
        }
    }

    long unitId(String code) {
        return Api.as(tree.adminToken()).get("/api/v1/org-unit-codes/{code}", code).then().statusCode(200).extract().jsonPath().getLong("id");
    }

    // ---- stable keys -----------------------------------------------------------------------

    @Test
    @DisplayName("GET /figures?unitCode= answers like ?unitId=; an unknown code or one outside the token's scope is 404 problem+json; a malformed one or one naming another unit than unitId is 400")
    void figuresByCode() {
        String cityToken = tree.cityToken();
        TestPeople.register(tree.adminToken(), tree.village1a, "甲一");
        JsonPath byCode = city(cityToken).queryParam("unitCode", tree.code("T1")).queryParam("depth", 1).queryParam("line", "VOLUNTEERS")
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(tree.code("T1"), byCode.getString("unit.code"));
        assertEquals(1, byCode.getLong("units.find { it.unit.code == '" + tree.code("V1A") + "' }.counts['volunteers.onRegister']"));

        city(cityToken).queryParam("unitCode", "NOSUCH999").get("/api/v1/figures").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:ggw:problem:not-found"));
        TestTree other = TestTree.build();
        city(cityToken).queryParam("unitCode", other.code("D")).get("/api/v1/figures").then().statusCode(404);
        city(cityToken).queryParam("unitCode", other.code("T1")).get("/api/v1/city/figures").then().statusCode(404);
        city(cityToken).queryParam("unitCode", "22 08").get("/api/v1/figures").then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        city(cityToken).queryParam("unitCode", tree.code("T1")).queryParam("unitId", tree.township2).get("/api/v1/figures")
                .then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
    }

    @Test
    @DisplayName("GET /org-unit-codes/{code} and ?parentCode= address units by code, scoped like ids")
    void hierarchyByCode() {
        Api.as(tree.township1Token()).get("/api/v1/org-unit-codes/{code}", tree.code("V1A")).then().statusCode(200)
                .body("id", equalTo((int) tree.village1a)).body("code", equalTo(tree.code("V1A")));
        Api.as(tree.township1Token()).get("/api/v1/org-unit-codes/{code}", tree.code("V2A")).then().statusCode(404);
        Api.as(tree.adminToken()).queryParam("parentCode", tree.code("T1")).get("/api/v1/org-units").then().statusCode(200)
                .body("items.code", equalTo(List.of(tree.code("V1A"), tree.code("V1B"))));
        Api.as(tree.township1Token()).queryParam("parentCode", tree.code("T2")).get("/api/v1/org-units").then().statusCode(404);
    }

    // ---- bulk figures ----------------------------------------------------------------------

    @Test
    @DisplayName("GET /city/figures gives every unit down to villages with codes, all lines, an as-of time, and withholds counts of 1–2 people (and the sibling that would give one away)")
    void bulkFigures() {
        String admin = tree.adminToken();
        for (int i = 0; i < 4; i++) {
            TestPeople.register(admin, tree.village1a, "甲" + i);
        }
        TestPeople.register(admin, tree.village1b, "乙一");
        for (int i = 0; i < 3; i++) {
            TestPeople.register(admin, tree.community1, "丁" + i);
        }
        JsonPath bulk = city(tree.cityToken()).queryParam("unitCode", tree.code("D")).queryParam("downTo", "VILLAGE")
                .get("/api/v1/city/figures").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", equalTo("private, no-cache"))
                .body("unitCode", equalTo(tree.code("D")))
                .body("suppressionThreshold", equalTo(3))
                .body("asOf", notNullValue())
                .body("units", hasSize(8))
                .body("definitions.line", hasItem("COMMITTEES"))
                .body("definitions.line", hasItem("VOLUNTEERS"))
                .extract().jsonPath();
        String unit = "units.find { it.code == '%s' }";
        assertEquals(8, bulk.getLong(unit.formatted(tree.code("D")) + ".counts['volunteers.onRegister']"));
        assertEquals(5, bulk.getLong(unit.formatted(tree.code("T1")) + ".counts['volunteers.onRegister']"));
        assertEquals(tree.code("T1"), bulk.getString(unit.formatted(tree.code("V1B")) + ".parentCode"));
        assertNull(bulk.get(unit.formatted(tree.code("V1B")) + ".counts['volunteers.onRegister']"));
        assertTrue(bulk.getList(unit.formatted(tree.code("V1B")) + ".suppressed").contains("volunteers.onRegister"));
        assertTrue(bulk.getList(unit.formatted(tree.code("V1B")) + ".suppressed").contains("volunteers.activeShare"));
        // 4 alone would give the 1 back (5 − 4): withheld too.
        assertNull(bulk.get(unit.formatted(tree.code("V1A")) + ".counts['volunteers.onRegister']"));
        assertEquals(3, bulk.getLong(unit.formatted(tree.code("C1")) + ".counts['volunteers.onRegister']"));
        assertEquals(0, bulk.getLong(unit.formatted(tree.code("V2A")) + ".counts['volunteers.onRegister']"));
        assertNotNull(bulk.get(unit.formatted(tree.code("V2A")) + ".counts['committees.teams']"));

        city(tree.cityToken()).queryParam("downTo", "TOWNSHIP").get("/api/v1/city/figures").then().statusCode(200).body("units", hasSize(4));
        city(tree.cityToken()).queryParam("unitCode", tree.code("V1A")).queryParam("downTo", "TOWNSHIP").get("/api/v1/city/figures")
                .then().statusCode(400).body("errors[0].field", equalTo("downTo"));
        city(tree.cityToken()).queryParam("downTo", "STREET").get("/api/v1/city/figures").then().statusCode(400).body("errors[0].field", equalTo("downTo"));
        city(tree.cityToken()).queryParam("to", TestPeople.TODAY.plusDays(1).toString()).get("/api/v1/city/figures").then().statusCode(400);
    }

    // ---- sync --------------------------------------------------------------------------------

    @Test
    @DisplayName("An unchanged poll answers 304 to If-None-Match on figures, definitions and lists; a change gives a new ETag")
    void conditionalRequests() {
        String token = tree.cityToken();
        for (String path : List.of("/api/v1/city/figures", "/api/v1/figures", "/api/v1/figure-definitions", "/api/v1/org-units")) {
            String etag = city(token).get(path).then().statusCode(200).extract().header("ETag");
            assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "a strong ETag: " + etag);
            city(token).header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));
            city(token).header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        }
        String before = city(token).get("/api/v1/city/figures").then().statusCode(200).extract().header("ETag");
        TestPeople.register(tree.adminToken(), tree.village2a, "丙一");
        city(token).header("If-None-Match", before).get("/api/v1/city/figures").then().statusCode(200);
    }

    List<Map<String, Object>> pullAll(String token, String[] cursorOut) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = cursorOut[0];
        boolean more = true;
        int guard = 0;
        while (more && guard++ < 50) {
            var request = city(token).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/city/unit-changes").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            assertNotNull(cursor);
            more = page.getBoolean("hasMore");
        }
        cursorOut[0] = cursor;
        return all;
    }

    @Test
    @DisplayName("GET /city/unit-changes: a full read of the scope, then nothing (304), then the changes in order with tombstones for moves, deactivations and deletions")
    void changeFeed() throws Exception {
        String token = tree.cityToken();
        String[] cursor = {null};
        List<Map<String, Object>> first = pullAll(token, cursor);
        assertEquals(8, first.size());
        Map<String, Object> top = first.stream().filter(i -> tree.code("D").equals(i.get("code"))).findFirst().orElseThrow();
        assertEquals("CREATED", top.get("change"));
        assertTrue(first.stream().allMatch(i -> i.get("unit") != null));

        String etag = city(token).queryParam("cursor", cursor[0]).get("/api/v1/city/unit-changes").then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", equalTo(cursor[0])).body("hasMore", equalTo(false))
                .extract().header("ETag");
        city(token).queryParam("cursor", cursor[0]).header("If-None-Match", etag).get("/api/v1/city/unit-changes").then().statusCode(304);

        String admin = tree.adminToken();
        long version = Api.as(admin).get("/api/v1/org-units/{id}", tree.village2a).then().extract().jsonPath().getLong("version");
        Api.as(admin).body(Map.of("code", tree.code("V2X"), "name", "丙村新", "sortOrder", 5, "version", version))
                .put("/api/v1/org-units/{id}", tree.village2a).then().statusCode(200);
        long v1b = Api.as(admin).get("/api/v1/org-units/{id}", tree.village1b).then().extract().jsonPath().getLong("version");
        Api.as(admin).body(Map.of("newParentId", tree.township2, "version", v1b)).post("/api/v1/org-units/{id}/move", tree.village1b)
                .then().statusCode(200);
        Api.as(admin).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", tree.community1).then().statusCode(200);
        long doomed = TestTree.create(admin, tree.street1, tree.code("C9"), "戊社区", "COMMUNITY");
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("delete from org_unit where id = ?")) {
            s.setLong(1, doomed);
            assertEquals(1, s.executeUpdate());
        }

        List<Map<String, Object>> changes = pullAll(token, cursor);
        List<String> seen = changes.stream().map(i -> i.get("change") + " " + i.get("code")).toList();
        assertEquals(List.of("UPDATED " + tree.code("V2X"), "MOVED " + tree.code("V1B"), "DEACTIVATED " + tree.code("C1"),
                "CREATED " + tree.code("C9"), "REMOVED " + tree.code("C9")), seen);
        assertEquals(tree.code("V2A"), changes.get(0).get("previousCode"));
        assertEquals(tree.code("T1"), changes.get(1).get("previousParentCode"));
        assertEquals(tree.code("T2"), ((Map<?, ?>) changes.get(1).get("unit")).get("parentCode"));
        assertEquals(false, ((Map<?, ?>) changes.get(2).get("unit")).get("active"));
        assertEquals(null, changes.get(4).get("unit"));

        // updatedSince: the same changes by time; the other tree's feed is not ours.
        city(token).queryParam("updatedSince", Instant.now().minusSeconds(600).toString()).queryParam("limit", 1000)
                .get("/api/v1/city/unit-changes").then().statusCode(200)
                .body("items.code", hasItem(tree.code("V1B")));
        TestTree other = TestTree.build();
        city(other.cityToken()).queryParam("cursor", cursor[0]).get("/api/v1/city/unit-changes").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor")).body("detail", notNullValue());
    }

    @Test
    @DisplayName("The change feed refuses malformed, tampered, foreign and stale cursors, updatedSince in the future, both at once and a page over the cap (400, never an empty page)")
    void feedBadInput() {
        String token = tree.cityToken();
        String[] cursor = {null};
        pullAll(token, cursor);
        String good = cursor[0];
        for (String bad : List.of("abc", "not.base64!", good.substring(0, good.length() - 2) + "AA", good.replace('.', ','))) {
            city(token).queryParam("cursor", bad).get("/api/v1/city/unit-changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
        city(token).queryParam("updatedSince", Instant.now().plusSeconds(3600).toString()).get("/api/v1/city/unit-changes")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        city(token).queryParam("updatedSince", "yesterday").get("/api/v1/city/unit-changes")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        city(token).queryParam("updatedSince", Instant.now().minusSeconds(60).toString()).queryParam("cursor", good)
                .get("/api/v1/city/unit-changes").then().statusCode(400);
        city(token).queryParam("limit", 1001).get("/api/v1/city/unit-changes").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        city(token).queryParam("limit", 0).get("/api/v1/city/unit-changes").then().statusCode(400).body("errors[0].field", equalTo("limit"));

        // Stale: the changes after the cursor were pruned.
        TestTree.create(tree.adminToken(), tree.township2, tree.code("V2B"), "庚村", "VILLAGE");
        Arc.container().instance(UnitChangeFeed.class).get().prune(Instant.now().plusSeconds(1));
        city(token).queryParam("cursor", good).get("/api/v1/city/unit-changes").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor")).body("errors[0].message", containsString("180"));
        // A fresh full read works again after pruning.
        String[] fresh = {null};
        assertEquals(9, pullAll(token, fresh).size());
    }

    @Test
    @DisplayName("Unknown or repeated query parameters are 400 naming them on the operations a sync uses")
    void unknownParameters() {
        String token = tree.cityToken();
        city(token).queryParam("updatedsince", "2026-01-01T00:00:00Z").get("/api/v1/city/unit-changes").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedsince"));
        city(token).queryParam("unitID", 1).get("/api/v1/figures").then().statusCode(400).body("errors[0].field", equalTo("unitID"));
        city(token).queryParam("foo", "bar").get("/api/v1/city/figures").then().statusCode(400);
        Api.as(tree.adminToken()).queryParam("parent", tree.district).get("/api/v1/org-units").then().statusCode(400);
        city(token).queryParam("limit", 1).queryParam("limit", 2).get("/api/v1/city/unit-changes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        city(token).queryParam("line", "VOLUNTEERS").queryParam("line", "COMMITTEES").get("/api/v1/city/figures").then().statusCode(200);
    }

    // ---- access and limits ---------------------------------------------------------------------

    @Test
    @DisplayName("Scope and roles: another district's city token gets 404; staff below district level may not read the feed; bad tokens 401")
    void access() {
        TestTree other = TestTree.build();
        city(other.cityToken()).queryParam("unitCode", tree.code("D")).get("/api/v1/city/figures").then().statusCode(404);
        city(other.cityToken()).get("/api/v1/org-unit-codes/{code}", tree.code("T1")).then().statusCode(404);
        Api.as(tree.township1Token()).get("/api/v1/city/unit-changes").then().statusCode(403);
        Api.as(tree.township1Token()).queryParam("downTo", "VILLAGE").get("/api/v1/city/figures").then().statusCode(200)
                .body("unitCode", equalTo(tree.code("T1"))).body("units", hasSize(3));
        Api.as(Tokens.expired(Roles.CITY_API, tree.code("D"))).get("/api/v1/city/figures").then().statusCode(401);
        Api.as(Tokens.forged(Roles.CITY_API, tree.code("D"))).get("/api/v1/city/figures").then().statusCode(401);
        Api.as(Tokens.wrongAudience(Roles.CITY_API, tree.code("D"))).get("/api/v1/city/figures").then().statusCode(401);
        // A machine token never reads a person.
        city(tree.cityToken()).get("/api/v1/volunteers").then().statusCode(403);
    }

    @Test
    @DisplayName("A burst over the client's allowance answers 429 with Retry-After; every answer carries the RateLimit headers")
    void rateLimit() {
        String token = tree.cityToken();
        city(token).get("/api/v1/figure-definitions").then().statusCode(200)
                .header("RateLimit-Limit", equalTo("40")).header("RateLimit-Policy", equalTo("40;w=60"))
                .header("RateLimit-Remaining", notNullValue());
        Response limited = null;
        for (int i = 0; i < 60 && limited == null; i++) {
            Response r = city(token).get("/api/v1/figure-definitions");
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertEquals(200, r.statusCode());
            }
        }
        assertNotNull(limited, "a burst of 60 requests exceeds 40 per minute");
        limited.then().contentType("application/problem+json").body("type", equalTo("urn:ggw:problem:rate-limited"))
                .header("Retry-After", notNullValue()).header("RateLimit-Remaining", equalTo("0"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        // Another client is not affected; people are not limited.
        city(tree.cityToken()).get("/api/v1/figure-definitions").then().statusCode(200);
        Api.as(tree.adminToken()).get("/api/v1/figure-definitions").then().statusCode(200).header("RateLimit-Limit", nullValue());
    }

    @Test
    @DisplayName("The contract documents the client-credentials scheme with its token URL, the city-api role and org_unit claim, 304 and 429")
    void contract() {
        JsonPath spec = io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals(CityApiContract.TOKEN_URL, spec.getString("components.securitySchemes.cityClientCredentials.flows.clientCredentials.tokenUrl"));
        assertTrue(spec.getString("components.securitySchemes.cityClientCredentials.description").contains("org_unit"));
        Map<String, Object> get = spec.getMap("paths.'/api/v1/city/figures'.get");
        assertTrue(((Map<?, ?>) get.get("responses")).containsKey("304"));
        assertTrue(((Map<?, ?>) get.get("responses")).containsKey("429"));
        assertTrue(get.get("description").toString().contains("city-api"));
        assertEquals(1000, spec.getInt("paths.'/api/v1/city/unit-changes'.get.parameters.find { it.name == 'limit' }.schema.maximum"));
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
