package cn.ggw.hierarchy;

import cn.ggw.security.Subtree;
import cn.ggw.common.LikePatterns;
import cn.ggw.common.PreparedOnServer;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
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

    /** The columns of a unit as trees and lists show it, read into a record: nothing managed, tracked or flushed. */
    static final String ROW = "select u.id, u.code, u.name, u.kind, u.parentId, u.depth, u.sortOrder, u.active, u.activeChildCount, u.orgPath";

    @PreparedOnServer
    public List<UnitRow> children(long parentId, boolean includeInactive, Integer afterSort, Long afterId, int limit) {
        String jpql = "u.parentId = :parent"
                + (includeInactive ? "" : " and u.active = true")
                + (afterId == null ? "" : " and (u.sortOrder > :afterSort or (u.sortOrder = :afterSort and u.id > :afterId))")
                + " order by u.sortOrder, u.id";
        var query = getEntityManager().createQuery(ROW + " from OrgUnit u where " + jpql, UnitRow.class)
                .setParameter("parent", parentId);
        if (afterId != null) {
            query.setParameter("afterSort", afterSort).setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Units below the unit {@code rootId} (not the unit itself), depth-first by path, in one statement: the root's
     * path comes from two scalar subqueries, which PostgreSQL runs once (InitPlans) and uses as the bounds of one range
     * scan of the path index, already in path order. (A join to the root instead let the planner walk the whole index
     * in order for the LIMIT: 4.9 ms of PostgreSQL CPU per request in the bench run of 12:52.) The range
     * {@code > 'P.' and < 'P/'} ('/' follows '.' in the C collation of org_path) is the prefix {@code like 'P.%'}.
     * The root and the rows both pass the scope filter, so an invisible root gives no rows.
     */
    @PreparedOnServer
    public List<UnitRow> descendants(long rootId, boolean includeInactive, String afterPath, int limit) {
        var query = getEntityManager().createQuery(ROW + " from OrgUnit u"
                        + " where u.orgPath > (select concat(r.orgPath, '.') from OrgUnit r where r.id = :root)" // subtree-ok: strictly below a filtered root
                        + " and u.orgPath < (select concat(r.orgPath, '/') from OrgUnit r where r.id = :root)"
                        + (includeInactive ? "" : " and u.active = true")
                        + (afterPath == null ? "" : " and u.orgPath > :after")
                        + " order by u.orgPath", UnitRow.class)
                .setParameter("root", rootId);
        if (afterPath != null) {
            query.setParameter("after", afterPath);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * One unit with its breadcrumbs, in one statement over the path: a row per visible unit on the path from the
     * top down to the unit itself (the unit last). The scope filter limits both the unit and its ancestors, so a
     * unit outside the caller's scope gives no rows and ancestors above the caller's own unit are left out. The
     * ancestors are found by primary key, the ids being the path's parts.
     */
    @PreparedOnServer
    public List<DetailRow> withBreadcrumbs(Long id, String code) {
        var query = getEntityManager().createQuery("select u.id, u.code, u.name, u.kind, u.parentId, u.depth, u.sortOrder,"
                        + " u.active, u.activeChildCount, u.version, u.createdAt, u.updatedAt, u.deactivatedAt, u.deactivationReason,"
                        + " a.id, a.code, a.name, a.kind"
                        + " from OrgUnit u, OrgUnit a where " + (id != null ? "u.id = :key" : "u.code = :key")
                        + " and cast(sql('? = any(string_to_array(?, ''.'')::bigint[])', a.id, u.orgPath) as Boolean)" // subtree-ok: the unit's own path, both filtered
                        + " order by a.depth", DetailRow.class)
                .setParameter("key", id != null ? id : code);
        return query.getResultList();
    }

    /** Search by a fragment of the name or the start of the code, in path order. */
    public List<UnitRow> search(String text, OrgUnitKind kind, boolean includeInactive, String afterPath, int limit) {
        var query = getEntityManager().createQuery(ROW + " from OrgUnit u where (u.name like :fragment escape '\\' or u.code like :prefix escape '\\')"
                        + (kind == null ? "" : " and u.kind = :kind")
                        + (includeInactive ? "" : " and u.active = true")
                        + (afterPath == null ? "" : " and u.orgPath > :after")
                        + " order by u.orgPath", UnitRow.class)
                .setParameter("fragment", LikePatterns.containing(text))
                .setParameter("prefix", LikePatterns.escape(text) + "%");
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (afterPath != null) {
            query.setParameter("after", afterPath);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The caller's own unit: the one row whose path is the scope root. */
    @PreparedOnServer
    public List<UnitRow> scopeRootRows(String scopePath) {
        return getEntityManager().createQuery(ROW + " from OrgUnit u where u.orgPath = :path", UnitRow.class)
                .setParameter("path", scopePath).getResultList();
    }

    /** For other features: the visible units among these ids, as references, in one statement. */
    public List<RefRow> refsByIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : getEntityManager()
                .createQuery("select u.id, u.code, u.name, u.kind, u.orgPath, u.active from OrgUnit u where u.id in :ids", RefRow.class)
                .setParameter("ids", ids).getResultList();
    }

    /** For other features: one visible unit as a reference, by id or by code. */
    @PreparedOnServer
    public Optional<RefRow> ref(Long id, String code) {
        return getEntityManager()
                .createQuery("select u.id, u.code, u.name, u.kind, u.orgPath, u.active from OrgUnit u where "
                        + (id != null ? "u.id = :key" : "u.code = :key"), RefRow.class)
                .setParameter("key", id != null ? id : code).getResultStream().findFirst();
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

    /** A unit as lists show it, with its path (for cursors and the scope check). */
    public record UnitRow(long id, String code, String name, OrgUnitKind kind, Long parentId, int depth, int sortOrder,
                          boolean active, long childCount, String orgPath) {
    }

    /** A unit named for other features, with what they check: its path and whether it is active. */
    public record RefRow(long id, String code, String name, OrgUnitKind kind, String orgPath, boolean active) {
    }

    /** One row of {@link #withBreadcrumbs}: the unit's columns, repeated, and one unit on its path. */
    public record DetailRow(long id, String code, String name, OrgUnitKind kind, Long parentId, int depth, int sortOrder,
                            boolean active, long childCount, long version, java.time.Instant createdAt, java.time.Instant updatedAt,
                            java.time.Instant deactivatedAt, String deactivationReason,
                            long crumbId, String crumbCode, String crumbName, OrgUnitKind crumbKind) {
    }
}
