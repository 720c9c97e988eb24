package cn.ggw.exemplars;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.exemplars.ExemplarTestSupport.body;
import static cn.ggw.exemplars.ExemplarTestSupport.nominate;
import static cn.ggw.exemplars.ExemplarTestSupport.nomination;
import static cn.ggw.exemplars.ExemplarTestSupport.review;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 典型类别: the register the district adds categories to, and everything that takes its categories from it. */
@QuarkusTest
class CategoryResourceTest {

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    static Map<String, Object> category(String code, String nameZh, String... kinds) {
        return Map.of("code", code, "nameZh", nameZh, "nameEn", "Model " + code.toLowerCase(), "subjectKinds", List.of(kinds));
    }

    static Map<String, Object> change(String nameZh, boolean active, long version, String... kinds) {
        return Map.of("nameZh", nameZh, "nameEn", "changed", "subjectKinds", List.of(kinds), "active", active, "version", version);
    }

    long count(String token, String category) {
        return Api.as(token).queryParam("category", category).get("/api/v1/exemplars").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("an added category is offered to the village beside the built-in ones, takes nominations and quotas, filters the library, "
                + "counts under exemplars.others and reaches the city by code and name")
        void addedCategoryTravels() {
            Api.as(tree.adminToken()).body(category("MODEL_FAMILY", "五好家庭", "GROUP", "UNIT")).post("/api/v1/exemplar-categories")
                    .then().statusCode(201).body("code", equalTo("MODEL_FAMILY")).body("builtIn", equalTo(false))
                    .body("unit.id", equalTo((int) tree.district)).body("subjectKinds", contains("UNIT", "GROUP"))
                    .body("inUse", equalTo(false));
            Api.as(tree.village1aToken()).get("/api/v1/exemplar-categories").then().statusCode(200)
                    .body("code", contains("FOUR_SELF_GROUP", "EXECUTIVE_VICE_DIRECTOR", "COMMUNITY_COMMITTEE", "FIVE_ELDERS", "OTHER", "MODEL_FAMILY"));
            Api.as(tree.adminToken()).body(Map.of("year", 2013, "category", "MODEL_FAMILY", "quota", 1))
                    .put("/api/v1/exemplar-quotas").then().statusCode(200).body("category", equalTo("MODEL_FAMILY"));
            long id = nominate(tree.village1aToken(), nomination(tree.village1a, "MODEL_FAMILY", "甲村王家", body("孝老爱亲。")))
                    .then().statusCode(201).body("category", equalTo("MODEL_FAMILY")).extract().jsonPath().getLong("id");
            // The quota of the added category is full, in its own name.
            nominate(tree.township1Token(), nomination(tree.village1b, "MODEL_FAMILY", "乙村李家", body("内容")))
                    .then().statusCode(409).body("errors[0].field", equalTo("category")).body("detail", containsString("五好家庭"));
            assertEquals(1, count(tree.adminToken(), "MODEL_FAMILY"));
            assertEquals(0, count(tree.adminToken(), "FIVE_ELDERS"));
            review(tree.township1Token(), id, "FORWARD", null).then().statusCode(200);
            review(tree.adminToken(), id, "APPROVE", null).then().statusCode(200);
            Api.as(tree.adminToken()).post("/api/v1/exemplars/{id}/city-submission", id).then().statusCode(200);
            Api.as(tree.cityToken()).get("/api/v1/city/exemplars/{id}", id).then().statusCode(200)
                    .body("category", equalTo("MODEL_FAMILY")).body("categoryName", equalTo("五好家庭"));
            JsonPath f = Api.as(tree.adminToken()).queryParam("unitId", tree.district).queryParam("depth", 0).queryParam("line", "EXEMPLARS")
                    .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
            String district = "units.find { it.unit.id == " + tree.district + " }.counts";
            assertEquals(1, f.getInt(district + "['exemplars.others']"));
            assertEquals(0, f.getInt(district + "['exemplars.fourSelfGroups']"));
            Api.as(tree.adminToken()).queryParam("includeInactive", true).get("/api/v1/exemplar-categories").then().statusCode(200)
                    .body("find { it.code == 'MODEL_FAMILY' }.inUse", equalTo(true));
        }

        @Test
        @DisplayName("bad input: a code not in capitals, a code taken (built in or the district's), no subject kind, a person in a category "
                + "not about persons, an unknown category — each 400 or 409 naming the field, nothing written")
        void badInput() {
            Api.as(tree.adminToken()).body(category("model family", "五好家庭", "GROUP")).post("/api/v1/exemplar-categories")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
            Api.as(tree.adminToken()).body(category("FIVE_ELDERS", "五老二", "PERSON")).post("/api/v1/exemplar-categories")
                    .then().statusCode(409).body("errors[0].field", equalTo("code"));
            Api.as(tree.adminToken()).body(category("MODEL_FAMILY", "五好家庭")).post("/api/v1/exemplar-categories")
                    .then().statusCode(400).body("errors[0].field", equalTo("subjectKinds"));
            Api.as(tree.adminToken()).body(category("MODEL_FAMILY", "五好家庭", "GROUP")).post("/api/v1/exemplar-categories").then().statusCode(201);
            Api.as(tree.adminToken()).body(category("MODEL_FAMILY", "又一个", "GROUP")).post("/api/v1/exemplar-categories")
                    .then().statusCode(409).body("errors[0].field", equalTo("code"));
            Api.as(tree.adminToken()).get("/api/v1/exemplar-categories").then().statusCode(200)
                    .body("findAll { it.code == 'MODEL_FAMILY' }.nameZh", contains("五好家庭"));
            long person = TestPeople.register(tree.adminToken(), tree.village1a, "王大爷");
            Map<String, Object> withPerson = new HashMap<>(nomination(tree.village1a, "MODEL_FAMILY", "王家", body("内容")));
            withPerson.put("volunteerId", person);
            nominate(tree.village1aToken(), withPerson).then().statusCode(400).body("errors[0].field", equalTo("volunteerId"))
                    .body("detail", containsString("五好家庭"));
            nominate(tree.village1aToken(), nomination(tree.village1a, "NO_SUCH", "王家", body("内容")))
                    .then().statusCode(400).body("errors[0].field", equalTo("category"));
            Api.as(tree.adminToken()).body(Map.of("year", 2013, "category", "NO_SUCH", "quota", 1))
                    .put("/api/v1/exemplar-quotas").then().statusCode(400).body("errors[0].field", equalTo("category"));
            assertEquals(0, count(tree.adminToken(), "MODEL_FAMILY"));
        }

        @Test
        @DisplayName("a category in use is 409 on delete and is deactivated instead: no new nominations, the exemplar keeps it; an unused one is "
                + "deleted; built-in ones cannot be changed; a stale version is 409; every change audited")
        void deactivateInsteadOfDelete() {
            long version = Api.as(tree.adminToken()).body(category("MODEL_FAMILY", "五好家庭", "GROUP")).post("/api/v1/exemplar-categories")
                    .then().statusCode(201).extract().jsonPath().getLong("version");
            long id = nominate(tree.village1aToken(), nomination(tree.village1a, "MODEL_FAMILY", "甲村王家", body("内容")))
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            Api.as(tree.adminToken()).delete("/api/v1/exemplar-categories/MODEL_FAMILY").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("停用"));
            Api.as(tree.adminToken()).body(change("五好家庭", false, version + 5, "GROUP")).put("/api/v1/exemplar-categories/MODEL_FAMILY")
                    .then().statusCode(409).body("errors[0].field", equalTo("version"));
            Api.as(tree.adminToken()).body(change("五好家庭（停用）", false, version, "GROUP")).put("/api/v1/exemplar-categories/MODEL_FAMILY")
                    .then().statusCode(200).body("active", equalTo(false)).body("nameZh", equalTo("五好家庭（停用）"));
            Api.as(tree.village1aToken()).get("/api/v1/exemplar-categories").then().statusCode(200)
                    .body("code", not(hasItem("MODEL_FAMILY")));
            nominate(tree.village1aToken(), nomination(tree.village1a, "MODEL_FAMILY", "乙家", body("内容")))
                    .then().statusCode(400).body("errors[0].field", equalTo("category"));
            Api.as(tree.adminToken()).get("/api/v1/exemplars/{id}", id).then().statusCode(200).body("category", equalTo("MODEL_FAMILY"));
            Api.as(tree.adminToken()).body(change("五老", true, 0, "PERSON")).put("/api/v1/exemplar-categories/FIVE_ELDERS").then().statusCode(409);
            Api.as(tree.adminToken()).delete("/api/v1/exemplar-categories/OTHER").then().statusCode(409);
            Api.as(tree.adminToken()).body(category("HELPER_TEAM", "帮教小组", "TEAM")).post("/api/v1/exemplar-categories").then().statusCode(201);
            Api.as(tree.adminToken()).delete("/api/v1/exemplar-categories/HELPER_TEAM").then().statusCode(204);
            Api.as(tree.adminToken()).queryParam("includeInactive", true).get("/api/v1/exemplar-categories").then().statusCode(200)
                    .body("code", hasItem("MODEL_FAMILY")).body("code", not(hasItem("HELPER_TEAM")));
            Api.as(tree.adminToken()).queryParam("entityType", "ExemplarCategory").get("/api/v1/audit-events").then().statusCode(200)
                    .body("items.action", hasItems("CREATE", "UPDATE", "DELETE"));
        }
    }

    @Nested
    @DisplayName("From outside the district, below it and anonymous")
    class OutsideAndBelow {

        @Test
        @DisplayName("another district neither sees nor changes the category (404) nor nominates in it (400); township staff cannot add "
                + "or change categories (403); anonymous gets 401")
        void scope() {
            Api.as(tree.adminToken()).body(category("MODEL_FAMILY", "五好家庭", "GROUP")).post("/api/v1/exemplar-categories").then().statusCode(201);
            TestTree other = TestTree.build();
            Api.as(other.adminToken()).get("/api/v1/exemplar-categories").then().statusCode(200).body("code", not(hasItem("MODEL_FAMILY")));
            Api.as(other.adminToken()).body(change("改名", true, 0, "GROUP")).put("/api/v1/exemplar-categories/MODEL_FAMILY").then().statusCode(404);
            Api.as(other.adminToken()).delete("/api/v1/exemplar-categories/MODEL_FAMILY").then().statusCode(404);
            nominate(other.village1aToken(), nomination(other.village1a, "MODEL_FAMILY", "王家", body("内容")))
                    .then().statusCode(400).body("errors[0].field", equalTo("category"));
            // The other district may add its own category of the same code.
            Api.as(other.adminToken()).body(category("MODEL_FAMILY", "文明家庭", "GROUP")).post("/api/v1/exemplar-categories").then().statusCode(201);
            Api.as(tree.village1aToken()).get("/api/v1/exemplar-categories").then().statusCode(200)
                    .body("find { it.code == 'MODEL_FAMILY' }.nameZh", equalTo("五好家庭"));
            Api.as(tree.township1Token()).body(category("TOWN_OWN", "乡镇自设", "GROUP")).post("/api/v1/exemplar-categories").then().statusCode(403);
            Api.as(tree.township1Token()).delete("/api/v1/exemplar-categories/MODEL_FAMILY").then().statusCode(403);
            Api.as(tree.viewerToken()).get("/api/v1/exemplar-categories").then().statusCode(200);
            Api.as(tree.cityToken()).get("/api/v1/exemplar-categories").then().statusCode(403);
            Api.anonymous().get("/api/v1/exemplar-categories").then().statusCode(401);
        }
    }
}
