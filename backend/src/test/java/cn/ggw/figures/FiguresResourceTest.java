package cn.ggw.figures;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.ggw.testsupport.TestPeople.TODAY;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class FiguresResourceTest {

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    JsonPath figures(String token, long unitId, int depth) {
        return Api.as(token).queryParam("unitId", unitId).queryParam("depth", depth).queryParam("line", "VOLUNTEERS")
                .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
    }

    static long count(JsonPath figures, long unitId, String key) {
        return figures.getLong("units.find { it.unit.id == " + unitId + " }.counts['" + key + "']");
    }

    void activity(long volunteerId, long unitId, int youth) {
        Api.as(tree.adminToken())
                .body(Map.of("date", TODAY.toString(), "area", "CARE", "hours", 2, "youthReached", youth, "unitId", unitId, "description", "家访"))
                .post("/api/v1/volunteers/{id}/activities", volunteerId).then().statusCode(201);
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("GET /figures sums each unit's counts into every ancestor down to the asked depth, and ratios come from the sums")
        void rollsUp() {
            String admin = tree.adminToken();
            long a = TestPeople.register(admin, tree.village1a, "甲一");
            TestPeople.register(admin, tree.village1a, "甲二");
            long b = TestPeople.register(admin, tree.township1, "镇一");
            TestPeople.register(admin, tree.community1, "社一");
            TestPeople.activate(admin, a);
            activity(a, tree.village1a, 12);
            activity(b, tree.village1b, 3);

            JsonPath district = figures(admin, tree.district, 2);
            assertEquals(4, count(district, tree.district, "volunteers.onRegister"));
            assertEquals(3, count(district, tree.township1, "volunteers.onRegister"));
            assertEquals(2, count(district, tree.village1a, "volunteers.onRegister"));
            assertEquals(0, count(district, tree.township2, "volunteers.onRegister"));
            assertEquals(1, count(district, tree.street1, "volunteers.onRegister"));
            assertEquals(2, count(district, tree.township1, "volunteers.activities"));
            assertEquals(15, count(district, tree.district, "volunteers.youthReached"));
            assertEquals(3, count(district, tree.village1b, "volunteers.youthReached"));
            assertEquals(0.25, district.getDouble("units.find { it.unit.id == " + tree.district + " }.ratios['volunteers.activeShare']"), 1e-9);
            assertNull(district.get("units.find { it.unit.id == " + tree.township2 + " }.ratios['volunteers.activeShare']"));
            assertEquals(0, district.getInt("units.find { it.unit.id == " + tree.district + " }.level"));
            assertEquals(2, district.getInt("units.find { it.unit.id == " + tree.village1a + " }.level"));

            JsonPath shallow = figures(admin, tree.district, 1);
            assertEquals(4, shallow.getList("units").size(), "the district and its three children");
            assertEquals(3, count(shallow, tree.township1, "volunteers.onRegister"));
        }

        @Test
        @DisplayName("GET /figures defaults to the caller's unit and this year; definitions carry labels in the caller's language")
        void defaults() {
            Api.as(tree.adminToken()).queryParam("depth", 0).get("/api/v1/figures").then().statusCode(200)
                    .body("unit.id", equalTo((int) tree.district))
                    .body("from", equalTo(TODAY.withDayOfYear(1).toString()))
                    .body("to", equalTo(TODAY.toString()))
                    .body("units", hasSize(1))
                    .body("definitions.label", hasItem("在册五老"));
            Api.as(tree.adminToken()).header("Accept-Language", "en").get("/api/v1/figure-definitions").then().statusCode(200)
                    .body("find { it.key == 'volunteers.activeShare' }.kind", equalTo("RATIO"))
                    .body("find { it.key == 'volunteers.onRegister' }.label", equalTo("五老 on the register"));
        }

        @Test
        @DisplayName("GET /figures refuses a period that ends before it starts or lies in the future, an unknown line and too deep a breakdown (400)")
        void badInput() {
            String admin = tree.adminToken();
            Api.as(admin).queryParam("from", "2013-12-31").queryParam("to", "2013-01-01").get("/api/v1/figures")
                    .then().statusCode(400).body("errors[0].field", equalTo("to"));
            Api.as(admin).queryParam("to", TODAY.plusDays(1).toString()).get("/api/v1/figures")
                    .then().statusCode(400).body("errors[0].field", equalTo("to"));
            Api.as(admin).queryParam("from", "2013-13-01").get("/api/v1/figures").then().statusCode(400).body("errors[0].field", equalTo("from"));
            Api.as(admin).queryParam("line", "NOPE").get("/api/v1/figures").then().statusCode(400).body("errors[0].field", equalTo("line"));
            Api.as(admin).queryParam("depth", 4).get("/api/v1/figures").then().statusCode(400).body("errors[0].field", equalTo("depth"));
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("GET /figures of their own township answers; another township or the district is 404 like an unknown unit")
        void scope() {
            TestPeople.register(tree.adminToken(), tree.village2a, "丙一");
            JsonPath own = figures(tree.township1Token(), tree.township1, 1);
            assertEquals(0, count(own, tree.township1, "volunteers.onRegister"));
            Api.as(tree.township1Token()).queryParam("unitId", tree.township2).get("/api/v1/figures").then().statusCode(404);
            Api.as(tree.township1Token()).queryParam("unitId", tree.district).get("/api/v1/figures").then().statusCode(404);
            Api.as(tree.township1Token()).queryParam("unitId", Long.MAX_VALUE).get("/api/v1/figures").then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("As the city system")
    class AsCityApi {

        @Test
        @DisplayName("GET /figures answers the district's aggregates")
        void reads() {
            TestPeople.register(tree.adminToken(), tree.village2a, "丙二");
            assertEquals(1, count(figures(tree.cityToken(), tree.district, 1), tree.township2, "volunteers.onRegister"));
        }
    }

    @Nested
    @DisplayName("Anonymous")
    class AsAnonymous {

        @Test
        @DisplayName("GET /figures without a token answers 401")
        void unauthenticated() {
            Api.anonymous().get("/api/v1/figures").then().statusCode(401);
        }
    }
}
