package cn.ggw.exemplars;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.Docx;
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

import static cn.ggw.exemplars.ExemplarTestSupport.nominated;
import static cn.ggw.exemplars.ExemplarTestSupport.review;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 下发: a booklet sent as a 《情况反映》 bulletin carrying its Word file; receipts as for any bulletin. */
@QuarkusTest
class BookletDistributionTest {

    TestTree tree;
    long booklet;

    @BeforeEach
    void build() {
        tree = TestTree.build();
        long id = nominated(tree.village1aToken(), tree.village1a, "甲村四自小组带富记");
        review(tree.township1Token(), id, "FORWARD", null).then().statusCode(200);
        review(tree.adminToken(), id, "APPROVE", null).then().statusCode(200);
        Map<String, Object> b = new HashMap<>();
        b.put("title", "四自小组典型材料汇编");
        b.put("foreword", "为总结推广经验，现将典型材料汇编成册。");
        b.put("exemplarIds", List.of(id));
        booklet = Api.as(tree.adminToken()).body(b).post("/api/v1/booklets").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> to(Map<String, Object> recipients) {
        Map<String, Object> r = new HashMap<>();
        r.put("recipients", recipients);
        return r;
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("distributing sends a bulletin with the booklet's Word file; a village opens it; the booklet shows the receipt share")
        void distribute() {
            JsonPath sent = Api.as(tree.adminToken()).body(to(Map.of("kinds", List.of("VILLAGE"))))
                    .post("/api/v1/booklets/{id}/distributions", booklet).then().statusCode(201)
                    .body("summary.title", equalTo("关于印发《四自小组典型材料汇编》的通知"))
                    .body("summary.recipients", equalTo(3))
                    .body("attachments", hasSize(1))
                    .body("attachments[0].name", equalTo("四自小组典型材料汇编.docx"))
                    .body("attachments[0].kind", equalTo("DOCX"))
                    .extract().jsonPath();
            long bulletin = sent.getLong("summary.id");
            long file = sent.getLong("attachments[0].id");

            byte[] docx = Api.as(tree.village1aToken()).accept("*/*").get("/api/v1/bulletins/{id}/attachments/{f}", bulletin, file)
                    .then().statusCode(200).header("Cache-Control", "no-store").extract().asByteArray();
            String text = Docx.read(docx).text();
            assertTrue(text.contains("四自小组典型材料汇编") && text.contains("甲村四自小组带富记"), text);

            Api.as(tree.village1aToken()).post("/api/v1/bulletins/{id}/acknowledgement", bulletin).then().statusCode(200);
            Api.as(tree.adminToken()).get("/api/v1/booklets/{id}/distributions", booklet).then().statusCode(200)
                    .body("id", contains((int) bulletin))
                    .body("[0].acknowledged", equalTo(1))
                    .body("[0].recipients", equalTo(3));
            // The street's community was not sent it: it sees the booklet's district but not this bulletin.
            String community = Tokens.of(Roles.VILLAGE_STAFF, tree.code("C1"));
            Api.as(community).accept("*/*").get("/api/v1/bulletins/{id}/attachments/{f}", bulletin, file).then().statusCode(404);
        }

        @Test
        @DisplayName("a recipient outside the sender's subtree is a 400 naming it; neither file nor bulletin is written")
        void outside() {
            TestTree other = TestTree.build();
            Api.as(tree.adminToken()).body(to(Map.of("unitIds", List.of(tree.village1a, other.village1a))))
                    .post("/api/v1/booklets/{id}/distributions", booklet).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("recipients.unitIds[1]"));
            Api.as(tree.adminToken()).body(Map.of()).post("/api/v1/booklets/{id}/distributions", booklet).then().statusCode(400)
                    .body("errors[0].field", equalTo("recipients"));
            Api.as(tree.adminToken()).get("/api/v1/booklets/{id}/distributions", booklet).then().statusCode(200).body("$", hasSize(0));
            Api.as(tree.adminToken()).queryParam("box", "SENT").get("/api/v1/bulletins").then().body("items", hasSize(0));
        }
    }

    @Nested
    @DisplayName("As others")
    class AsOthers {

        @Test
        @DisplayName("village staff may not distribute (403); another district's admin gets 404 for the booklet")
        void notTheirs() {
            Api.as(tree.village1aToken()).body(to(Map.of())).post("/api/v1/booklets/{id}/distributions", booklet).then().statusCode(403);
            TestTree other = TestTree.build();
            Api.as(other.adminToken()).body(to(Map.of())).post("/api/v1/booklets/{id}/distributions", booklet).then().statusCode(404);
            Api.as(other.adminToken()).get("/api/v1/booklets/{id}/distributions", booklet).then().statusCode(404);
            assertEquals(0, Api.as(other.adminToken()).queryParam("box", "SENT").get("/api/v1/bulletins").then().extract()
                    .jsonPath().getList("items").size());
        }
    }
}
