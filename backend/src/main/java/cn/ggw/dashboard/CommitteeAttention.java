package cn.ggw.dashboard;

import cn.ggw.common.Messages;
import cn.ggw.committees.CommitteeDtos.VacancyView;
import cn.ggw.committees.CoverageService;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 抓班子's attention items: the oldest open seats (from the committees' own vacancy list, so the same
 * days and thresholds as its page) and the teams whose election is past due, oldest first.
 */
@ApplicationScoped
public class CommitteeAttention implements AttentionSource {

    @Inject
    CoverageService coverage;

    @Inject
    EntityManager em;

    @Override
    public WorkLine line() {
        return WorkLine.COMMITTEES;
    }

    @Override
    public List<AttentionItem> items(Query query) {
        List<AttentionItem> items = new ArrayList<>();
        for (VacancyView v : coverage.vacancies(query.unitId(), false, query.limit(), null).items()) {
            String role = Messages.text(query.locale(), "committee.role." + v.role());
            items.add(new AttentionItem(WorkLine.COMMITTEES, "committees.vacancy", v.unit(), v.vacantSince(), v.daysOpen(), null,
                    v.overdue(), Messages.text(query.locale(), "dashboard.attention.vacancy", v.unit().name(), role, v.daysOpen()),
                    "/committees/vacancies"));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> overdue = query.subtree().bind(em.createNativeQuery("""
                select u.id, u.code, u.name, u.kind, c.next_election_due from committee c join org_unit u on u.id = c.org_unit_id
                 where %s and u.active and c.next_election_due < ?3
                 order by c.next_election_due, u.id limit ?4""".formatted(query.subtree().sql("c.org_path", 1))), 1)
                .setParameter(3, query.today())
                .setParameter(4, query.limit())
                .getResultList();
        for (Object[] r : overdue) {
            OrgUnitRef unit = unit(r, 0);
            LocalDate due = toDate(r[4]);
            long days = ChronoUnit.DAYS.between(due, query.today());
            items.add(new AttentionItem(WorkLine.COMMITTEES, "committees.electionOverdue", unit, due, days, null, true,
                    Messages.text(query.locale(), "dashboard.attention.election", unit.name(), due.toString(), days),
                    "/committees/" + unit.id()));
        }
        return items;
    }

    /** The unit of a native row whose columns from {@code first} on are its id, code, name and kind. */
    static OrgUnitRef unit(Object[] row, int first) {
        return new OrgUnitRef(((Number) row[first]).longValue(), (String) row[first + 1], (String) row[first + 2],
                OrgUnitKind.valueOf((String) row[first + 3]));
    }

    static LocalDate toDate(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(CHINA).toLocalDate();
        }
        if (value instanceof java.time.Instant i) {
            return i.atZone(CHINA).toLocalDate();
        }
        return (LocalDate) value;
    }

    static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");
}
