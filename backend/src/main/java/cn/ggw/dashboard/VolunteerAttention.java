package cn.ggw.dashboard;

import cn.ggw.common.Messages;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 抓队伍's attention items: units whose 五老 have been on the register for more than
 * {@value #WAITING_DAYS} days without anyone visiting them (still 已登记), most people first. Counts only.
 */
@ApplicationScoped
public class VolunteerAttention implements AttentionSource {

    static final int WAITING_DAYS = 90;

    @Inject
    EntityManager em;

    @Override
    public WorkLine line() {
        return WorkLine.VOLUNTEERS;
    }

    @Override
    public List<AttentionItem> items(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.subtree().bind(em.createNativeQuery("""
                select u.id, u.code, u.name, u.kind, count(*), min(v.status_changed_at)
                  from volunteer v join org_unit u on u.id = v.org_unit_id
                 where %s and v.status = 'REGISTERED' and v.status_changed_at < ?3
                 group by u.id, u.code, u.name, u.kind
                 order by count(*) desc, min(v.status_changed_at), u.id limit ?4""".formatted(query.subtree().sql("v.org_path", 1))), 1)
                .setParameter(3, query.today().minusDays(WAITING_DAYS).atStartOfDay(CommitteeAttention.CHINA).toOffsetDateTime())
                .setParameter(4, query.limit())
                .getResultList();
        List<AttentionItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            OrgUnitRef unit = CommitteeAttention.unit(r, 0);
            long people = ((Number) r[4]).longValue();
            LocalDate since = CommitteeAttention.toDate(r[5]);
            long days = ChronoUnit.DAYS.between(since, query.today());
            items.add(new AttentionItem(WorkLine.VOLUNTEERS, "volunteers.notVisited", unit, since, days, people, true,
                    Messages.text(query.locale(), "dashboard.attention.notVisited", unit.name(), people, WAITING_DAYS),
                    "/volunteers"));
        }
        return items;
    }
}
