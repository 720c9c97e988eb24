package cn.ggw.testsupport;

import io.restassured.RestAssured;

/** Real tokens from the real Keycloak: password grant on the test-only client, client credentials for the city. */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "Demo@2026";

    private KeycloakTokens() {
    }

    public static String password(String username) {
        return password("ggw-test", username, DEMO_PASSWORD);
    }

    public static String password(String clientId, String username, String password) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", password)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    public static String clientCredentials(String clientId, String secret) {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The status Keycloak answers to a password grant (200, or 400/401 when it refuses). */
    public static int passwordGrantStatus(String username, String password) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "ggw-test")
                .formParam("username", username)
                .formParam("password", password)
                .post(tokenEndpoint())
                .statusCode();
    }

    /** A password grant's refresh token (the session a browser keeps). */
    public static String refreshToken(String username, String password) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "ggw-test")
                .formParam("username", username)
                .formParam("password", password)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("refresh_token");
    }

    /** The status Keycloak answers to a refresh with this token: 200 while its session lives, 400 once it is ended. */
    public static int refreshStatus(String refreshToken) {
        return RestAssured.given()
                .formParam("grant_type", "refresh_token")
                .formParam("client_id", "ggw-test")
                .formParam("refresh_token", refreshToken)
                .post(tokenEndpoint())
                .statusCode();
    }

    private static String tokenEndpoint() {
        return RealKeycloakProfile.keycloakUrl() + "/realms/ggw/protocol/openid-connect/token";
    }
}
