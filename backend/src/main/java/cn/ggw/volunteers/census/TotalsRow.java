package cn.ggw.volunteers.census;

import cn.ggw.volunteers.Typed;
import cn.ggw.volunteers.census.CensusImportDtos.IssueSeverity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A totals row at the foot of a list (合计 15 人, 合計, 总计, 小计 …): it describes the rows above and is nobody,
 * so it is skipped, and the report says so (a warning on that row), instead of rejecting it as a person without an ID.
 */
final class TotalsRow {

    private static final Pattern LABEL = Pattern.compile(
            "(合\\s*计|合\\s*計|总\\s*计|總\\s*計|小\\s*计|小\\s*計|共\\s*计|共\\s*計|总\\s*数|總\\s*數|累\\s*计|total|grand\\s*total|sum)"
                    + "\\s*(?:[:：].*|[\\s(（]?\\d+.*)?", Pattern.CASE_INSENSITIVE);
    /** Anything that could be an ID number: such a row is a person, whatever else it says. */
    private static final Pattern ID_LIKE = Pattern.compile("[0-9]{15}|[0-9]{17}[0-9Xx]|[0-9](\\.[0-9]+)?[Ee]\\+?1[47]");

    private TotalsRow() {
    }

    /** The totals label ("合计") when the row is a totals row, else null. */
    static String label(CensusRow row) {
        String label = null;
        for (String cell : row.cells()) {
            String text = Typed.halfWidth(cell).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (ID_LIKE.matcher(text.replace(" ", "")).find()) {
                return null;
            }
            if (label == null && LABEL.matcher(text).matches()) {
                label = text;
            }
        }
        return label;
    }

    /** The report's note on a skipped totals row. */
    static CensusCheck.Outcome note(CensusRow row) {
        String label = label(row);
        int column = -1;
        for (int i = 0; i < row.cells().size() && column < 0; i++) {
            if (label != null && label.equals(Typed.halfWidth(row.cell(i)).strip())) {
                column = i;
            }
        }
        CensusCheck.Issue issue = new CensusCheck.Issue(column < 0 ? null : column, null, IssueSeverity.WARNING, "import.totals-row",
                List.of(row.number(), label == null ? "" : label.length() > 20 ? label.substring(0, 20) : label));
        return new CensusCheck.Outcome(row.number(), List.of(issue), null, null, null, List.of());
    }
}
