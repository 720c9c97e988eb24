package cn.ggw.rules;

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

import static cn.ggw.rules.RuleTestSupport.body;
import static cn.ggw.rules.RuleTestSupport.clause;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BulletinResourceTest {

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    static Map<String, Object> bulletin(String title, Map<String, Object> recipients) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("body", body(Map.of("type", "PARAGRAPH", "text", "请各单位认真贯彻执行。")));
        b.put("recipients", recipients);
        return b;
    }

    JsonPath send(String token, Map<String, Object> recipients) {
        return Api.as(token).body(bulletin("关于印发工作制度的通知", recipients)).post("/api/v1/bulletins")
                .then().statusCode(201).extract().jsonPath();
    }

    long sentCount(String token) {
        return Api.as(token).queryParam("box", "SENT").get("/api/v1/bulletins").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("a bulletin to the whole district reaches every unit below with a receipt; numbered per year; the share follows acknowledgements")
        void toEveryUnit() {
            JsonPath first = send(tree.adminToken(), Map.of());
            int year = first.getInt("summary.year");
            assertEquals(1, first.getInt("summary.issueNo"));
            assertEquals(year + "年第1期", first.getString("summary.issueLabel"));
            assertEquals(7, first.getInt("summary.recipients"));
            assertEquals(0, first.getInt("summary.acknowledged"));
            long id = first.getLong("summary.id");
            assertEquals(2, send(tree.adminToken(), Map.of("kinds", List.of("VILLAGE"))).getInt("summary.issueNo"));

            Api.as(tree.village1aToken()).post("/api/v1/bulletins/{id}/acknowledgement", id).then().statusCode(200)
                    .body("unit.id", equalTo((int) tree.village1a)).body("acknowledgedBy", not(nullValue()));
            Api.as(tree.village1aToken()).post("/api/v1/bulletins/{id}/acknowledgement", id).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("已经签收"));
            Api.as(tree.adminToken()).get("/api/v1/bulletins/{id}", id).then().statusCode(200)
                    .body("summary.acknowledged", equalTo(1)).body("summary.recipients", equalTo(7))
                    .body("summary.senderSide", equalTo(true));
            Api.as(tree.adminToken()).queryParam("status", "PENDING").get("/api/v1/bulletins/{id}/receipts", id).then().statusCode(200)
                    .body("items", hasSize(6));
            Api.as(tree.adminToken()).post("/api/v1/bulletins/{id}/reminders", id).then().statusCode(200).body("reminded", equalTo(6));
            Api.as(tree.adminToken()).queryParam("status", "PENDING").get("/api/v1/bulletins/{id}/receipts", id).then()
                    .body("items[0].remindedAt", not(nullValue()));
            // The village sees its own copy only; its inbox shows the bulletin as acknowledged.
            Api.as(tree.village1aToken()).get("/api/v1/bulletins/{id}/receipts", id).then().statusCode(200).body("items", hasSize(1));
            Api.as(tree.village1aToken()).get("/api/v1/bulletins").then().statusCode(200)
                    .body("items.find { it.id == " + id + " }.ownReceipt.acknowledgedAt", not(nullValue()));
        }

        @Test
        @DisplayName("a list of units: one outside the sender's subtree is a 400 naming it and nothing is written; no recipients is a 400")
        void outsideOrNone() {
            TestTree other = TestTree.build();
            Api.as(tree.adminToken()).body(bulletin("通知", Map.of("unitIds", List.of(tree.village1a, other.village1a))))
                    .post("/api/v1/bulletins").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("recipients.unitIds[1]"));
            Api.as(tree.adminToken()).body(bulletin("通知", Map.of("unitIds", List.of(tree.district))))
                    .post("/api/v1/bulletins").then().statusCode(400);
            Api.as(tree.adminToken()).body(bulletin("通知", Map.of("kinds", List.of("DEPARTMENT"))))
                    .post("/api/v1/bulletins").then().statusCode(400).body("errors[0].field", equalTo("recipients"));
            Map<String, Object> noRecipients = bulletin("通知", null);
            noRecipients.remove("recipients");
            Api.as(tree.adminToken()).body(noRecipients).post("/api/v1/bulletins").then().statusCode(400);
            assertEquals(0, sentCount(tree.adminToken()));
            JsonPath listed = send(tree.adminToken(), Map.of("unitIds", List.of(tree.village1a, tree.community1)));
            assertEquals(2, listed.getInt("summary.recipients"));
            assertEquals(1, listed.getInt("summary.issueNo"));
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("issues its own bulletins to its villages only; a unit of another township is a 400; sees district bulletins to its villages")
        void ownVillages() {
            JsonPath sent = send(tree.township1Token(), Map.of());
            assertEquals(2, sent.getInt("summary.recipients"));
            Api.as(tree.township1Token()).body(bulletin("通知", Map.of("unitIds", List.of(tree.village2a))))
                    .post("/api/v1/bulletins").then().statusCode(400).body("errors[0].field", equalTo("recipients.unitIds[0]"));
            Api.as(tree.township1Token()).body(bulletin("通知", Map.of("subtreeUnitId", tree.township2)))
                    .post("/api/v1/bulletins").then().statusCode(400);
            long district = send(tree.adminToken(), Map.of()).getLong("summary.id");
            Api.as(tree.township1Token()).get("/api/v1/bulletins/{id}", district).then().statusCode(200)
                    .body("summary.recipients", equalTo(3)).body("summary.senderSide", equalTo(false));
            Api.as(tree.township1Token()).post("/api/v1/bulletins/{id}/reminders", district).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("cannot send (403); a bulletin of another township is a 404; one sent to its township but not to it is a 409 on acknowledging")
        void acknowledgeOwnOnly() {
            Api.as(tree.village1aToken()).body(bulletin("通知", Map.of())).post("/api/v1/bulletins").then().statusCode(403);
            long t2 = send(Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2")), Map.of()).getLong("summary.id");
            Api.as(tree.village1aToken()).get("/api/v1/bulletins/{id}", t2).then().statusCode(404);
            Api.as(tree.village1aToken()).post("/api/v1/bulletins/{id}/acknowledgement", t2).then().statusCode(404);
            long toB = send(tree.township1Token(), Map.of("unitIds", List.of(tree.village1b))).getLong("summary.id");
            Api.as(tree.village1aToken()).post("/api/v1/bulletins/{id}/acknowledgement", toB).then().statusCode(404);
            long toTownships = send(tree.adminToken(), Map.of("kinds", List.of("TOWNSHIP"))).getLong("summary.id");
            Api.as(tree.township1Token()).get("/api/v1/bulletins/{id}/receipts", toTownships).then().statusCode(200)
                    .body("items.unit.id", containsInAnyOrder((int) tree.township1));
            Api.as(tree.adminToken()).post("/api/v1/bulletins/{id}/acknowledgement", toTownships).then().statusCode(409)
                    .body("detail", containsString("没有发给"));
        }
    }

    @Nested
    @DisplayName("As district viewer and city API")
    class ReadOnly {

        @Test
        @DisplayName("the viewer reads but cannot send or acknowledge (403); the city system reads no bulletin (403)")
        void readOnly() {
            long id = send(tree.adminToken(), Map.of()).getLong("summary.id");
            Api.as(tree.viewerToken()).get("/api/v1/bulletins/{id}", id).then().statusCode(200);
            Api.as(tree.viewerToken()).post("/api/v1/bulletins/{id}/acknowledgement", id).then().statusCode(403);
            Api.as(tree.viewerToken()).body(bulletin("通知", Map.of())).post("/api/v1/bulletins").then().statusCode(403);
            Api.as(tree.cityToken()).get("/api/v1/bulletins/{id}", id).then().statusCode(403);
        }
    }
}
