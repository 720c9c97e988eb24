package cn.ggw.trainings;

import cn.ggw.common.ProblemException;
import cn.ggw.committees.SeatRole;
import cn.ggw.figures.FigureFreshness;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Subtree;
import cn.ggw.trainings.TrainingDtos.Coverage;
import cn.ggw.trainings.TrainingDtos.CoverageRow;
import cn.ggw.trainings.TrainingDtos.Owed;
import cn.ggw.trainings.TrainingDtos.OwedReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coverage that counts itself: trained ÷ required per unit (its subtree), for the sessions that start in a
 * period, with the children for drill-down; and the lists of who is still owed a training.
 */
@ApplicationScoped
public class TrainingCoverageService {

    static final String TRAINED = "('ATTENDED', 'MADE_UP')";

    @Inject
    EntityManager em;

    @Inject
    HierarchyService hierarchy;

    @Inject
    TrainingRepository sessions;

    @Inject
    CallerScope caller;

    @Inject
    TrainingPlanService plans;

    @ConfigProperty(name = "ggw.trainings.sessions-per-year", defaultValue = "12")
    int sessionsPerYear;

    @Inject
    FigureFreshness freshness;

    /**
     * Both views are read far more often than sessions, attendance or teams change: each is kept until the next
     * committed write to a table of the training line (FigureFreshness; the stamp is read before anything else),
     * per unit and everything else it depends on, the same for every caller who may see the unit.
     */
    private record CoverageKey(long unitId, LocalDate from, LocalDate to, String type) {
    }

    private record OwedKey(long unitId, int year, String type, int limit, LocalDate today) {
    }

    private record Unit(long id, String code, String name, OrgUnitKind kind, String path) {
        OrgUnitRef ref() {
            return new OrgUnitRef(id, code, name, kind);
        }
    }

    private VisibleUnit unit(Long unitId) {
        if (unitId == null) {
            var root = caller.requireRoot();
            return hierarchy.findVisible(root.unitId()).orElseThrow(() -> ProblemException.forbidden("auth.no-unit"));
        }
        return hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.invalid("unitId", "orgunit.not-found"));
    }

    static LocalDate[] period(LocalDate from, LocalDate to) {
        LocalDate today = TrainingService.today();
        LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(start.getYear(), 12, 31);
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "training.period.ends-before-start");
        }
        if (start.isBefore(TrainingService.EARLIEST)) {
            throw ProblemException.invalid("from", "training.date.range");
        }
        return new LocalDate[] {start, end};
    }

    @SuppressWarnings("unchecked")
    public Coverage coverage(Long unitId, LocalDate from, LocalDate to, String typeCode) {
        long stamp = freshness.stamps().of(WorkLine.TRAININGS.tables());
        VisibleUnit unit = unit(unitId);
        LocalDate[] p = period(from, to);
        String type = typeCode == null || typeCode.isBlank() ? null : typeCode.trim();
        return freshness.get(new CoverageKey(unit.ref().id(), p[0], p[1], type), stamp, () -> coverage(unit, p, type),
                c -> 512L + 256L * c.children().size());
    }

    @SuppressWarnings("unchecked")
    private Coverage coverage(VisibleUnit unit, LocalDate[] p, String type) {
        Subtree subtree = Subtree.of(unit.orgPath());
        List<Unit> children = ((List<Object[]>) em.createNativeQuery("""
                        select id, code, name, kind, org_path from org_unit where parent_id = ?1 and active order by sort_order, name, id""")
                .setParameter(1, unit.ref().id()).getResultList()).stream()
                .map(r -> new Unit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], OrgUnitKind.valueOf((String) r[3]), (String) r[4]))
                .toList();
        long[][] counts = new long[children.size() + 1][3];
        String typeCondition = type == null ? "" : " and s.type_code = ?5";
        var people = subtree.bind(em.createNativeQuery("""
                        select t.org_path, count(*) filter (where t.required),
                               count(*) filter (where t.required and t.status in %s)
                          from training_trainee t join training_session s on s.id = t.session_id
                         where %s and s.status = 'PUBLISHED' and s.starts_on between ?3 and ?4%s
                         group by t.org_path""".formatted(TRAINED, subtree.sql("t.org_path", 1), typeCondition)), 1)
                .setParameter(3, p[0]).setParameter(4, p[1]);
        if (type != null) {
            people.setParameter(5, type);
        }
        for (Object[] r : (List<Object[]>) people.getResultList()) {
            int i = slot(children, (String) r[0]);
            counts[i][0] += ((Number) r[1]).longValue();
            counts[i][1] += ((Number) r[2]).longValue();
        }
        var held = subtree.bind(em.createNativeQuery("""
                        select s.org_path, count(*) from training_session s
                         where %s and s.status = 'PUBLISHED' and s.starts_on between ?3 and ?4%s
                         group by s.org_path""".formatted(subtree.sql("s.org_path", 1), typeCondition)), 1)
                .setParameter(3, p[0]).setParameter(4, p[1]);
        if (type != null) {
            held.setParameter(5, type);
        }
        for (Object[] r : (List<Object[]>) held.getResultList()) {
            counts[slot(children, (String) r[0])][2] += ((Number) r[1]).longValue();
        }
        long required = 0;
        long trained = 0;
        long sessionsHeld = 0;
        List<CoverageRow> rows = new ArrayList<>();
        for (int i = 0; i <= children.size(); i++) {
            required += counts[i][0];
            trained += counts[i][1];
            sessionsHeld += counts[i][2];
            if (i < children.size()) {
                rows.add(row(children.get(i).ref(), counts[i][0], counts[i][1], counts[i][2]));
            }
        }
        // The yearly plans (年度培训计划) of the subtree when there are any, else the default number per year.
        Long planned = plans.targetOf(subtree, p[0], p[1], type);
        long years = p[1].getYear() - p[0].getYear() + 1L;
        long target = planned != null ? planned : years * sessionsPerYear;
        return new Coverage(row(unit.ref(), required, trained, sessionsHeld), rows, p[0], p[1], type, sessionsHeld, target);
    }

    private static CoverageRow row(OrgUnitRef unit, long required, long trained, long sessions) {
        return new CoverageRow(unit, required, trained, required == 0 ? null : Math.round(10000.0 * trained / required) / 10000.0, sessions);
    }

    /** The child whose subtree holds the path; the last slot is the unit itself. */
    private static int slot(List<Unit> children, String path) {
        for (int i = 0; i < children.size(); i++) {
            if (Subtree.of(children.get(i).path()).covers(path)) {
                return i;
            }
        }
        return children.size();
    }

    /**
     * Who is still owed a training in a year: required at a finished session and not trained (unless trained
     * at a later session of the same type), and the year's newcomers still holding a seat without on-boarding
     * (deadline 31 December).
     */
    @SuppressWarnings("unchecked")
    public List<Owed> owed(Long unitId, Integer year, String typeCode, int limit) {
        long stamp = freshness.stamps().of(WorkLine.TRAININGS.tables());
        VisibleUnit unit = unit(unitId);
        LocalDate today = TrainingService.today();
        int y = year == null ? today.getYear() : year;
        if (y < 1980 || y > today.getYear() + 1) {
            throw ProblemException.invalid("year", "training.date.range");
        }
        String type = typeCode == null || typeCode.isBlank() ? null : typeCode.trim();
        return freshness.get(new OwedKey(unit.ref().id(), y, type, limit, today), stamp, () -> owed(unit, y, type, limit, today),
                list -> 256L + 384L * list.size());
    }

    @SuppressWarnings("unchecked")
    private List<Owed> owed(VisibleUnit unit, int y, String type, int limit, LocalDate today) {
        LocalDate first = LocalDate.of(y, 1, 1);
        LocalDate last = LocalDate.of(y, 12, 31);
        Subtree subtree = Subtree.of(unit.orgPath());
        List<Object[]> raw = new ArrayList<>();
        var missed = subtree.bind(em.createNativeQuery("""
                        select t.volunteer_id, t.volunteer_name, t.org_unit_id, t.seat_role, s.id, s.title, t.status, s.ends_on
                          from training_trainee t join training_session s on s.id = t.session_id
                         where %s and s.status = 'PUBLISHED' and t.required and t.status not in %s
                           and s.ends_on < ?3 and s.starts_on between ?4 and ?5%s
                           and not exists (select 1 from training_trainee t2 join training_session s2 on s2.id = t2.session_id
                                            where t2.volunteer_id = t.volunteer_id and s2.type_code = s.type_code and s2.status = 'PUBLISHED'
                                              and t2.status in %s and s2.starts_on > s.starts_on)
                         order by t.org_path, t.volunteer_name limit ?7"""
                        .formatted(subtree.sql("t.org_path", 1), TRAINED, type == null ? " and ?6 = ?6" : " and s.type_code = ?6", TRAINED)), 1)
                .setParameter(3, today).setParameter(4, first).setParameter(5, last)
                .setParameter(6, type == null ? "" : type).setParameter(7, limit);
        for (Object[] r : (List<Object[]>) missed.getResultList()) {
            raw.add(new Object[] {OwedReason.MISSED, r});
        }
        if (type == null || TrainingType.ONBOARDING.equals(type)) {
            var newcomers = subtree.bind(em.createNativeQuery("""
                            select a.volunteer_id, a.volunteer_name, a.org_unit_id, a.role, a.started_on
                              from appointment a
                             where %s and a.started_on between ?3 and ?4 and (a.ended_on is null or a.ended_on > ?5)
                               and not exists (select 1 from appointment p where p.volunteer_id = a.volunteer_id
                                                and (p.started_on < a.started_on or (p.started_on = a.started_on and p.id < a.id)))
                               and not exists (select 1 from training_trainee t join training_session s on s.id = t.session_id
                                                where t.volunteer_id = a.volunteer_id and s.type_code = 'ONBOARDING' and s.status = 'PUBLISHED'
                                                  and t.status in %s and coalesce(t.attended_on, s.starts_on) >= a.started_on)
                             order by a.org_path, a.volunteer_name limit ?6""".formatted(subtree.sql("a.org_path", 1), TRAINED)), 1)
                    .setParameter(3, first).setParameter(4, last).setParameter(5, today).setParameter(6, limit);
            for (Object[] r : (List<Object[]>) newcomers.getResultList()) {
                raw.add(new Object[] {OwedReason.ONBOARDING, r});
            }
        }
        Set<Long> unitIds = raw.stream().map(o -> ((Number) ((Object[]) o[1])[2]).longValue()).collect(Collectors.toSet());
        Map<Long, OrgUnitRef> units = sessions.unitRefs(unitIds);
        List<Owed> out = new ArrayList<>();
        for (Object[] o : raw) {
            Object[] r = (Object[]) o[1];
            long unitOf = ((Number) r[2]).longValue();
            SeatRole role = r[3] == null ? null : SeatRole.valueOf((String) r[3]);
            if (o[0] == OwedReason.MISSED) {
                out.add(new Owed(((Number) r[0]).longValue(), (String) r[1], units.get(unitOf), role, OwedReason.MISSED,
                        ((Number) r[4]).longValue(), (String) r[5], AttendanceStatus.valueOf((String) r[6]), AudienceQuery.toDate(r[7]), last));
            } else {
                out.add(new Owed(((Number) r[0]).longValue(), (String) r[1], units.get(unitOf), role, OwedReason.ONBOARDING,
                        null, null, null, AudienceQuery.toDate(r[4]), last));
            }
        }
        out.sort(Comparator.comparing(Owed::deadline).thenComparing(o -> o.unit() == null ? "" : o.unit().code()).thenComparing(Owed::name));
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
