package cn.ggw.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;

/**
 * Refuses an upload that announces a body over the limit before a byte of it is read, with the
 * same problem+json (and the same words) as every other refusal; the HTTP layer's own limit
 * (quarkus.http.limits.max-body-size) would only close the connection with a bare 413.
 */
@ApplicationScoped
public class UploadLimit {

    /** Multipart framing around the file itself. */
    private static final long ENVELOPE = 64 * 1024;

    @ConfigProperty(name = "ggw.import.max-file-size", defaultValue = "31457280")
    long maxFileSize;

    /** Stored files (photos, attachments) have a smaller cap, and words of their own. */
    @ConfigProperty(name = "ggw.files.max-document-bytes", defaultValue = "20971520")
    long maxStoredFileSize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            boolean storedFile = rc.request().path().startsWith("/api/v1/files");
            long limit = storedFile ? maxStoredFileSize : maxFileSize;
            if (rc.request().method() == HttpMethod.POST && length != null && isLong(length)
                    && Long.parseLong(length) > limit + ENVELOPE) {
                Locale locale = locale(rc.request().getHeader("Accept-Language"));
                Problem body = new Problem(ProblemMapper.TYPE_PREFIX + "payload-too-large", Messages.text(locale, "problem.title.413"), 413,
                        Messages.text(locale, storedFile ? "files.too-large" : "import.file.too-large", limit / (1024 * 1024)),
                        rc.request().path(), null);
                try {
                    rc.response().setStatusCode(413)
                            .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                            .putHeader("Content-Language", locale.toLanguageTag())
                            .putHeader("Connection", "close")
                            .end(json.writeValueAsString(body));
                } catch (JsonProcessingException impossible) {
                    throw new IllegalStateException(impossible);
                }
                return;
            }
            rc.next();
        });
    }

    private static boolean isLong(String s) {
        return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit);
    }

    /** zh-CN unless English comes before Chinese in Accept-Language. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null) {
            return Messages.CHINESE;
        }
        for (String part : List.of(acceptLanguage.toLowerCase(Locale.ROOT).split(","))) {
            String tag = part.trim();
            if (tag.startsWith("zh")) {
                return Messages.CHINESE;
            }
            if (tag.startsWith("en")) {
                return Messages.ENGLISH;
            }
        }
        return Messages.CHINESE;
    }
}
