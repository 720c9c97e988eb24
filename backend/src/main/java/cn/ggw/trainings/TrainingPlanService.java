package cn.ggw.trainings;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.ProblemException;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import cn.ggw.security.Subtree;
import cn.ggw.trainings.TrainingDtos.CreateTrainingPlanRequest;
import cn.ggw.trainings.TrainingDtos.TrainingPlanView;
import cn.ggw.trainings.TrainingDtos.TrainingTypeView;
import cn.ggw.trainings.TrainingDtos.UpdateTrainingPlanRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Yearly plans (年度培训计划): a unit that organises trainings (the district, a township/street — not a village) sets for a
 * year and a type how many sessions it means to hold; progress is counted on read from the published sessions of the
 * type that the unit organised itself (a township's 下管一级 sessions count towards the township's plan, not the district's).
 */
@ApplicationScoped
public class TrainingPlanService {

    static final int MAX_TARGET = 366;

    @Inject
    EntityManager em;

    @Inject
    HierarchyService hierarchy;

    @Inject
    TrainingService trainings;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    /** The unit's plans for a year (default: the caller's unit, this year), in the order of the types. */
    public List<TrainingPlanView> plans(Long unitId, Integer year) {
        VisibleUnit unit = unitId == null
                ? hierarchy.callerUnit()
                : hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.invalid("unitId", "orgunit.not-found"));
        int y = year(year == null ? TrainingService.today().getYear() : year);
        List<TrainingPlan> plans = em.createQuery("from TrainingPlan where orgUnitId = :unit and year = :year", TrainingPlan.class)
                .setParameter("unit", unit.ref().id()).setParameter("year", y).getResultList();
        List<String> order = trainings.types().stream().map(TrainingTypeView::code).toList();
        return views(plans.stream().sorted(Comparator.comparingInt(p -> order.indexOf(p.typeCode))).toList(), unit);
    }

    @Transactional
    public TrainingPlanView create(CreateTrainingPlanRequest in) {
        if (in == null) {
            throw ProblemException.invalid(null, "training.body.required");
        }
        if (in.unitId() == null) {
            throw ProblemException.invalid("unitId", "training.field.required");
        }
        VisibleUnit unit = trainings.organiser(in.unitId(), "unitId");
        if (in.year() == null) {
            throw ProblemException.invalid("year", "training.field.required");
        }
        int y = year(in.year());
        String type = in.typeCode() == null ? "" : in.typeCode().trim();
        if (type.isEmpty()) {
            throw ProblemException.invalid("typeCode", "training.field.required");
        }
        if (em.find(TrainingType.class, type) == null) {
            throw ProblemException.invalid("typeCode", "training.type.unknown", type);
        }
        int target = target(in.target());
        String note = TrainingService.text("note", in.note(), 500, false);
        Long existing = em.createQuery("select count(*) from TrainingPlan where orgUnitId = :unit and year = :year and typeCode = :type", Long.class)
                .setParameter("unit", unit.ref().id()).setParameter("year", y).setParameter("type", type).getSingleResult();
        if (existing > 0) {
            throw ProblemException.conflict("typeCode", "training.plan.exists", unit.ref().name(), String.valueOf(y));
        }
        TrainingPlan p = new TrainingPlan();
        p.orgUnitId = unit.ref().id();
        p.orgPath = unit.orgPath();
        p.year = y;
        p.typeCode = type;
        p.target = target;
        p.note = note;
        p.createdAt = p.updatedAt = Instant.now();
        p.createdBy = p.updatedBy = caller.username();
        em.persist(p);
        em.flush();
        audit.record("training-plan.create", "TrainingPlan", p.id, p.orgPath, null, auditState(p));
        return views(List.of(p), unit).get(0);
    }

    @Transactional
    public TrainingPlanView update(long id, UpdateTrainingPlanRequest in) {
        if (in == null) {
            throw ProblemException.invalid(null, "training.body.required");
        }
        // Scoped read: another subtree's plan does not exist for the caller.
        TrainingPlan p = em.createQuery("from TrainingPlan where id = :id", TrainingPlan.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> ProblemException.notFound("training.plan.not-found"));
        VisibleUnit unit = trainings.organiser(p.orgUnitId, "unitId");
        if (in.version() != null && in.version() != p.version) {
            throw ProblemException.conflict("version", "training.stale");
        }
        int target = target(in.target());
        String note = TrainingService.text("note", in.note(), 500, false);
        Map<String, Object> before = auditState(p);
        p.target = target;
        p.note = note;
        p.updatedAt = Instant.now();
        p.updatedBy = caller.username();
        em.flush();
        audit.record("training-plan.update", "TrainingPlan", p.id, p.orgPath, before, auditState(p));
        return views(List.of(p), unit).get(0);
    }

    /** The targets of the plans in a subtree for the years of a period, summed (all types, or one); null when there are none. */
    @SuppressWarnings("unchecked")
    Long targetOf(Subtree subtree, LocalDate from, LocalDate to, String typeCode) {
        List<Object[]> rows = subtree.bind(em.createNativeQuery("""
                        select count(*), coalesce(sum(p.target), 0) from training_plan p
                         where %s and p.year between ?3 and ?4 and (?5 = '' or p.type_code = ?5)""".formatted(subtree.sql("p.org_path", 1))), 1)
                .setParameter(3, from.getYear()).setParameter(4, to.getYear()).setParameter(5, typeCode == null ? "" : typeCode)
                .getResultList();
        Object[] r = rows.get(0);
        return ((Number) r[0]).longValue() == 0 ? null : ((Number) r[1]).longValue();
    }

    static int year(int year) {
        if (year < 1980 || year > TrainingService.today().getYear() + 1) {
            throw ProblemException.invalid("year", "training.plan.year", String.valueOf(TrainingService.today().getYear() + 1));
        }
        return year;
    }

    private static int target(Integer target) {
        if (target == null) {
            throw ProblemException.invalid("target", "training.field.required");
        }
        if (target < 1 || target > MAX_TARGET) {
            throw ProblemException.invalid("target", "training.plan.target", MAX_TARGET);
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private List<TrainingPlanView> views(List<TrainingPlan> plans, VisibleUnit unit) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<String, TrainingTypeView> types = trainings.typeMap();
        LocalDate today = TrainingService.today();
        boolean writer = (caller.hasRole(Roles.DISTRICT_ADMIN) || caller.hasRole(Roles.TOWNSHIP_STAFF)) && caller.covers(unit.orgPath());
        int year = plans.get(0).year;
        // Published sessions the unit organised starting in the year, per type and month; held once started.
        Map<String, long[]> held = new LinkedHashMap<>();
        Map<String, Long> scheduled = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                        select s.type_code, extract(month from s.starts_on)::int, s.starts_on <= ?4, count(*)
                          from training_session s
                         where s.org_unit_id = ?1 and s.status = 'PUBLISHED' and s.starts_on between ?2 and ?3
                         group by 1, 2, 3""")
                .setParameter(1, unit.ref().id()).setParameter(2, LocalDate.of(year, 1, 1)).setParameter(3, LocalDate.of(year, 12, 31)).setParameter(4, today)
                .getResultList();
        for (Object[] r : rows) {
            String type = (String) r[0];
            long n = ((Number) r[3]).longValue();
            if (Boolean.TRUE.equals(r[2])) {
                held.computeIfAbsent(type, k -> new long[12])[((Number) r[1]).intValue() - 1] += n;
            } else {
                scheduled.merge(type, n, Long::sum);
            }
        }
        OrgUnitRef ref = unit.ref();
        List<TrainingPlanView> out = new ArrayList<>();
        for (TrainingPlan p : plans) {
            long[] months = held.getOrDefault(p.typeCode, new long[12]);
            long total = Arrays.stream(months).sum();
            out.add(new TrainingPlanView(p.id, ref, p.year, types.get(p.typeCode), p.target, total, scheduled.getOrDefault(p.typeCode, 0L),
                    Arrays.stream(months).boxed().toList(), Math.round(10000.0 * total / p.target) / 10000.0, p.note, p.version, writer));
        }
        return out;
    }

    private static Map<String, Object> auditState(TrainingPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", p.orgUnitId);
        m.put("year", p.year);
        m.put("typeCode", p.typeCode);
        m.put("target", p.target);
        m.put("note", p.note);
        return m;
    }
}
