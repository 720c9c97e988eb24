package cn.ggw.cityapi;

import cn.ggw.common.ProblemException;
import cn.ggw.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits per machine client (a token with the city-api role), keyed by the token's {@code azp} (the
 * Keycloak client) or else its subject: a token bucket of {@code capacity} requests refilled over
 * {@code window-seconds}, per replica. Over it: 429 with Retry-After. Every answer to such a client carries
 * RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset (seconds until the bucket is full) and RateLimit-Policy.
 */
public class RateLimits {

    static final String STATE = RateLimits.class.getName();

    @Inject
    SecurityIdentity identity;

    @Inject
    Buckets buckets;

    @ServerRequestFilter(priority = 900)
    public void admit(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return;
        }
        String client;
        try {
            if (identity.isAnonymous() || !identity.hasRole(Roles.CITY_API)) {
                return;
            }
            client = clientOf(identity);
        } catch (RuntimeException e) {
            return; // an invalid token is answered by the authentication mechanism (401)
        }
        Buckets.Taken taken = buckets.take(client);
        request.setProperty(STATE, taken);
        if (!taken.admitted()) {
            throw new ProblemException(429, "rate-limited", "cityapi.rate-limited", List.of(), taken.retryAfterSeconds());
        }
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STATE) instanceof Buckets.Taken taken) {
            var h = response.getHeaders();
            h.putSingle("RateLimit-Limit", taken.limit());
            h.putSingle("RateLimit-Remaining", taken.remaining());
            h.putSingle("RateLimit-Reset", taken.resetSeconds());
            h.putSingle("RateLimit-Policy", taken.limit() + ";w=" + taken.windowSeconds());
            if (!taken.admitted()) {
                h.putSingle("Retry-After", taken.retryAfterSeconds());
            }
        }
    }

    private static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object azp = jwt.getClaim("azp");
            if (azp != null && !azp.toString().isBlank()) {
                return "azp:" + azp.toString().replace("\"", "");
            }
            return "sub:" + jwt.getSubject();
        }
        return "name:" + identity.getPrincipal().getName();
    }

    /** The token buckets, one per client. */
    @ApplicationScoped
    public static class Buckets {

        @ConfigProperty(name = "ggw.cityapi.rate-limit.capacity", defaultValue = "300")
        int capacity;

        @ConfigProperty(name = "ggw.cityapi.rate-limit.window-seconds", defaultValue = "60")
        int windowSeconds;

        private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

        record Taken(boolean admitted, int limit, int remaining, long resetSeconds, long retryAfterSeconds, int windowSeconds) {
        }

        Taken take(String client) {
            if (buckets.size() > 10_000) {
                buckets.clear();
            }
            Bucket bucket = buckets.computeIfAbsent(client, k -> new Bucket(capacity));
            synchronized (bucket) {
                long now = System.nanoTime();
                double perNano = capacity / (windowSeconds * 1e9);
                bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
                bucket.at = now;
                boolean admitted = bucket.tokens >= 1;
                if (admitted) {
                    bucket.tokens -= 1;
                }
                long reset = (long) Math.ceil((capacity - bucket.tokens) / perNano / 1e9);
                long retry = admitted ? 0 : Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
                return new Taken(admitted, capacity, (int) Math.floor(bucket.tokens), reset, retry, windowSeconds);
            }
        }
    }

    private static final class Bucket {
        double tokens;
        long at = System.nanoTime();

        Bucket(int capacity) {
            tokens = capacity;
        }
    }
}
