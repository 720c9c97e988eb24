package cn.ggw.hierarchy;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class HierarchyResourceTest {

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("GET /org-units without parameters returns the caller's own district")
        void ownUnit() {
            Api.as(tree.adminToken()).get("/api/v1/org-units")
                    .then().statusCode(200)
                    .body("items.id", contains((int) tree.district))
                    .body("items[0].childCount", equalTo(3))
                    .body("nextCursor", nullValue());
        }

        @Test
        @DisplayName("children come in sort order, paged by cursor")
        void childrenPaged() {
            var first = Api.as(tree.adminToken()).queryParam("parentId", tree.district).queryParam("limit", 2)
                    .get("/api/v1/org-units").then().statusCode(200)
                    .body("items.name", contains("一号镇", "二号镇"))
                    .body("nextCursor", notNullValue())
                    .extract().jsonPath();
            Api.as(tree.adminToken()).queryParam("parentId", tree.district).queryParam("limit", 2)
                    .queryParam("cursor", first.getString("nextCursor"))
                    .get("/api/v1/org-units").then().statusCode(200)
                    .body("items.name", contains("一号街道"))
                    .body("nextCursor", nullValue());
        }

        @Test
        @DisplayName("the subtree of the district lists every unit below it, depth-first")
        void descendants() {
            Api.as(tree.adminToken()).get("/api/v1/org-units/{id}/descendants", tree.district)
                    .then().statusCode(200)
                    .body("items", hasSize(7))
                    .body("items.id", containsInAnyOrder((int) tree.township1, (int) tree.township2, (int) tree.street1,
                            (int) tree.village1a, (int) tree.village1b, (int) tree.village2a, (int) tree.community1));
        }

        @Test
        @DisplayName("GET /org-units/{id} gives breadcrumbs from the district down")
        void breadcrumbs() {
            Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village1a)
                    .then().statusCode(200)
                    .body("breadcrumbs.name", contains("测试区" + tree.prefix, "一号镇", "甲村"))
                    .body("kind", equalTo("VILLAGE"));
        }

        @Test
        @DisplayName("search finds units by a fragment of the name or the start of the code")
        void search() {
            Api.as(tree.adminToken()).queryParam("q", "甲").get("/api/v1/org-units")
                    .then().statusCode(200).body("items.id", hasItem((int) tree.village1a));
            Api.as(tree.adminToken()).queryParam("q", tree.code("V2")).get("/api/v1/org-units")
                    .then().statusCode(200).body("items.id", contains((int) tree.village2a));
        }

        @Test
        @DisplayName("create returns 201 with a Location, and the write is audited with its after-state")
        void createIsAudited() {
            var response = Api.as(tree.adminToken())
                    .body(Map.of("parentId", tree.township1, "code", tree.code("NEW"), "name", "  新村  ", "kind", "VILLAGE"))
                    .post("/api/v1/org-units")
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .body("name", equalTo("新村"))
                    .body("breadcrumbs.name", contains("测试区" + tree.prefix, "一号镇", "新村"))
                    .extract().jsonPath();
            long id = response.getLong("id");
            Api.as(tree.adminToken()).queryParam("entityType", "OrgUnit").queryParam("entityId", id)
                    .get("/api/v1/audit-events")
                    .then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].action", equalTo("CREATE"))
                    .body("items[0].actor", equalTo(Roles.DISTRICT_ADMIN + "." + tree.code("D")))
                    .body("items[0].after.name", equalTo("新村"));
        }

        @Test
        @DisplayName("rename with the current version succeeds and records before and after")
        void rename() {
            long version = Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village1a).then().extract().jsonPath().getLong("version");
            Api.as(tree.adminToken())
                    .body(Map.of("code", tree.code("V1A"), "name", "甲村（新）", "sortOrder", 5, "version", version))
                    .put("/api/v1/org-units/{id}", tree.village1a)
                    .then().statusCode(200).body("name", equalTo("甲村（新）"));
            Api.as(tree.adminToken()).queryParam("entityType", "OrgUnit").queryParam("entityId", tree.village1a)
                    .get("/api/v1/audit-events")
                    .then().statusCode(200)
                    .body("items[0].action", equalTo("UPDATE"))
                    .body("items[0].before.name", equalTo("甲村"))
                    .body("items[0].after.name", equalTo("甲村（新）"));
        }

        @Test
        @DisplayName("a stale version is refused with 409 and nothing changes")
        void staleVersion() {
            long version = Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village1a).then().extract().jsonPath().getLong("version");
            Api.as(tree.adminToken())
                    .body(Map.of("code", tree.code("V1A"), "name", "第一次", "sortOrder", 5, "version", version))
                    .put("/api/v1/org-units/{id}", tree.village1a).then().statusCode(200);
            Api.as(tree.adminToken())
                    .body(Map.of("code", tree.code("V1A"), "name", "第二次", "sortOrder", 5, "version", version))
                    .put("/api/v1/org-units/{id}", tree.village1a)
                    .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("version"));
            Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village1a).then().body("name", equalTo("第一次"));
        }

        @Test
        @DisplayName("moving a village moves it for both townships: the new one sees it, the old one no longer does")
        void moveChangesScopeOnBothSides() {
            long version = Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village2a).then().extract().jsonPath().getLong("version");
            Api.as(tree.adminToken()).body(Map.of("newParentId", tree.township1, "version", version))
                    .post("/api/v1/org-units/{id}/move", tree.village2a)
                    .then().statusCode(200)
                    .body("parentId", equalTo((int) tree.township1))
                    .body("breadcrumbs.name", contains("测试区" + tree.prefix, "一号镇", "丙村"));
            Api.as(tree.township1Token()).get("/api/v1/org-units/{id}", tree.village2a).then().statusCode(200);
            Api.as(Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"))).get("/api/v1/org-units/{id}", tree.village2a).then().statusCode(404);
        }

        @Test
        @DisplayName("moving a subtree carries every descendant along, in one transaction")
        void moveSubtree() {
            long street2 = TestTree.create(tree.adminToken(), tree.district, tree.code("S2"), "二号街道", "STREET");
            long version = Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.community1).then().extract().jsonPath().getLong("version");
            Api.as(tree.adminToken()).body(Map.of("newParentId", street2, "version", version))
                    .post("/api/v1/org-units/{id}/move", tree.community1).then().statusCode(200);
            Api.as(tree.adminToken()).get("/api/v1/org-units/{id}/descendants", street2)
                    .then().statusCode(200).body("items.id", contains((int) tree.community1));
            Api.as(tree.adminToken()).get("/api/v1/org-units/{id}/descendants", tree.street1)
                    .then().statusCode(200).body("items", empty());
        }

        @Test
        @DisplayName("deactivation is refused while active children hang on the unit, then allowed bottom-up")
        void deactivate() {
            Api.as(tree.adminToken()).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", tree.township2)
                    .then().statusCode(409).body("detail", equalTo("还有 1 个启用中的下级单位，请先停用或迁走它们。"));
            Api.as(tree.adminToken()).body(Map.of("reason", "村庄合并")).post("/api/v1/org-units/{id}/deactivate", tree.village2a)
                    .then().statusCode(200).body("active", equalTo(false)).body("deactivationReason", equalTo("村庄合并"));
            Api.as(tree.adminToken()).queryParam("parentId", tree.township2).get("/api/v1/org-units")
                    .then().body("items", empty());
            Api.as(tree.adminToken()).queryParam("parentId", tree.township2).queryParam("includeInactive", true).get("/api/v1/org-units")
                    .then().body("items.id", contains((int) tree.village2a));
            Api.as(tree.adminToken()).post("/api/v1/org-units/{id}/reactivate", tree.village2a)
                    .then().statusCode(200).body("active", equalTo(true));
        }

        @Test
        @DisplayName("deactivating a village ends its staff's scope at once")
        void deactivationEndsScope() {
            String villageStaff = cn.ggw.testsupport.Tokens.of(Roles.VILLAGE_STAFF, tree.code("V1B"));
            Api.as(villageStaff).get("/api/v1/org-units").then().body("items.id", contains((int) tree.village1b));
            Api.as(tree.adminToken()).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", tree.village1b)
                    .then().statusCode(200);
            Api.as(villageStaff).get("/api/v1/org-units").then().statusCode(200).body("items", empty());
            Api.as(villageStaff).get("/api/v1/org-units/{id}", tree.village1b).then().statusCode(404);
        }

        @Test
        @DisplayName("the top of the caller's own scope cannot be deactivated or moved")
        void ownRootIsFixed() {
            Api.as(tree.adminToken()).body(Map.of("reason", "x")).post("/api/v1/org-units/{id}/deactivate", tree.district)
                    .then().statusCode(409);
            Api.as(tree.adminToken()).body(Map.of("newParentId", tree.township1, "version", 0)).post("/api/v1/org-units/{id}/move", tree.district)
                    .then().statusCode(400);
        }

        @Test
        @DisplayName("another district's units are answered 404, for reads and writes alike")
        void otherDistrictIsInvisible() {
            TestTree other = TestTree.build();
            Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", other.village1a).then().statusCode(404)
                    .body("detail", equalTo("找不到这个单位，或您无权查看。"));
            Api.as(tree.adminToken()).body(Map.of("parentId", other.township1, "code", tree.code("X"), "name", "越界村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
            Api.as(tree.adminToken()).body(Map.of("newParentId", other.township1, "version", 0))
                    .post("/api/v1/org-units/{id}/move", tree.village1a).then().statusCode(400);
            Api.as(tree.adminToken()).queryParam("q", other.prefix).get("/api/v1/org-units").then().body("items", empty());
        }
    }

    @Nested
    @DisplayName("As district viewer (read-only leader)")
    class AsDistrictViewer {

        @Test
        @DisplayName("reads the whole district")
        void reads() {
            Api.as(tree.viewerToken()).get("/api/v1/org-units/{id}/descendants", tree.district).then().statusCode(200).body("items", hasSize(7));
        }

        @Test
        @DisplayName("POST /org-units returns 403 and creates nothing")
        void cannotWrite() {
            Api.as(tree.viewerToken()).body(Map.of("parentId", tree.township1, "code", tree.code("Q"), "name", "某村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(403).contentType("application/problem+json");
            Api.as(tree.adminToken()).queryParam("parentId", tree.township1).get("/api/v1/org-units").then().body("items", hasSize(2));
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("sees its own township and the villages under it")
        void ownSubtree() {
            Api.as(tree.township1Token()).get("/api/v1/org-units").then().statusCode(200).body("items.id", contains((int) tree.township1));
            Api.as(tree.township1Token()).queryParam("parentId", tree.township1).get("/api/v1/org-units")
                    .then().statusCode(200).body("items.id", contains((int) tree.village1a, (int) tree.village1b));
            Api.as(tree.township1Token()).get("/api/v1/org-units/{id}", tree.village1b).then().statusCode(200)
                    .body("breadcrumbs.name", contains("一号镇", "乙村"));
        }

        @Test
        @DisplayName("another township, its villages and the district above are 404")
        void otherTownshipIsInvisible() {
            Api.as(tree.township1Token()).get("/api/v1/org-units/{id}", tree.township2).then().statusCode(404);
            Api.as(tree.township1Token()).get("/api/v1/org-units/{id}", tree.village2a).then().statusCode(404);
            Api.as(tree.township1Token()).get("/api/v1/org-units/{id}", tree.district).then().statusCode(404);
            Api.as(tree.township1Token()).get("/api/v1/org-units/{id}/descendants", tree.district).then().statusCode(404);
            Api.as(tree.township1Token()).queryParam("parentId", tree.township2).get("/api/v1/org-units").then().statusCode(404);
            // Its own township is a child of the district, but the district stays invisible.
            Api.as(tree.township1Token()).queryParam("parentId", tree.district).get("/api/v1/org-units").then().statusCode(404);
            Api.as(tree.township1Token()).queryParam("q", "丙").get("/api/v1/org-units").then().statusCode(200).body("items", empty());
        }

        @Test
        @DisplayName("may not change the tree: 403")
        void cannotWrite() {
            Api.as(tree.township1Token()).body(Map.of("parentId", tree.township1, "code", tree.code("Q"), "name", "某村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(403);
            Api.as(tree.township1Token()).body(Map.of("reason", "x")).post("/api/v1/org-units/{id}/deactivate", tree.village1a)
                    .then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("sees only its own village")
        void ownVillageOnly() {
            Api.as(tree.village1aToken()).get("/api/v1/org-units").then().statusCode(200).body("items.id", contains((int) tree.village1a));
            Api.as(tree.village1aToken()).get("/api/v1/org-units/{id}", tree.village1a).then().statusCode(200)
                    .body("breadcrumbs.name", contains("甲村"));
        }

        @Test
        @DisplayName("the sibling village and its own township are 404")
        void siblingIsInvisible() {
            Api.as(tree.village1aToken()).get("/api/v1/org-units/{id}", tree.village1b).then().statusCode(404);
            Api.as(tree.village1aToken()).get("/api/v1/org-units/{id}", tree.township1).then().statusCode(404);
            Api.as(tree.village1aToken()).queryParam("q", "乙").get("/api/v1/org-units").then().body("items", empty());
        }
    }

    @Nested
    @DisplayName("As the city system (city-api)")
    class AsCityApi {

        @Test
        @DisplayName("reads the district it is entitled to")
        void reads() {
            Api.as(tree.cityToken()).get("/api/v1/org-units/{id}/descendants", tree.district).then().statusCode(200).body("items", hasSize(7));
        }

        @Test
        @DisplayName("may not write: 403")
        void cannotWrite() {
            Api.as(tree.cityToken()).body(Map.of("parentId", tree.township1, "code", tree.code("Q"), "name", "某村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("Without a valid token")
    class AsAnonymous {

        @Test
        @DisplayName("no token: 401 problem with WWW-Authenticate")
        void missing() {
            Api.anonymous().get("/api/v1/org-units").then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        }

        @Test
        @DisplayName("expired, forged and wrong-audience tokens: 401")
        void invalidTokens() {
            for (String token : List.of(
                    Tokens.expired(Roles.DISTRICT_ADMIN, tree.code("D")),
                    Tokens.forged(Roles.DISTRICT_ADMIN, tree.code("D")),
                    Tokens.wrongAudience(Roles.DISTRICT_ADMIN, tree.code("D")),
                    "not-a-jwt")) {
                Api.as(token).get("/api/v1/org-units/{id}", tree.district).then().statusCode(401).contentType("application/problem+json");
            }
        }

        @Test
        @DisplayName("a token without a unit sees nothing and may not write")
        void withoutUnit() {
            Api.as(Tokens.withoutUnit(Roles.DISTRICT_ADMIN)).get("/api/v1/org-units").then().statusCode(200).body("items", empty());
            Api.as(Tokens.withoutUnit(Roles.DISTRICT_ADMIN)).get("/api/v1/org-units/{id}", tree.district).then().statusCode(404);
            Api.as(Tokens.withoutUnit(Roles.DISTRICT_ADMIN))
                    .body(Map.of("parentId", tree.township1, "code", tree.code("Q"), "name", "某村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(403).body("detail", startsWith("您的账号没有分配所属单位"));
        }

        @Test
        @DisplayName("the client configuration is public")
        void clientConfig() {
            Api.anonymous().get("/api/v1/client-config").then().statusCode(200).body("realm", equalTo("ggw"));
        }
    }

    @Nested
    @DisplayName("Bad input: a clear problem, nothing changed")
    class BadInput {

        private void nothingCreatedUnder(long parentId, int expected) {
            Api.as(tree.adminToken()).queryParam("parentId", parentId).queryParam("includeInactive", true).get("/api/v1/org-units")
                    .then().body("items", hasSize(expected));
        }

        @Test
        @DisplayName("malformed JSON")
        void malformed() {
            Api.as(tree.adminToken()).body("{\"parentId\": 1, \"name\": ").post("/api/v1/org-units")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:ggw:problem:malformed-json"))
                    .body("detail", startsWith("提交的内容不是有效的 JSON"));
        }

        @Test
        @DisplayName("read-only or unknown fields (mass assignment) are refused, naming the field")
        void massAssignment() {
            for (String field : List.of("id", "orgPath", "createdBy", "version", "active", "depth")) {
                Map<String, Object> body = new java.util.HashMap<>(Map.of("parentId", tree.township1, "code", tree.code("M" + field.length()),
                        "name", "某村", "kind", "VILLAGE"));
                body.put(field, field.equals("active") ? false : field.equals("orgPath") || field.equals("createdBy") ? "1" : 1);
                Api.as(tree.adminToken()).body(body).post("/api/v1/org-units")
                        .then().statusCode(400).body("errors[0].field", equalTo(field));
            }
            nothingCreatedUnder(tree.township1, 2);
        }

        @Test
        @DisplayName("a village under a village")
        void villageUnderVillage() {
            Api.as(tree.adminToken()).body(Map.of("parentId", tree.village1a, "code", tree.code("VV"), "name", "村中村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(400)
                    .body("errors[0].field", equalTo("kind"))
                    .body("errors[0].message", equalTo("村下面不能再设立下级单位。"));
            Api.as(tree.adminToken()).body(Map.of("parentId", tree.township1, "code", tree.code("TT"), "name", "镇中镇", "kind", "TOWNSHIP"))
                    .post("/api/v1/org-units").then().statusCode(400)
                    .body("errors[0].message", equalTo("乡镇下面不能设立乡镇。可以设立：村、社区。"));
            nothingCreatedUnder(tree.village1a, 0);
        }

        @Test
        @DisplayName("moving a unit under its own descendant")
        void moveUnderDescendant() {
            long version = Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.township1).then().extract().jsonPath().getLong("version");
            Api.as(tree.adminToken()).body(Map.of("newParentId", tree.village1a, "version", version))
                    .post("/api/v1/org-units/{id}/move", tree.township1).then().statusCode(400)
                    .body("errors[0].field", equalTo("newParentId"));
            Api.as(tree.adminToken()).body(Map.of("newParentId", tree.township1, "version", version))
                    .post("/api/v1/org-units/{id}/move", tree.township1).then().statusCode(400);
            Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.township1).then().body("parentId", equalTo((int) tree.district));
        }

        @Test
        @DisplayName("a duplicate code, naming the unit that holds it")
        void duplicateCode() {
            Api.as(tree.adminToken()).body(Map.of("parentId", tree.township1, "code", tree.code("V1B"), "name", "重复村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(409)
                    .body("errors[0].field", equalTo("code"))
                    .body("errors[0].message", equalTo("单位代码“" + tree.code("V1B") + "”已被“乙村”使用。"));
            nothingCreatedUnder(tree.township1, 2);
        }

        @Test
        @DisplayName("a code held outside the caller's scope is refused without naming the unit")
        void duplicateCodeOutsideScope() {
            TestTree other = TestTree.build();
            Api.as(tree.adminToken()).body(Map.of("parentId", tree.township1, "code", other.code("V1A"), "name", "重复村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(409)
                    .body("errors[0].message", not(org.hamcrest.Matchers.containsString("甲村")));
        }

        @Test
        @DisplayName("empty, blank and 500-character names")
        void badNames() {
            for (String name : List.of("", "   ", "村".repeat(500))) {
                Api.as(tree.adminToken()).body(Map.of("parentId", tree.township1, "code", tree.code("N"), "name", name, "kind", "VILLAGE"))
                        .post("/api/v1/org-units").then().statusCode(400)
                        .body("errors.field", hasItem("name"));
            }
            Api.as(tree.adminToken()).body(Map.of("parentId", tree.township1, "code", tree.code("N"), "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(400).body("errors.field", contains("name"));
            nothingCreatedUnder(tree.township1, 2);
        }

        @Test
        @DisplayName("a bad code and an unknown kind")
        void badCodeAndKind() {
            Api.as(tree.adminToken()).body(Map.of("parentId", tree.township1, "code", "有 空格", "name", "某村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(400).body("errors[0].field", equalTo("code"));
            Api.as(tree.adminToken()).body(Map.of("parentId", tree.township1, "code", tree.code("K"), "name", "某村", "kind", "HAMLET"))
                    .post("/api/v1/org-units").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        }

        @Test
        @DisplayName("unknown ids")
        void unknownIds() {
            Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", 987654321L).then().statusCode(404).contentType("application/problem+json");
            Api.as(tree.adminToken()).body(Map.of("reason", "x")).post("/api/v1/org-units/{id}/deactivate", 987654321L).then().statusCode(404);
        }

        @Test
        @DisplayName("page sizes over the cap, and forged cursors")
        void pageSize() {
            Api.as(tree.adminToken()).queryParam("parentId", tree.district).queryParam("limit", 201).get("/api/v1/org-units")
                    .then().statusCode(400).body("errors[0].field", equalTo("limit"));
            Api.as(tree.adminToken()).queryParam("limit", 0).get("/api/v1/org-units/{id}/descendants", tree.district)
                    .then().statusCode(400);
            Api.as(tree.adminToken()).queryParam("parentId", tree.district).queryParam("cursor", "!!!").get("/api/v1/org-units")
                    .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        }

        @Test
        @DisplayName("answers in English when asked")
        void english() {
            Api.as(tree.adminToken()).header("Accept-Language", "en-US,en;q=0.9")
                    .body(Map.of("parentId", tree.village1a, "code", tree.code("VV"), "name", "x", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(400)
                    .header("Content-Language", "en")
                    .body("title", equalTo("Invalid input"))
                    .body("errors[0].message", equalTo("A village cannot have units under it."));
        }
    }
}
