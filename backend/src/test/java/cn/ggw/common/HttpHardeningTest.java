package cn.ggw.common;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Issue 9, items 4 and 5: headers on every answer, what may be cached, Swagger UI only when switched on. */
@QuarkusTest
@DisplayName("HTTP hardening: security headers, caching, Swagger UI off unless configured")
class HttpHardeningTest {

    @Test
    @DisplayName("item 5: API answers (200, 401, 404) carry CSP with frame-ancestors 'none', nosniff, Referrer-Policy and X-Frame-Options")
    void apiHeaders() {
        TestTree tree = TestTree.build();
        for (var answer : new io.restassured.response.ValidatableResponse[] {
                Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.district).then().statusCode(200),
                Api.anonymous().get("/api/v1/volunteers").then().statusCode(401),
                Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", 0).then().statusCode(404)}) {
            answer.header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Cache-Control", anyOf(equalTo("no-store"), equalTo("private, no-cache")));
        }
        // Personal data is never stored; a unit's public record may be kept privately but is always revalidated
        // (its ETag serves the city system's polls, issue 14).
        Api.anonymous().get("/api/v1/volunteers").then().statusCode(401).header("Cache-Control", equalTo("no-store"));
        Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", 0).then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.district).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"));
    }

    @Test
    @DisplayName("item 5: the SPA's pages carry the same headers, and the policy lets the browser reach Keycloak")
    void spaHeaders() {
        RestAssured.given().get("/volunteers/42").then()
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    @DisplayName("item 4: index.html and deep links are revalidated (no-cache), never public/immutable for a day")
    void indexIsNotImmutable() {
        RestAssured.given().get("/").then().header("Cache-Control", equalTo("no-cache"))
                .header("Cache-Control", not(containsString("immutable")));
        RestAssured.given().get("/index.html").then().header("Cache-Control", equalTo("no-cache"));
        RestAssured.given().get("/committees/7").then().header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    @DisplayName("item 5: Swagger UI is a setting, off unless GGW_SWAGGER_UI=true (the contract at /q/openapi stays)")
    void swaggerUiOff() {
        RestAssured.given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(404);
        RestAssured.given().get("/q/openapi?format=json").then().statusCode(200);
    }
}
