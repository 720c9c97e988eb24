package cn.ggw.security;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.Tokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tokens are verified locally against the issuer's cached keys, and only there: a token that fails that
 * check (forged, expired, for another audience, not a JWT at all) is refused with 401 without a call to the
 * issuer — no introspection fallback, which would cost a round trip to Keycloak per bad token (and let
 * anyone make the service hammer Keycloak).
 */
@QuarkusTest
class TokenVerificationTest {

    @OidcWireMock
    WireMockServer issuer;

    @Test
    @DisplayName("bad tokens are refused locally: 401 and not one request to the issuer; a good token still passes")
    void noIntrospectionFallback() {
        String unit = "NOUNIT";
        // Warm: the keys are fetched once (at start or on the first token), never per request.
        Api.as(Tokens.of(Roles.DISTRICT_ADMIN, unit)).get("/api/v1/org-unit-kinds").then().statusCode(200);
        issuer.resetRequests();

        for (String token : List.of(Tokens.forged(Roles.DISTRICT_ADMIN, unit), Tokens.expired(Roles.DISTRICT_ADMIN, unit),
                Tokens.wrongAudience(Roles.DISTRICT_ADMIN, unit), "opaque-token-from-nowhere")) {
            Api.as(token).get("/api/v1/org-unit-kinds").then().statusCode(401);
        }
        Api.as(Tokens.of(Roles.DISTRICT_ADMIN, unit)).get("/api/v1/org-unit-kinds").then().statusCode(200);

        List<LoggedRequest> calls = issuer.findAll(anyRequestedFor(anyUrl()));
        assertEquals(List.of(), calls.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList());
    }
}
