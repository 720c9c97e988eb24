package cn.ggw.common;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Sends the SPA's built assets (/assets/…, content-hashed names) in the Brotli or gzip copy written at build
 * time ({@code frontend/scripts/compress-dist.mjs}), whichever the browser accepts, so that a phone on a slow
 * network downloads a third of the bytes and the server spends no CPU on compressing them. The names carry a
 * hash of the content, so a copy may be kept for a year. A browser that accepts neither gets the plain file
 * from the static handler. The copies are read once from the application's jar and kept in memory (about
 * 1.5 MB for both encodings of the whole SPA).
 */
@Singleton
public class CompressedAssets {

    private static final Pattern ASSET = Pattern.compile("^/assets/[A-Za-z0-9._-]+\\.(js|css|svg|json)$");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json");

    private final Map<String, Optional<Buffer>> copies = new ConcurrentHashMap<>();

    void install(@Observes Router router) {
        router.get("/assets/*").order(-2).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        String path = context.normalizedPath();
        if (!ASSET.matcher(path).matches()) {
            context.next();
            return;
        }
        String accepted = Optional.ofNullable(context.request().getHeader(HttpHeaders.ACCEPT_ENCODING))
                .orElse("").toLowerCase(Locale.ROOT);
        for (String[] encoding : new String[][] {{"br", ".br"}, {"gzip", ".gz"}}) {
            if (!accepts(accepted, encoding[0])) continue;
            Optional<Buffer> copy = copies.computeIfAbsent(path + encoding[1], CompressedAssets::read);
            if (copy.isPresent()) {
                String extension = path.substring(path.lastIndexOf('.') + 1);
                context.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE, TYPES.get(extension))
                        .putHeader(HttpHeaders.CONTENT_ENCODING, encoding[0])
                        .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                        .putHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                        .end(copy.get());
                return;
            }
        }
        context.response().putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        context.next();
    }

    /** Whether an Accept-Encoding value takes this coding (a q=0 refuses it). */
    static boolean accepts(String acceptEncoding, String coding) {
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            if (!pieces[0].trim().equals(coding)) continue;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        return Double.parseDouble(parameter.substring(2)) > 0;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    private static Optional<Buffer> read(String path) {
        ClassLoader loader = CompressedAssets.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("META-INF/resources" + path)) {
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
