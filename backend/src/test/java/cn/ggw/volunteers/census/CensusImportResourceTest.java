package cn.ggw.volunteers.census;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import cn.ggw.volunteers.IdNumber;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(cn.ggw.testsupport.TestRun.class)
class CensusImportResourceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int RUN = cn.ggw.testsupport.TestRun.offset("CensusImportResourceTest", 400);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final List<Object> HEADERS = List.of("序号", "姓名", "性别", "身份证号码", "联系电话", "所属乡镇", "所在村/社区", "五老类别", "原工作单位");

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    // ---- helpers -------------------------------------------------------------------------

    /** A valid ID number, unique in this run (region 229997: never a demo or generated person). */
    static String idNumber(int age) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = TODAY.minusYears(age).minusDays(1 + n % 360);
        int sequence = ((n / 360 + RUN) % 450) * 2 + 1;
        String first17 = "229997" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumber.checkChar(first17);
    }

    static String idNumber() {
        return idNumber(70);
    }

    static String wrongCheck(String id) {
        char c = id.charAt(17);
        return id.substring(0, 17) + (c == '0' ? '1' : '0');
    }

    static List<Object> person(int n, String name, String id, String township, String village) {
        return List.of(n, name, "男", id, "13812345678", township, village, "老教师", "洮北区第一中学");
    }

    /** An XLSX census file with a merged title row over the headers (so the header is row 2, people start at row 3). */
    static Path workbook(List<List<Object>> people) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("五老名册");
            sheet.createRow(0).createCell(0).setCellValue("洮北区五老人员花名册");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            write(sheet.createRow(1), HEADERS);
            for (int i = 0; i < people.size(); i++) {
                write(sheet.createRow(i + 2), people.get(i));
            }
            Path file = Files.createTempFile("census", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Row row, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof String s && s.startsWith("=")) {
                row.createCell(c).setCellFormula(s.substring(1));
            } else {
                row.createCell(c).setCellValue(String.valueOf(v));
            }
        }
    }

    static Response upload(String token, Path file, String name) {
        return Api.as(token).contentType(ContentType.MULTIPART).multiPart("file", name, fileBytes(file), "application/octet-stream")
                .post("/api/v1/volunteer-imports");
    }

    private static byte[] fileBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonPath uploaded(String token, Path file) {
        return upload(token, file, "平台镇五老花名册.xlsx").then().statusCode(201).extract().jsonPath();
    }

    /** The suggested mapping, as the wizard sends it back by default. */
    static Map<String, Object> suggestedMapping(JsonPath imp, Long defaultUnitId) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Map<String, Object> c : imp.<Map<String, Object>>getList("columns")) {
            if (c.get("suggested") != null) {
                columns.add(Map.of("index", c.get("index"), "field", c.get("suggested")));
            }
        }
        Map<String, Object> body = new HashMap<>();
        body.put("columns", columns);
        body.put("defaultUnitId", defaultUnitId);
        body.put("version", imp.getLong("version"));
        return body;
    }

    static JsonPath waitWhileRunning(String token, long id) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath imp = Api.as(token).get("/api/v1/volunteer-imports/{id}", id).then().statusCode(200).extract().jsonPath();
            String status = imp.getString("status");
            if (!status.equals("VALIDATING") && !status.equals("COMMITTING")) {
                return imp;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("import " + id + " still " + status);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Upload, map as suggested, and wait for the dry run. */
    static JsonPath checked(String token, Path file, Long defaultUnitId) {
        JsonPath imp = uploaded(token, file);
        long id = imp.getLong("id");
        Api.as(token).body(suggestedMapping(imp, defaultUnitId)).put("/api/v1/volunteer-imports/{id}/mapping", id)
                .then().statusCode(202).body("status", equalTo("VALIDATING"));
        return waitWhileRunning(token, id);
    }

    static JsonPath committed(String token, JsonPath imp, String mode, boolean confirm) {
        long id = imp.getLong("id");
        Map<String, Object> body = new HashMap<>();
        body.put("mode", mode);
        body.put("confirmWarnings", confirm);
        body.put("version", imp.getLong("version"));
        Api.as(token).body(body).post("/api/v1/volunteer-imports/{id}/commit", id).then().statusCode(202);
        return waitWhileRunning(token, id);
    }

    static JsonPath issues(String token, long id) {
        return Api.as(token).queryParam("limit", 200).get("/api/v1/volunteer-imports/{id}/issues", id)
                .then().statusCode(200).extract().jsonPath();
    }

    List<Map<String, Object>> volunteersIn(long unitId) {
        return Api.as(tree.adminToken()).queryParam("unitId", unitId).queryParam("limit", 200).get("/api/v1/volunteers")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    long register(long unitId, String name, String id, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("name", name);
        body.put("idNumber", id);
        body.put("phone", phone);
        return Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    // ---- the district admin --------------------------------------------------------------

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("Upload finds the header under a merged title row and suggests the mapping from the Chinese headers")
        void recognisesHeaders() {
            JsonPath imp = uploaded(tree.adminToken(), workbook(List.of(person(1, "王德明", idNumber(), "一号镇", "甲村"))));
            assertEquals(2, imp.getInt("headerRow"));
            assertEquals("MAPPING", imp.getString("status"));
            assertEquals("XLSX", imp.getString("format"));
            assertEquals("五老名册", imp.getString("sheetName"));
            Map<String, String> suggested = new HashMap<>();
            for (Map<String, Object> c : imp.<Map<String, Object>>getList("columns")) {
                suggested.put((String) c.get("header"), (String) c.get("suggested"));
            }
            assertEquals("NAME", suggested.get("姓名"));
            assertEquals("ID_NUMBER", suggested.get("身份证号码"));
            assertEquals("PHONE", suggested.get("联系电话"));
            assertEquals("TOWNSHIP", suggested.get("所属乡镇"));
            assertEquals("UNIT", suggested.get("所在村/社区"));
            assertEquals("CATEGORIES", suggested.get("五老类别"));
            assertEquals("FORMER_EMPLOYER", suggested.get("原工作单位"));
            assertEquals(null, suggested.get("序号"));
        }

        @Test
        @DisplayName("Dry run names rejected rows by their real row number and column; nothing is written until the commit")
        void dryRunReport() {
            String good1 = idNumber();
            String good2 = idNumber();
            String bad = wrongCheck(idNumber());
            Path file = workbook(List.of(
                    person(1, "王德明", good1, "一号镇", "甲村"),
                    person(2, "李秀英", good2, "一号镇", "乙村"),
                    person(3, "张校验", bad, "一号镇", "甲村"),
                    person(4, "赵无村", idNumber(), "一号镇", "不存在村")));
            JsonPath imp = checked(tree.adminToken(), file, null);
            assertEquals("VALIDATED", imp.getString("status"));
            assertEquals(4, imp.getInt("summary.totalRows"));
            assertEquals(2, imp.getInt("summary.toCreate"));
            assertEquals(2, imp.getInt("summary.rejected"));
            assertEquals(0, imp.getInt("summary.toUpdate"));

            JsonPath issues = issues(tree.adminToken(), imp.getLong("id"));
            assertEquals(List.of(5, 6), issues.getList("items.rowNumber", Integer.class));
            assertEquals(List.of("D", "G"), issues.getList("items.column"));
            assertEquals(List.of("身份证号码", "所在村/社区"), issues.getList("items.header"));
            assertEquals(List.of("volunteer.id-number.check", "import.unit.unknown"), issues.getList("items.code"));
            assertTrue(issues.getString("items[1].message").contains("不存在村"), issues.getString("items[1].message"));

            JsonPath changes = Api.as(tree.adminToken()).get("/api/v1/volunteer-imports/{id}/changes", imp.getLong("id"))
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(3, 4), changes.getList("items.rowNumber", Integer.class));
            assertEquals(List.of("CREATE", "CREATE"), changes.getList("items.action"));
            assertEquals(IdNumber.mask(good1), changes.getString("items[0].idNumberMasked"));
            assertTrue(volunteersIn(tree.village1a).isEmpty(), "a dry run writes nothing");
        }

        @Test
        @DisplayName("All-or-nothing is refused while rows are rejected; valid rows only writes them, audited, and a second import of the same file changes nothing")
        void commitValidRowsThenReimport() {
            String good1 = idNumber();
            Path file = workbook(List.of(
                    person(1, "王德明", good1, "一号镇", "甲村"),
                    person(2, "李秀英", idNumber(), "一号镇", "乙村"),
                    person(3, "张校验", wrongCheck(idNumber()), "一号镇", "甲村")));
            JsonPath imp = checked(tree.adminToken(), file, null);
            Map<String, Object> body = new HashMap<>();
            body.put("mode", "ALL_OR_NOTHING");
            body.put("version", imp.getLong("version"));
            Api.as(tree.adminToken()).body(body).post("/api/v1/volunteer-imports/{id}/commit", imp.getLong("id"))
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("1 行未通过核对"));

            JsonPath done = committed(tree.adminToken(), imp, "VALID_ROWS", false);
            assertEquals("COMMITTED", done.getString("status"));
            assertEquals(2, done.getInt("result.created"));
            assertEquals(1, done.getInt("result.skipped"));
            List<Map<String, Object>> inA = volunteersIn(tree.village1a);
            assertEquals(1, inA.size());
            assertEquals("王德明", inA.get(0).get("name"));
            assertEquals(IdNumber.mask(good1), inA.get(0).get("idNumberMasked"));
            assertEquals(1, volunteersIn(tree.village1b).size());
            long volunteerId = ((Number) inA.get(0).get("id")).longValue();
            JsonPath history = Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}/status-history", volunteerId)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("REGISTERED"), history.getList("toStatus"));
            JsonPath audit = Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", volunteerId)
                    .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("CREATE"), audit.getList("items.action"));
            assertTrue(!audit.prettify().contains(good1), "no full ID number in the audit log");

            JsonPath again = checked(tree.adminToken(), file, null);
            assertEquals(0, again.getInt("summary.toCreate"));
            assertEquals(0, again.getInt("summary.toUpdate"));
            assertEquals(2, again.getInt("summary.unchanged"));
            assertEquals(imp.getLong("id"), again.getLong("sameFileAs.id"));
            JsonPath second = committed(tree.adminToken(), again, "VALID_ROWS", false);
            assertEquals(0, second.getInt("result.created"));
            assertEquals(0, second.getInt("result.updated"));
            assertEquals(2, second.getInt("result.unchanged"));
            assertEquals(1, volunteersIn(tree.village1a).size());
        }

        @Test
        @DisplayName("A person already on the register is updated with the changed cells only, shown masked in the dry run")
        void updatesExisting() {
            String id = idNumber();
            long volunteerId = register(tree.village1a, "王德明", id, "13800000001");
            JsonPath imp = checked(tree.adminToken(), workbook(List.of(person(1, "王德明", id, "一号镇", "甲村"))), null);
            assertEquals(1, imp.getInt("summary.toUpdate"));
            JsonPath changes = Api.as(tree.adminToken()).queryParam("action", "UPDATE")
                    .get("/api/v1/volunteer-imports/{id}/changes", imp.getLong("id")).then().statusCode(200).extract().jsonPath();
            assertEquals(volunteerId, changes.getLong("items[0].volunteerId"));
            List<String> fields = changes.getList("items[0].changes.field");
            assertTrue(fields.containsAll(List.of("PHONE", "CATEGORIES", "FORMER_EMPLOYER")), fields.toString());
            assertTrue(!fields.contains("NAME"), fields.toString());
            Map<String, Object> phone = changes.<Map<String, Object>>getList("items[0].changes").stream()
                    .filter(c -> c.get("field").equals("PHONE")).findFirst().orElseThrow();
            assertEquals("138****0001", phone.get("before"));
            assertEquals("138****5678", phone.get("after"));

            JsonPath done = committed(tree.adminToken(), imp, "ALL_OR_NOTHING", false);
            assertEquals(1, done.getInt("result.updated"));
            JsonPath detail = Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", volunteerId).then().statusCode(200).extract().jsonPath();
            assertEquals("138****5678", detail.getString("phoneMasked"));
            assertEquals("洮北区第一中学", detail.getString("formerEmployer"));
            assertEquals("REGISTERED", detail.getString("status"));
            assertEquals(1, detail.getLong("version"));
        }

        @Test
        @DisplayName("A file naming another village of the scope moves the person there, with their history and care records")
        void movesWithinScope() {
            String id = idNumber();
            long volunteerId = register(tree.village1a, "王德明", id, "13812345678");
            Api.as(tree.adminToken()).body(Map.of("date", TODAY.toString(), "kind", "VISIT", "description", "春节走访", "givenBy", "镇关工委"))
                    .post("/api/v1/volunteers/{id}/care-records", volunteerId).then().statusCode(201);
            JsonPath imp = checked(tree.adminToken(), workbook(List.of(person(1, "王德明", id, "一号镇", "乙村"))), null);
            JsonPath changes = Api.as(tree.adminToken()).get("/api/v1/volunteer-imports/{id}/changes", imp.getLong("id"))
                    .then().statusCode(200).extract().jsonPath();
            Map<String, Object> unit = changes.<Map<String, Object>>getList("items[0].changes").stream()
                    .filter(c -> c.get("field").equals("UNIT")).findFirst().orElseThrow();
            assertEquals("甲村", unit.get("before"));
            assertEquals("乙村", unit.get("after"));
            committed(tree.adminToken(), imp, "ALL_OR_NOTHING", false);
            String village1b = Tokens.of(Roles.VILLAGE_STAFF, tree.code("V1B"));
            Api.as(village1b).get("/api/v1/volunteers/{id}", volunteerId).then().statusCode(200).body("unit.id", equalTo((int) tree.village1b));
            Api.as(village1b).get("/api/v1/volunteers/{id}/status-history", volunteerId).then().statusCode(200).body("toStatus", hasItem("REGISTERED"));
            Api.as(village1b).get("/api/v1/volunteers/{id}/care-records", volunteerId).then().statusCode(200).body("items.description", hasItem("春节走访"));
            Api.as(tree.village1aToken()).get("/api/v1/volunteers/{id}", volunteerId).then().statusCode(404);
        }

        @Test
        @DisplayName("The same ID twice in one file: the first row counts, the second is rejected naming the first")
        void duplicateInFile() {
            String id = idNumber();
            JsonPath imp = checked(tree.adminToken(), workbook(List.of(
                    person(1, "王德明", id, "一号镇", "甲村"),
                    person(2, "王德明", id, "一号镇", "乙村"))), null);
            assertEquals(1, imp.getInt("summary.toCreate"));
            assertEquals(1, imp.getInt("summary.rejected"));
            JsonPath issues = issues(tree.adminToken(), imp.getLong("id"));
            assertEquals(4, issues.getInt("items[0].rowNumber"));
            assertEquals("import.id-number.repeated", issues.getString("items[0].code"));
            assertEquals("本文件第 3 行已有相同的身份证号。", issues.getString("items[0].message"));
        }

        @Test
        @DisplayName("An unusually young person is a warning: all-or-nothing needs the confirmation, then writes them")
        void youngNeedsConfirmation() {
            JsonPath imp = checked(tree.adminToken(), workbook(List.of(person(1, "小青年", idNumber(35), "一号镇", "甲村"))), null);
            assertEquals(0, imp.getInt("summary.rejected"));
            assertEquals(1, imp.getInt("summary.withWarnings"));
            assertEquals("WARNING", issues(tree.adminToken(), imp.getLong("id")).getString("items[0].severity"));
            Map<String, Object> body = new HashMap<>();
            body.put("mode", "ALL_OR_NOTHING");
            body.put("version", imp.getLong("version"));
            Api.as(tree.adminToken()).body(body).post("/api/v1/volunteer-imports/{id}/commit", imp.getLong("id"))
                    .then().statusCode(409).body("errors[0].field", equalTo("confirmWarnings"));
            JsonPath done = committed(tree.adminToken(), imp, "ALL_OR_NOTHING", true);
            assertEquals(1, done.getInt("result.created"));
        }

        @Test
        @DisplayName("The rejected-rows workbook holds the original cells, the original row number and the reason")
        void rejectedRowsWorkbook() throws IOException {
            JsonPath imp = checked(tree.adminToken(), workbook(List.of(
                    person(1, "王德明", idNumber(), "一号镇", "甲村"),
                    person(2, "张校验", wrongCheck(idNumber()), "一号镇", "甲村"))), null);
            byte[] bytes = Api.as(tree.adminToken()).accept(XLSX)
                    .get("/api/v1/volunteer-imports/{id}/rejected-rows", imp.getLong("id"))
                    .then().statusCode(200).contentType(XLSX)
                    .header("Content-Disposition", containsString("filename*=UTF-8''"))
                    .extract().asByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet sheet = book.getSheetAt(0);
                assertEquals(2, sheet.getPhysicalNumberOfRows());
                Row header = sheet.getRow(0);
                assertEquals("姓名", header.getCell(1).getStringCellValue());
                assertEquals("原表行号", header.getCell(HEADERS.size()).getStringCellValue());
                assertEquals("未导入原因", header.getCell(HEADERS.size() + 1).getStringCellValue());
                Row row = sheet.getRow(1);
                assertEquals("张校验", row.getCell(1).getStringCellValue());
                assertEquals(4, (int) row.getCell(HEADERS.size()).getNumericCellValue());
                assertTrue(row.getCell(HEADERS.size() + 1).getStringCellValue().startsWith("身份证号码：身份证号校验位不对"),
                        row.getCell(HEADERS.size() + 1).getStringCellValue());
            }
        }

        @Test
        @DisplayName("When the register changes between dry run and an all-or-nothing commit, the import fails and writes nothing")
        void registryChangedWritesNothing() {
            long spare = TestTree.create(tree.adminToken(), tree.township1, tree.code("V1C"), "丁村", "VILLAGE");
            JsonPath imp = checked(tree.adminToken(), workbook(List.of(
                    person(1, "王德明", idNumber(), "一号镇", "甲村"),
                    person(2, "李秀英", idNumber(), "一号镇", "丁村"))), null);
            assertEquals(2, imp.getInt("summary.toCreate"));
            Api.as(tree.adminToken()).body(Map.of("reason", "村庄合并")).post("/api/v1/org-units/{id}/deactivate", spare)
                    .then().statusCode(200);
            JsonPath done = committed(tree.adminToken(), imp, "ALL_OR_NOTHING", false);
            assertEquals("FAILED", done.getString("status"));
            assertEquals("import.registry-changed", done.getString("failure.code"));
            assertTrue(done.getString("failure.message").contains("第 4 行"), done.getString("failure.message"));
            assertTrue(volunteersIn(tree.village1a).isEmpty(), "nothing half-written");
        }

        @Test
        @DisplayName("5,000 bad rows: each reported with its row number, none written")
        void manyBadRows() {
            List<List<Object>> people = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                people.add(person(i + 1, "错号" + i, wrongCheck(idNumber()), "一号镇", "甲村"));
            }
            JsonPath imp = checked(tree.adminToken(), workbook(people), null);
            assertEquals(5000, imp.getInt("summary.rejected"));
            assertEquals(0, imp.getInt("summary.toCreate"));
            List<Integer> rows = new ArrayList<>();
            String cursor = null;
            do {
                var request = Api.as(tree.adminToken()).queryParam("limit", 200);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get("/api/v1/volunteer-imports/{id}/issues", imp.getLong("id")).then().statusCode(200).extract().jsonPath();
                rows.addAll(page.getList("items.rowNumber", Integer.class));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertEquals(5000, rows.size());
            assertEquals(3, rows.get(0));
            assertEquals(5002, rows.get(4999));
            JsonPath done = committed(tree.adminToken(), imp, "VALID_ROWS", false);
            assertEquals(0, done.getInt("result.created"));
            assertEquals(5000, done.getInt("result.skipped"));
            assertTrue(volunteersIn(tree.village1a).isEmpty());
        }

        @Test
        @DisplayName("A formula cell without a saved result is rejected naming the cell")
        void formulaWithoutResult() {
            JsonPath imp = checked(tree.adminToken(), workbook(List.of(
                    List.of(1, "=CONCATENATE(\"王\",\"德明\")", "男", idNumber(), "13812345678", "一号镇", "甲村", "老教师", "一中"))), null);
            assertEquals(1, imp.getInt("summary.rejected"));
            JsonPath issues = issues(tree.adminToken(), imp.getLong("id"));
            assertEquals("import.cell.formula", issues.getString("items[0].code"));
            assertEquals("B", issues.getString("items[0].column"));
        }

        @Test
        @DisplayName("Discarding deletes the stored file; a discarded import cannot be committed")
        void discard() {
            JsonPath imp = uploaded(tree.adminToken(), workbook(List.of(person(1, "王德明", idNumber(), "一号镇", "甲村"))));
            Api.as(tree.adminToken()).delete("/api/v1/volunteer-imports/{id}", imp.getLong("id")).then().statusCode(204);
            Api.as(tree.adminToken()).body(suggestedMapping(imp, null)).put("/api/v1/volunteer-imports/{id}/mapping", imp.getLong("id"))
                    .then().statusCode(409);
            JsonPath list = Api.as(tree.adminToken()).get("/api/v1/volunteer-imports").then().statusCode(200).extract().jsonPath();
            assertTrue(!list.getList("items.id", Long.class).contains(imp.getLong("id")));
        }
    }

    // ---- bad input -----------------------------------------------------------------------

    @Nested
    @DisplayName("Bad input")
    class BadInput {

        @Test
        @DisplayName("An empty file is a 400 naming the file")
        void emptyFile() throws IOException {
            Path empty = Files.createTempFile("empty", ".xlsx");
            upload(tree.adminToken(), empty, "empty.xlsx").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("file"));
        }

        @Test
        @DisplayName("A file that is not a spreadsheet is a 400 in plain words, in English when asked")
        void notASpreadsheet() throws IOException {
            Path png = Files.createTempFile("photo", ".xlsx");
            byte[] bytes = new byte[4096];
            ThreadLocalRandom.current().nextBytes(bytes);
            bytes[0] = (byte) 0x89;
            bytes[1] = 'P';
            bytes[2] = 'N';
            bytes[3] = 'G';
            bytes[5] = 0;
            Files.write(png, bytes);
            upload(tree.adminToken(), png, "photo.xlsx").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("file"));
            Api.as(tree.adminToken()).header("Accept-Language", "en").contentType(ContentType.MULTIPART)
                    .multiPart("file", "photo.xlsx", bytes, "application/octet-stream").post("/api/v1/volunteer-imports")
                    .then().statusCode(400).body("errors[0].message", containsString("spreadsheet"));
        }

        @Test
        @DisplayName("A 50 MB file is refused with 413 problem+json before it is read")
        void fiftyMegabytes() throws IOException {
            Path big = Files.createTempFile("big", ".csv");
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.write("姓名,身份证号\n".getBytes(StandardCharsets.UTF_8));
                f.setLength(50L * 1024 * 1024);
            }
            Api.as(tree.adminToken()).contentType(ContentType.MULTIPART).multiPart("file", big.toFile(), "text/csv")
                    .post("/api/v1/volunteer-imports")
                    .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("30 MB"));
            Files.delete(big);
        }

        @Test
        @DisplayName("A file without recognisable headers is a 400")
        void noHeaders() {
            Path file = workbook(List.of());
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = book.createSheet();
                sheet.createRow(0).createCell(0).setCellValue("随便写点什么");
                sheet.createRow(1).createCell(0).setCellValue("12345");
                try (OutputStream out = Files.newOutputStream(file)) {
                    book.write(out);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            upload(tree.adminToken(), file, "x.xlsx").then().statusCode(400).body("errors[0].field", equalTo("file"));
        }

        @Test
        @DisplayName("A mapping without name or ID, with a field twice, an unknown column, or neither unit column nor default unit is a 400")
        void badMappings() {
            JsonPath imp = uploaded(tree.adminToken(), workbook(List.of(person(1, "王德明", idNumber(), "一号镇", "甲村"))));
            long id = imp.getLong("id");
            long version = imp.getLong("version");
            Map<String, Object> noId = Map.of("columns", List.of(Map.of("index", 1, "field", "NAME"), Map.of("index", 6, "field", "UNIT")), "version", version);
            Api.as(tree.adminToken()).body(noId).put("/api/v1/volunteer-imports/{id}/mapping", id)
                    .then().statusCode(400).body("errors[0].field", equalTo("columns"));
            Map<String, Object> twice = Map.of("columns", List.of(Map.of("index", 1, "field", "NAME"), Map.of("index", 2, "field", "NAME")), "version", version);
            Api.as(tree.adminToken()).body(twice).put("/api/v1/volunteer-imports/{id}/mapping", id)
                    .then().statusCode(400).body("errors[0].field", equalTo("columns[1].field"));
            Map<String, Object> unknown = Map.of("columns", List.of(Map.of("index", 1, "field", "NAME"), Map.of("index", 40, "field", "ID_NUMBER")), "version", version);
            Api.as(tree.adminToken()).body(unknown).put("/api/v1/volunteer-imports/{id}/mapping", id)
                    .then().statusCode(400).body("errors[0].field", equalTo("columns[1].index"));
            Map<String, Object> noUnit = Map.of("columns", List.of(Map.of("index", 1, "field", "NAME"), Map.of("index", 3, "field", "ID_NUMBER")), "version", version);
            Api.as(tree.adminToken()).body(noUnit).put("/api/v1/volunteer-imports/{id}/mapping", id)
                    .then().statusCode(400).body("errors[0].field", equalTo("defaultUnitId"));
            Map<String, Object> badField = Map.of("columns", List.of(Map.of("index", 1, "field", "STATUS")), "version", version);
            Api.as(tree.adminToken()).body(badField).put("/api/v1/volunteer-imports/{id}/mapping", id).then().statusCode(400);
            JsonPath after = Api.as(tree.adminToken()).get("/api/v1/volunteer-imports/{id}", id).then().statusCode(200).extract().jsonPath();
            assertEquals("MAPPING", after.getString("status"));
        }

        @Test
        @DisplayName("Mass assignment: a commit carrying status or counts is refused")
        void massAssignment() {
            JsonPath imp = uploaded(tree.adminToken(), workbook(List.of(person(1, "王德明", idNumber(), "一号镇", "甲村"))));
            Map<String, Object> body = new HashMap<>(suggestedMapping(imp, null));
            body.put("status", "COMMITTED");
            Api.as(tree.adminToken()).body(body).put("/api/v1/volunteer-imports/{id}/mapping", imp.getLong("id")).then().statusCode(400);
            Map<String, Object> commit = Map.of("mode", "VALID_ROWS", "version", imp.getLong("version"), "createdCount", 5);
            Api.as(tree.adminToken()).body(commit).post("/api/v1/volunteer-imports/{id}/commit", imp.getLong("id")).then().statusCode(400);
        }

        @Test
        @DisplayName("Committing before the dry run, or with a stale version, is a 409")
        void wrongState() {
            JsonPath imp = uploaded(tree.adminToken(), workbook(List.of(person(1, "王德明", idNumber(), "一号镇", "甲村"))));
            Api.as(tree.adminToken()).body(Map.of("mode", "VALID_ROWS", "version", imp.getLong("version")))
                    .post("/api/v1/volunteer-imports/{id}/commit", imp.getLong("id")).then().statusCode(409);
            Map<String, Object> stale = suggestedMapping(imp, null);
            stale.put("version", imp.getLong("version") + 7);
            Api.as(tree.adminToken()).body(stale).put("/api/v1/volunteer-imports/{id}/mapping", imp.getLong("id")).then().statusCode(409);
        }
    }

    // ---- scope ---------------------------------------------------------------------------

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("Imports into its own villages; a village of another township in the file is 'unknown in your area'")
        void ownTownshipOnly() {
            JsonPath imp = checked(tree.township1Token(), workbook(List.of(
                    person(1, "王德明", idNumber(), "一号镇", "甲村"),
                    person(2, "李秀英", idNumber(), "二号镇", "丙村"))), null);
            assertEquals(1, imp.getInt("summary.toCreate"));
            assertEquals(1, imp.getInt("summary.rejected"));
            assertEquals("import.unit.unknown", issues(tree.township1Token(), imp.getLong("id")).getString("items[0].code"));
        }

        @Test
        @DisplayName("A person registered in another township is rejected without saying where, and is not moved")
        void personOutsideScope() {
            String id = idNumber();
            long other = register(tree.village2a, "李秀英", id, "13800000002");
            JsonPath imp = checked(tree.township1Token(), workbook(List.of(person(1, "李秀英", id, "一号镇", "甲村"))), null);
            assertEquals(1, imp.getInt("summary.rejected"));
            JsonPath issues = issues(tree.township1Token(), imp.getLong("id"));
            assertEquals("import.id-number.outside-scope", issues.getString("items[0].code"));
            assertTrue(!issues.prettify().contains("丙村"));
            committed(tree.township1Token(), imp, "VALID_ROWS", false);
            assertEquals(tree.village2a, Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", other)
                    .then().statusCode(200).extract().jsonPath().getLong("unit.id"));
        }

        @Test
        @DisplayName("Another township's import is not found: read, report, workbook, mapping, commit and discard")
        void otherTownshipsImport() {
            String other = Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
            JsonPath imp = checked(tree.township1Token(), workbook(List.of(person(1, "王德明", idNumber(), "一号镇", "甲村"))), null);
            long id = imp.getLong("id");
            Api.as(other).get("/api/v1/volunteer-imports/{id}", id).then().statusCode(404);
            Api.as(other).get("/api/v1/volunteer-imports/{id}/issues", id).then().statusCode(404);
            Api.as(other).get("/api/v1/volunteer-imports/{id}/changes", id).then().statusCode(404);
            Api.as(other).accept(XLSX + ", application/problem+json").get("/api/v1/volunteer-imports/{id}/rejected-rows", id).then().statusCode(404);
            Api.as(other).body(suggestedMapping(imp, null)).put("/api/v1/volunteer-imports/{id}/mapping", id).then().statusCode(404);
            Api.as(other).body(Map.of("mode", "VALID_ROWS", "version", imp.getLong("version")))
                    .post("/api/v1/volunteer-imports/{id}/commit", id).then().statusCode(404);
            Api.as(other).delete("/api/v1/volunteer-imports/{id}", id).then().statusCode(404);
            Api.as(other).get("/api/v1/volunteer-imports").then().statusCode(200).body("items.id", not(hasItem((int) id)));
            Api.as(tree.adminToken()).get("/api/v1/volunteer-imports/{id}", id).then().statusCode(200);
        }

        @Test
        @DisplayName("An earlier import of the same file is named only to those who may see it (not to another township)")
        void sameFileAcrossScopes() {
            Path file = workbook(List.of(person(1, "王德明", idNumber(), "一号镇", "甲村")));
            JsonPath first = checked(tree.township1Token(), file, null);
            committed(tree.township1Token(), first, "VALID_ROWS", false);
            String township2 = Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
            JsonPath other = uploaded(township2, file);
            org.junit.jupiter.api.Assertions.assertNull(other.get("sameFileAs"));
            JsonPath district = uploaded(tree.adminToken(), file);
            assertEquals(first.getLong("id"), district.getLong("sameFileAs.id"));
            JsonPath list = Api.as(township2).get("/api/v1/volunteer-imports").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(other.getLong("id")), list.getList("items.id", Long.class));
            org.junit.jupiter.api.Assertions.assertNull(list.get("items[0].sameFileAs"));
        }

        @Test
        @DisplayName("A default unit outside its township is refused like an unknown unit (400 on defaultUnitId)")
        void defaultUnitOutside() {
            JsonPath imp = uploaded(tree.township1Token(), workbook(List.of(person(1, "王德明", idNumber(), "", ""))));
            Map<String, Object> body = suggestedMapping(imp, tree.village2a);
            Api.as(tree.township1Token()).body(body).put("/api/v1/volunteer-imports/{id}/mapping", imp.getLong("id"))
                    .then().statusCode(400).body("errors[0].field", equalTo("defaultUnitId"));
            body.put("defaultUnitId", tree.village1b);
            Api.as(tree.township1Token()).body(body).put("/api/v1/volunteer-imports/{id}/mapping", imp.getLong("id")).then().statusCode(202);
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("Imports its own list into its village through the default unit")
        void ownVillage() {
            JsonPath imp = checked(tree.village1aToken(), workbook(List.of(
                    person(1, "王德明", idNumber(), "", ""),
                    person(2, "李秀英", idNumber(), "", ""))), tree.village1a);
            assertEquals(2, imp.getInt("summary.toCreate"));
            assertEquals("甲村", imp.getString("defaultUnit.name"));
            JsonPath done = committed(tree.village1aToken(), imp, "ALL_OR_NOTHING", false);
            assertEquals(2, done.getInt("result.created"));
            assertEquals(2, volunteersIn(tree.village1a).size());
        }
    }

    @Nested
    @DisplayName("Other roles")
    class OtherRoles {

        @Test
        @DisplayName("Viewer and city system may not upload (403); anonymous gets 401")
        void refused() {
            Path file = workbook(List.of(person(1, "王德明", idNumber(), "一号镇", "甲村")));
            upload(tree.viewerToken(), file, "a.xlsx").then().statusCode(403);
            upload(tree.cityToken(), file, "a.xlsx").then().statusCode(403);
            Api.anonymous().contentType(ContentType.MULTIPART).multiPart("file", "a.xlsx", fileBytes(file), "application/octet-stream")
                    .post("/api/v1/volunteer-imports").then().statusCode(401);
            Api.as(tree.viewerToken()).get("/api/v1/volunteer-imports").then().statusCode(403);
        }
    }

    @Test
    @DisplayName("A CSV saved by Excel on Chinese Windows (GBK) imports like the workbook")
    void gbkCsv() throws IOException {
        String id = idNumber();
        Path csv = Files.createTempFile("census", ".csv");
        Files.write(csv, ("姓名,身份证号,所在村\n王德明," + id + ",甲村\n").getBytes("GB18030"));
        JsonPath imp = checked(tree.adminToken(), csv, null);
        assertEquals("CSV", imp.getString("format"));
        assertEquals(1, imp.getInt("headerRow"));
        assertEquals(1, imp.getInt("summary.toCreate"));
        assertEquals("姓名", imp.getString("columns[0].header"));
    }
}
