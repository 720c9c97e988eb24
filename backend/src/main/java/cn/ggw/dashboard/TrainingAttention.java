package cn.ggw.dashboard;

import cn.ggw.common.Messages;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.trainings.TrainingCoverageService;
import cn.ggw.trainings.TrainingDtos.Owed;
import cn.ggw.trainings.TrainingDtos.OwedReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 抓培训's attention items, per unit: people required at this year's finished sessions and not trained since,
 * and newcomers not yet on-boarded (deadline 31 December; overdue once seated more than
 * {@value #ONBOARDING_DAYS} days). From the training's own owed list, so the same people as its page. Counts only.
 */
@ApplicationScoped
public class TrainingAttention implements AttentionSource {

    static final int ONBOARDING_DAYS = 90;
    /** People read from the owed list to count per unit; a district owes far fewer. */
    static final int OWED_READ = 5000;

    @Inject
    TrainingCoverageService coverage;

    @Override
    public WorkLine line() {
        return WorkLine.TRAININGS;
    }

    private record Key(OwedReason reason, long unitId) {
    }

    private static final class Group {
        OrgUnitRef unit;
        long people;
        LocalDate since;
    }

    @Override
    public List<AttentionItem> items(Query query) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (Owed o : coverage.owed(query.unitId(), query.today().getYear(), null, OWED_READ)) {
            if (o.unit() == null) {
                continue;
            }
            Group g = groups.computeIfAbsent(new Key(o.reason(), o.unit().id()), k -> new Group());
            g.unit = o.unit();
            g.people++;
            g.since = g.since == null || o.since().isBefore(g.since) ? o.since() : g.since;
        }
        List<AttentionItem> items = new ArrayList<>();
        groups.forEach((key, g) -> {
            long days = ChronoUnit.DAYS.between(g.since, query.today());
            boolean missed = key.reason() == OwedReason.MISSED;
            items.add(new AttentionItem(WorkLine.TRAININGS, missed ? "trainings.missed" : "trainings.onboardingOwed", g.unit, g.since, days,
                    g.people, missed || days > ONBOARDING_DAYS,
                    Messages.text(query.locale(), missed ? "dashboard.attention.trainingMissed" : "dashboard.attention.onboardingOwed",
                            g.unit.name(), g.people), "/trainings/coverage"));
        });
        items.sort(Comparator.comparing(AttentionItem::since).thenComparing(i -> i.unit().id()));
        return items.size() > query.limit() ? items.subList(0, query.limit()) : items;
    }
}
