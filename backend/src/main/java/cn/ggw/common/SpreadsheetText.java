package cn.ggw.common;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text that a spreadsheet program could take for a formula (=, +, -, @, and tab or carriage return first:
 * {@code =HYPERLINK("http://evil.example","x")} in a name) is written as text that stays text: a string cell
 * whose style carries Excel's quote prefix (the ' a clerk would type), so that neither opening, editing
 * the cell nor saving it as CSV and opening that turns it into a formula. Every XLSX the system writes uses this.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a program would read this text as the start of a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\uFF1D' || c == '\uFF0B'
                || c == '\uFF0D' || c == '\uFF20';
    }

    /** One workbook's quote-prefixed text style (made once per workbook). */
    public static final class Styles {
        private final Workbook book;
        private CellStyle quoted;

        public Styles(Workbook book) {
            this.book = book;
        }

        /** Sets the cell to the text, quote-prefixed when it looks like a formula. */
        public void set(Cell cell, String text) {
            cell.setCellValue(text == null ? "" : text);
            if (looksLikeFormula(text)) {
                if (quoted == null) {
                    quoted = book.createCellStyle();
                    quoted.setQuotePrefixed(true);
                }
                cell.setCellStyle(quoted);
            }
        }
    }
}
