package cn.ggw.dashboard;

import cn.ggw.common.Messages;
import cn.ggw.common.ProblemException;
import cn.ggw.dashboard.DashboardDtos.ChildFigures;
import cn.ggw.dashboard.DashboardDtos.DashboardView;
import cn.ggw.dashboard.DashboardDtos.Kpi;
import cn.ggw.dashboard.DashboardDtos.LineView;
import cn.ggw.figures.FigureDef;
import cn.ggw.figures.FigureDef.Kind;
import cn.ggw.figures.FigureFreshness;
import cn.ggw.figures.FigureSource;
import cn.ggw.figures.FiguresService;
import cn.ggw.figures.FiguresService.FigureTable;
import cn.ggw.figures.FiguresService.UnitFigures;
import cn.ggw.figures.Period;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.security.CallerScope;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The leaders' dashboard: reads every line's figures through {@link FiguresService} (it counts nothing
 * itself), twice — the period and the previous period of equal length — and asks every
 * {@link AttentionSource} what needs attention. Lines appear as their sources exist.
 */
@ApplicationScoped
public class DashboardService {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Items asked of each attention source. */
    static final int ATTENTION_PER_SOURCE = 10;

    @Inject
    FiguresService figures;

    @Inject
    HierarchyService hierarchy;

    @Inject
    CallerScope caller;

    @Inject
    FigureFreshness freshness;

    /**
     * A dashboard whose computation took at least this long (a province's: seconds) is served from its previous
     * result, with that result's as-of time, to the leaders who open it while its successor is computed after a
     * write; the one who found the write waits for the new figures (FigureFreshness). Below it, nobody sees old ones.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ggw.dashboard.serve-previous-after", defaultValue = "1s")
    java.time.Duration servePreviousAfter;

    @Inject
    Instance<AttentionSource> attentionSources;

    @Inject
    Instance<FigureSource> figureSources;

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    /** The unit asked for (the caller's own by default): 404 outside the scope, 400 when deactivated. */
    public VisibleUnit unit(Long unitId) {
        if (unitId == null) {
            return hierarchy.callerUnit(); // the home page's dashboard: the caller's own unit, active by construction
        }
        VisibleUnit unit = hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.notFound("orgunit.not-found"));
        if (!unit.active()) {
            throw ProblemException.invalid("unitId", "dashboard.unit.inactive", unit.ref().name());
        }
        return unit;
    }

    /**
     * Leaders reopen the same dashboards far more often than anything under them changes: the whole view but the
     * trail (which starts at the caller's own unit) is kept until the next committed write to a table any line's
     * figures or attention items read (FigureFreshness; the stamps are read before anything else), per unit, period,
     * language and day — the same for every caller who may see the unit. A kept answer costs a read of the stamps,
     * the unit and the trail; a computed one, every source's kept counts put together. Where that computation is slow
     * (see {@link #servePreviousAfter}), the leaders arriving while it runs get the previous view and its as-of time.
     */
    public DashboardView dashboard(Long unitId, Period period, Locale locale) {
        FigureFreshness.Stamps stamps = freshness.stamps();
        VisibleUnit unit = unit(unitId);
        DashboardView kept = freshness.get(new ViewKey(unit.ref().id(), period, locale.toLanguageTag(), today()),
                stamps.of(tables()), () -> compute(unit, period, locale),
                view -> 4_096L + 2_048L * view.children().size() + 512L * view.attention().size(), servePreviousAfter);
        return new DashboardView(kept.unit(), trail(unit), kept.from(), kept.to(), kept.previousFrom(), kept.previousTo(), kept.asOf(),
                kept.lines(), kept.linesWithoutFigures(), kept.children(), kept.attention());
    }

    private record ViewKey(long unitId, Period period, String language, LocalDate today) {
    }

    private volatile Set<String> tables;

    /** Every table a figure source or an attention source reads. */
    private Set<String> tables() {
        Set<String> known = tables;
        if (known == null) {
            Set<String> all = new java.util.HashSet<>();
            for (WorkLine line : WorkLine.values()) {
                all.addAll(line.tables());
            }
            figureSources.forEach(s -> all.addAll(s.tables()));
            attentionSources.forEach(s -> all.addAll(s.tables()));
            tables = known = Set.copyOf(all);
        }
        return known;
    }

    private DashboardView compute(VisibleUnit unit, Period period, Locale locale) {
        FigureTable now = figures.table(unit.ref().id(), period, 1, Set.of());
        Period before = period.previous();
        FigureTable previous = figures.table(unit.ref().id(), before, 0, Set.of());
        UnitFigures self = now.units().get(0);
        UnitFigures selfBefore = previous.units().get(0);

        List<LineView> lines = new ArrayList<>();
        List<WorkLine> missing = new ArrayList<>();
        for (WorkLine line : WorkLine.values()) {
            List<FigureDef> defs = now.definitions().stream().filter(d -> d.line() == line).toList();
            if (defs.isEmpty()) {
                missing.add(line);
                continue;
            }
            List<Kpi> kpis = defs.stream().map(d -> kpi(d, self, selfBefore, locale)).toList();
            lines.add(new LineView(line, Messages.text(locale, "dashboard.line." + line), headline(defs).key(), kpis));
        }
        List<ChildFigures> children = now.units().stream().filter(u -> u.level() == 1)
                .map(u -> new ChildFigures(u.unit(), u.counts(), u.ratios())).toList();
        return new DashboardView(unit.ref(), List.of(), period.from(), period.to(), before.from(), before.to(), now.asOf(),
                lines, missing, children, attention(unit, locale));
    }

    /** The line's headline: its first ratio, else its first figure. */
    static FigureDef headline(List<FigureDef> defs) {
        return defs.stream().filter(d -> d.kind() == Kind.RATIO).findFirst().orElse(defs.get(0));
    }

    static Kpi kpi(FigureDef def, UnitFigures now, UnitFigures before, Locale locale) {
        String label = Messages.text(locale, "figure." + def.key());
        if (def.kind() == Kind.COUNT) {
            long value = now.counts().getOrDefault(def.key(), 0L);
            long previous = before.counts().getOrDefault(def.key(), 0L);
            return new Kpi(def.key(), label, def.kind(), def.temporal(), (double) value, (double) previous, (double) (value - previous), null, null);
        }
        Double value = now.ratios().get(def.key());
        Double previous = before.ratios().get(def.key());
        Double change = value == null || previous == null ? null : value - previous;
        return new Kpi(def.key(), label, def.kind(), null, value, previous, change,
                now.counts().getOrDefault(def.numerator(), 0L), now.counts().getOrDefault(def.denominator(), 0L));
    }

    /** Every attention source's items of the subtree, overdue first, then oldest first. */
    public List<AttentionItem> attention(VisibleUnit unit, Locale locale) {
        // The unit is in the caller's scope; the items name units and counts, no person: the same for every caller
        // who may see the unit, each source's kept until the next write to a table it reads (FigureFreshness), per
        // day and language.
        LocalDate today = today();
        FigureFreshness.Stamps stamps = freshness.stamps();
        AttentionSource.Query query = new AttentionSource.Query(unit.ref().id(), Subtree.of(unit.orgPath()), today, locale,
                ATTENTION_PER_SOURCE);
        List<AttentionItem> all = new ArrayList<>();
        attentionSources.stream().sorted(Comparator.comparing(AttentionSource::line).thenComparing(s -> s.getClass().getName()))
                .forEach(s -> all.addAll(freshness.get(new AttentionKey(s.getClass().getName(), unit.ref().id(), today,
                        locale.toLanguageTag()), stamps.of(s.tables()), () -> List.copyOf(s.items(query)), items -> 256L + 512L * items.size())));
        all.sort(Comparator.comparing((AttentionItem i) -> !i.overdue())
                .thenComparing(AttentionItem::since, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AttentionItem::line)
                .thenComparing(i -> i.unit().id()));
        return List.copyOf(all);
    }

    private record AttentionKey(String source, long unitId, LocalDate today, String language) {
    }

    /** The units from the caller's own down to this one: the unit's ancestors the caller may see, and the unit (one query at most). */
    private List<OrgUnitRef> trail(VisibleUnit unit) {
        if (unit.orgPath().equals(caller.filterPath())) {
            return List.of(unit.ref()); // the trail starts at the caller's own unit: here it is that unit alone
        }
        List<Long> ids = java.util.Arrays.stream(unit.orgPath().split("\\.")).map(Long::parseLong).toList();
        java.util.Map<Long, OrgUnitRef> visible = hierarchy.refs(ids);
        List<OrgUnitRef> trail = new ArrayList<>();
        for (Long id : ids) {
            OrgUnitRef ref = visible.get(id);
            if (ref != null) {
                trail.add(ref);
            }
        }
        return trail;
    }
}
