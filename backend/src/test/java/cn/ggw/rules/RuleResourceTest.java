package cn.ggw.rules;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import cn.ggw.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.ggw.rules.RuleTestSupport.body;
import static cn.ggw.rules.RuleTestSupport.clause;
import static cn.ggw.rules.RuleTestSupport.createRule;
import static cn.ggw.rules.RuleTestSupport.publish;
import static cn.ggw.rules.RuleTestSupport.publishedRule;
import static cn.ggw.rules.RuleTestSupport.ruleRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RuleResourceTest {

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    String township2Token() {
        return Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
    }

    List<String> auditActions(String entityType, long id) {
        return Api.as(tree.adminToken()).queryParam("entityType", entityType).queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("draft → consultation (a village comments, the district answers) → published → revised: every version kept, the one in force by date")
        void lifecycle() {
            JsonPath v1 = createRule(tree.adminToken(), "LH-01", body(clause("第一条", "每月召开一次例会。"), clause("第二条", "例会须有记录。")));
            long ruleId = v1.getLong("ruleId");
            assertEquals("DRAFT", v1.getString("status"));
            assertEquals(1, v1.getInt("number"));
            assertEquals("MONTHLY", v1.getString("obligation.frequency"));

            Api.as(tree.adminToken()).post("/api/v1/rule-versions/{id}/consultation", v1.getLong("id")).then().statusCode(200)
                    .body("status", equalTo("CONSULTATION"));
            long comment = Api.as(tree.village1aToken()).body(Map.of("text", "建议写明例会的时间"))
                    .post("/api/v1/rule-versions/{id}/comments", v1.getLong("id")).then().statusCode(201)
                    .body("unit.id", equalTo((int) tree.village1a)).extract().jsonPath().getLong("id");
            Api.as(tree.adminToken()).body(Map.of("answer", "采纳，每月第一周召开"))
                    .post("/api/v1/rule-comments/{id}/answer", comment).then().statusCode(200)
                    .body("answer", equalTo("采纳，每月第一周召开"));
            Api.as(tree.adminToken()).get("/api/v1/rule-versions/{id}/comments", v1.getLong("id")).then().statusCode(200)
                    .body("$", hasSize(1)).body("[0].answeredBy", not(nullValue()));
            // township2 does not see village1a's comment (scope filter).
            Api.as(township2Token()).get("/api/v1/rule-versions/{id}/comments", v1.getLong("id")).then().statusCode(200).body("$", hasSize(0));

            publish(tree.adminToken(), v1.getLong("id"), "2009-04-01");
            long v2 = Api.as(tree.adminToken()).post("/api/v1/rules/{id}/versions", ruleId).then().statusCode(201)
                    .body("number", equalTo(2)).body("status", equalTo("DRAFT")).extract().jsonPath().getLong("id");
            Api.as(tree.adminToken()).post("/api/v1/rules/{id}/versions", ruleId).then().statusCode(409)
                    .contentType("application/problem+json");
            long lock = Api.as(tree.adminToken()).get("/api/v1/rule-versions/{id}", v2).then().extract().jsonPath().getLong("version");
            Map<String, Object> update = ruleRequest("LH-01", "例会制度（修订）",
                    body(clause("第一条", "每月第一周召开一次例会。"), clause("第二条", "例会须有记录。"), clause("第三条", "记录须附照片。")),
                    RuleTestSupport.monthlyMeeting());
            update.remove("code");
            update.put("changeNote", "增加第三条");
            update.put("version", lock);
            Api.as(tree.adminToken()).body(update).put("/api/v1/rule-versions/{id}", v2).then().statusCode(200)
                    .body("title", equalTo("例会制度（修订）")).body("changeNote", equalTo("增加第三条"));
            publish(tree.adminToken(), v2, "2013-07-01");

            Api.as(tree.adminToken()).get("/api/v1/rules/{id}", ruleId).then().statusCode(200)
                    .body("versions.number", contains(2, 1))
                    .body("versions.status", contains("PUBLISHED", "SUPERSEDED"))
                    .body("versions[1].effectiveTo", equalTo("2013-07-01"));
            // The village sees the version in force on each day.
            Api.as(tree.village1aToken()).queryParam("unitId", tree.village1a).queryParam("on", "2010-05-01")
                    .get("/api/v1/rulebook").then().statusCode(200)
                    .body("rules", hasSize(1)).body("rules[0].number", equalTo(1)).body("rules[0].owner.id", equalTo((int) tree.district));
            Api.as(tree.village1aToken()).queryParam("unitId", tree.village1a).queryParam("on", "2013-07-01")
                    .get("/api/v1/rulebook").then().statusCode(200).body("rules[0].number", equalTo(2));
            Api.as(tree.village1aToken()).queryParam("unitId", tree.village1a).queryParam("on", "2009-03-31")
                    .get("/api/v1/rulebook").then().statusCode(200).body("rules", hasSize(0));

            // Clause-level diff: 第一条 changed, 第三条 added, 第二条 the same.
            Api.as(tree.village1aToken()).queryParam("from", v2).queryParam("to", v1.getLong("id"))
                    .get("/api/v1/rule-versions/diff").then().statusCode(200)
                    .body("from.number", equalTo(1)).body("to.number", equalTo(2))
                    .body("titleBefore", equalTo("例会制度"))
                    .body("rows.change", contains("CHANGED", "SAME", "ADDED"))
                    .body("rows[0].before.text", equalTo("每月召开一次例会。"))
                    .body("rows[0].after.text", equalTo("每月第一周召开一次例会。"))
                    .body("rows[2].after.number", equalTo("第三条"))
                    .body("changed", equalTo(1)).body("added", equalTo(1)).body("removed", equalTo(0));

            assertTrue(auditActions("Rule", ruleId).contains("CREATE"));
            assertTrue(auditActions("RuleVersion", v2).containsAll(List.of("DRAFT", "UPDATE", "PUBLISH")));
        }

        @Test
        @DisplayName("publishing with an effective date not after the version in force is a 400 naming effectiveFrom; nothing changes")
        void effectiveBeforeInForce() {
            long[] rule = publishedRule(tree.adminToken(), "LH-02", "2013-07-01");
            long v2 = Api.as(tree.adminToken()).post("/api/v1/rules/{id}/versions", rule[0]).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            long lock = Api.as(tree.adminToken()).get("/api/v1/rule-versions/{id}", v2).then().extract().jsonPath().getLong("version");
            Api.as(tree.adminToken()).header("Accept-Language", "en").body(Map.of("effectiveFrom", "2011-01-01", "version", lock))
                    .post("/api/v1/rule-versions/{id}/publication", v2).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("effectiveFrom"))
                    .body("detail", containsString("2013-07-01"));
            Api.as(tree.adminToken()).body(Map.of("effectiveFrom", "2013-07-01", "version", lock))
                    .post("/api/v1/rule-versions/{id}/publication", v2).then().statusCode(400)
                    .body("errors[0].message", containsString("晚于"));
            Api.as(tree.adminToken()).get("/api/v1/rules/{id}", rule[0]).then().statusCode(200)
                    .body("versions.status", contains("DRAFT", "PUBLISHED"));
        }

        @Test
        @DisplayName("a published version cannot be edited or published again (409); a stale version number is a 409")
        void publishedIsFrozen() {
            long[] rule = publishedRule(tree.adminToken(), "LH-03", "2013-07-01");
            Map<String, Object> update = ruleRequest("x", "改", body(clause("第一条", "改")), null);
            update.remove("code");
            update.put("version", 5);
            Api.as(tree.adminToken()).body(update).put("/api/v1/rule-versions/{id}", rule[1]).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("已经发布"));
            Api.as(tree.adminToken()).body(Map.of("effectiveFrom", "2014-01-01", "version", 5))
                    .post("/api/v1/rule-versions/{id}/publication", rule[1]).then().statusCode(409);
            JsonPath draft = createRule(tree.adminToken(), "LH-04", body(clause("第一条", "甲")));
            update.put("version", draft.getLong("version") + 7);
            Api.as(tree.adminToken()).body(update).put("/api/v1/rule-versions/{id}", draft.getLong("id")).then().statusCode(409)
                    .body("errors[0].field", equalTo("version"));
        }

        @Test
        @DisplayName("a body with <script> and onerror= is stored and returned as plain text; HTML fields in blocks are refused")
        void scriptStaysText() {
            String evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
            long id = createRule(tree.adminToken(), "LH-05", body(clause("第一条", evil))).getLong("id");
            Api.as(tree.adminToken()).get("/api/v1/rule-versions/{id}", id).then().statusCode(200)
                    .body("body.blocks[0].text", equalTo(evil))
                    .body("body.blocks[0]", not(hasItem("html")));
            Api.as(tree.adminToken()).body(ruleRequest("LH-06", "x", Map.of("blocks", List.of(Map.of("type", "PARAGRAPH", "text", "a", "html", "<b>"))), null))
                    .post("/api/v1/rules").then().statusCode(400).contentType("application/problem+json");
            Api.as(tree.adminToken()).body(ruleRequest("LH-06", "x", Map.of("blocks", List.of(Map.of("type", "CLAUSE", "text", "无编号"))), null))
                    .post("/api/v1/rules").then().statusCode(400).body("errors[0].field", equalTo("body.blocks[0].number"));
        }

        @Test
        @DisplayName("bad input: a taken code 409, a bad code, no unit kinds, no title → 400 naming the field; nothing written")
        void badInput() {
            createRule(tree.adminToken(), "LH-07", body(clause("第一条", "甲")));
            Api.as(tree.adminToken()).body(ruleRequest("LH-07", "例会制度", body(clause("第一条", "乙")), null))
                    .post("/api/v1/rules").then().statusCode(409).body("errors[0].field", equalTo("code"));
            Api.as(tree.adminToken()).body(ruleRequest("LH 07 !", "例会制度", body(clause("第一条", "乙")), null))
                    .post("/api/v1/rules").then().statusCode(400).body("errors[0].field", equalTo("code"));
            Map<String, Object> noKinds = ruleRequest("LH-08", "例会制度", body(clause("第一条", "乙")), null);
            noKinds.put("appliesTo", List.of());
            Api.as(tree.adminToken()).body(noKinds).post("/api/v1/rules").then().statusCode(400).body("errors[0].field", equalTo("appliesTo"));
            Api.as(tree.adminToken()).body(ruleRequest("LH-08", " ", body(clause("第一条", "乙")), null))
                    .post("/api/v1/rules").then().statusCode(400).body("errors[0].field", equalTo("title"));
            Api.as(tree.adminToken()).queryParam("ownerUnitId", tree.district).get("/api/v1/rules").then().statusCode(200)
                    .body("code", contains("LH-07"));
        }

        @Test
        @DisplayName("a diff between versions of two different rules is a 400")
        void diffOfTwoRules() {
            long[] a = publishedRule(tree.adminToken(), "LH-09", "2013-07-01");
            long[] b = publishedRule(tree.adminToken(), "LH-10", "2013-07-01");
            Api.as(tree.adminToken()).queryParam("from", a[1]).queryParam("to", b[1]).get("/api/v1/rule-versions/diff")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("reads the district rulebook but cannot change it (403); writes its own, which township2 cannot see (404) and the district can")
        void ownRulebookOnly() {
            long[] district = publishedRule(tree.adminToken(), "LH-11", "2013-07-01");
            Api.as(tree.township1Token()).get("/api/v1/rules/{id}", district[0]).then().statusCode(200).body("writable", equalTo(false));
            Api.as(tree.township1Token()).post("/api/v1/rules/{id}/versions", district[0]).then().statusCode(403)
                    .contentType("application/problem+json");
            Map<String, Object> forDistrict = ruleRequest("T-1", "镇例会制度", body(clause("第一条", "甲")), null);
            forDistrict.put("ownerUnitId", tree.district);
            // The district lies outside the township's scope: like an unknown unit.
            Api.as(tree.township1Token()).body(forDistrict).post("/api/v1/rules").then().statusCode(400)
                    .body("errors[0].field", equalTo("ownerUnitId"));

            long[] own = publishedRule(tree.township1Token(), "T-1", "2014-01-01");
            Api.as(township2Token()).get("/api/v1/rules/{id}", own[0]).then().statusCode(404).contentType("application/problem+json");
            Api.as(township2Token()).get("/api/v1/rule-versions/{id}", own[1]).then().statusCode(404);
            Api.as(tree.adminToken()).get("/api/v1/rules/{id}", own[0]).then().statusCode(200).body("writable", equalTo(true));
            Api.as(tree.adminToken()).queryParam("ownerUnitId", tree.township1).get("/api/v1/rules").then().statusCode(200)
                    .body("code", contains("T-1"));
            // The village of township1 gets both rulebooks; the village of township2 only the district's.
            Api.as(tree.village1aToken()).queryParam("unitId", tree.village1a).queryParam("on", "2014-02-01")
                    .get("/api/v1/rulebook").then().statusCode(200).body("rules.code", contains("LH-11", "T-1"));
            Api.as(Tokens.of(Roles.VILLAGE_STAFF, tree.code("V2A"))).queryParam("unitId", tree.village2a).queryParam("on", "2014-02-01")
                    .get("/api/v1/rulebook").then().statusCode(200).body("rules.code", contains("LH-11"));
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("may not write rules (403); another village's rulebook is a 404; comments only while a version is under consultation (409)")
        void readsOnly() {
            Api.as(tree.village1aToken()).body(ruleRequest("V-1", "村制度", body(clause("第一条", "甲")), null))
                    .post("/api/v1/rules").then().statusCode(403).contentType("application/problem+json");
            Api.as(tree.village1aToken()).queryParam("unitId", tree.village1b).get("/api/v1/rulebook").then().statusCode(404);
            long draft = createRule(tree.adminToken(), "LH-12", body(clause("第一条", "甲"))).getLong("id");
            Api.as(tree.village1aToken()).body(Map.of("text", "意见")).post("/api/v1/rule-versions/{id}/comments", draft)
                    .then().statusCode(409).contentType("application/problem+json");
            // The district itself is not "below": it cannot comment on its own rule.
            Api.as(tree.adminToken()).post("/api/v1/rule-versions/{id}/consultation", draft).then().statusCode(200);
            Api.as(tree.adminToken()).body(Map.of("text", "意见")).post("/api/v1/rule-versions/{id}/comments", draft).then().statusCode(403);
            Api.as(tree.village1aToken()).body(Map.of("text", " ")).post("/api/v1/rule-versions/{id}/comments", draft)
                    .then().statusCode(400).body("errors[0].field", equalTo("text"));
        }
    }

    @Nested
    @DisplayName("As district viewer")
    class AsDistrictViewer {

        @Test
        @DisplayName("reads the rulebook; every write is a 403")
        void readOnly() {
            long[] rule = publishedRule(tree.adminToken(), "LH-13", "2013-07-01");
            Api.as(tree.viewerToken()).get("/api/v1/rules/{id}", rule[0]).then().statusCode(200);
            Api.as(tree.viewerToken()).post("/api/v1/rules/{id}/versions", rule[0]).then().statusCode(403);
            Api.as(tree.viewerToken()).body(ruleRequest("V-2", "x", body(clause("第一条", "甲")), null)).post("/api/v1/rules").then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("As city API and anonymous")
    class AsCityApi {

        @Test
        @DisplayName("the city system reads no rule text (403); anonymous callers get 401")
        void noText() {
            long[] rule = publishedRule(tree.adminToken(), "LH-14", "2013-07-01");
            Api.as(tree.cityToken()).get("/api/v1/rules/{id}", rule[0]).then().statusCode(403);
            Api.as(tree.cityToken()).queryParam("unitId", tree.district).get("/api/v1/rulebook").then().statusCode(403);
            Api.anonymous().get("/api/v1/rules/{id}", rule[0]).then().statusCode(401);
        }
    }

    @Nested
    @DisplayName("Another district")
    class OtherDistrict {

        @Test
        @DisplayName("a rule of another district answers 404 like an unknown id")
        void invisible() {
            long[] rule = publishedRule(tree.adminToken(), "LH-15", "2013-07-01");
            TestTree other = TestTree.build();
            Api.as(other.adminToken()).get("/api/v1/rules/{id}", rule[0]).then().statusCode(404);
            Api.as(other.adminToken()).get("/api/v1/rules/{id}", 987654321L).then().statusCode(404);
            Api.as(other.adminToken()).queryParam("ownerUnitId", tree.district).get("/api/v1/rules").then().statusCode(404);
        }
    }
}
