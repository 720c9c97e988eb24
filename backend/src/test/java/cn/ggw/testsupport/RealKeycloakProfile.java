package cn.ggw.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;
import java.util.Set;

/**
 * Runs the app against the real Keycloak that {@code ./ggw test} starts (GGW_TEST_KEYCLOAK_URL,
 * default http://localhost:8181), with the demo district loaded so that the realm's demo users
 * have their units.
 */
public class RealKeycloakProfile implements QuarkusTestProfile {

    public static String keycloakUrl() {
        String url = System.getenv("GGW_TEST_KEYCLOAK_URL");
        return url == null || url.isBlank() ? "http://localhost:8181" : url;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloakUrl() + "/realms/ggw",
                "quarkus.oidc.connection-delay", "30S",
                "quarkus.keycloak.admin-client.server-url", keycloakUrl(),
                "ggw.keycloak.url", keycloakUrl(),
                "ggw.demo-data", "true");
    }

    @Override
    public Set<String> tags() {
        return Set.of("real-keycloak");
    }
}
