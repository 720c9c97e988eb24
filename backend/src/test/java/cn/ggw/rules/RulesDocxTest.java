package cn.ggw.rules;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.Docx;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static cn.ggw.rules.RuleTestSupport.body;
import static cn.ggw.rules.RuleTestSupport.clause;
import static cn.ggw.rules.RuleTestSupport.createRule;
import static cn.ggw.rules.RuleTestSupport.publish;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RulesDocxTest {

    @Test
    @DisplayName("制度上墙: the rulebook in force for a village as DOCX, in the official layout, with the clauses of the version in force that day")
    void rulebookDocx() {
        TestTree tree = TestTree.build();
        long v1 = createRule(tree.adminToken(), "LH-D", body(clause("第一条", "每月召开一次例会。"),
                clause("第二条", "<script>alert(1)</script>记录存档。"))).getLong("id");
        publish(tree.adminToken(), v1, "2009-04-01");
        byte[] bytes = RestAssured.given().auth().oauth2(tree.village1aToken())
                .accept(RuleResource.DOCX)
                .queryParam("unitId", tree.village1a).queryParam("on", "2013-07-01")
                .get("/api/v1/rulebook/docx").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .extract().asByteArray();
        Docx docx = Docx.read(bytes);
        assertTrue(docx.text().contains("甲村关心下一代工作委员会规章制度"), docx.text());
        assertTrue(docx.text().contains("例会制度"));
        assertTrue(docx.text().contains("第一条"));
        assertTrue(docx.text().contains("每月召开一次例会。"));
        assertTrue(docx.text().contains("<script>alert(1)</script>记录存档。"), "markup stays text");
        assertTrue(docx.text().contains("2009年4月1日起施行"));
        assertTrue(docx.footers().size() > 0, "page numbers");
        // Before it was in force: the document says so.
        byte[] before = RestAssured.given().auth().oauth2(tree.village1aToken()).accept(RuleResource.DOCX)
                .queryParam("unitId", tree.village1a).queryParam("on", "2009-01-01")
                .get("/api/v1/rulebook/docx").then().statusCode(200).extract().asByteArray();
        assertFalse(Docx.read(before).text().contains("每月召开一次例会。"));
        Api.as(tree.village1aToken()).queryParam("unitId", tree.village1b).get("/api/v1/rulebook").then().statusCode(404);
    }
}
