package cn.ggw.exemplars;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.ProblemException;
import cn.ggw.exemplars.ExemplarDtos.QuotaView;
import cn.ggw.exemplars.ExemplarDtos.SetQuotaRequest;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 名额: the district sets how many exemplars of a category its subtree may nominate in a year; a nomination
 * beyond it is refused (409). Rejected exemplars give their place back. Quotas of the units above a place
 * apply to it, so a village clerk is shown — and bound by — the district's.
 */
@ApplicationScoped
public class QuotaService {

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    ExemplarUnits units;

    @Inject
    AuditLog audit;

    @Inject
    CategoryService categories;

    private record Quota(long id, long unitId, String path, int year, String category, int quota) {
    }

    /** The quotas that apply to the caller's unit (set there or above), with how many places are taken. */
    public List<QuotaView> applying(Integer year) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        List<Quota> quotas = above(root.path(), year, null, false);
        Map<Long, OrgUnitRef> refs = units.refs(quotas.stream().map(Quota::unitId).toList());
        List<QuotaView> views = new ArrayList<>();
        for (Quota q : quotas) {
            views.add(new QuotaView(refs.get(q.unitId()), q.year(), q.category(), q.quota(), used(q)));
        }
        return views;
    }

    @Transactional
    public QuotaView set(SetQuotaRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        String category = categories.requireActive(root.path(), request.category(), "category").code();
        Object before = em.createNativeQuery("select quota from exemplar_quota where org_unit_id = ?1 and year = ?2 and category = ?3")
                .setParameter(1, root.unitId()).setParameter(2, request.year()).setParameter(3, category)
                .getResultStream().findFirst().orElse(null);
        em.createNativeQuery("""
                        insert into exemplar_quota (org_unit_id, org_path, year, category, quota, updated_by) values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (org_unit_id, year, category) do update set quota = excluded.quota, updated_at = now(), updated_by = excluded.updated_by""")
                .setParameter(1, root.unitId()).setParameter(2, root.path()).setParameter(3, request.year())
                .setParameter(4, category).setParameter(5, request.quota()).setParameter(6, caller.username())
                .executeUpdate();
        Quota q = above(root.path(), request.year(), category, false).stream().filter(x -> x.unitId() == root.unitId())
                .findFirst().orElseThrow();
        audit.record("SET_QUOTA", "ExemplarQuota", q.id(), root.path(), before == null ? null : Map.of("quota", before),
                Map.of("year", q.year(), "category", q.category(), "quota", q.quota()));
        return new QuotaView(units.refs(List.of(root.unitId())).get(root.unitId()), q.year(), q.category(), q.quota(), used(q));
    }

    /**
     * Refuses a nomination that would exceed a quota of its place, in the nominating transaction; the quota rows
     * are locked so that two nominations cannot both take the last place.
     */
    void checkRoom(String unitPath, int year, CategoryService.Category category) {
        for (Quota q : above(unitPath, year, category.code(), true)) {
            if (used(q) >= q.quota()) {
                throw ProblemException.conflict("category", "exemplar.quota.full", q.quota(), String.valueOf(year), category.names());
            }
        }
    }

    /** Quotas set at the unit of this path or above it; optionally locked. */
    @SuppressWarnings("unchecked")
    private List<Quota> above(String path, Integer year, String category, boolean lock) {
        Subtree.of(path); // checks the path's form
        List<Object[]> rows = em.createNativeQuery("""
                        select id, org_unit_id, org_path, year, category, quota from exemplar_quota
                         where (?1 = org_path or ?1 like org_path || '.%') and (cast(?2 as integer) is null or year = ?2) -- subtree-ok: the units above the path (quotas set there)
                           and (cast(?3 as varchar) is null or category = ?3)
                         order by year desc, category, length(org_path)""" + (lock ? " for update" : ""))
                .setParameter(1, path)
                .setParameter(2, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.INTEGER, year))
                .setParameter(3, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.STRING,
                        category))
                .getResultList();
        return rows.stream().map(r -> new Quota(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).intValue(), (String) r[4], ((Number) r[5]).intValue())).toList();
    }

    /** Places taken under a quota: its subtree's exemplars of the year and category, except rejected ones. */
    private long used(Quota q) {
        Subtree t = Subtree.of(q.path());
        return ((Number) t.bind(em.createNativeQuery("select count(*) from exemplar where " + t.sql("org_path", 1)
                        + " and year = ?3 and category = ?4 and status <> 'REJECTED'"), 1)
                .setParameter(3, q.year()).setParameter(4, q.category()).getSingleResult()).longValue();
    }
}
