package cn.ggw.security;

import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Keycloak unreachable: callers get a clear 503 problem, not an anonymous 500. */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.KeycloakDown.class)
class IdentityProviderDownTest {

    public static class KeycloakDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/ggw", "quarkus.oidc.connection-delay", "0");
        }
    }

    @Test
    @DisplayName("a request with a token while Keycloak is down answers 503 problem+json with Retry-After")
    void unavailable() {
        RestAssured.given().auth().oauth2(Tokens.of(Roles.DISTRICT_ADMIN, "220802")).header("Accept-Language", "zh-CN")
                .get("/api/v1/org-units")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("detail", equalTo("统一身份认证服务（Keycloak）暂时无法连接，请稍后再试。"));
    }
}
