package cn.ggw.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every HTTP answer carries, and what is refused before any resource runs:
 * <ul>
 * <li>security headers on the SPA and the API: Content-Security-Policy (with frame-ancestors 'none'),
 * X-Content-Type-Options, Referrer-Policy, X-Frame-Options;</li>
 * <li>API answers (personal data, workbooks) are never stored by a browser or proxy: Cache-Control: no-store
 * unless the resource chose otherwise; the SPA's index.html is revalidated (a new release is picked up at once);
 * only the content-hashed /assets/ stay immutable;</li>
 * <li>URLs over {@value #MAX_URI} characters: 414 as problem+json (the HTTP layer's own limit is set higher so that
 * it does not answer a bare 414 first); a NUL (%00) in the path or the query: 400 as problem+json.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpHardening {

    static final int MAX_URI = 4096;
    /** NUL and the other C0 controls but tab, LF and CR, percent-encoded (a raw one never gets this far). */
    private static final Pattern ENCODED_NUL = Pattern.compile("%(0[0-8BbCcEeFf]|1[0-9A-Fa-f]|7[Ff])");

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "ggw.keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    private volatile String policy;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 5).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        String path = rc.request().path();
        rc.addHeadersEndHandler(v -> headers(rc, path));
        String uri = rc.request().uri();
        if (uri.length() > MAX_URI) {
            refuse(rc, 414, "uri-too-long", "http.uri-too-long", MAX_URI);
            return;
        }
        if (uri.indexOf('\u0000') >= 0 || ENCODED_NUL.matcher(uri).find()) {
            refuse(rc, 400, "validation", "input.control-character");
            return;
        }
        rc.next();
    }

    private void headers(RoutingContext rc, String path) {
        var h = rc.response().headers();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        boolean swagger = path != null && path.startsWith("/q/swagger-ui");
        if (!swagger && !h.contains("Content-Security-Policy")) {
            // A resource's own stricter policy (stored files: default-src 'none'; sandbox) stays.
            h.set("Content-Security-Policy", policy());
        }
        if (path == null) {
            return;
        }
        if (path.startsWith("/api/")) {
            if (!h.contains("Cache-Control")) {
                h.set("Cache-Control", "no-store");
            }
        } else if (!path.startsWith("/assets/") && !path.startsWith("/q/")) {
            // index.html (and deep links rerouted to it), favicon …: revalidate every time.
            h.set("Cache-Control", "no-cache");
        }
    }

    /** Only our own scripts; Ant Design writes inline styles; the browser talks to us and to Keycloak. */
    private String policy() {
        String p = policy;
        if (p == null) {
            String keycloak = origin(keycloakUrl);
            p = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                    + "font-src 'self' data:; connect-src 'self'" + keycloak + "; frame-src 'self'" + keycloak
                    + "; form-action 'self'" + keycloak + "; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
            policy = p;
        }
        return p;
    }

    private static String origin(String url) {
        try {
            URI u = URI.create(url.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                return "";
            }
            return " " + u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void refuse(RoutingContext rc, int status, String type, String key, Object... args) {
        Locale locale = UploadLimit.locale(rc.request().getHeader("Accept-Language"));
        Problem body = new Problem(ProblemMapper.TYPE_PREFIX + type, Messages.text(locale, "problem.title." + status), status,
                Messages.text(locale, key, args), null,
                status == 400 ? List.of(new Problem.FieldError("url", Messages.text(locale, key, args))) : null);
        try {
            rc.response().setStatusCode(status)
                    .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                    .putHeader("Content-Language", locale.toLanguageTag())
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
