package cn.ggw.exemplars;

import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit names for exemplar views and the levels above a unit. A village clerk sees the name of the township
 * that nominated or reviews their exemplar although the township lies above their scope: names of units are
 * not secret (they are on every letterhead), so this reads them by id without the scope filter.
 */
@ApplicationScoped
class ExemplarUnits {

    @Inject
    EntityManager em;

    Map<Long, OrgUnitRef> refs(Collection<Long> ids) {
        Map<Long, OrgUnitRef> refs = new HashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, code, name, kind from org_unit where id in (:ids)")
                .setParameter("ids", ids.stream().distinct().toList())
                .getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            refs.put(id, new OrgUnitRef(id, (String) r[1], (String) r[2], OrgUnitKind.valueOf((String) r[3])));
        }
        return refs;
    }

    /** Whether the unit at this path is a township or street, or lies under one: then the township level reviews. */
    boolean underTownship(String orgPath) {
        List<Long> ids = Arrays.stream(orgPath.split("\\.")).map(Long::valueOf).toList();
        return refs(ids).values().stream().anyMatch(u -> u.kind() == OrgUnitKind.TOWNSHIP || u.kind() == OrgUnitKind.STREET);
    }
}
