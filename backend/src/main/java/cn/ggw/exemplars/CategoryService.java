package cn.ggw.exemplars;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Localized;
import cn.ggw.common.ProblemException;
import cn.ggw.exemplars.ExemplarDtos.CategoryView;
import cn.ggw.exemplars.ExemplarDtos.CreateCategoryRequest;
import cn.ggw.exemplars.ExemplarDtos.UpdateCategoryRequest;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 典型类别: the register of categories. The built-in ones apply everywhere; a district adds its own for its subtree.
 * Exemplars and quotas keep a category's code, so a category that something carries is deactivated, never deleted.
 * Like quotas, the register is read by the units below the district (a village clerk nominates in the district's
 * categories), so it is read on the ancestors of a path, not through the scope filter.
 */
@ApplicationScoped
public class CategoryService {

    static final String ENTITY = "ExemplarCategory";

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    ExemplarUnits units;

    @Inject
    AuditLog audit;

    /** A row of the register. */
    public record Category(long id, Long unitId, String path, String code, String nameZh, String nameEn, Set<SubjectKind> kinds,
                           boolean active, long version) {

        boolean builtIn() {
            return unitId == null;
        }

        /** About a person of the registry only: the nomination must name the person. */
        boolean personOnly() {
            return kinds.equals(EnumSet.of(SubjectKind.PERSON));
        }

        Localized.Names names() {
            return new Localized.Names(nameZh, nameEn);
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    /** The categories that apply to the caller's unit (built in, or added by its district), inactive ones optionally. */
    public List<CategoryView> list(boolean includeInactive) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        List<Category> rows = at(root.path()).stream().filter(c -> includeInactive || c.active()).toList();
        Set<String> used = usedUnder(root.path());
        Map<Long, OrgUnitRef> refs = units.refs(rows.stream().map(Category::unitId).filter(Objects::nonNull).toList());
        return rows.stream().map(c -> view(c, refs, used.contains(c.code()))).toList();
    }

    /** The active category of this code for a unit at {@code path}, or 400 on {@code field}. */
    Category requireActive(String path, String code, String field) {
        Category c = find(path, code).orElseThrow(() -> ProblemException.invalid(field, "exemplar.category.unknown", code));
        if (!c.active()) {
            throw ProblemException.invalid(field, "exemplar.category.inactive", c.names());
        }
        return c;
    }

    /** The category of this code at {@code path}, active or not. */
    java.util.Optional<Category> find(String path, String code) {
        return at(path).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Names by code for the units at {@code path} (for the city and the booklet); unknown codes map to themselves. */
    Map<String, Category> byCode(String path) {
        Map<String, Category> map = new LinkedHashMap<>();
        for (Category c : at(path)) {
            map.putIfAbsent(c.code(), c);
        }
        return map;
    }

    // ---- the district's changes --------------------------------------------------------------

    @Transactional
    public CategoryView create(CreateCategoryRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        String code = request.code();
        if (BuiltInCategory.isBuiltIn(code) || find(root.path(), code).isPresent()) {
            throw ProblemException.conflict("code", "exemplar.category.code-taken", code);
        }
        Set<SubjectKind> kinds = kinds(request.subjectKinds());
        Number id = (Number) em.createNativeQuery("""
                        insert into exemplar_category (org_unit_id, org_path, code, name_zh, name_en, subject_kinds, position, updated_by)
                        values (?1, ?2, ?3, ?4, ?5, ?6,
                                (select coalesce(max(position), 100) + 1 from exemplar_category where org_unit_id = ?1), ?7)
                        returning id""")
                .setParameter(1, root.unitId()).setParameter(2, root.path()).setParameter(3, code)
                .setParameter(4, request.nameZh().trim()).setParameter(5, request.nameEn().trim()).setParameter(6, join(kinds))
                .setParameter(7, caller.username()).getSingleResult();
        Category c = owned(root, code);
        audit.record("CREATE", ENTITY, id.longValue(), root.path(), null, auditState(c));
        return view(c, units.refs(List.of(root.unitId())), false);
    }

    @Transactional
    public CategoryView update(String code, UpdateCategoryRequest request) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        Category before = owned(root, code);
        if (before.version() != request.version()) {
            throw ProblemException.conflict("version", "exemplar.category.stale");
        }
        em.createNativeQuery("""
                        update exemplar_category set name_zh = ?1, name_en = ?2, subject_kinds = ?3, active = ?4, version = version + 1,
                               updated_at = now(), updated_by = ?5 where id = ?6""")
                .setParameter(1, request.nameZh().trim()).setParameter(2, request.nameEn().trim())
                .setParameter(3, join(kinds(request.subjectKinds()))).setParameter(4, request.active())
                .setParameter(5, caller.username()).setParameter(6, before.id()).executeUpdate();
        Category after = owned(root, code);
        audit.record("UPDATE", ENTITY, after.id(), root.path(), auditState(before), auditState(after));
        return view(after, units.refs(List.of(root.unitId())), inUse(after));
    }

    /** Removes a category nothing carries; one that exemplars or quotas carry is 409 (deactivate it instead). */
    @Transactional
    public void delete(String code) {
        CallerScope.ScopeRoot root = caller.requireRoot();
        Category c = owned(root, code);
        if (inUse(c)) {
            throw ProblemException.conflict(null, "exemplar.category.in-use", c.names());
        }
        em.createNativeQuery("delete from exemplar_category where id = ?1").setParameter(1, c.id()).executeUpdate();
        audit.record("DELETE", ENTITY, c.id(), root.path(), auditState(c), null);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** A category the caller's own unit added (404 for another district's, which the caller cannot see; 409 for a built-in one). */
    private Category owned(CallerScope.ScopeRoot root, String code) {
        Category c = find(root.path(), code).orElseThrow(() -> ProblemException.notFound("exemplar.category.not-found", code));
        if (c.builtIn()) {
            throw ProblemException.conflict(null, "exemplar.category.built-in", c.names());
        }
        if (c.unitId() != root.unitId()) {
            throw ProblemException.forbidden("exemplar.category.not-own", c.names());
        }
        return c;
    }

    /** Built-in categories and those added at the unit of {@code path} or above, built-in first, in their order. */
    @SuppressWarnings("unchecked")
    private List<Category> at(String path) {
        Subtree.of(path); // checks the path's form
        List<Object[]> rows = em.createNativeQuery("""
                        select id, org_unit_id, org_path, code, name_zh, name_en, subject_kinds, active, version from exemplar_category
                         where org_unit_id is null or ?1 = org_path or ?1 like org_path || '.%' -- subtree-ok: the units above the path (categories added there)
                         order by org_unit_id is not null, position, code""")
                .setParameter(1, path).getResultList();
        return rows.stream().map(r -> new Category(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], parseKinds((String) r[6]), (Boolean) r[7],
                ((Number) r[8]).longValue())).toList();
    }

    /** Codes that exemplars or quotas of the subtree at {@code path} carry. */
    @SuppressWarnings("unchecked")
    private Set<String> usedUnder(String path) {
        Subtree t = Subtree.of(path);
        List<String> codes = t.bind(em.createNativeQuery("select distinct category from exemplar where " + t.sql("org_path", 1)
                + " union select distinct category from exemplar_quota where " + t.sql("org_path", 1)), 1).getResultList();
        return new HashSet<>(codes);
    }

    private boolean inUse(Category c) {
        return usedUnder(c.path()).contains(c.code());
    }

    private CategoryView view(Category c, Map<Long, OrgUnitRef> refs, boolean inUse) {
        return new CategoryView(c.code(), c.nameZh(), c.nameEn(), c.kinds().stream().sorted().toList(), c.active(), c.builtIn(),
                c.unitId() == null ? null : refs.get(c.unitId()), inUse, c.version());
    }

    private static Set<SubjectKind> kinds(List<SubjectKind> requested) {
        return requested.isEmpty() ? EnumSet.noneOf(SubjectKind.class) : EnumSet.copyOf(requested);
    }

    private static Set<SubjectKind> parseKinds(String stored) {
        return Arrays.stream(stored.split(",")).map(SubjectKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SubjectKind.class)));
    }

    private static String join(Set<SubjectKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Map<String, Object> auditState(Category c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", c.code());
        state.put("nameZh", c.nameZh());
        state.put("nameEn", c.nameEn());
        state.put("subjectKinds", join(c.kinds()));
        state.put("active", c.active());
        return state;
    }
}
