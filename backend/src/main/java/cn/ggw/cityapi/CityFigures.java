package cn.ggw.cityapi;

import cn.ggw.common.Messages;
import cn.ggw.common.ProblemException;
import cn.ggw.figures.FigureDef;
import cn.ggw.figures.FigureFreshness;
import cn.ggw.figures.FigureDef.Kind;
import cn.ggw.figures.FiguresService;
import cn.ggw.figures.FiguresService.FigureTable;
import cn.ggw.figures.FiguresService.UnitFigures;
import cn.ggw.figures.Period;
import cn.ggw.figures.WorkLine;
import cn.ggw.hierarchy.HierarchyService.VisibleUnit;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.cityapi.CityDtos.CityFigureDefinition;
import cn.ggw.cityapi.CityDtos.CityFiguresView;
import cn.ggw.cityapi.CityDtos.CityUnitFigures;
import cn.ggw.cityapi.CityDtos.DownTo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bulk figures of a subtree for the city system: every unit down to a level, every line whose figure
 * source exists, aggregates only, with small counts of people suppressed.
 *
 * <p>Suppression: a COUNT that counts people ({@link FigureDef#countsPeople()}) between 1 and
 * {@code threshold − 1} is withheld (null, its key listed in {@code suppressed}); so is the smallest other
 * non-zero sibling when only one of a parent's children was withheld (else parent − siblings would give it
 * back), and any ratio whose numerator or denominator was withheld. 0 is never withheld: it names nobody.
 */
@ApplicationScoped
public class CityFigures {

    @Inject
    FiguresService figures;

    @Inject
    FigureFreshness freshness;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "ggw.cityapi.min-cell", defaultValue = "3")
    int threshold;

    public int threshold() {
        return threshold;
    }

    /** A bulk answer as sent: its JSON and its strong ETag (the body's hash, as {@link SyncHeaders} computes it). */
    public record Body(byte[] json, String etag) {
    }

    /**
     * The bulk answer serialised, kept until the next committed write to a table of the lines it covers (the city
     * system polls the same districts on a schedule): a district's answer, a few hundred KB, costs milliseconds of
     * CPU to assemble, serialise and hash, which a kept one does not. The node is in the caller's scope (checked by
     * the caller); the answer names units and aggregates only, so it is the same for every caller who may see it.
     */
    public Body bulkBody(VisibleUnit node, DownTo downTo, Period period, Set<WorkLine> lines, Locale locale) {
        int depth = downTo.depthBelow(node.ref().kind());
        if (depth < 0) {
            throw ProblemException.invalid("downTo", "cityapi.down-to.above");
        }
        Set<WorkLine> wanted = lines == null || lines.isEmpty() ? EnumSet.allOf(WorkLine.class) : EnumSet.copyOf(lines);
        Set<String> tables = new HashSet<>();
        wanted.forEach(line -> tables.addAll(line.tables()));
        long stamp = freshness.stamps().of(tables);
        return freshness.get(new BulkKey(node.ref().id(), downTo, period, wanted, locale.toLanguageTag(), threshold), stamp, () -> {
            try {
                byte[] body = json.writeValueAsBytes(bulk(node, downTo, depth, period, wanted, locale));
                return new Body(body, SyncHeaders.etagOf(body));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }, body -> 256L + body.json().length);
    }

    private record BulkKey(long unitId, DownTo downTo, Period period, Set<WorkLine> lines, String language, int threshold) {
    }

    private CityFiguresView bulk(VisibleUnit node, DownTo downTo, int depth, Period period, Set<WorkLine> lines, Locale locale) {
        FigureTable table = figures.table(node.ref().id(), period, Math.min(depth, FiguresService.MAX_DEPTH), lines);
        List<FigureDef> defs = table.definitions();
        Map<Long, String> codes = new HashMap<>();
        for (UnitFigures u : table.units()) {
            codes.put(u.unit().id(), u.unit().code());
        }
        List<Row> rows = new ArrayList<>();
        for (UnitFigures u : table.units()) {
            rows.add(new Row(u, new LinkedHashMap<>(u.counts()), new TreeSet<>()));
        }
        for (FigureDef def : defs) {
            if (def.kind() == Kind.COUNT && def.countsPeople()) {
                suppress(rows, def.key());
            }
        }
        List<CityUnitFigures> units = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Double> ratios = new LinkedHashMap<>();
            for (FigureDef def : defs) {
                if (def.kind() == Kind.RATIO) {
                    if (row.suppressed.contains(def.numerator()) || row.suppressed.contains(def.denominator())) {
                        ratios.put(def.key(), null);
                        row.suppressed.add(def.key());
                    } else {
                        ratios.put(def.key(), row.figures.ratios().get(def.key()));
                    }
                }
            }
            UnitFigures u = row.figures;
            units.add(new CityUnitFigures(u.unit().code(), u.level() == 0 ? null : codes.get(u.parentId()), u.unit().name(),
                    u.unit().kind(), u.level(), row.counts, ratios, List.copyOf(row.suppressed)));
        }
        return new CityFiguresView(node.ref().code(), node.ref().name(), node.ref().kind(), table.period().from(), table.period().to(),
                table.asOf(), downTo, threshold,
                defs.stream().map(d -> CityFigureDefinition.of(d, Messages.text(locale, "figure." + d.key()))).toList(), units);
    }

    private void suppress(List<Row> rows, String key) {
        for (Row row : rows) {
            Long value = row.counts.get(key);
            if (value != null && value > 0 && value < threshold) {
                row.withhold(key);
            }
        }
        // Secondary suppression: a parent's shown total minus its shown children must not give one withheld child back.
        Map<Long, List<Row>> children = new HashMap<>();
        for (Row row : rows) {
            if (row.figures.level() > 0) {
                children.computeIfAbsent(row.figures.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        for (Row parent : rows) {
            List<Row> kids = children.get(parent.figures.unit().id());
            if (kids == null || parent.suppressed.contains(key)) {
                continue;
            }
            long withheld = kids.stream().filter(k -> k.suppressed.contains(key)).count();
            if (withheld == 1) {
                kids.stream()
                        .filter(k -> !k.suppressed.contains(key) && k.counts.get(key) != null && k.counts.get(key) > 0)
                        .min((a, b) -> Long.compare(a.counts.get(key), b.counts.get(key)))
                        .ifPresent(k -> k.withhold(key));
            }
        }
    }

    private record Row(UnitFigures figures, Map<String, Long> counts, Set<String> suppressed) {
        void withhold(String key) {
            counts.put(key, null);
            suppressed.add(key);
        }
    }

    /** Depth rank of a kind: district 2, township/street/department 3, village/community 4. */
    static int rank(OrgUnitKind kind) {
        return switch (kind) {
            case PROVINCE -> 0;
            case CITY -> 1;
            case DISTRICT -> 2;
            case TOWNSHIP, STREET, DEPARTMENT -> 3;
            case VILLAGE, COMMUNITY -> 4;
        };
    }
}
