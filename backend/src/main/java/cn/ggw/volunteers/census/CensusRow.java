package cn.ggw.volunteers.census;

import java.util.BitSet;
import java.util.List;

/**
 * One non-empty row of a census file as the clerk sees it in Excel.
 *
 * @param number             the spreadsheet's own row number (1-based, as Excel shows it; for CSV the line's record number)
 * @param cells              cell text by column index (0 = column A); trimmed, never null ("" when empty)
 * @param numericCells       columns whose cell was stored as a number (an 18-digit ID number stored as a number has lost digits);
 *                           date cells are not among them (they read as yyyy-MM-dd); always empty for CSV
 * @param uncomputedFormulas columns holding a formula without a saved result (the cell reads ""), or an error
 *                           value such as #N/A (the cell reads the error); always empty for CSV
 */
public record CensusRow(int number, List<String> cells, BitSet numericCells, BitSet uncomputedFormulas) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
