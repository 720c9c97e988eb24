package cn.ggw.exemplars;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.Docx;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo exemplars generated into a district of this test's own (11 townships with two villages each,
 * 7 streets with a community each, 8 active 五老) and read back through the API: the seed report's figures.
 */
@QuarkusTest
class DemoExemplarsTest {

    @Inject
    DemoExemplars demo;

    @Test
    @DisplayName("37 exemplars (11 四自小组, 11 executive vice-directors, 7 communities, 8 五老), 4 meetings, a booklet; all 8 五老 adopted by the city")
    void seedFigures() {
        TestTree tree = TestTree.build();
        String admin = tree.adminToken();
        List<Long> villages = new ArrayList<>(List.of(tree.village1a, tree.village1b, tree.village2a));
        villages.add(TestTree.create(admin, tree.township2, tree.code("V2B"), "丁村", "VILLAGE"));
        for (int i = 3; i <= 11; i++) {
            long township = TestTree.create(admin, tree.district, tree.code("T" + i), i + "号乡", "TOWNSHIP");
            villages.add(TestTree.create(admin, township, tree.code("V" + i + "A"), i + "甲村", "VILLAGE"));
            villages.add(TestTree.create(admin, township, tree.code("V" + i + "B"), i + "乙村", "VILLAGE"));
        }
        for (int i = 2; i <= 7; i++) {
            long street = TestTree.create(admin, tree.district, tree.code("S" + i), i + "号街道", "STREET");
            TestTree.create(admin, street, tree.code("C" + i), i + "号社区", "COMMUNITY");
        }
        for (int i = 0; i < 8; i++) {
            long person = TestPeople.register(admin, villages.get(i * 2), "五老" + i);
            TestPeople.activate(admin, person);
        }

        int written = demo.loadInto(String.valueOf(tree.district));
        assertEquals(37 + 4 + 1, written);

        JsonPath f = Api.as(admin).queryParam("from", "2011-01-01").queryParam("to", "2013-12-31").queryParam("line", "EXEMPLARS")
                .queryParam("depth", 0).get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
        String counts = "units[0].counts";
        assertEquals(37, f.getInt(counts + "['exemplars.approved']"));
        assertEquals(11, f.getInt(counts + "['exemplars.fourSelfGroups']"));
        assertEquals(11, f.getInt(counts + "['exemplars.executiveViceDirectors']"));
        assertEquals(7, f.getInt(counts + "['exemplars.communityCommittees']"));
        assertEquals(8, f.getInt(counts + "['exemplars.fiveElders']"));
        assertEquals(37, f.getInt(counts + "['exemplars.presented']"));
        assertEquals(4, f.getInt(counts + "['exemplars.meetings']"));
        assertEquals(8, f.getInt(counts + "['exemplars.submitted']"));
        assertEquals(8, f.getInt(counts + "['exemplars.adopted']"));
        assertEquals(1.0, f.getDouble("units[0].ratios['exemplars.adoptedShare']"), 1e-9);

        Api.as(tree.cityToken()).queryParam("limit", 200).get("/api/v1/city/exemplars").then().statusCode(200)
                .body("items.size()", equalTo(8))
                .body("items.category", everyItem(equalTo("FIVE_ELDERS")))
                .body("items.city.adopted", everyItem(equalTo(true)))
                .body("items.city.book", everyItem(equalTo("《“五老”光彩映后人》")));

        long booklet = Api.as(admin).get("/api/v1/booklets").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].exemplars.size()", equalTo(11)).extract().jsonPath().getLong("items[0].id");
        Docx doc = Docx.read(Api.as(admin).accept("*/*").get("/api/v1/booklets/{id}/docx", booklet).then().statusCode(200)
                .extract().asByteArray());
        assertTrue(doc.text().contains("十一、"), doc.text());
    }
}
