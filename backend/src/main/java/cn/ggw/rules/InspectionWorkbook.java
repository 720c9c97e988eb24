package cn.ggw.rules;

import cn.ggw.common.Messages;
import cn.ggw.documents.TableWorkbook;
import cn.ggw.rules.InspectionDtos.InspectionView;
import cn.ggw.rules.InspectionDtos.UnitResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A year-end inspection round as a workbook: one row per unit in rank order, one column per rule with the
 * unit's score ("/" where the rule does not apply to the unit, empty where it was not scored), then the total,
 * the maximum, the share, the rank and whether the unit fell short with its weakest rules. Scores are numbers.
 */
final class InspectionWorkbook {

    /** A rule column: its code and its title in force on the round's reference day. */
    record RuleColumn(long ruleId, String code, String title) {
    }

    private InspectionWorkbook() {
    }

    static byte[] write(InspectionView round, List<RuleColumn> rules, Map<Long, Map<Long, Integer>> scores,
                        Map<Long, Set<Long>> applicable, Locale locale) {
        List<String> header = new ArrayList<>(List.of(t(locale, "rules.inspection.xlsx.rank"), t(locale, "rules.inspection.xlsx.unit")));
        List<Integer> widths = new ArrayList<>(List.of(6, 20));
        for (RuleColumn r : rules) {
            header.add(r.code() + " " + r.title());
            widths.add(12);
        }
        header.addAll(List.of(t(locale, "rules.inspection.xlsx.total"), t(locale, "rules.inspection.xlsx.max"),
                t(locale, "rules.inspection.xlsx.share"), t(locale, "rules.inspection.xlsx.scored"), t(locale, "rules.inspection.xlsx.shortfall"),
                t(locale, "rules.inspection.xlsx.weakest")));
        widths.addAll(List.of(8, 8, 8, 10, 10, 20));
        TableWorkbook book = TableWorkbook.create().sheet(sheetName(round.summary().year(), locale), header, widths);
        for (UnitResult u : round.units()) {
            List<Object> row = new ArrayList<>();
            row.add(u.rank() == 0 ? null : u.rank());
            row.add(u.unit().name());
            Map<Long, Integer> own = scores.getOrDefault(u.unit().id(), Map.of());
            Set<Long> applies = applicable.getOrDefault(u.unit().id(), Set.of());
            for (RuleColumn r : rules) {
                row.add(own.containsKey(r.ruleId()) ? own.get(r.ruleId()) : applies.contains(r.ruleId()) ? null : "/");
            }
            row.add(u.totalScore());
            row.add(u.maxTotal());
            row.add(u.scoreShare() == null ? null : Math.round(u.scoreShare() * 1000) / 10.0 + "%");
            row.add(u.rulesScored() + "/" + u.rulesApplicable());
            row.add(t(locale, u.shortfall() ? "rules.inspection.xlsx.yes" : "rules.inspection.xlsx.no"));
            row.add(String.join(locale.getLanguage().equals(Messages.ENGLISH.getLanguage()) ? ", " : "、", u.weakestRules()));
            book.row(row);
        }
        return book.toBytes();
    }

    static String sheetName(int year, Locale locale) {
        return t(locale, "rules.inspection.xlsx.sheet", String.valueOf(year));
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
