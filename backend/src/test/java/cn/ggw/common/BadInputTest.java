package cn.ggw.common;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.volunteers.IdNumber;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

/** Issue 9, items 7–9: bad input is a 4xx problem+json naming what is wrong, never a 5xx, and nothing is written. */
@QuarkusTest
@DisplayName("Bad input: NUL bytes, out-of-range dates, unconvertible parameters, long URLs, lax JSON types")
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    private static ValidatableResponse isProblem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType(PROBLEM).body("status", equalTo(status)).body("detail", not(emptyOrNullString()));
    }

    private Map<String, Object> volunteer(Object unitId, Object name) {
        long n = System.nanoTime() % 900;
        String first17 = "220802" + "19480715" + String.format("%03d", n);
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("name", name);
        body.put("idNumber", first17 + IdNumber.checkChar(first17));
        return body;
    }

    private int registered() {
        return Api.as(tree.adminToken()).queryParam("limit", 200).get("/api/v1/volunteers").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    @Test
    @DisplayName("item 7: a NUL in a JSON string, a query parameter, a path segment or a cursor is a 400 problem+json, nothing written")
    void nulBytes() {
        isProblem(Api.as(tree.adminToken()).body(volunteer(tree.village1a, "王\u0000明")).post("/api/v1/volunteers").then(), 400)
                .body("errors[0].field", equalTo("name"));
        isProblem(Api.as(tree.adminToken()).body(Map.of("q", "王\u0000")).post("/api/v1/volunteers/search").then(), 400);
        isProblem(Api.as(tree.adminToken()).body(Map.of("displayName", "张\u0000三")).put("/api/v1/accounts/{id}", "x").then(), 400);
        isProblem(Api.as(tree.adminToken()).urlEncodingEnabled(false).get("/api/v1/org-units?q=a%00b").then(), 400);
        isProblem(Api.as(tree.adminToken()).urlEncodingEnabled(false).get("/api/v1/audit-events?entityType=%00").then(), 400);
        isProblem(Api.as(tree.adminToken()).urlEncodingEnabled(false).get("/api/v1/volunteers/1%00").then(), 400);
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString("1\u00002/3".getBytes(StandardCharsets.UTF_8));
        isProblem(Api.as(tree.adminToken()).queryParam("cursor", cursor).get("/api/v1/volunteers").then(), 400)
                .body("errors[0].field", equalTo("cursor"));
        org.junit.jupiter.api.Assertions.assertEquals(0, registered(), "nothing was written");
    }

    @Test
    @DisplayName("item 10 (found by ContractFuzzTest): a text-direction override (U+202E) in a JSON string is a 400 naming the field, nothing written")
    void directionOverrides() {
        isProblem(Api.as(tree.adminToken()).header("Accept-Language", "en").body(volunteer(tree.village1a, "王\u202E明")).post("/api/v1/volunteers").then(), 400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("U+202E"));
        isProblem(Api.as(tree.adminToken()).body(volunteer(tree.village1a, "王\u2067明")).post("/api/v1/volunteers").then(), 400);
        org.junit.jupiter.api.Assertions.assertEquals(0, registered(), "nothing was written");
    }

    @Test
    @DisplayName("item 7: dates out of range (-999999999-01-01, +999999999-12-31) are a 400, in query parameters and in bodies")
    void datesOutOfRange() {
        isProblem(Api.as(tree.adminToken()).queryParam("from", "-999999999-01-01").get("/api/v1/committee-figures").then(), 400)
                .body("errors[0].field", equalTo("from"));
        isProblem(Api.as(tree.adminToken()).queryParam("to", "+999999999-12-31").get("/api/v1/committee-figures").then(), 400);
        isProblem(Api.as(tree.adminToken()).queryParam("from", "0001-01-01").get("/api/v1/volunteer-activities").then(), 400);
    }

    @Test
    @DisplayName("item 8: limit=abc, 2147483648, 1.5 and kind=NOPE are a 400 naming the parameter, not a 404")
    void unconvertibleParameters() {
        for (String limit : new String[] {"abc", "2147483648", "1.5", "-1"}) {
            isProblem(Api.as(tree.adminToken()).queryParam("limit", limit).get("/api/v1/volunteers").then(), 400)
                    .body("errors[0].field", equalTo("limit"));
        }
        isProblem(Api.as(tree.adminToken()).queryParam("limit", "abc").get("/api/v1/org-units").then(), 400)
                .body("errors[0].field", equalTo("limit"));
        isProblem(Api.as(tree.adminToken()).queryParam("kind", "NOPE").get("/api/v1/org-units").then(), 400)
                .body("errors[0].field", equalTo("kind"));
        isProblem(Api.as(tree.adminToken()).get("/api/v1/volunteers/abc").then(), 404);
    }

    @Test
    @DisplayName("item 8: a URL over 4 KB is a 414 problem+json in the caller's language")
    void longUrl() {
        String q = "a".repeat(5000);
        isProblem(Api.as(tree.adminToken()).header("Accept-Language", "en").queryParam("q", q).get("/api/v1/org-units").then(), 414)
                .body("title", equalTo("Address too long"));
        isProblem(RestAssured.given().get("/api/v1/org-units?q=" + "b".repeat(20_000)).then(), 414);
    }

    @Test
    @DisplayName("item 9: JSON is taken only as typed: 1.5 for an id, 123 for a name, \"1\" for an id, \"true\" for a boolean are 400, nothing written")
    void strictJsonTypes() {
        isProblem(Api.as(tree.adminToken()).body(volunteer(tree.village1a + 0.5, "王德明")).post("/api/v1/volunteers").then(), 400)
                .body("errors[0].field", equalTo("unitId"));
        isProblem(Api.as(tree.adminToken()).body(volunteer(tree.village1a, 123)).post("/api/v1/volunteers").then(), 400)
                .body("errors[0].field", equalTo("name"));
        isProblem(Api.as(tree.adminToken()).body(volunteer(String.valueOf(tree.village1a), "王德明")).post("/api/v1/volunteers").then(), 400)
                .body("errors[0].field", equalTo("unitId"));
        Map<String, Object> young = volunteer(tree.village1a, "王德明");
        young.put("confirmYoung", "true");
        isProblem(Api.as(tree.adminToken()).body(young).post("/api/v1/volunteers").then(), 400).body("errors[0].field", equalTo("confirmYoung"));
        Map<String, Object> boolAsNumber = volunteer(tree.village1a, "王德明");
        boolAsNumber.put("confirmYoung", 1);
        isProblem(Api.as(tree.adminToken()).body(boolAsNumber).post("/api/v1/volunteers").then(), 400);
        // Found by ContractFuzzTest: an empty, blank or NUL string was taken as "no value" for a number or a boolean.
        for (String blank : new String[] {"", " ", "\u0000"}) {
            isProblem(Api.as(tree.adminToken()).body(volunteer(blank, "王德明")).post("/api/v1/volunteers").then(), 400)
                    .body("errors[0].field", equalTo("unitId"));
            Map<String, Object> blankBool = volunteer(tree.village1a, "王德明");
            blankBool.put("confirmYoung", blank);
            isProblem(Api.as(tree.adminToken()).body(blankBool).post("/api/v1/volunteers").then(), 400)
                    .body("errors[0].field", equalTo("confirmYoung"));
            isProblem(Api.as(tree.township1Token()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json")
                    .body(Map.of("unitId", blank)).post("/api/v1/volunteers/export").then(), 400)
                    .body("errors[0].field", equalTo("unitId"));
        }
        // Found by ContractFuzzTest: a second JSON value after the body was ignored ("{}{}" exported everything).
        isProblem(Api.as(tree.township1Token()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json")
                .body("{}{}").post("/api/v1/volunteers/export").then(), 400);
        org.junit.jupiter.api.Assertions.assertEquals(0, registered(), "nothing was written");
        Api.as(tree.adminToken()).body(volunteer(tree.village1a, "王德明")).post("/api/v1/volunteers").then().statusCode(201);
    }
}
