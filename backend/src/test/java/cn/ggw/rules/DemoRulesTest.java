package cn.ggw.rules;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DemoRulesTest {

    @Inject
    DemoRules demo;

    @Test
    @DisplayName("the demo rulebook: 16 rules in 3 versions (2009, 2011, July 2013), 3 bulletins with receipts, a finished 2013 inspection")
    void seedFigures() {
        TestTree tree = TestTree.build();
        String path = (String) io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("select org_path from org_unit where id = ?1").setParameter(1, tree.district).getSingleResult();
        demo.loadInto(path);
        Api.as(tree.adminToken()).queryParam("ownerUnitId", tree.district).get("/api/v1/rules").then().statusCode(200)
                .body("$", hasSize(16)).body("latest.number", everyItem(equalTo(3))).body("inForce.effectiveFrom", everyItem(equalTo("2013-07-01")));
        Api.as(tree.township1Token()).queryParam("unitId", tree.township1).queryParam("on", "2010-01-01").get("/api/v1/rulebook")
                .then().statusCode(200).body("rules", hasSize(16)).body("rules.number", everyItem(equalTo(1)));
        Api.as(tree.adminToken()).queryParam("box", "SENT").get("/api/v1/bulletins").then().statusCode(200)
                .body("items", hasSize(3)).body("items[0].issueLabel", equalTo("2013年第7期")).body("items[0].recipients", equalTo(7));
        Api.as(tree.adminToken()).get("/api/v1/inspections").then().statusCode(200)
                .body("[0].year", equalTo(2013)).body("[0].status", equalTo("FINAL"));
        // Compliance of a township in 2013: 12 meetings and 4 studies due.
        Api.as(tree.adminToken()).queryParam("unitId", tree.township1).queryParam("year", 2013).get("/api/v1/rule-compliance")
                .then().statusCode(200).body("due", equalTo(16));
    }
}
