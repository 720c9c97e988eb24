package cn.ggw.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Resolves the caller's scope when a request starts (on the worker thread, before any query), so
 * that resolving it never needs a second database connection while Hibernate holds one.
 */
public class ScopeResolution {

    @Inject
    CallerScope caller;

    @ServerRequestFilter
    public void resolveEarly(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            try {
                caller.root();
            } catch (RuntimeException e) {
                // An invalid token is answered by the authentication mechanism itself (401).
            }
        }
    }
}
