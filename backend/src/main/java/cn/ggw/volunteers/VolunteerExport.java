package cn.ggw.volunteers;

import cn.ggw.common.Messages;
import cn.ggw.volunteers.VolunteerDtos.VolunteerSummary;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The list on screen as a workbook: the same people, the same masking, the caller's language.
 * Written to a temporary file (streamed, 200 rows in memory) and deleted once sent.
 */
final class VolunteerExport implements AutoCloseable {

    /** A finished workbook, sent once. */
    public record Workbook(String fileName, Path file) {

        public void writeTo(OutputStream out) throws IOException {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    private final Locale locale;
    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final cn.ggw.common.SpreadsheetText.Styles text;
    private int next;

    VolunteerExport(Locale locale) {
        this.locale = locale;
        boolean english = english();
        sheet = book.createSheet(english ? "Volunteers" : "五老名册");
        text = new cn.ggw.common.SpreadsheetText.Styles(book);
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        List<String> headers = english
                ? List.of("Name", "Gender", "Age", "ID number (masked)", "Phone (masked)", "Categories", "Activity areas", "Status", "Unit", "Unit code")
                : List.of("姓名", "性别", "年龄", "身份证号（已隐藏）", "联系电话（已隐藏）", "五老类别", "发挥作用领域", "状态", "所在单位", "单位代码");
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, (i == 3 ? 22 : i == 8 ? 24 : 12) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(VolunteerSummary v) {
        Row row = sheet.createRow(next++);
        text.set(row.createCell(0), v.name());
        text.set(row.createCell(1), Messages.text(locale, "volunteer.gender." + v.gender()));
        row.createCell(2).setCellValue(v.age());
        text.set(row.createCell(3), v.idNumberMasked());
        text.set(row.createCell(4), v.phoneMasked() == null ? "" : v.phoneMasked());
        row.createCell(5).setCellValue(v.categories().stream().map(c -> Messages.text(locale, "volunteer.category." + c))
                .collect(Collectors.joining(english() ? ", " : "、")));
        row.createCell(6).setCellValue(v.activityAreas().stream().map(a -> Messages.text(locale, "volunteer.area." + a))
                .collect(Collectors.joining(english() ? ", " : "、")));
        text.set(row.createCell(7), Messages.text(locale, "volunteer.status." + v.status()));
        text.set(row.createCell(8), v.unit() == null ? "" : v.unit().name());
        text.set(row.createCell(9), v.unit() == null ? "" : v.unit().code());
    }

    int rows() {
        return next - 1;
    }

    Workbook finish(String unitName) {
        try {
            Path file = Files.createTempFile("ggw-export-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            String date = LocalDate.now(IdNumber.CHINA).toString();
            String name = english() ? "volunteers-" + date + ".xlsx" : unitName + "五老名册-" + date + ".xlsx";
            return new Workbook(name, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean english() {
        return Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
