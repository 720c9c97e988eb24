package cn.ggw.rules;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestImages;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HeaderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.rules.RuleTestSupport.body;
import static cn.ggw.rules.RuleTestSupport.clause;
import static cn.ggw.rules.RuleTestSupport.publishedRule;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Evidence recorded by units, compliance, the year-end inspection and the rules line's figures. */
@QuarkusTest
class EvidenceInspectionTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    TestTree tree;
    long ruleId;

    @BeforeEach
    void setUp() {
        tree = TestTree.build();
        ruleId = publishedRule(tree.adminToken(), "LH-E", "2013-01-01")[0];
    }

    static long photo(String token, long unitId) {
        return Api.as(token)
                .config(RestAssured.config()
                        .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Accept-Language"))
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .contentType(ContentType.MULTIPART)
                .multiPart("file", "例会.jpg", TestImages.jpeg(64, 48), "application/octet-stream")
                .multiPart("unitId", String.valueOf(unitId))
                .post("/api/v1/files").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    Map<String, Object> meeting(String heldOn) {
        Map<String, Object> m = new HashMap<>();
        m.put("ruleId", ruleId);
        m.put("heldOn", heldOn);
        m.put("attendees", "王德明、李秀兰");
        m.put("topics", "学习新制度");
        return m;
    }

    @Test
    @DisplayName("a village records its meeting with a photo from its phone; compliance and figures count it at once; bad input is refused")
    void evidence() {
        String village = tree.village1aToken();
        Map<String, Object> withPhoto = meeting("2013-03-05");
        withPhoto.put("photoIds", List.of(photo(village, tree.village1a)));
        long id = Api.as(village).body(withPhoto).post("/api/v1/rule-evidence").then().statusCode(201)
                .body("unit.id", equalTo((int) tree.village1a)).body("photos", hasSize(1))
                .body("title", containsString("例会制度")).extract().jsonPath().getLong("id");
        Api.as(tree.adminToken()).get("/api/v1/rule-evidence/{id}", id).then().statusCode(200).body("photos[0].name", equalTo("例会.jpg"));
        Api.as(Tokens.of(Roles.VILLAGE_STAFF, tree.code("V1B"))).get("/api/v1/rule-evidence/{id}", id).then().statusCode(404);

        Api.as(village).body(meeting(TODAY.plusDays(1).toString())).post("/api/v1/rule-evidence").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("heldOn"));
        Map<String, Object> other = meeting("2013-04-05");
        other.put("unitId", tree.village1b);
        Api.as(village).body(other).post("/api/v1/rule-evidence").then().statusCode(404);
        Api.as(village).body(meeting("2012-06-05")).post("/api/v1/rule-evidence").then().statusCode(400)
                .body("errors[0].field", equalTo("ruleId"));
        Api.as(tree.viewerToken()).body(meeting("2013-04-05")).post("/api/v1/rule-evidence").then().statusCode(403);
        Api.as(tree.adminToken()).queryParam("unitId", tree.township1).get("/api/v1/rule-evidence").then().statusCode(200)
                .body("items", hasSize(1));

        Api.as(village).queryParam("unitId", tree.village1a).queryParam("year", 2013).get("/api/v1/rule-compliance").then().statusCode(200)
                .body("due", equalTo(12)).body("met", equalTo(1))
                .body("rules[0].code", equalTo("LH-E")).body("rules[0].missing", hasItem("2013-01"))
                .body("rules[0].missing", hasSize(11));

        JsonPath figures = Api.as(tree.adminToken()).queryParam("unitId", tree.district).queryParam("depth", 2)
                .queryParam("from", "2013-01-01").queryParam("to", "2013-12-31").queryParam("line", "RULES")
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(1, count(figures, tree.village1a, "rules.meetingsHeld"));
        assertEquals(12, count(figures, tree.village1a, "rules.obligationsDue"));
        assertEquals(1, count(figures, tree.village1a, "rules.obligationsMet"));
        // The district: one rule in force; 7 units below it bound (2 townships, 1 street, 3 villages, 1 community) × 12 months.
        assertEquals(1, count(figures, tree.district, "rules.rulesInForce"));
        assertEquals(84, count(figures, tree.district, "rules.obligationsDue"));
        assertEquals(1, count(figures, tree.district, "rules.meetingsHeld"));

        // The compliance view is kept between writes: the next meeting recorded moves it at once.
        Api.as(village).body(meeting("2013-04-05")).post("/api/v1/rule-evidence").then().statusCode(201);
        Api.as(village).queryParam("unitId", tree.village1a).queryParam("year", 2013).get("/api/v1/rule-compliance").then().statusCode(200)
                .body("met", equalTo(2)).body("rules[0].missing", hasSize(10));
    }

    static long count(JsonPath figures, long unitId, String key) {
        return figures.getLong("units.find { it.unit.id == " + unitId + " }.counts['" + key + "']");
    }

    @Test
    @DisplayName("an inspection round: scored per unit and rule beside the evidence, ranked, finalised and then frozen; scope per role")
    void inspection() {
        Api.as(tree.village1aToken()).body(meeting("2013-03-05")).post("/api/v1/rule-evidence").then().statusCode(201);
        String admin = tree.adminToken();
        JsonPath round = Api.as(admin).body(Map.of("year", 2013, "maxScore", 10)).post("/api/v1/inspections").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().jsonPath();
        long id = round.getLong("id");
        Api.as(admin).body(Map.of("year", 2013, "maxScore", 10)).post("/api/v1/inspections").then().statusCode(409);
        Api.as(admin).body(Map.of("year", TODAY.getYear() + 1, "maxScore", 10)).post("/api/v1/inspections").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));

        Api.as(admin).body(Map.of("unitId", tree.village1a, "ruleId", ruleId, "score", 9, "findings", "记录齐全"))
                .put("/api/v1/inspections/{id}/scores", id).then().statusCode(200).body("score", equalTo(9));
        Api.as(admin).body(Map.of("unitId", tree.village1b, "ruleId", ruleId, "score", 4))
                .put("/api/v1/inspections/{id}/scores", id).then().statusCode(200);
        Api.as(admin).body(Map.of("unitId", tree.village1a, "ruleId", ruleId, "score", 11))
                .put("/api/v1/inspections/{id}/scores", id).then().statusCode(400).body("errors[0].field", equalTo("score"));
        TestTree other = TestTree.build();
        Api.as(admin).body(Map.of("unitId", other.village1a, "ruleId", ruleId, "score", 5))
                .put("/api/v1/inspections/{id}/scores", id).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        Api.as(admin).body(Map.of("unitId", tree.district, "ruleId", ruleId, "score", 5))
                .put("/api/v1/inspections/{id}/scores", id).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        Api.as(tree.township1Token()).body(Map.of("unitId", tree.village1a, "ruleId", ruleId, "score", 5))
                .put("/api/v1/inspections/{id}/scores", id).then().statusCode(403);

        Api.as(admin).get("/api/v1/inspections/{id}", id).then().statusCode(200)
                .body("units[0].unit.id", equalTo((int) tree.village1a)).body("units[0].rank", equalTo(1))
                .body("units[0].obligationsMet", equalTo(1)).body("units[0].obligationsDue", equalTo(12))
                .body("units.find { it.unit.id == " + tree.village1b + " }.shortfall", equalTo(true))
                .body("units.find { it.unit.id == " + tree.village1b + " }.weakestRules", contains("LH-E"));
        // The ranked view is kept between writes and shared by everyone shown the same part; whether the caller may
        // still score is the caller's own.
        Api.as(admin).get("/api/v1/inspections/{id}", id).then().statusCode(200).body("summary.writable", equalTo(true));
        Api.as(tree.viewerToken()).get("/api/v1/inspections/{id}", id).then().statusCode(200)
                .body("summary.writable", equalTo(false)).body("units[0].unit.id", equalTo((int) tree.village1a));
        Api.as(admin).body(Map.of("unitId", tree.village1b, "ruleId", ruleId, "score", 10))
                .put("/api/v1/inspections/{id}/scores", id).then().statusCode(200);
        Api.as(tree.viewerToken()).get("/api/v1/inspections/{id}", id).then().statusCode(200)
                .body("units[0].unit.id", equalTo((int) tree.village1b))
                .body("units.find { it.unit.id == " + tree.village1b + " }.shortfall", equalTo(false));
        Api.as(tree.village1aToken()).get("/api/v1/inspections/{id}", id).then().statusCode(200)
                .body("units", hasSize(1)).body("units[0].unit.id", equalTo((int) tree.village1a));
        Api.as(tree.village1aToken()).get("/api/v1/inspections/{id}/units/{u}", id, tree.village1b).then().statusCode(404);
        Api.as(tree.village1aToken()).get("/api/v1/inspections/{id}/units/{u}", id, tree.village1a).then().statusCode(200)
                .body("rules[0].due", equalTo(12)).body("rules[0].met", equalTo(1)).body("rules[0].score", equalTo(9));
        Api.as(other.adminToken()).get("/api/v1/inspections/{id}", id).then().statusCode(404);

        long version = Api.as(admin).get("/api/v1/inspections/{id}", id).then().extract().jsonPath().getLong("summary.version");
        Api.as(admin).body(Map.of("version", version)).post("/api/v1/inspections/{id}/finalisation", id).then().statusCode(200)
                .body("status", equalTo("FINAL")).body("writable", equalTo(false));
        Api.as(admin).body(Map.of("unitId", tree.village1a, "ruleId", ruleId, "score", 10))
                .put("/api/v1/inspections/{id}/scores", id).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("已经结束"));
        Api.as(admin).body(Map.of("version", version + 1)).post("/api/v1/inspections/{id}/finalisation", id).then().statusCode(409);
    }
}
