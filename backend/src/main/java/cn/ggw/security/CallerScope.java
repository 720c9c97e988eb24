package cn.ggw.security;

import cn.ggw.common.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling and which part of the hierarchy they may see: their unit (the {@code org_unit}
 * claim of the token, a unit code) and everything below it. Every read is limited by the
 * {@link ScopeFilter} fed from here; every write asks {@link #requireCovers} before it changes anything.
 */
@RequestScoped
public class CallerScope {

    public static final String UNIT_CLAIM = "org_unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    UnitDirectory units;

    private Optional<ScopeRoot> root;

    /** The caller's own unit, if they have an active one. */
    public Optional<ScopeRoot> root() {
        if (root == null) {
            root = resolveRoot();
        }
        return root;
    }

    /** The value of the scope filter's parameter: the caller's path, or a path nothing has. */
    public String filterPath() {
        return root().map(ScopeRoot::path).orElse(ScopeFilter.DENY_ALL);
    }

    public boolean covers(String orgPath) {
        return root().map(r -> ScopeFilter.covers(r.path(), orgPath)).orElse(false);
    }

    /**
     * Throws the given "not found" problem when the path is outside the caller's scope: a record
     * outside one's scope is answered exactly like one that does not exist.
     */
    public void requireCovers(String orgPath, String notFoundKey) {
        if (!covers(orgPath)) {
            throw ProblemException.notFound(notFoundKey);
        }
    }

    /** Refuses callers without an active unit before any write. */
    public ScopeRoot requireRoot() {
        return root().orElseThrow(() -> ProblemException.forbidden("auth.no-unit"));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
        }
        return principal.getName();
    }

    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return username();
    }

    /** The Keycloak user id (subject) of the caller. */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return jwt.getSubject();
        }
        return null;
    }

    public String unitCode() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        Object claim = jwt.getClaim(UNIT_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "").trim();
    }

    private Optional<ScopeRoot> resolveRoot() {
        String code = unitCode();
        return code == null || code.isEmpty() ? Optional.empty() : units.activeUnit(code);
    }

    /** The unit at the top of the caller's scope. */
    public record ScopeRoot(long unitId, String code, String name, String kind, String path) {
    }
}
