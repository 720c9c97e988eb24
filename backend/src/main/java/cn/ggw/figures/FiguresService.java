package cn.ggw.figures;

import cn.ggw.common.ProblemException;
import cn.ggw.figures.FigureDef.Kind;
import cn.ggw.hierarchy.HierarchyService;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.Subtree;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one reader of every line's figures: a unit's subtree, and each unit below it down to a depth,
 * for a period. Each {@link FigureSource} reports counts at the units where its rows belong; this
 * service adds them into every displayed ancestor (by path: "1.5.77" counts for 1, 5 and 77) and then
 * derives the ratios from the summed counts.
 */
@ApplicationScoped
public class FiguresService {

    /** Deepest breakdown one call may ask for (district → township → village is 2). */
    public static final int MAX_DEPTH = 3;

    @Inject
    Instance<FigureSource> sources;

    @Inject
    HierarchyService hierarchy;

    @Inject
    EntityManager em;

    @Inject
    FigureFreshness freshness;

    /** Every figure of the given lines (all lines when empty), in line order then each source's order. */
    public List<FigureDef> definitions(Set<WorkLine> lines) {
        List<FigureDef> all = new ArrayList<>();
        for (FigureSource source : sorted(lines)) {
            all.addAll(source.definitions());
        }
        return all;
    }

    /**
     * The figures of {@code unitId}'s subtree (404 when the caller may not see it) and of each active
     * unit below it down to {@code depth} levels.
     */
    public FigureTable table(long unitId, Period period, int depth, Set<WorkLine> lines) {
        if (depth < 0 || depth > MAX_DEPTH) {
            throw ProblemException.invalid("depth", "figures.depth", MAX_DEPTH);
        }
        VisibleUnit root = hierarchy.findVisible(unitId).orElseThrow(() -> ProblemException.notFound("orgunit.not-found"));
        Set<WorkLine> wanted = lines == null || lines.isEmpty() ? EnumSet.allOf(WorkLine.class) : EnumSet.copyOf(lines);
        return compute(root, period, depth, wanted, depth <= CACHED_DEPTH ? freshness.stamps() : null);
    }

    /**
     * Each source's counts of tables this deep or less are kept between writes to the tables it reads
     * (FigureFreshness, within its memory budget: a district down to its villages, 1,000 units, weighs ~100 KB a source).
     */
    static final int CACHED_DEPTH = 2;

    /** One source's counts for one subtree, period and depth: the same for every caller who may see the subtree. */
    private record SourceKey(String source, long unitId, Period period, int depth) {
    }

    /** @param stamps the write stamps read before anything is computed; null: compute every source now. */
    private FigureTable compute(VisibleUnit root, Period period, int depth, Set<WorkLine> lines, FigureFreshness.Stamps stamps) {
        Subtree subtree = Subtree.of(root.orgPath());
        int rootSegments = root.orgPath().split("\\.").length;

        List<UnitRow> units = units(subtree, rootSegments - 1 + depth);
        Set<Long> shown = new HashSet<>();
        for (UnitRow u : units) {
            shown.add(u.id());
        }
        List<FigureSource> used = sorted(lines);
        List<FigureDef> defs = new ArrayList<>();
        used.forEach(s -> defs.addAll(s.definitions()));
        Map<String, Long>[] countMaps = newCountMaps(units.size());
        Map<Long, Integer> row = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            row.put(units.get(i).id(), i);
        }
        for (FigureSource source : used) {
            Supplier<SourceCounts> collect = () -> collect(source, subtree, root.ref().id(), rootSegments, depth, shown, period);
            // The subtree is in the caller's scope (checked by the caller); its counts are kept for everyone until
            // the next committed write to a table this source reads.
            SourceCounts counts = stamps == null ? collect.get()
                    : freshness.get(new SourceKey(source.getClass().getName(), root.ref().id(), period, depth),
                            stamps.of(source.tables()), collect, SourceCounts::weight);
            for (UnitRow u : units) {
                long[] values = counts.sums().get(u.id());
                for (int k = 0; k < counts.keys().size(); k++) {
                    countMaps[row.get(u.id())].put(counts.keys().get(k), values == null ? 0L : values[k]);
                }
            }
        }

        List<UnitFigures> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitRow u = units.get(i);
            Map<String, Long> countMap = new LinkedHashMap<>();
            Map<String, Double> ratioMap = new LinkedHashMap<>();
            for (FigureDef def : defs) {
                if (def.kind() == Kind.COUNT) {
                    countMap.put(def.key(), countMaps[i].getOrDefault(def.key(), 0L));
                }
            }
            for (FigureDef def : defs) {
                if (def.kind() == Kind.RATIO) {
                    long denominator = countMap.getOrDefault(def.denominator(), 0L);
                    ratioMap.put(def.key(), denominator == 0 ? null : (double) countMap.getOrDefault(def.numerator(), 0L) / denominator);
                }
            }
            rows.add(new UnitFigures(u.ref(), u.parentId(), u.segments() - rootSegments, countMap, ratioMap));
        }
        return new FigureTable(root.ref(), period, asOf(root.orgPath(), period, depth, used, rows), depth, defs, rows);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long>[] newCountMaps(int n) {
        Map<String, Long>[] maps = new Map[n];
        for (int i = 0; i < n; i++) {
            maps[i] = new HashMap<>();
        }
        return maps;
    }

    /** A source's COUNT keys, and per shown unit (the root: the whole subtree) its values in that order. */
    private record SourceCounts(List<String> keys, Map<Long, long[]> sums) {
        /** Bytes held, roughly: a map entry with its boxed key and an array of the counts per unit. */
        long weight() {
            return 64L + sums.size() * (72L + 8L * keys.size());
        }
    }

    /**
     * Runs one source over the subtree and adds each row's count into every shown unit on its path (by path:
     * "1.5.77" counts for 1, 5 and 77) down to {@code depth} levels below the root.
     */
    private static SourceCounts collect(FigureSource source, Subtree subtree, long rootId, int rootSegments, int depth,
                                        Set<Long> shown, Period period) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (FigureDef def : source.definitions()) {
            if (def.kind() == Kind.COUNT) {
                index.put(def.key(), index.size());
            }
        }
        Map<Long, long[]> sums = new HashMap<>();
        sums.put(rootId, new long[index.size()]);
        FigureSink sink = (orgPath, key, value) -> {
            Integer slot = index.get(key);
            if (slot == null) {
                throw new IllegalStateException("figure " + key + " is not declared by its source");
            }
            if (!subtree.covers(orgPath)) {
                return; // a source's row outside the asked subtree: never counted
            }
            sums.get(rootId)[slot] += value;
            String[] segments = orgPath.split("\\.");
            for (int level = 1; level <= depth && rootSegments + level <= segments.length; level++) {
                long id = Long.parseLong(segments[rootSegments + level - 1]);
                if (shown.contains(id)) {
                    sums.computeIfAbsent(id, k -> new long[index.size()])[slot] += value;
                }
            }
        };
        source.collect(subtree, period, sink);
        return new SourceCounts(List.copyOf(index.keySet()), sums);
    }

    /**
     * When these exact figures were first computed on this replica (or now, when they differ from the last
     * time): a poll that finds nothing changed gets the same answer byte for byte, so its ETag matches.
     */
    private Instant asOf(String path, Period period, int depth, List<FigureSource> used, List<UnitFigures> rows) {
        String key = path + "|" + period + "|" + depth + "|" + used.stream().map(s -> s.getClass().getName()).toList();
        int content = rows.hashCode();
        Instant now = Instant.now();
        if (stamps.size() > MAX_STAMPS) {
            stamps.clear();
        }
        Stamp stamp = stamps.compute(key, (k, old) -> old != null && old.content() == content ? old : new Stamp(content, now));
        return stamp.asOf();
    }

    private static final int MAX_STAMPS = 5_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Stamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();

    private record Stamp(int content, Instant asOf) {
    }

    private List<FigureSource> sorted(Set<WorkLine> lines) {
        Set<WorkLine> wanted = lines == null || lines.isEmpty() ? EnumSet.allOf(WorkLine.class) : lines;
        return sources.stream()
                .filter(s -> wanted.contains(s.line()))
                .sorted(Comparator.comparing(FigureSource::line).thenComparing(s -> s.getClass().getName()))
                .toList();
    }

    /** The root and its active descendants down to the given depth (0-based like org_unit.depth), tree order by level. */
    private List<UnitRow> units(Subtree subtree, int maxDepth) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = subtree.bind(em.createNativeQuery("""
                select id, code, name, kind, parent_id, org_path from org_unit
                 where %s and depth <= ?3 and (active or org_path = ?1)
                 order by depth, sort_order, name, id""".formatted(subtree.sql("org_path", 1))), 1)
                .setParameter(3, maxDepth)
                .getResultList();
        return rows.stream().map(r -> new UnitRow(
                new OrgUnitRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2], OrgUnitKind.valueOf((String) r[3])),
                r[4] == null ? null : ((Number) r[4]).longValue(),
                ((String) r[5]).split("\\.").length)).toList();
    }

    private record UnitRow(OrgUnitRef ref, Long parentId, int segments) {
        long id() {
            return ref.id();
        }
    }

    /** A subtree's figures with the breakdown below it. {@code level} 0 is the asked unit itself. */
    public record FigureTable(OrgUnitRef unit, Period period, Instant asOf, int depth, List<FigureDef> definitions,
                              List<UnitFigures> units) {
    }

    /** One unit's figures over its whole subtree. Ratios are null where their denominator is 0. */
    public record UnitFigures(OrgUnitRef unit, Long parentId, int level, Map<String, Long> counts, Map<String, Double> ratios) {
    }
}
