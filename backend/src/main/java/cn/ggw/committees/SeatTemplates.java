package cn.ggw.committees;

import cn.ggw.audit.AuditLog;
import cn.ggw.common.ProblemException;
import cn.ggw.committees.CommitteeDtos.SeatRuleInput;
import cn.ggw.committees.CommitteeDtos.SeatRuleView;
import cn.ggw.committees.CommitteeDtos.SeatTemplateView;
import cn.ggw.fleet.KeptTable;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seat templates: one per unit kind for the whole installation, so not scoped (native SQL on
 * a table without org_path). Read by every committee screen, so kept in each replica's memory between changes
 * ({@link KeptTable}: a trigger tells every replica); a change takes effect at once everywhere.
 */
@ApplicationScoped
public class SeatTemplates extends KeptTable<Map<OrgUnitKind, List<SeatRule>>> {

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Override
    public String cacheName() {
        return "seat-templates";
    }

    /** Every kind's rules, in role order (kept between changes: read by every committee screen). */
    public Map<OrgUnitKind, List<SeatRule>> all() {
        return get();
    }

    @Override
    protected Map<OrgUnitKind, List<SeatRule>> load() {
        Map<OrgUnitKind, List<SeatRule>> rules = new EnumMap<>(OrgUnitKind.class);
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            rules.put(kind, new ArrayList<>());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select unit_kind, role, min_count, max_count, max_age, changed_on"
                + " from seat_template").getResultList();
        for (Object[] row : rows) {
            rules.get(OrgUnitKind.valueOf((String) row[0])).add(new SeatRule(SeatRole.valueOf((String) row[1]),
                    ((Number) row[2]).intValue(), row[3] == null ? null : ((Number) row[3]).intValue(),
                    row[4] == null ? null : ((Number) row[4]).intValue(), toDate(row[5])));
        }
        rules.replaceAll((kind, list) -> list.stream().sorted(java.util.Comparator.comparing(SeatRule::role)).toList());
        return java.util.Collections.unmodifiableMap(rules);
    }

    public List<SeatRule> of(OrgUnitKind kind) {
        return all().get(kind);
    }

    public List<SeatTemplateView> views() {
        Map<OrgUnitKind, Object[]> stamps = new EnumMap<>(OrgUnitKind.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select unit_kind, max(updated_at), (array_agg(updated_by order by updated_at desc))[1]"
                + " from seat_template group by unit_kind").getResultList();
        rows.forEach(r -> stamps.put(OrgUnitKind.valueOf((String) r[0]), r));
        List<SeatTemplateView> views = new ArrayList<>();
        all().forEach((kind, rules) -> {
            Object[] stamp = stamps.get(kind);
            views.add(new SeatTemplateView(kind, rules.stream().map(SeatRuleView::of).toList(),
                    stamp == null ? null : toInstant(stamp[1]), stamp == null ? null : (String) stamp[2]));
        });
        return views;
    }

    /** Replaces a kind's rules; a raised required count dates new vacancies from today. */
    @Transactional
    public SeatTemplateView replace(OrgUnitKind kind, List<SeatRuleInput> seats) {
        caller.requireRoot();
        Set<SeatRole> seen = new HashSet<>();
        for (int i = 0; i < seats.size(); i++) {
            SeatRuleInput seat = seats.get(i);
            if (!seen.add(seat.role())) {
                throw ProblemException.invalid("seats[" + i + "].role", "committee.template.duplicate-role",
                        new cn.ggw.common.Localized.Text("committee.role." + seat.role()));
            }
            if (seat.maxCount() != null && seat.maxCount() < seat.minCount()) {
                throw ProblemException.invalid("seats[" + i + "].maxCount", "committee.template.max-below-min");
            }
        }
        // Serialise template changes: two admins editing one kind do not interleave.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('seat_template'))").getSingleResult();
        changing();
        Map<SeatRole, SeatRule> before = new EnumMap<>(SeatRole.class);
        of(kind).forEach(r -> before.put(r.role(), r));
        SeatTemplateView beforeView = view(kind);
        em.createNativeQuery("delete from seat_template where unit_kind = ?1").setParameter(1, kind.name()).executeUpdate();
        LocalDate today = LocalDate.now(CommitteeService.CHINA);
        for (SeatRuleInput seat : seats) {
            SeatRule old = before.get(seat.role());
            LocalDate changedOn = old != null && old.minCount() >= seat.minCount() ? old.changedOn() : today;
            em.createNativeQuery("insert into seat_template (unit_kind, role, min_count, max_count, max_age, changed_on, updated_at, updated_by)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, kind.name())
                    .setParameter(2, seat.role().name())
                    .setParameter(3, seat.minCount())
                    .setParameter(4, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.INTEGER, seat.maxCount()))
                    .setParameter(5, new org.hibernate.query.TypedParameterValue<>(org.hibernate.type.StandardBasicTypes.INTEGER, seat.maxAge()))
                    .setParameter(6, Date.valueOf(changedOn))
                    .setParameter(7, Timestamp.from(Instant.now()))
                    .setParameter(8, caller.username())
                    .executeUpdate();
        }
        SeatTemplateView after = view(kind);
        // The template is installation-wide: the audit row is filed under the caller's own unit.
        audit.record("UPDATE", "SeatTemplate", kind.name(), caller.requireRoot().path(), beforeView, after);
        return after;
    }

    private SeatTemplateView view(OrgUnitKind kind) {
        return views().stream().filter(v -> v.unitKind() == kind).findFirst().orElseThrow();
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return value instanceof LocalDate l ? l : null;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }
}
