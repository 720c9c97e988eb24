package cn.ggw.fleet;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Keycloak, reported on its own (/q/health and /q/health/well) and never part of readiness: tokens
 * already issued are verified with cached keys, so a replica keeps serving while Keycloak is away —
 * only new sign-ins fail. Taking every replica out of the load balancer then would turn a sign-in
 * outage into a full one. The answer is cached for a few seconds so that probes cost nothing.
 */
@Wellness
@ApplicationScoped
public class KeycloakHealth implements HealthCheck {

    private static final long CACHE_NANOS = 5_000_000_000L;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile HealthCheckResponse last;
    private volatile long checkedAt;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponse cached = last;
        if (cached != null && System.nanoTime() - checkedAt < CACHE_NANOS) {
            return cached;
        }
        String discovery = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
        HealthCheckResponse answer;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            answer = HealthCheckResponse.named("Keycloak").status(response.statusCode() == 200)
                    .withData("issuer", issuer).withData("status", response.statusCode()).build();
        } catch (java.io.IOException e) {
            answer = HealthCheckResponse.named("Keycloak").down().withData("issuer", issuer)
                    .withData("error", e.getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = HealthCheckResponse.named("Keycloak").down().withData("issuer", issuer).build();
        }
        last = answer;
        checkedAt = System.nanoTime();
        return answer;
    }
}
