package cn.ggw.volunteers;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.Cursors;
import cn.ggw.common.Localized;
import cn.ggw.common.Page;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitSummary;
import cn.ggw.security.CallerScope;
import cn.ggw.volunteers.ActivityDtos.ActivityFigures;
import cn.ggw.volunteers.ActivityDtos.ActivityInput;
import cn.ggw.volunteers.ActivityDtos.ActivitySummary;
import cn.ggw.volunteers.ActivityDtos.ActivityView;
import cn.ggw.volunteers.ActivityDtos.AreaFigures;
import cn.ggw.volunteers.ActivityDtos.CreateActivityRequest;
import cn.ggw.volunteers.ActivityDtos.UnitFigures;
import cn.ggw.volunteers.ActivityDtos.UpdateActivityRequest;
import cn.ggw.volunteers.ActivityDtos.VolunteerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The activity log (发挥作用): what the 五老 do, where, for how long and for how many young people. */
@ApplicationScoped
public class ActivityService {

    static final String ENTITY = "VolunteerActivity";
    /** The register starts with this century: older dates are typing errors. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @Inject
    ActivityRepository activities;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    HierarchyService hierarchy;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    // ---- reading -------------------------------------------------------------------------

    public record ListFilter(Long unitId, ActivityArea area, LocalDate from, LocalDate to) {
    }

    public Page<ActivityView> forVolunteer(long volunteerId, int limit, String cursor) {
        Volunteer v = visibleVolunteer(volunteerId);
        return page(new ActivityRepository.Criteria(v.id, null, null, null, null), limit, cursor);
    }

    public Page<ActivityView> list(ListFilter filter, int limit, String cursor) {
        String path = filter.unitId() == null ? null : hierarchy.requireVisible(filter.unitId(), "unitId").orgPath();
        return page(new ActivityRepository.Criteria(null, path, filter.area(), filter.from(), filter.to()), limit, cursor);
    }

    public ActivitySummary summary(Long unitId, LocalDate from, LocalDate to) {
        VisibleUnit unit = hierarchy.requireVisible(unitId == null ? caller.requireRoot().unitId() : unitId, "unitId");
        String path = unit.orgPath();
        Map<ActivityArea, ActivityFigures> byArea = new HashMap<>();
        for (Object[] row : activities.sumByArea(path, from, to)) {
            byArea.put((ActivityArea) row[0], figures(row));
        }
        List<AreaFigures> areas = Arrays.stream(ActivityArea.values()).map(a -> {
            ActivityFigures f = byArea.getOrDefault(a, ActivityFigures.NONE);
            return new AreaFigures(a, f.count(), f.hours(), f.youthReached());
        }).toList();
        ActivityFigures total = byArea.values().stream().reduce(ActivityFigures.NONE, ActivityFigures::plus);

        // One grouped query by path, folded onto the children in Java (as the volunteer counts do).
        Map<Long, ActivityFigures> byChild = new HashMap<>();
        ActivityFigures atItself = ActivityFigures.NONE;
        for (Object[] row : activities.sumByPath(path, from, to)) {
            String place = (String) row[0];
            ActivityFigures f = figures(row);
            if (place.equals(path)) {
                atItself = atItself.plus(f);
            } else {
                String rest = place.substring(path.length() + 1);
                int dot = rest.indexOf('.');
                byChild.merge(Long.valueOf(dot < 0 ? rest : rest.substring(0, dot)), f, ActivityFigures::plus);
            }
        }
        List<UnitFigures> units = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (OrgUnitSummary child : hierarchy.children(unit.ref().id(), false, 10_000, null).items()) {
            listed.add(child.id());
            ActivityFigures f = byChild.getOrDefault(child.id(), ActivityFigures.NONE);
            units.add(new UnitFigures(new OrgUnitRef(child.id(), child.code(), child.name(), child.kind()), f.count(), f.hours(), f.youthReached()));
        }
        // Work done at a unit deactivated since still counts.
        Set<Long> others = byChild.keySet().stream().filter(id -> !listed.contains(id)).collect(Collectors.toSet());
        if (!others.isEmpty()) {
            hierarchy.refs(others).values().forEach(ref -> {
                ActivityFigures f = byChild.get(ref.id());
                units.add(new UnitFigures(ref, f.count(), f.hours(), f.youthReached()));
            });
        }
        return new ActivitySummary(unit.ref(), from, to, total, areas, atItself, units);
    }

    // ---- changing ------------------------------------------------------------------------

    @Transactional
    public ActivityView create(long volunteerId, CreateActivityRequest request) {
        caller.requireRoot();
        Volunteer v = visibleVolunteer(volunteerId);
        caller.requireCovers(v.orgPath, "volunteer.not-found");
        if (v.status == VolunteerStatus.WITHDRAWN || v.status == VolunteerStatus.DECEASED) {
            throw ProblemException.conflict(null, "activity.volunteer.gone", new Localized.Text("volunteer.status." + v.status));
        }
        VisibleUnit place = request.unitId() == null || request.unitId() == v.orgUnitId
                ? hierarchy.findVisible(v.orgUnitId).orElseThrow(() -> ProblemException.notFound("volunteer.not-found"))
                : place(request.unitId());
        if (!place.active()) {
            throw ProblemException.conflict("unitId", "activity.unit.inactive");
        }
        VolunteerActivity a = new VolunteerActivity();
        a.volunteerId = v.id;
        apply(a, request, place);
        Instant now = Instant.now();
        a.createdAt = now;
        a.createdBy = caller.username();
        a.updatedAt = now;
        a.updatedBy = caller.username();
        activities.persist(a);
        activities.flush();
        ActivityView created = viewOf(a, v.name);
        audit.record("CREATE", ENTITY, a.id, a.orgPath, null, created);
        return created;
    }

    @Transactional
    public ActivityView update(long id, UpdateActivityRequest request) {
        VolunteerActivity a = writable(id);
        if (request.version() != a.version) {
            throw new OptimisticLockException();
        }
        String name = activities.volunteerNames(List.of(a.volunteerId)).get(a.volunteerId);
        ActivityView before = viewOf(a, name);
        VisibleUnit place = request.unitId() == null || request.unitId() == a.orgUnitId
                ? hierarchy.findVisible(a.orgUnitId).orElseThrow(() -> ProblemException.notFound("activity.not-found"))
                : place(request.unitId());
        apply(a, request, place);
        a.updatedAt = Instant.now();
        a.updatedBy = caller.username();
        activities.flush();
        ActivityView after = viewOf(a, name);
        audit.record("UPDATE", ENTITY, a.id, a.orgPath, before, after);
        return after;
    }

    @Transactional
    public void delete(long id) {
        VolunteerActivity a = writable(id);
        ActivityView before = viewOf(a, activities.volunteerNames(List.of(a.volunteerId)).get(a.volunteerId));
        activities.delete(a);
        audit.record("DELETE", ENTITY, a.id, a.orgPath, before, null);
    }

    // ---- helpers -------------------------------------------------------------------------

    private void apply(VolunteerActivity a, ActivityInput in, VisibleUnit place) {
        checkDate("date", in.date());
        a.orgUnitId = place.ref().id();
        a.orgPath = place.orgPath();
        a.date = in.date();
        a.area = in.area();
        a.hours = in.hours().setScale(1);
        a.youthReached = in.youthReached();
        a.description = in.description().trim();
    }

    /**
     * Another unit than the one on record: in the caller's scope (400 on unitId when unknown or
     * invisible, 404 when visible but not covered, as for a person's home unit) and active.
     */
    private VisibleUnit place(long unitId) {
        VisibleUnit unit = hierarchy.requireVisible(unitId, "unitId");
        caller.requireCovers(unit.orgPath(), "orgunit.not-found");
        if (!unit.active()) {
            throw ProblemException.conflict("unitId", "activity.unit.inactive");
        }
        return unit;
    }

    /** A date of something that happened: from 2000 on, not after today in China. */
    static void checkDate(String field, LocalDate date) {
        if (date.isBefore(EARLIEST)) {
            throw ProblemException.invalid(field, "activity.date.too-early");
        }
        if (date.isAfter(LocalDate.now(IdNumber.CHINA))) {
            throw ProblemException.invalid(field, "activity.date.future");
        }
    }

    private VolunteerActivity writable(long id) {
        caller.requireRoot();
        VolunteerActivity a = activities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("activity.not-found"));
        caller.requireCovers(a.orgPath, "activity.not-found");
        return a;
    }

    private Volunteer visibleVolunteer(long id) {
        return volunteers.findVisible(id).orElseThrow(() -> ProblemException.notFound("volunteer.not-found"));
    }

    private Page<ActivityView> page(ActivityRepository.Criteria criteria, int limit, String cursor) {
        List<ActivityRepository.ListRow> rows = activities.list(criteria, decode(cursor), limit + 1);
        boolean more = rows.size() > limit;
        List<ActivityRepository.ListRow> shown = more ? rows.subList(0, limit) : rows;
        List<ActivityView> items = shown.stream().map(ActivityService::viewOf).toList();
        return new Page<>(items, more ? encode(shown.get(shown.size() - 1).date(), shown.get(shown.size() - 1).id()) : null);
    }

    /** Cursors of newest-first lists: "epoch day,id" of the last row shown. */
    static String encode(LocalDate date, long id) {
        return Cursors.encode(date.toEpochDay() + "," + id);
    }

    static ActivityRepository.After decode(String cursor) {
        long[] pair = Cursors.decodePair(cursor);
        if (pair == null) {
            return null;
        }
        // Only dates we can have written: anything else was not made by us (and would upset the database).
        if (pair[0] < EARLIEST.toEpochDay() || pair[0] > LocalDate.of(9999, 12, 31).toEpochDay()) {
            throw ProblemException.invalid("cursor", "cursor.invalid");
        }
        return new ActivityRepository.After(LocalDate.ofEpochDay(pair[0]), pair[1]);
    }

    private static ActivityFigures figures(Object[] row) {
        BigDecimal hours = row[2] instanceof BigDecimal b ? b : new BigDecimal(row[2].toString());
        return new ActivityFigures(((Number) row[1]).longValue(), hours.setScale(1), ((Number) row[3]).longValue());
    }

    private ActivityView viewOf(VolunteerActivity a, String name) {
        return viewOf(a, name, hierarchy.refs(List.of(a.orgUnitId)).get(a.orgUnitId));
    }

    private static ActivityView viewOf(ActivityRepository.ListRow a) {
        OrgUnitRef unit = a.unitCode() == null ? null : new OrgUnitRef(a.unitId(), a.unitCode(), a.unitName(), a.unitKind());
        return new ActivityView(a.id(), new VolunteerRef(a.volunteerId(), a.volunteerName()), a.date(), a.area(), a.hours(),
                a.youthReached(), unit, a.description(), a.version(), a.createdAt(), a.createdBy(), a.updatedAt(), a.updatedBy());
    }

    private static ActivityView viewOf(VolunteerActivity a, String name, OrgUnitRef unit) {
        return new ActivityView(a.id, new VolunteerRef(a.volunteerId, name), a.date, a.area, a.hours, a.youthReached, unit,
                a.description, a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }
}
