package cn.ggw.volunteers.census;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9, items 11–16: census files as offices really send them. */
@QuarkusTest
@DisplayName("Census files as offices send them: full-width IDs, +86 phones, several sheets, totals rows, .xls, rejected rows as typed")
class CensusSpreadsheetsTest {

    private static final List<String> HEADERS = List.of("序号", "姓名", "性别", "身份证号码", "联系电话", "所属乡镇", "所在村/社区", "五老类别", "原工作单位");

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    private static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            s.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return s.toString();
    }

    private static void fill(Sheet sheet, int firstRow, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(String.valueOf(v));
                }
            }
        }
    }

    private static Path save(Workbook book, String suffix) throws IOException {
        Path file = Files.createTempFile("census", suffix);
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
        return file;
    }

    private List<Object> person(int n, String name, Object id, String phone) {
        return List.of(n, name, "男", id, phone, "一号镇", "甲村", "老教师", "洮北区第一中学");
    }

    private JsonPath upload(Path file, String name, String sheet) {
        var request = Api.as(tree.adminToken()).contentType(ContentType.MULTIPART)
                .multiPart("file", name, bytes(file), "application/octet-stream");
        if (sheet != null) {
            request = request.queryParam("sheet", sheet);
        }
        return request.post("/api/v1/volunteer-imports").then().statusCode(201).extract().jsonPath();
    }

    private JsonPath dryRun(JsonPath imp) {
        long id = imp.getLong("id");
        Api.as(tree.adminToken()).body(CensusImportResourceTest.suggestedMapping(imp, null)).put("/api/v1/volunteer-imports/{id}/mapping", id)
                .then().statusCode(202);
        return CensusImportResourceTest.waitWhileRunning(tree.adminToken(), id);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("items 11, 12, 14: full-width IDs and phones, +86 with spaces and dashes are accepted and stored in one form; a 合计 row is skipped and reported")
    void fullWidthPhonesAndTotals() throws IOException {
        String id1 = CensusImportResourceTest.idNumber();
        String id2 = CensusImportResourceTest.idNumber();
        String id3 = CensusImportResourceTest.idNumber();
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("名册");
        fill(sheet, 0, List.of(List.copyOf(HEADERS)));
        fill(sheet, 1, List.of(
                person(1, "甲一", fullWidth(id1.substring(0, 17)) + (id1.endsWith("X") ? "Ｘ" : fullWidth(id1.substring(17))), "+86 138 0436 1234"),
                person(2, "甲二", id2, fullWidth("139-0436-5678")),
                person(3, "甲三", id3.substring(0, 6) + " " + id3.substring(6, 14) + " " + id3.substring(14), "0086 13704369999"),
                List.of("合计", "", "", "", "", "", "", "3人")));
        JsonPath checked = dryRun(upload(save(book, ".xlsx"), "名册.xlsx", null));
        assertEquals("VALIDATED", checked.getString("status"), checked.prettify());
        assertEquals(3, checked.getInt("summary.totalRows"), "the totals row is nobody");
        assertEquals(3, checked.getInt("summary.toCreate"));
        assertEquals(0, checked.getInt("summary.rejected"), checked.prettify());
        JsonPath issues = CensusImportResourceTest.issues(tree.adminToken(), checked.getLong("id"));
        assertEquals(List.of("import.totals-row"), issues.getList("items.code"));
        assertEquals(5, issues.getInt("items[0].rowNumber"));
        assertTrue(issues.getString("items[0].message").contains("合计"), issues.prettify());
        JsonPath done = CensusImportResourceTest.committed(tree.adminToken(), checked, "ALL_OR_NOTHING", false);
        assertEquals(3, done.getInt("result.created"), done.prettify());
        // Stored in one form: the reveal shows the ASCII ID and 11-digit mobiles.
        for (var v : Api.as(tree.adminToken()).queryParam("unitId", tree.village1a).get("/api/v1/volunteers").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items")) {
            JsonPath full = Api.as(tree.adminToken()).post("/api/v1/volunteers/{id}/reveal", v.get("id")).then().statusCode(200).extract().jsonPath();
            assertTrue(full.getString("idNumber").matches("[0-9]{17}[0-9X]"), full.prettify());
            assertTrue(List.of("13804361234", "13904365678", "13704369999").contains(full.getString("phone")), full.prettify());
        }
    }

    @Test
    @DisplayName("item 13: every sheet is listed with its rows; the people of a second sheet (补充名单) are read when it is chosen; an unknown sheet is a 400")
    void everySheetListed() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet first = book.createSheet("五老名册");
        fill(first, 0, List.of(List.copyOf(HEADERS), person(1, "乙一", CensusImportResourceTest.idNumber(), "13804361234")));
        Sheet second = book.createSheet("补充名单");
        fill(second, 0, List.of(List.copyOf(HEADERS), person(1, "乙二", CensusImportResourceTest.idNumber(), "13804361235"),
                person(2, "乙三", CensusImportResourceTest.idNumber(), "13804361236")));
        book.createSheet("说明");
        Path file = save(book, ".xlsx");
        JsonPath imp = upload(file, "名册.xlsx", null);
        assertEquals("五老名册", imp.getString("sheetName"));
        assertEquals(List.of("五老名册", "补充名单", "说明"), imp.getList("sheets.name"));
        assertEquals(List.of(2, 3, 0), imp.getList("sheets.rows"));
        assertEquals(List.of(true, false, false), imp.getList("sheets.read"));

        JsonPath other = dryRun(upload(file, "名册.xlsx", "补充名单"));
        assertEquals("补充名单", other.getString("sheetName"));
        assertEquals(2, other.getInt("summary.toCreate"), other.prettify());
        Api.as(tree.adminToken()).contentType(ContentType.MULTIPART).multiPart("file", "名册.xlsx", bytes(file), "application/octet-stream")
                .queryParam("sheet", "没有这张表").post("/api/v1/volunteer-imports").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"));
    }

    @Test
    @DisplayName("item 15: an Excel 97–2003 .xls is read with the same header detection and row numbers; an encrypted one is refused")
    void oldXls() throws IOException {
        String id = CensusImportResourceTest.idNumber();
        HSSFWorkbook book = new HSSFWorkbook();
        Sheet sheet = book.createSheet("花名册");
        fill(sheet, 0, List.of(List.of("洮北区五老人员花名册")));
        fill(sheet, 1, List.of(List.copyOf(HEADERS), person(1, "丙一", id, "13804361234"),
                person(2, "丙二", "12345", "13804361235")));
        JsonPath imp = upload(save(book, ".xls"), "花名册.xls", null);
        assertEquals("XLS", imp.getString("format"));
        assertEquals(2, imp.getInt("headerRow"));
        assertEquals("ID_NUMBER", imp.getString("columns[3].suggested"));
        JsonPath checked = dryRun(imp);
        assertEquals(1, checked.getInt("summary.toCreate"), checked.prettify());
        assertEquals(1, checked.getInt("summary.rejected"));
        assertEquals(4, CensusImportResourceTest.issues(tree.adminToken(), checked.getLong("id")).getInt("items[0].rowNumber"));

        HSSFWorkbook secret = new HSSFWorkbook();
        fill(secret.createSheet("s"), 0, List.of(List.copyOf(HEADERS)));
        Path encrypted;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            encrypted = save(secret, ".xls");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Api.as(tree.adminToken()).contentType(ContentType.MULTIPART).multiPart("file", "加密.xls", bytes(encrypted), "application/octet-stream")
                .post("/api/v1/volunteer-imports").then().statusCode(400).body("errors[0].message", org.hamcrest.Matchers.containsString("密码"));
    }

    @Test
    @DisplayName("item 16: the rejected-rows workbook keeps an ID Excel stored as a number as a number (the reason it was rejected), and fills 序号")
    void rejectedRowsAsTyped() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("名册");
        fill(sheet, 0, List.of(List.copyOf(HEADERS)));
        List<Object> asNumber = new java.util.ArrayList<>(person(1, "丁一", 2.208021938111296E17, "13804361234"));
        List<Object> noSequence = new java.util.ArrayList<>(person(2, "丁二", "2208021938", "13804361235"));
        noSequence.set(0, "");
        fill(sheet, 1, List.of(asNumber, noSequence, person(3, "丁三", CensusImportResourceTest.idNumber(), "13804361236")));
        JsonPath checked = dryRun(upload(save(book, ".xlsx"), "名册.xlsx", null));
        assertEquals(2, checked.getInt("summary.rejected"), checked.prettify());
        byte[] rejected = Api.as(tree.adminToken()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/volunteer-imports/{id}/rejected-rows", checked.getLong("id")).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asByteArray();
        try (XSSFWorkbook out = new XSSFWorkbook(new ByteArrayInputStream(rejected))) {
            Sheet s = out.getSheetAt(0);
            Cell id = s.getRow(1).getCell(3);
            assertEquals(CellType.NUMERIC, id.getCellType(), "the ID stays the number the clerk's Excel stored");
            assertEquals(2.208021938111296E17, id.getNumericCellValue(), 1e3);
            assertEquals(1.0, s.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(2).getCell(0).getCellType(), "序号 filled");
            assertEquals(2.0, s.getRow(2).getCell(0).getNumericCellValue());
            assertEquals("2208021938", s.getRow(2).getCell(3).getStringCellValue());
        }
    }
}
