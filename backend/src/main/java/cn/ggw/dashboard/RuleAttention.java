package cn.ggw.dashboard;

import cn.ggw.common.Messages;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.rules.ObligationFrequency;
import cn.ggw.rules.ObligationKind;
import cn.ggw.rules.ObligationLedger;
import cn.ggw.rules.ObligationLedger.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 抓制度's attention items: units that have not acknowledged 《情况反映》 sent more than {@value #ACK_DAYS} days
 * ago (oldest first), and units behind on their monthly meetings this year — from the rules' own ledger, so
 * the same months as the evidence page and the inspection. Counts only.
 */
@ApplicationScoped
public class RuleAttention implements AttentionSource {

    static final int ACK_DAYS = 7;

    @Inject
    EntityManager em;

    @Inject
    ObligationLedger ledger;

    @Inject
    HierarchyService hierarchy;

    @Override
    public WorkLine line() {
        return WorkLine.RULES;
    }

    @Override
    public List<AttentionItem> items(Query query) {
        List<AttentionItem> items = new ArrayList<>(unacknowledged(query));
        items.addAll(meetingsBehind(query));
        return items;
    }

    private List<AttentionItem> unacknowledged(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.subtree().bind(em.createNativeQuery("""
                select u.id, u.code, u.name, u.kind, count(*), min(b.sent_at)
                  from bulletin_receipt r join bulletin b on b.id = r.bulletin_id join org_unit u on u.id = r.org_unit_id
                 where %s and r.acknowledged_at is null and b.sent_at < ?3
                 group by u.id, u.code, u.name, u.kind
                 order by min(b.sent_at), u.id limit ?4""".formatted(query.subtree().sql("r.org_path", 1))), 1)
                .setParameter(3, query.today().minusDays(ACK_DAYS).atStartOfDay(CommitteeAttention.CHINA).toOffsetDateTime())
                .setParameter(4, query.limit())
                .getResultList();
        List<AttentionItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            OrgUnitRef unit = CommitteeAttention.unit(r, 0);
            long issues = ((Number) r[4]).longValue();
            LocalDate since = CommitteeAttention.toDate(r[5]);
            long days = ChronoUnit.DAYS.between(since, query.today());
            items.add(new AttentionItem(WorkLine.RULES, "rules.bulletinUnacknowledged", unit, since, days, issues, true,
                    Messages.text(query.locale(), "dashboard.attention.bulletinUnacknowledged", unit.name(), issues, ACK_DAYS),
                    "/rules/bulletins"));
        }
        return items;
    }

    /** Monthly meeting obligations of this year's finished months, where fewer months were recorded than were due. */
    private List<AttentionItem> meetingsBehind(Query query) {
        LocalDate from = query.today().withDayOfYear(1);
        Map<Long, int[]> behind = new LinkedHashMap<>();
        Map<Long, String> firstMissing = new LinkedHashMap<>();
        for (Tally t : ledger.tally(query.subtree(), from, query.today())) {
            if (t.kind() != ObligationKind.MEETING || t.frequency() != ObligationFrequency.MONTHLY || t.met() >= t.due()) {
                continue;
            }
            int[] counts = behind.computeIfAbsent(t.unitId(), k -> new int[2]);
            counts[0] += t.due();
            counts[1] += t.met();
            String first = t.missing().get(0);
            firstMissing.merge(t.unitId(), first, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<Long, OrgUnitRef> refs = hierarchy.refs(behind.keySet());
        List<AttentionItem> items = new ArrayList<>();
        behind.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Long, int[]> e) -> e.getValue()[1] - e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(query.limit())
                .forEach(e -> {
                    OrgUnitRef unit = refs.get(e.getKey());
                    int due = e.getValue()[0];
                    int met = e.getValue()[1];
                    LocalDate since = YearMonth.parse(firstMissing.get(e.getKey())).atDay(1);
                    items.add(new AttentionItem(WorkLine.RULES, "rules.meetingsBehind", unit, since, ChronoUnit.DAYS.between(since, query.today()),
                            (long) (due - met), true,
                            Messages.text(query.locale(), "dashboard.attention.meetingsBehind", unit.name(), due, met), "/rules"));
                });
        return items;
    }
}
