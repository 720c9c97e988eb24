package cn.ggw.documents;

import cn.ggw.common.SpreadsheetText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A workbook of plain tables for an office to sort and print: per sheet a bold header row kept in view, then
 * the rows. Numbers stay numbers (they can be summed); every text goes through {@link SpreadsheetText}, so a
 * name that starts with "=" stays a name. Streamed (200 rows in memory): a sheet of a district is small.
 * <pre>
 *   byte[] xlsx = TableWorkbook.create()
 *           .sheet("出勤情况", List.of("姓名", "单位", "状态"), List.of(14, 24, 12))
 *           .row("张三", "甲村", "已参加")
 *           .toBytes();
 * </pre>
 */
public final class TableWorkbook {

    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final SpreadsheetText.Styles text = new SpreadsheetText.Styles(book);
    private final CellStyle bold;
    private Sheet sheet;
    private int next;

    private TableWorkbook() {
        bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    public static TableWorkbook create() {
        return new TableWorkbook();
    }

    /** Starts a sheet with this header; {@code widths} in characters per column (shorter lists leave the rest default). */
    public TableWorkbook sheet(String name, List<String> header, List<Integer> widths) {
        sheet = book.createSheet(name);
        next = 0;
        Row row = sheet.createRow(next++);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            text.set(cell, header.get(i));
            cell.setCellStyle(bold);
            if (i < widths.size()) {
                sheet.setColumnWidth(i, widths.get(i) * 256);
            }
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /** One row: a {@link Number} as a number, null as an empty cell, anything else as text. */
    public TableWorkbook row(Object... values) {
        return row(java.util.Arrays.asList(values));
    }

    public TableWorkbook row(List<?> values) {
        if (sheet == null) {
            throw new IllegalStateException("sheet(...) first");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                text.set(cell, v.toString());
            }
        }
        return this;
    }

    public byte[] toBytes() {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
