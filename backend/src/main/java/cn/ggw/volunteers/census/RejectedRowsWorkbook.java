package cn.ggw.volunteers.census;

import cn.ggw.common.Messages;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows an import left out, as the clerk sent them, with their original row number and the
 * reasons in a last column: fix them in this workbook and import it again.
 */
final class RejectedRowsWorkbook {

    /** The running-number column of a list: 序号, 编号, No. */
    private static final java.util.regex.Pattern SEQUENCE = java.util.regex.Pattern.compile("(?i)序号|編號|编号|序|no\\.?|#");

    private RejectedRowsWorkbook() {
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return !value.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static void write(Path file, String sheetName, int headerRow, Map<Integer, List<String>> reasons, Locale locale, OutputStream out)
            throws IOException {
        boolean english = Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); CensusReader reader = CensusReader.open(file, sheetName)) {
            Sheet sheet = book.createSheet(english ? "Rejected rows" : "未导入的行");
            cn.ggw.common.SpreadsheetText.Styles text = new cn.ggw.common.SpreadsheetText.Styles(book);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] next = {0};
            int[] width = {0};
            int[] sequenceColumn = {-1};
            reader.read(row -> {
                if (row.number() == headerRow) {
                    Row header = sheet.createRow(next[0]++);
                    width[0] = row.cells().size();
                    for (int i = 0; i < width[0]; i++) {
                        if (sequenceColumn[0] < 0 && SEQUENCE.matcher(row.cell(i).replace(" ", "")).matches()) {
                            sequenceColumn[0] = i;
                        }
                        text.set(header.createCell(i), row.cell(i));
                        header.getCell(i).setCellStyle(bold);
                    }
                    header.createCell(width[0]).setCellValue(english ? "Row in the original file" : "原表行号");
                    header.createCell(width[0] + 1).setCellValue(english ? "Why it was not imported" : "未导入原因");
                    header.getCell(width[0]).setCellStyle(bold);
                    header.getCell(width[0] + 1).setCellStyle(bold);
                    return true;
                }
                List<String> why = reasons.get(row.number());
                if (row.number() < headerRow || why == null) {
                    return true;
                }
                Row r = sheet.createRow(next[0]++);
                for (int i = 0; i < Math.max(width[0], row.cells().size()); i++) {
                    String value = row.cell(i);
                    if (i == sequenceColumn[0] && value.isEmpty()) {
                        // 序号 left blank (a formula such as =ROW()-2 that was never computed): the row's place in the list.
                        r.createCell(i).setCellValue(row.number() - headerRow);
                    } else if (row.numericCells() != null && row.numericCells().get(i) && isNumber(value)) {
                        // As the clerk typed it: a number stays a number (an ID stored as one shows as 2.20802E+17 again,
                        // which is why it was rejected), not text made of its rounded digits.
                        r.createCell(i).setCellValue(Double.parseDouble(value));
                    } else {
                        text.set(r.createCell(i), value);
                    }
                }
                int at = Math.max(width[0], row.cells().size());
                r.createCell(at).setCellValue(row.number());
                text.set(r.createCell(at + 1), String.join(english ? "; " : "；", why));
                return true;
            });
            book.write(out);
            book.dispose();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
