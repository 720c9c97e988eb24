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

    private RejectedRowsWorkbook() {
    }

    static void write(Path file, int headerRow, Map<Integer, List<String>> reasons, Locale locale, OutputStream out) throws IOException {
        boolean english = Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); CensusReader reader = CensusReader.open(file)) {
            Sheet sheet = book.createSheet(english ? "Rejected rows" : "未导入的行");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] next = {0};
            int[] width = {0};
            reader.read(row -> {
                if (row.number() == headerRow) {
                    Row header = sheet.createRow(next[0]++);
                    width[0] = row.cells().size();
                    for (int i = 0; i < width[0]; i++) {
                        header.createCell(i).setCellValue(row.cell(i));
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
                    r.createCell(i).setCellValue(row.cell(i));
                }
                int at = Math.max(width[0], row.cells().size());
                r.createCell(at).setCellValue(row.number());
                r.createCell(at + 1).setCellValue(String.join(english ? "; " : "；", why));
                return true;
            });
            book.write(out);
            book.dispose();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
