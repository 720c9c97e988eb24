package cn.ggw.volunteers;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9, personal data: masked values that cannot be rebuilt, no search oracle, limits, no caching, safe cells. */
@QuarkusTest
@DisplayName("Personal data: masks that hold, no search oracle, per-account limits, no-store, neutral spreadsheet cells")
class PersonalDataTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PHONE = "13904361234";

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    private long register(String name, String idNumber) {
        Map<String, Object> body = VolunteerResourceTest.body(tree.village1a, name, idNumber);
        body.put("phone", PHONE);
        return VolunteerResourceTest.create(tree.adminToken(), body).getLong("id");
    }

    /** Every way the hidden part of a masked value could be spelled out beside it. */
    private static List<String> hiddenParts(String idNumber) {
        String digits = idNumber.substring(6, 14);
        String iso = digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6);
        return List.of(idNumber, digits, iso, digits.substring(0, 4) + "/" + digits.substring(4, 6) + "/" + digits.substring(6),
                digits.substring(0, 4) + "年" + Integer.parseInt(digits.substring(4, 6)) + "月", PHONE, PHONE.substring(0, 7), PHONE.substring(3));
    }

    private static void assertNothingCompletes(String answer, String idNumber, String where) {
        for (String part : hiddenParts(idNumber)) {
            assertFalse(answer.contains(part), where + " must not contain \"" + part + "\" (it completes a masked value): " + answer);
        }
    }

    private static String workbookText(byte[] bytes) throws IOException {
        StringBuilder s = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell c : row) {
                    s.append(c.getCellType() == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue()).append('|');
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    @Test
    @DisplayName("item 1: no answer to a role without reveal (detail, list, search, history, export) holds the hidden digits of a masked ID or phone")
    void maskedValuesCannotBeCompleted() throws IOException {
        String id = VolunteerResourceTest.idNumber(71, false);
        long volunteer = register("周桂兰", id);
        String viewer = tree.viewerToken();

        String detail = Api.as(viewer).get("/api/v1/volunteers/{id}", volunteer).then().statusCode(200)
                .body("idNumberMasked", equalTo(IdNumber.mask(id))).body("age", equalTo(71)).extract().asString();
        assertNothingCompletes(detail, id, "GET /volunteers/{id}");
        String list = Api.as(viewer).queryParam("unitId", tree.village1a).get("/api/v1/volunteers").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().asString();
        assertNothingCompletes(list, id, "GET /volunteers");
        String search = Api.as(viewer).body(Map.of("q", "周桂")).post("/api/v1/volunteers/search").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().asString();
        assertNothingCompletes(search, id, "POST /volunteers/search");
        String history = Api.as(viewer).get("/api/v1/volunteers/{id}/status-history", volunteer).then().statusCode(200).extract().asString();
        assertNothingCompletes(history, id, "GET /volunteers/{id}/status-history");
        byte[] export = Api.as(viewer).accept(XLSX).body(Map.of("unitId", tree.village1a)).post("/api/v1/volunteers/export")
                .then().statusCode(200).extract().asByteArray();
        String exported = workbookText(export);
        assertTrue(exported.contains(IdNumber.mask(id)), "the export holds the masked number");
        assertNothingCompletes(exported, id, "the export");
        // And the roles that may reveal get the same masked answers: the full number only through the audited reveal.
        assertNothingCompletes(Api.as(tree.adminToken()).get("/api/v1/volunteers/{id}", volunteer).then().statusCode(200).extract().asString(),
                id, "GET /volunteers/{id} as admin");
        assertNothingCompletes(Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", volunteer)
                .get("/api/v1/audit-events").then().statusCode(200).extract().asString(), id, "the audit log");
    }

    @Test
    @DisplayName("item 2: a viewer cannot search on fragments of personal numbers (400), only by name or the whole value; staff who may reveal can, audited")
    void noPhoneOracle() {
        String id = VolunteerResourceTest.idNumber(68, true);
        register("钱卫国", id);
        String viewer = tree.viewerToken();
        Api.as(viewer).body(Map.of("q", "1234")).post("/api/v1/volunteers/search").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        Api.as(viewer).body(Map.of("q", "9" + PHONE.substring(7))).post("/api/v1/volunteers/search").then().statusCode(400);
        Api.as(viewer).body(Map.of("q", id.substring(0, 10))).post("/api/v1/volunteers/search").then().statusCode(400);
        Api.as(viewer).accept(XLSX + ", application/problem+json").body(Map.of("q", "1234")).post("/api/v1/volunteers/export")
                .then().statusCode(400);
        // The whole value finds the person, typed as people type it.
        Api.as(viewer).body(Map.of("q", "+86 139 0436 1234")).post("/api/v1/volunteers/search").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].name", equalTo("钱卫国"));
        Api.as(viewer).body(Map.of("q", id)).post("/api/v1/volunteers/search").then().statusCode(200).body("items.size()", equalTo(1));
        Api.as(viewer).body(Map.of("q", "卫国")).post("/api/v1/volunteers/search").then().statusCode(200).body("items.size()", equalTo(1));

        Api.as(tree.adminToken()).body(Map.of("q", "1234")).post("/api/v1/volunteers/search").then().statusCode(200)
                .body("items.size()", equalTo(1));
        JsonPath audit = Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", "list")
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        assertTrue(audit.getList("items.action").contains("SEARCH"), "searches on personal numbers are audited: " + audit.prettify());
        assertTrue(audit.getList("items.after.searchedBy").containsAll(List.of("fragment", "phone", "idNumber")), audit.prettify());
        assertFalse(audit.prettify().contains("1234\""), "never the text searched for");
    }

    @Test
    @DisplayName("item 2: reveals and personal searches of one account are limited per minute: 429 problem+json with Retry-After, other accounts unaffected")
    void personalLookupsAreLimited() {
        long volunteer = register("孙桂芳", VolunteerResourceTest.idNumber(75, false));
        String admin = tree.adminToken();
        int limit = 40; // %test.ggw.personal-data.max-per-minute
        for (int i = 0; i < limit / 2; i++) {
            Api.as(admin).post("/api/v1/volunteers/{id}/reveal", volunteer).then().statusCode(200);
            Api.as(admin).body(Map.of("q", "0436")).post("/api/v1/volunteers/search").then().statusCode(200);
        }
        Api.as(admin).post("/api/v1/volunteers/{id}/reveal", volunteer).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        Api.as(admin).body(Map.of("q", "0436")).post("/api/v1/volunteers/search").then().statusCode(429);
        // Searching by name is no look-up of personal numbers; another account is not affected.
        Api.as(admin).body(Map.of("q", "孙桂")).post("/api/v1/volunteers/search").then().statusCode(200);
        Api.as(tree.township1Token()).post("/api/v1/volunteers/{id}/reveal", volunteer).then().statusCode(200);
    }

    @Test
    @DisplayName("item 4: answers with personal data (volunteer, list, reveal, export) carry Cache-Control: no-store")
    void personalAnswersAreNotStored() {
        long volunteer = register("吴建华", VolunteerResourceTest.idNumber());
        Api.as(tree.viewerToken()).get("/api/v1/volunteers/{id}", volunteer).then().statusCode(200).header("Cache-Control", "no-store");
        Api.as(tree.viewerToken()).get("/api/v1/volunteers").then().statusCode(200).header("Cache-Control", "no-store");
        Api.as(tree.adminToken()).post("/api/v1/volunteers/{id}/reveal", volunteer).then().statusCode(200).header("Cache-Control", "no-store");
        Api.as(tree.adminToken()).accept(XLSX).body(Map.of()).post("/api/v1/volunteers/export").then().statusCode(200)
                .header("Cache-Control", "no-store");
        Api.as(tree.viewerToken()).get("/api/v1/volunteers/{id}", 0).then().statusCode(404).header("Cache-Control", "no-store");
    }

    @Test
    @DisplayName("item 6: a name that starts like a formula (=HYPERLINK…) is exported as quote-prefixed text, never a formula")
    void exportedFormulaTextStaysText() throws IOException {
        String evil = "=HYPERLINK(\"http://evil.example\",\"x\")";
        register(evil, VolunteerResourceTest.idNumber());
        register("-2+3", VolunteerResourceTest.idNumber());
        byte[] bytes = Api.as(tree.adminToken()).accept(XLSX).body(Map.of("unitId", tree.village1a)).post("/api/v1/volunteers/export")
                .then().statusCode(200).extract().asByteArray();
        List<String> neutral = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : book.getSheetAt(0)) {
                Cell name = row.getCell(0);
                assertEquals(CellType.STRING, name.getCellType(), "a name is text");
                if (name.getStringCellValue().startsWith("=") || name.getStringCellValue().startsWith("-")) {
                    assertTrue(name.getCellStyle().getQuotePrefixed(), "quote-prefixed: " + name.getStringCellValue());
                    neutral.add(name.getStringCellValue());
                }
            }
        }
        assertEquals(2, neutral.size(), neutral.toString());
        assertTrue(neutral.contains(evil));
    }
}
