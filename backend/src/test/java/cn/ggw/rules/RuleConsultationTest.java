package cn.ggw.rules;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.rules.RuleTestSupport.body;
import static cn.ggw.rules.RuleTestSupport.clause;
import static cn.ggw.rules.RuleTestSupport.publishedRule;
import static cn.ggw.rules.RuleTestSupport.ruleRequest;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** 征求意见 from below: the drafts that bind a unit, read against the version in force, commented clause by clause. */
@QuarkusTest
class RuleConsultationTest {

    TestTree tree;
    long ruleId;
    long inForce;
    long draft;

    @BeforeEach
    void build() {
        tree = TestTree.build();
        long[] published = publishedRule(tree.adminToken(), "LH-C", "2009-04-01");
        ruleId = published[0];
        inForce = published[1];
        draft = Api.as(tree.adminToken()).post("/api/v1/rules/{id}/versions", ruleId).then().statusCode(201).extract().jsonPath().getLong("id");
        long lock = Api.as(tree.adminToken()).get("/api/v1/rule-versions/{id}", draft).then().extract().jsonPath().getLong("version");
        Map<String, Object> update = ruleRequest("LH-C", "例会制度（修订稿）",
                body(clause("第一条", "每月第一周召开一次例会。"), clause("第二条", "例会须有记录。"), clause("第三条", "记录须附照片。")),
                RuleTestSupport.monthlyMeeting());
        update.remove("code");
        update.put("version", lock);
        Api.as(tree.adminToken()).body(update).put("/api/v1/rule-versions/{id}", draft).then().statusCode(200);
        Api.as(tree.adminToken()).post("/api/v1/rule-versions/{id}/consultation", draft).then().statusCode(200);
    }

    static Map<String, Object> comment(String clause, String text) {
        Map<String, Object> c = new HashMap<>();
        c.put("text", text);
        c.put("clause", clause);
        return c;
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("lists the district's draft under consultation with the version in force; comments on a clause and overall; sees the answer")
        void consultsAndComments() {
            Api.as(tree.village1aToken()).get("/api/v1/rule-consultations").then().statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].ruleId", equalTo((int) ruleId))
                    .body("[0].draft.id", equalTo((int) draft))
                    .body("[0].draft.status", equalTo("CONSULTATION"))
                    .body("[0].inForce.id", equalTo((int) inForce))
                    .body("[0].owner.id", equalTo((int) tree.district))
                    .body("[0].comments", equalTo(0));
            // The diff against the version in force is readable from below.
            Api.as(tree.village1aToken()).queryParam("from", inForce).queryParam("to", draft).get("/api/v1/rule-versions/diff")
                    .then().statusCode(200).body("added", equalTo(1)).body("changed", equalTo(1));

            long onClause = Api.as(tree.village1aToken()).body(comment("第三条", "村里没有相机，照片可用手机拍"))
                    .post("/api/v1/rule-versions/{id}/comments", draft).then().statusCode(201)
                    .body("clause", equalTo("第三条")).extract().jsonPath().getLong("id");
            Api.as(tree.village1aToken()).body(comment(null, "总体同意")).post("/api/v1/rule-versions/{id}/comments", draft)
                    .then().statusCode(201).body("clause", nullValue());
            Api.as(tree.adminToken()).body(Map.of("answer", "采纳，手机照片即可")).post("/api/v1/rule-comments/{id}/answer", onClause)
                    .then().statusCode(200);

            Api.as(tree.village1aToken()).get("/api/v1/rule-versions/{id}/comments", draft).then().statusCode(200)
                    .body("clause", contains("第三条", null)).body("[0].answer", equalTo("采纳，手机照片即可"));
            Api.as(tree.village1aToken()).get("/api/v1/rule-consultations").then()
                    .body("[0].comments", equalTo(2)).body("[0].answered", equalTo(1));
            // Another village of the same district sees the draft but none of these comments.
            String village1b = Tokens.of(Roles.VILLAGE_STAFF, tree.code("V1B"));
            Api.as(village1b).get("/api/v1/rule-consultations").then().body("[0].comments", equalTo(0));
            Api.as(village1b).get("/api/v1/rule-versions/{id}/comments", draft).then().body("$", hasSize(0));
        }

        @Test
        @DisplayName("a clause the draft does not have is a 400 naming clause, in the caller's language; nothing is written")
        void unknownClause() {
            Api.as(tree.village1aToken()).body(comment("第九条", "意见")).post("/api/v1/rule-versions/{id}/comments", draft)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("clause")).body("detail", containsString("第九条"));
            Api.as(tree.village1aToken()).header("Accept-Language", "en").body(comment("第九条", "意见"))
                    .post("/api/v1/rule-versions/{id}/comments", draft).then().statusCode(400)
                    .body("detail", containsString("no clause numbered"));
            Api.as(tree.adminToken()).get("/api/v1/rule-versions/{id}/comments", draft).then().body("$", hasSize(0));
        }

        @Test
        @DisplayName("a draft not yet in consultation, another district's draft and a rule not for its kind are not listed")
        void onlyBindingDrafts() {
            Map<String, Object> townshipsOnly = ruleRequest("LH-T", "乡镇制度", body(clause("第一条", "乡镇每季度检查。")), null);
            townshipsOnly.put("appliesTo", List.of("TOWNSHIP"));
            long t = Api.as(tree.adminToken()).body(townshipsOnly).post("/api/v1/rules").then().statusCode(201).extract().jsonPath().getLong("id");
            Api.as(tree.adminToken()).post("/api/v1/rule-versions/{id}/consultation", t).then().statusCode(200);
            RuleTestSupport.createRule(tree.adminToken(), "LH-D", body(clause("第一条", "草稿。")));
            TestTree other = TestTree.build();
            long theirs = RuleTestSupport.createRule(other.adminToken(), "LH-O", body(clause("第一条", "别区。"))).getLong("id");
            Api.as(other.adminToken()).post("/api/v1/rule-versions/{id}/consultation", theirs).then().statusCode(200);

            Api.as(tree.village1aToken()).get("/api/v1/rule-consultations").then().statusCode(200)
                    .body("draft.id", contains((int) draft));
            Api.as(tree.township1Token()).get("/api/v1/rule-consultations").then().statusCode(200)
                    .body("draft.id", containsInAnyOrder((int) draft, (int) t));
            Api.as(tree.adminToken()).get("/api/v1/rule-consultations").then().statusCode(200).body("$", hasSize(0));
        }
    }
}
