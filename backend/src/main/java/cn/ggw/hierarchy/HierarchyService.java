package cn.ggw.hierarchy;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Localized;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.OrgUnitDtos.CreateOrgUnitRequest;
import cn.ggw.hierarchy.OrgUnitDtos.MoveOrgUnitRequest;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitDetail;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitSummary;
import cn.ggw.hierarchy.OrgUnitDtos.UpdateOrgUnitRequest;
import cn.ggw.hierarchy.OrgUnitRepository.DetailRow;
import cn.ggw.hierarchy.OrgUnitRepository.RefRow;
import cn.ggw.hierarchy.OrgUnitRepository.UnitRow;
import cn.ggw.security.CallerScope;
import cn.ggw.security.ScopeChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation hierarchy: reading the caller's part of it, and changing its shape. */
@ApplicationScoped
public class HierarchyService {

    private static final String ENTITY = "OrgUnit";

    @Inject
    OrgUnitRepository units;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Inject
    Instance<OrgUnitDependents> dependents;

    @Inject
    Instance<SubtreeMoveListener> moveListeners;

    @Inject
    Event<ScopeChanged> scopeChanged;

    // ---- reading -------------------------------------------------------------------------

    public List<OrgUnitSummary> scopeRoots() {
        return units.scopeRootRows(caller.filterPath()).stream().map(OrgUnitSummary::of).toList();
    }

    public Page<OrgUnitSummary> children(long parentId, boolean includeInactive, int limit, String cursor) {
        long[] after = Cursors.decodePair(cursor);
        List<UnitRow> rows = units.children(parentId, includeInactive,
                after == null ? null : (int) after[0], after == null ? null : after[1], limit + 1);
        // Visible children prove the parent visible, unless the child is the caller's own top unit
        // (its parent lies outside the scope): no extra query on the common path.
        if (rows.isEmpty()) {
            visible(parentId);
        } else if (rows.get(0).orgPath().equals(caller.filterPath())) {
            throw ProblemException.notFound("orgunit.not-found");
        }
        return page(rows, limit, u -> u.sortOrder() + "," + u.id());
    }

    public Page<OrgUnitSummary> descendants(long id, boolean includeInactive, int limit, String cursor) {
        List<UnitRow> rows = units.descendants(id, includeInactive, Cursors.decode(cursor), limit + 1);
        if (rows.isEmpty()) {
            visible(id); // an empty subtree, or no unit the caller may see: only then the second statement
        }
        return page(rows, limit, UnitRow::orgPath);
    }

    public Page<OrgUnitSummary> search(String text, OrgUnitKind kind, boolean includeInactive, int limit, String cursor) {
        List<UnitRow> rows = units.search(text.trim(), kind, includeInactive, Cursors.decode(cursor), limit + 1);
        return page(rows, limit, UnitRow::orgPath);
    }

    /** One unit with its breadcrumbs: one statement. */
    public OrgUnitDetail detail(long id) {
        return detailOf(units.withBreadcrumbs(id, null));
    }

    /** One unit by its administrative code with its breadcrumbs: one statement. */
    public OrgUnitDetail detailByCode(String code) {
        return detailOf(units.withBreadcrumbs(null, code));
    }

    /** A unit the caller may see; 404 for unknown ids and for ids outside the caller's scope alike. */
    public OrgUnitRef ref(long id) {
        return findVisible(id).orElseThrow(() -> ProblemException.notFound("orgunit.not-found")).ref();
    }

    /** For other features: the visible units among these ids, in one query. */
    public Map<Long, OrgUnitRef> refs(java.util.Collection<Long> ids) {
        return units.refsByIds(List.copyOf(ids)).stream().collect(Collectors.toMap(RefRow::id, OrgUnitRef::of));
    }

    /**
     * For other features: the unit with its path, if the caller may see it. The caller's own unit (a clerk's own
     * list, the commonest read) comes from the directory of callers' units, without a statement.
     */
    public Optional<VisibleUnit> findVisible(long id) {
        Optional<CallerScope.ScopeRoot> root = caller.root();
        if (root.isPresent() && root.get().unitId() == id) {
            return Optional.of(callerUnit(root.get()));
        }
        return units.ref(id, null).map(VisibleUnit::of);
    }

    /**
     * For other features: the caller's own unit, from the directory of callers' units (kept per replica, dropped on
     * every replica when the tree changes; only active units are in it) — no statement.
     */
    public VisibleUnit callerUnit() {
        return callerUnit(caller.requireRoot());
    }

    private static VisibleUnit callerUnit(CallerScope.ScopeRoot root) {
        return new VisibleUnit(new OrgUnitRef(root.unitId(), root.code(), root.name(), OrgUnitKind.valueOf(root.kind())), root.path(), true);
    }

    /** For other features: a unit the caller may see, or 400 naming the request field. */
    public VisibleUnit requireVisible(long id, String field) {
        return findVisible(id).orElseThrow(() -> ProblemException.invalid(field, "orgunit.not-found"));
    }

    /**
     * For other features: the unit a record is placed in (a person, an account …). It must be in the
     * caller's scope (400 on unitId otherwise, like an unknown unit) and active (409).
     */
    public VisibleUnit requireHomeUnit(long unitId) {
        VisibleUnit unit = requireVisible(unitId, "unitId");
        caller.requireCovers(unit.orgPath(), "orgunit.not-found");
        if (!unit.active()) {
            throw ProblemException.conflict("unitId", "unit.home.inactive");
        }
        return unit;
    }

    /** For other features: a unit by code, if the caller may see it. */
    public Optional<VisibleUnit> findVisibleByCode(String code) {
        return units.ref(null, code).map(VisibleUnit::of);
    }

    /**
     * For query parameters that name a unit by its platform id or by its administrative code (stable
     * across platforms, e.g. 220802): the unit, or null when neither is given. 404 when unknown or outside
     * the caller's scope (alike); 400 when the code is malformed or names another unit than the id.
     */
    public VisibleUnit findByIdOrCode(Long id, String idField, String code, String codeField) {
        VisibleUnit byCode = null;
        if (code != null) {
            String trimmed = checkedCode(code, codeField);
            byCode = findVisibleByCode(trimmed).orElseThrow(() -> ProblemException.notFound("orgunit.not-found"));
        }
        if (id == null) {
            return byCode;
        }
        VisibleUnit byId = findVisible(id).orElseThrow(() -> ProblemException.notFound("orgunit.not-found"));
        if (byCode != null && byCode.ref().id() != byId.ref().id()) {
            throw ProblemException.invalid(codeField, "orgunit.code.other-unit", idField);
        }
        return byId;
    }

    /** An administrative code as given in a request, trimmed; 400 naming the field when malformed. */
    public static String checkedCode(String code, String field) {
        String trimmed = code.trim();
        if (!OrgUnitCodes.wellFormed(trimmed)) {
            throw ProblemException.invalid(field, "orgunit.code.malformed", OrgUnitCodes.MAX_LENGTH);
        }
        return trimmed;
    }

    public record VisibleUnit(OrgUnitRef ref, String orgPath, boolean active) {

        static VisibleUnit of(RefRow row) {
            return new VisibleUnit(OrgUnitRef.of(row), row.orgPath(), row.active());
        }
    }

    // ---- changing ------------------------------------------------------------------------

    @Transactional
    public OrgUnitDetail create(CreateOrgUnitRequest request) {
        caller.requireRoot();
        OrgUnit parent = units.findVisible(request.parentId())
                .orElseThrow(() -> ProblemException.invalid("parentId", "orgunit.parent.not-found"));
        caller.requireCovers(parent.orgPath, "orgunit.parent.not-found");
        if (!parent.active) {
            throw ProblemException.conflict("parentId", "orgunit.parent.inactive");
        }
        requireKindAllowed(parent.kind, request.kind());
        String code = request.code().trim();
        requireCodeFree(code, null);

        OrgUnit unit = new OrgUnit();
        unit.id = units.nextId();
        unit.code = code;
        unit.name = request.name().trim();
        unit.kind = request.kind();
        unit.parentId = parent.id;
        unit.orgPath = parent.orgPath + "." + unit.id;
        unit.depth = parent.depth + 1;
        unit.sortOrder = request.sortOrder() != null ? request.sortOrder() : units.maxSortOrder(parent.id) + 10;
        stamp(unit, true);
        units.persist(unit);
        units.flush();
        OrgUnitDetail created = detailOf(unit);
        audit.record("CREATE", ENTITY, unit.id, unit.orgPath, null, created);
        scopeChanged.fire(new ScopeChanged());
        return created;
    }

    @Transactional
    public OrgUnitDetail update(long id, UpdateOrgUnitRequest request) {
        OrgUnit unit = writable(id, request.version());
        OrgUnitDetail before = detailOf(unit);
        String code = request.code().trim();
        if (!code.equals(unit.code)) {
            requireCodeFree(code, unit.id);
        }
        unit.code = code;
        unit.name = request.name().trim();
        unit.sortOrder = request.sortOrder();
        stamp(unit, false);
        units.flush();
        OrgUnitDetail after = detailOf(unit);
        audit.record("UPDATE", ENTITY, unit.id, unit.orgPath, before, after);
        scopeChanged.fire(new ScopeChanged());
        return after;
    }

    @Transactional
    public OrgUnitDetail move(long id, MoveOrgUnitRequest request) {
        units.lockTreeShape();
        OrgUnit unit = writable(id, request.version());
        if (unit.parentId == null || unit.orgPath.equals(caller.filterPath())) {
            throw ProblemException.invalid(null, "orgunit.move.root");
        }
        OrgUnit target = units.findVisible(request.newParentId())
                .orElseThrow(() -> ProblemException.invalid("newParentId", "orgunit.parent.not-found"));
        caller.requireCovers(target.orgPath, "orgunit.parent.not-found");
        if (target.orgPath.equals(unit.orgPath) || target.orgPath.startsWith(unit.orgPath + ".")) {
            throw ProblemException.invalid("newParentId", "orgunit.move.into-itself");
        }
        if (target.id.equals(unit.parentId)) {
            throw ProblemException.invalid("newParentId", "orgunit.move.same-parent");
        }
        if (!target.active) {
            throw ProblemException.conflict("newParentId", "orgunit.parent.inactive");
        }
        requireKindAllowed(target.kind, unit.kind);

        OrgUnitDetail before = detailOf(unit);
        String oldPath = unit.orgPath;
        String newPath = target.orgPath + "." + unit.id;
        int depthDelta = target.depth + 1 - unit.depth;
        unit.parentId = target.id;
        stamp(unit, false);
        units.flush();
        units.movePaths(oldPath, newPath, depthDelta, caller.username());
        moveListeners.forEach(listener -> listener.subtreeMoved(oldPath, newPath));
        units.getEntityManager().clear();
        OrgUnitDetail after = detailOf(units.findVisible(id).orElseThrow());
        audit.record("MOVE", ENTITY, id, newPath, before, after);
        scopeChanged.fire(new ScopeChanged());
        return after;
    }

    @Transactional
    public OrgUnitDetail deactivate(long id, String reason) {
        OrgUnit unit = writable(id, null);
        if (!unit.active) {
            throw ProblemException.conflict(null, "orgunit.already-inactive");
        }
        if (unit.orgPath.equals(caller.filterPath())) {
            throw ProblemException.conflict(null, "orgunit.deactivate.root");
        }
        long children = units.activeChildren(unit.id);
        if (children > 0) {
            throw ProblemException.conflict(null, "orgunit.deactivate.children", children);
        }
        for (OrgUnitDependents feature : dependents) {
            Optional<OrgUnitDependents.Dependents> hanging = feature.activeDependents(unit.id);
            if (hanging.isPresent()) {
                throw new ProblemException(409, "conflict", "orgunit.deactivate.dependents", List.of(),
                        new Localized.Text(hanging.get().messageKey(), hanging.get().count()));
            }
        }
        OrgUnitDetail before = detailOf(unit);
        unit.active = false;
        unit.deactivatedAt = Instant.now();
        unit.deactivationReason = reason.trim();
        stamp(unit, false);
        units.flush();
        OrgUnitDetail after = detailOf(unit);
        audit.record("DEACTIVATE", ENTITY, unit.id, unit.orgPath, before, after);
        scopeChanged.fire(new ScopeChanged());
        return after;
    }

    @Transactional
    public OrgUnitDetail reactivate(long id) {
        OrgUnit unit = writable(id, null);
        if (unit.active) {
            throw ProblemException.conflict(null, "orgunit.already-active");
        }
        if (unit.parentId != null) {
            OrgUnit parent = units.findVisible(unit.parentId).orElse(null);
            if (parent != null && !parent.active) {
                throw ProblemException.conflict(null, "orgunit.parent.inactive");
            }
        }
        OrgUnitDetail before = detailOf(unit);
        unit.active = true;
        unit.deactivatedAt = null;
        unit.deactivationReason = null;
        stamp(unit, false);
        units.flush();
        OrgUnitDetail after = detailOf(unit);
        audit.record("REACTIVATE", ENTITY, unit.id, unit.orgPath, before, after);
        scopeChanged.fire(new ScopeChanged());
        return after;
    }

    public List<OrgUnitDtos.OrgUnitKindInfo> kinds() {
        return Arrays.stream(OrgUnitKind.values())
                .map(k -> new OrgUnitDtos.OrgUnitKindInfo(k, k.allowedChildren()))
                .toList();
    }

    // ---- helpers -------------------------------------------------------------------------

    private OrgUnit visible(long id) {
        return units.findVisible(id).orElseThrow(() -> ProblemException.notFound("orgunit.not-found"));
    }

    /** The unit, if the caller may change it and has read the current version. */
    private OrgUnit writable(long id, Long expectedVersion) {
        caller.requireRoot();
        OrgUnit unit = visible(id);
        caller.requireCovers(unit.orgPath, "orgunit.not-found");
        if (expectedVersion != null && expectedVersion != unit.version) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        return unit;
    }

    private void requireKindAllowed(OrgUnitKind parentKind, OrgUnitKind childKind) {
        if (parentKind.mayContain(childKind)) {
            return;
        }
        if (parentKind.allowedChildren().isEmpty()) {
            throw ProblemException.invalid("kind", "orgunit.kind.not-allowed.none",
                    new Localized.Text("kind." + childKind), new Localized.Text("kind." + parentKind));
        }
        throw ProblemException.invalid("kind", "orgunit.kind.not-allowed",
                new Localized.Text("kind." + childKind), new Localized.Text("kind." + parentKind),
                new Localized.ListOf(parentKind.allowedChildren().stream().map(k -> "kind." + k).toList()));
    }

    private void requireCodeFree(String code, Long self) {
        units.codeHolder(code).filter(holder -> self == null || holder.id() != self).ifPresent(holder -> {
            // Name the other unit only if the caller may see it.
            String holderName = caller.covers(holder.path()) ? holder.name() : "…";
            throw ProblemException.conflict("code", "orgunit.code.duplicate", code, holderName);
        });
    }

    private void stamp(OrgUnit unit, boolean isNew) {
        Instant now = Instant.now();
        if (isNew) {
            unit.createdAt = now;
            unit.createdBy = caller.username();
        }
        unit.updatedAt = now;
        unit.updatedBy = caller.username();
    }

    private OrgUnitDetail detailOf(OrgUnit unit) {
        List<Long> ids = Arrays.stream(unit.orgPath.split("\\.")).map(Long::valueOf).toList();
        Map<Long, OrgUnit> visibleAncestors = units.byIds(ids).stream()
                .collect(Collectors.toMap(u -> u.id, Function.identity()));
        List<OrgUnitRef> breadcrumbs = ids.stream()
                .map(visibleAncestors::get)
                .filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparingInt(u -> u.depth))
                .map(OrgUnitRef::of)
                .toList();
        return OrgUnitDetail.of(unit, breadcrumbs);
    }

    /** The rows of {@link OrgUnitRepository#withBreadcrumbs}: the unit is the last; none means 404. */
    private static OrgUnitDetail detailOf(List<DetailRow> rows) {
        if (rows.isEmpty()) {
            throw ProblemException.notFound("orgunit.not-found");
        }
        DetailRow u = rows.get(rows.size() - 1);
        List<OrgUnitRef> breadcrumbs = rows.stream()
                .map(r -> new OrgUnitRef(r.crumbId(), r.crumbCode(), r.crumbName(), r.crumbKind())).toList();
        return new OrgUnitDetail(u.id(), u.code(), u.name(), u.kind(), u.parentId(), u.depth(), u.sortOrder(), u.active(),
                u.childCount(), breadcrumbs, u.version(), u.createdAt(), u.updatedAt(), u.deactivatedAt(), u.deactivationReason());
    }

    private static Page<OrgUnitSummary> page(List<UnitRow> rows, int limit, Function<UnitRow, String> position) {
        boolean more = rows.size() > limit;
        List<UnitRow> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursors.encode(position.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(OrgUnitSummary::of).toList(), next);
    }
}
