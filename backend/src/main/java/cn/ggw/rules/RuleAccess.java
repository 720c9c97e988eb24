package cn.ggw.rules;

import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import cn.ggw.security.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may read and change what a unit issues (its rulebook, its bulletins, its inspection rounds): the
 * one place that decides it. Readers: callers whose unit lies below the issuing unit (it is written for
 * them) or above it (they oversee it). Writers: district-admin and township-staff whose subtree holds the
 * issuing unit. Anything else answers 404, exactly like an unknown id.
 */
@ApplicationScoped
public class RuleAccess {

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    public boolean canRead(String ownerPath) {
        String path = caller.filterPath();
        if (ScopeFilter.DENY_ALL.equals(path) || caller.hasRole(Roles.CITY_API)) {
            return false;
        }
        return ScopeFilter.covers(ownerPath, path) || ScopeFilter.covers(path, ownerPath);
    }

    /**
     * Whether what a unit issued at {@code ownerPath} (a rule, a round, a bulletin) binds the unit at
     * {@code unitPath}: the unit lies in the issuer's subtree.
     */
    public static boolean binds(String ownerPath, String unitPath) {
        return ScopeFilter.covers(ownerPath, unitPath);
    }

    public boolean canWrite(String ownerPath) {
        return (caller.hasRole(Roles.DISTRICT_ADMIN) || caller.hasRole(Roles.TOWNSHIP_STAFF)) && caller.covers(ownerPath);
    }

    public void requireRead(String ownerPath, String notFoundKey) {
        if (!canRead(ownerPath)) {
            throw ProblemException.notFound(notFoundKey);
        }
    }

    /** 404 when the caller cannot even read it; 403 when they read it but it is another unit's to change. */
    public void requireWrite(String ownerPath, String notFoundKey) {
        caller.requireRoot();
        requireRead(ownerPath, notFoundKey);
        if (!canWrite(ownerPath)) {
            throw ProblemException.forbidden("rules.forbidden.owner");
        }
    }

    /** The paths of a unit and all its ancestors ("1", "1.5", "1.5.77"). */
    static List<String> selfAndAncestors(String path) {
        List<String> paths = new ArrayList<>();
        int dot = -1;
        while ((dot = path.indexOf('.', dot + 1)) >= 0) {
            paths.add(path.substring(0, dot));
        }
        paths.add(path);
        return paths;
    }

    /**
     * Names of issuing units (a village must see that its rulebook is the district's, which lies outside its
     * scope). Native and unscoped on purpose: only id, code, name and kind of units already found readable.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, OrgUnitRef> owners(Collection<Long> ids) {
        Map<Long, OrgUnitRef> refs = new HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        List<Object[]> rows = em.createNativeQuery("select id, code, name, kind from org_unit where id in (?1)")
                .setParameter(1, List.copyOf(ids)).getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            refs.put(id, new OrgUnitRef(id, (String) r[1], (String) r[2], OrgUnitKind.valueOf((String) r[3])));
        }
        return refs;
    }

    public OrgUnitRef owner(long id) {
        return owners(List.of(id)).get(id);
    }
}
