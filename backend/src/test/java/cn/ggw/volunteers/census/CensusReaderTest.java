package cn.ggw.volunteers.census;

import cn.ggw.testsupport.CensusFiles;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CensusReaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("XLSX rows keep Excel's row numbers under a merged title and across empty rows; cells are trimmed of all kinds of spaces")
    void realRowNumbers() throws IOException {
        Path file = dir.resolve("list.bin");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("空表");
            Sheet sheet = wb.createSheet("花名册");
            sheet.createRow(0).createCell(0).setCellValue("洮北区五老人员花名册");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            row(sheet, 1, "姓名", "性别", "身份证号", "联系电话");
            row(sheet, 2, "\u3000张三\u00A0", " 男 ", "229998195001011235", "13812345678");
            row(sheet, 3, "", "  ", "\u3000");
            row(sheet, 6, "李四", "女", "", "");
            sheet.getRow(6).createCell(250).setCellValue("far beyond the columns we read");
            write(wb, file);
        }
        try (CensusReader reader = CensusReader.open(file)) {
            assertEquals(CensusFormat.XLSX, reader.format());
            assertEquals("花名册", reader.sheetName());
            List<CensusRow> rows = all(reader);
            assertEquals(List.of(1, 2, 3, 7), numbers(rows));
            assertEquals(List.of("张三", "男", "229998195001011235", "13812345678"), rows.get(2).cells());
            assertEquals(List.of("李四", "女"), rows.get(3).cells());
            assertEquals("", rows.get(3).cell(3));
            assertTrue(rows.get(2).numericCells().isEmpty());
        }
    }

    @Test
    @DisplayName("numbers show as Excel shows them, dates as ISO, booleans as TRUE/FALSE; an ID typed as a number is marked")
    void cellValues() throws IOException {
        Path file = dir.resolve("values.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("s");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(12.0);
            row.createCell(1).setCellValue(1.5);
            row.createCell(2).setCellValue(1e20);
            row.createCell(3).setCellValue(229998195001011234.0);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            row.createCell(4).setCellValue(LocalDate.of(1950, 1, 31));
            row.getCell(4).setCellStyle(date);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellValue(0.1 + 0.2);
            row.createCell(7).setCellValue(-3.0);
            write(wb, file);
        }
        try (CensusReader reader = CensusReader.open(file)) {
            CensusRow row = all(reader).get(0);
            assertEquals(List.of("12", "1.5", "100000000000000000000", "229998195001011000", "1950-01-31", "TRUE",
                    "0.3", "-3"), row.cells());
            assertTrue(row.numericCells().get(3));
            assertFalse(row.numericCells().get(4), "a date is not a number to warn about");
            assertTrue(CensusValues.idNumberStoredAsNumber(row, 3));
            assertFalse(CensusValues.idNumberStoredAsNumber(row, 5));
        }
    }

    @Test
    @DisplayName("a formula shows its cached result; one never computed, or an error like #N/A, is marked uncomputed")
    void formulas() throws IOException {
        Path file = dir.resolve("formulas.xlsx");
        CensusFiles.formulaWorkbook(file);
        try (CensusReader reader = CensusReader.open(file)) {
            List<CensusRow> rows = all(reader);
            assertEquals(List.of(1, 2, 3, 4), numbers(rows));
            CensusRow cached = rows.get(1);
            assertEquals("1950-01-01", cached.cell(2));
            assertEquals("76", cached.cell(3));
            assertEquals("AB", cached.cell(4));
            assertTrue(cached.uncomputedFormulas().isEmpty());
            CensusRow uncomputed = rows.get(2);
            assertEquals("", uncomputed.cell(3));
            assertTrue(uncomputed.uncomputedFormulas().get(3));
            CensusRow error = rows.get(3);
            assertEquals("#N/A", error.cell(3));
            assertTrue(error.uncomputedFormulas().get(3));
        }
    }

    @Test
    @DisplayName("a GBK CSV from Chinese Excel and a UTF-8 CSV with BOM read the same")
    void csvEncodings() throws IOException {
        String text = "五老人员名单,,,\r\n姓名,性别,身份证号,家庭住址\r\n\r\n\u3000张三,男,229998195001011235,\"洮北区，幸福路\"\"1\"\"号\"\r\n"
                + "李四,女,,\"多行\n地址\"\r\n王五,男,,\r\n";
        Path gbk = dir.resolve("gbk.csv");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        Path utf8 = dir.resolve("utf8.csv");
        Files.write(utf8, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        List<CensusRow> fromGbk;
        try (CensusReader reader = CensusReader.open(gbk)) {
            assertEquals(CensusFormat.CSV, reader.format());
            assertEquals(null, reader.sheetName());
            fromGbk = all(reader);
        }
        try (CensusReader reader = CensusReader.open(utf8)) {
            assertEquals(fromGbk, all(reader));
        }
        assertEquals(List.of(1, 2, 4, 5, 6), numbers(fromGbk));
        assertEquals(List.of("五老人员名单"), fromGbk.get(0).cells());
        assertEquals(List.of("姓名", "性别", "身份证号", "家庭住址"), fromGbk.get(1).cells());
        assertEquals(List.of("张三", "男", "229998195001011235", "洮北区，幸福路\"1\"号"), fromGbk.get(2).cells());
        assertEquals("多行\n地址", fromGbk.get(3).cell(3));
    }

    @Test
    @DisplayName("tab- and semicolon-separated text is recognised; commas inside values do not confuse it")
    void delimiters() throws IOException {
        Path tab = dir.resolve("tab.txt");
        Files.writeString(tab, "姓名\t身份证号\t五老类别\n张三\t229998195001011235\t老干部,老教师\n李四\t\t老战士\n");
        Path semicolon = dir.resolve("semi.csv");
        Files.writeString(semicolon, "姓名;身份证号;类别\n张三;229998195001011235;老干部,老教师\n");
        try (CensusReader reader = CensusReader.open(tab)) {
            List<CensusRow> rows = all(reader);
            assertEquals(List.of("张三", "229998195001011235", "老干部,老教师"), rows.get(1).cells());
            assertEquals(List.of("李四", "", "老战士"), rows.get(2).cells());
        }
        try (CensusReader reader = CensusReader.open(semicolon)) {
            assertEquals(List.of("张三", "229998195001011235", "老干部,老教师"), all(reader).get(1).cells());
        }
        Path utf16 = dir.resolve("unicode.txt");
        Files.write(utf16, ("\uFEFF姓名\t性别\r\n张三\t男\r\n").getBytes(StandardCharsets.UTF_16LE));
        try (CensusReader reader = CensusReader.open(utf16)) {
            assertEquals(List.of("张三", "男"), all(reader).get(1).cells());
        }
    }

    @Test
    @DisplayName("reading stops when the handler says so, and can start again")
    void stopEarly() throws IOException {
        Path file = dir.resolve("c.xlsx");
        CensusFiles.census().rows(500).badShare(0).write(file);
        try (CensusReader reader = CensusReader.open(file)) {
            List<CensusRow> seen = new ArrayList<>();
            assertFalse(reader.read(row -> seen.add(row) && seen.size() < 3));
            assertEquals(3, seen.size());
            assertEquals(501, all(reader).size());
        }
    }

    @Test
    @DisplayName("an old .xls (Excel 97–2003) is read like an XLSX, whatever its name says (issue 9 item 15)")
    void xls() throws IOException {
        Path file = dir.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("姓名");
            wb.getSheet("s").createRow(2).createCell(1).setCellValue(1950.0);
            wb.write(out);
        }
        try (CensusReader reader = CensusReader.open(file)) {
            assertEquals(CensusFormat.XLS, reader.format());
            assertEquals("s", reader.sheetName());
            List<CensusRow> rows = all(reader);
            assertEquals(2, rows.size());
            assertEquals("姓名", rows.get(0).cell(0));
            assertEquals(3, rows.get(1).number());
            assertEquals("1950", rows.get(1).cell(1));
            assertTrue(rows.get(1).numericCells().get(1));
        }
    }

    @Test
    @DisplayName("an HTML table or Excel 2003 XML named .xls (what many systems export) gets the same hint as an .xls; other markup is no spreadsheet")
    void markupPosingAsXls() throws IOException {
        Path html = dir.resolve("export.xls");
        Files.writeString(html, "\uFEFF  <html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table><tr><td>姓名</td></tr></table></body></html>");
        assertRefused(html, CensusFileException.XLS);
        Path xml2003 = dir.resolve("export2003.xls");
        Files.writeString(xml2003, "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");
        assertRefused(xml2003, CensusFileException.XLS);
        Path svg = dir.resolve("logo.csv");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        assertRefused(svg, CensusFileException.NOT_SPREADSHEET);
    }

    @Test
    @DisplayName("a password-protected workbook is refused as encrypted")
    void encrypted() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        CensusFiles.census().rows(5).write(plain);
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mima");
            try (OPCPackage pkg = OPCPackage.open(plain.toFile()); OutputStream os = encryptor.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(file, CensusFileException.ENCRYPTED);
    }

    @Test
    @DisplayName("a Word document, a plain zip and random bytes are not spreadsheets")
    void notSpreadsheets() throws IOException {
        Path docx = dir.resolve("report.xlsx");
        zip(docx, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
                "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
        assertRefused(docx, CensusFileException.NOT_SPREADSHEET);
        Path plainZip = dir.resolve("photos.xlsx");
        zip(plainZip, "a.txt", "hello");
        assertRefused(plainZip, CensusFileException.NOT_SPREADSHEET);
        Path random = dir.resolve("random.csv");
        byte[] bytes = new byte[8192];
        new Random(42).nextBytes(bytes);
        Files.write(random, bytes);
        assertRefused(random, CensusFileException.NOT_SPREADSHEET);
        Path pdfLike = dir.resolve("scan.csv");
        byte[] noNul = new byte[8192];
        new Random(7).nextBytes(noNul);
        for (int i = 0; i < noNul.length; i++) {
            noNul[i] = noNul[i] == 0 ? 1 : noNul[i];
        }
        Files.write(pdfLike, noNul);
        assertRefused(pdfLike, CensusFileException.NOT_SPREADSHEET);
    }

    @Test
    @DisplayName("an empty file, one of blank lines and a workbook of empty cells are empty")
    void empty() throws IOException {
        Path nothing = dir.resolve("empty.csv");
        Files.write(nothing, new byte[0]);
        assertRefused(nothing, CensusFileException.EMPTY);
        Path blanks = dir.resolve("blanks.csv");
        Files.writeString(blanks, "\uFEFF\r\n , \u3000 ,\r\n\r\n");
        assertRefused(blanks, CensusFileException.EMPTY);
        Path blankBook = dir.resolve("blank.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("a"), 3, "", " ");
            wb.createSheet("b");
            write(wb, blankBook);
        }
        assertRefused(blankBook, CensusFileException.EMPTY);
    }

    @Test
    @DisplayName("a header-only file opens, and the header guess says there is nobody below it")
    void headerOnly() throws IOException {
        Path file = dir.resolve("header.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            row(wb.createSheet("a"), 0, "姓名", "性别", "身份证号");
            write(wb, file);
        }
        try (CensusReader reader = CensusReader.open(file)) {
            List<CensusRow> rows = all(reader);
            assertEquals(1, rows.size());
            assertEquals(CensusFileException.NO_DATA, assertThrows(CensusFileException.class, () -> CensusHeaders.guess(rows)).code());
        }
    }

    @Test
    @DisplayName("a truncated workbook and a zip bomb are damaged, without a stack trace reaching the caller")
    void damaged() throws IOException {
        Path whole = dir.resolve("whole.xlsx");
        CensusFiles.census().rows(2000).write(whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(truncated, CensusFileException.DAMAGED);

        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile source = new ZipFile(whole.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(9);
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                source.getInputStream(entry).transferTo(out);
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] padding = new byte[1 << 20];
                    java.util.Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(padding);
                    }
                }
                out.closeEntry();
            }
        }
        assertRefused(bomb, CensusFileException.DAMAGED);
    }

    // ------------------------------------------------------------------------------------------

    static List<Integer> numbers(List<CensusRow> rows) {
        return rows.stream().map(CensusRow::number).toList();
    }

    static List<CensusRow> all(CensusReader reader) {
        List<CensusRow> rows = new ArrayList<>();
        reader.read(rows::add);
        return rows;
    }

    private static void assertRefused(Path file, String code) {
        CensusFileException e = assertThrows(CensusFileException.class, () -> {
            try (CensusReader reader = CensusReader.open(file)) {
                reader.read(row -> true);
            }
        });
        assertEquals(code, e.code(), () -> file.getFileName() + ": " + e.getCause());
    }

    static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    static void write(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static void zip(Path file, String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
    }
}
