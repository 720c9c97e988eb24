package cn.ggw.cityapi;

import cn.ggw.common.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the operation does not declare is a 400 naming it (a misspelt {@code updatedSince}
 * must not be ignored silently, or a sync would quietly fetch everything), and so is a single-valued
 * parameter given twice. Applies to the operations a syncing system uses ({@link SyncHeaders#PATHS}).
 */
public class StrictQueryParams {

    private static final Map<Method, Map<String, Boolean>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !SyncHeaders.covered(request.getUriInfo().getRequestUri().getRawPath())) {
            return;
        }
        Map<String, Boolean> declared = DECLARED.computeIfAbsent(method, StrictQueryParams::declared);
        for (Map.Entry<String, List<String>> given : request.getUriInfo().getQueryParameters().entrySet()) {
            Boolean repeatable = declared.get(given.getKey());
            if (repeatable == null) {
                throw ProblemException.invalid(given.getKey(), "query.param.unknown", given.getKey());
            }
            if (!repeatable && given.getValue().size() > 1) {
                throw ProblemException.invalid(given.getKey(), "query.param.repeated", given.getKey());
            }
        }
    }

    /** Query parameter name → whether it may repeat (a collection). */
    private static Map<String, Boolean> declared(Method method) {
        Map<String, Boolean> names = new HashMap<>();
        for (Parameter p : method.getParameters()) {
            for (Annotation a : p.getAnnotations()) {
                String name = a instanceof QueryParam q ? q.value() : a instanceof RestQuery r ? (r.value().isEmpty() ? p.getName() : r.value()) : null;
                if (name != null) {
                    names.put(name, Collection.class.isAssignableFrom(p.getType()));
                }
            }
        }
        return names;
    }
}
