package cn.ggw.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * Feeds the scope filter's parameter. Outside a request (background jobs) it denies everything:
 * a job that needs data disables the filter explicitly, never by accident.
 */
@ApplicationScoped
@Unremovable
public class ScopePathResolver implements Supplier<String> {

    @Inject
    Instance<CallerScope> callerScope;

    @Override
    public String get() {
        if (!Arc.container().requestContext().isActive()) {
            return ScopeFilter.DENY_ALL;
        }
        return callerScope.get().filterPath();
    }
}
