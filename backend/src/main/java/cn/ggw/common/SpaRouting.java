package cn.ggw.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/** Deep links of the SPA (/org-units/42) get index.html; the API, /q and files are left alone. */
@Singleton
public class SpaRouting {

    private static final Pattern NOT_SPA = Pattern.compile("^/(api|q)(/.*)?$|^.*\\.[A-Za-z0-9]+$");

    void install(@Observes Router router) {
        router.get("/*").order(-1).handler(context -> {
            String path = context.normalizedPath();
            if ("/".equals(path) || NOT_SPA.matcher(path).matches()) {
                context.next();
            } else {
                context.reroute("/");
            }
        });
    }
}
