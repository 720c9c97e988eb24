package cn.ggw.dashboard;

import cn.ggw.common.Messages;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 抓典型's attention items: nominations waiting more than {@value #REVIEW_DAYS} days for review at the caller's
 * level — the district's turn (FORWARDED) for district accounts, the township's (SUBMITTED) for township staff —
 * counted from the day they reached that turn, oldest first.
 */
@ApplicationScoped
public class ExemplarAttention implements AttentionSource {

    static final int REVIEW_DAYS = 14;

    @Inject
    EntityManager em;

    @Inject
    CallerScope caller;

    @Override
    public WorkLine line() {
        return WorkLine.EXEMPLARS;
    }

    @Override
    public List<AttentionItem> items(Query query) {
        boolean district = caller.hasRole(Roles.DISTRICT_ADMIN) || caller.hasRole(Roles.DISTRICT_VIEWER);
        String status = district ? "FORWARDED" : "SUBMITTED";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.subtree().bind(em.createNativeQuery("""
                select w.id, w.title, w.unit_id, w.code, w.name, w.kind, w.since from (
                  select e.id, e.title, u.id as unit_id, u.code, u.name, u.kind,
                         coalesce((select max(s.acted_at) from exemplar_step s where s.exemplar_id = e.id and s.to_status = e.status),
                                  e.nominated_at) as since
                    from exemplar e join org_unit u on u.id = e.org_unit_id
                   where %s and e.status = ?3) w
                 where w.since < ?4
                 order by w.since, w.id limit ?5""".formatted(query.subtree().sql("e.org_path", 1))), 1)
                .setParameter(3, status)
                .setParameter(4, query.today().minusDays(REVIEW_DAYS).atStartOfDay(CommitteeAttention.CHINA).toOffsetDateTime())
                .setParameter(5, query.limit())
                .getResultList();
        String level = Messages.text(query.locale(), district ? "dashboard.attention.level.district" : "dashboard.attention.level.township");
        List<AttentionItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            OrgUnitRef unit = CommitteeAttention.unit(r, 2);
            LocalDate since = CommitteeAttention.toDate(r[6]);
            long days = ChronoUnit.DAYS.between(since, query.today());
            items.add(new AttentionItem(WorkLine.EXEMPLARS, "exemplars.reviewWaiting", unit, since, days, null, true,
                    Messages.text(query.locale(), "dashboard.attention.reviewWaiting", unit.name(), r[1], level, days),
                    "/exemplars/" + ((Number) r[0]).longValue()));
        }
        return items;
    }
}
