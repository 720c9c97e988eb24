package cn.ggw.fleet;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request carries an id: the one the load balancer (or the caller) sent in {@code X-Request-Id},
 * when it is a plain token, or a new one. It is echoed in the response header, written into every log
 * line of the request (MDC key {@value #MDC_KEY}, a field of the JSON logs) and into the
 * {@code instance} of a problem answer, so that a clerk's screenshot leads to the log lines.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** A problem's {@code instance}: {@code urn:ggw:request:<id>}. */
    public static final String INSTANCE_PREFIX = "urn:ggw:request:";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    void install(@Observes Filters filters) {
        filters.register(context -> {
            String id = accepted(context.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        }, 1000);
    }

    /** The id of the request being served on this thread, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    static String accepted(String given) {
        return given != null && SAFE.matcher(given).matches() ? given : generate();
    }

    /** 128 random bits in the form of a UUID (no SecureRandom on the request path: this is no secret). */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new java.util.UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                .toString();
    }
}
