package cn.ggw.hierarchy;

import cn.ggw.security.Subtree;
import cn.ggw.common.LikePatterns;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import org.hibernate.jpa.HibernateHints;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Queries of the hierarchy. Every JPQL query and load by id here is limited to the caller's
 * subtree by the scope filter; the few native statements say in their comment why they are safe.
 */
@ApplicationScoped
public class OrgUnitRepository implements PanacheRepository<OrgUnit> {

    public Optional<OrgUnit> findVisible(long id) {
        return findByIdOptional(id);
    }

    public long nextId() {
        return ((Number) getEntityManager()
                .createNativeQuery("select nextval(pg_get_serial_sequence('org_unit', 'id'))")
                .getSingleResult()).longValue();
    }

    /** The caller's own unit: the one row whose path is the scope root. */
    public List<OrgUnit> scopeRoots(String scopePath) {
        return find("orgPath = ?1", scopePath).list();
    }

    public List<OrgUnit> children(long parentId, boolean includeInactive, Integer afterSort, Long afterId, int limit) {
        String jpql = "parentId = :parent"
                + (includeInactive ? "" : " and active = true")
                + (afterId == null ? "" : " and (sortOrder > :afterSort or (sortOrder = :afterSort and id > :afterId))")
                + " order by sortOrder, id";
        var query = getEntityManager().createQuery("from OrgUnit where " + jpql, OrgUnit.class)
                .setParameter("parent", parentId);
        if (afterId != null) {
            query.setParameter("afterSort", afterSort).setParameter("afterId", afterId);
        }
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(limit).getResultList();
    }

    /** Units below {@code path} (not the unit itself), depth-first by path. */
    public List<OrgUnit> descendants(String path, boolean includeInactive, String afterPath, int limit) {
        var query = getEntityManager().createQuery("from OrgUnit where orgPath like :pathPrefix" // subtree-ok: strictly below, pattern from Subtree
                        + (includeInactive ? "" : " and active = true")
                        + (afterPath == null ? "" : " and orgPath > :after")
                        + " order by orgPath", OrgUnit.class)
                .setParameter("pathPrefix", Subtree.of(path).descendantsPattern()); // escaped, the path checked
        if (afterPath != null) {
            query.setParameter("after", afterPath);
        }
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(limit).getResultList();
    }

    /** Search by a fragment of the name or the start of the code, in path order. */
    public List<OrgUnit> search(String text, OrgUnitKind kind, boolean includeInactive, String afterPath, int limit) {
        var query = getEntityManager().createQuery("from OrgUnit where (name like :fragment escape '\\' or code like :prefix escape '\\')"
                        + (kind == null ? "" : " and kind = :kind")
                        + (includeInactive ? "" : " and active = true")
                        + (afterPath == null ? "" : " and orgPath > :after")
                        + " order by orgPath", OrgUnit.class)
                .setParameter("fragment", LikePatterns.containing(text))
                .setParameter("prefix", LikePatterns.escape(text) + "%");
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (afterPath != null) {
            query.setParameter("after", afterPath);
        }
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setMaxResults(limit).getResultList();
    }

    public List<OrgUnit> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * Who holds a code, across the whole table (codes are unique everywhere). Native on purpose:
     * uniqueness cannot be checked inside the caller's scope only. Only id, name and path leave here.
     */
    public Optional<CodeHolder> codeHolder(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select id, name, org_path from org_unit where code = ?1")
                .setParameter(1, code)
                .getResultList();
        return rows.stream().findFirst()
                .map(r -> new CodeHolder(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
    }

    /** Active units directly below; native so that it counts also those the session has not loaded. */
    public long activeChildren(long id) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from org_unit where parent_id = ?1 and active")
                .setParameter(1, id)
                .getSingleResult()).longValue();
    }

    /**
     * Rewrites the paths of a moved subtree in one statement. Native (not filtered): the caller has
     * already been checked to cover both the subtree and its destination.
     */
    public int movePaths(String oldPath, String newPath, int depthDelta, String actor) {
        return getEntityManager().createNativeQuery("""
                        update org_unit
                           set org_path = ?5 || substr(org_path, length(?1) + 1),
                               depth = depth + ?3,
                               updated_at = now(), updated_by = ?4, version = version + 1
                         where """ + Subtree.of(oldPath).sql("org_path", 1))
                .setParameter(1, oldPath)
                .setParameter(2, Subtree.of(oldPath).end())
                .setParameter(5, newPath)
                .setParameter(3, depthDelta)
                .setParameter(4, actor)
                .executeUpdate();
    }

    /** Serialises changes of the tree's shape, so that two concurrent moves cannot make a cycle. */
    public void lockTreeShape() {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(220802)) as l").getSingleResult();
    }

    public int maxSortOrder(long parentId) {
        Object max = getEntityManager()
                .createNativeQuery("select coalesce(max(sort_order), 0) from org_unit where parent_id = ?1")
                .setParameter(1, parentId)
                .getSingleResult();
        return ((Number) max).intValue();
    }

    public record CodeHolder(long id, String name, String path) {
    }
}
