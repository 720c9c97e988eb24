package cn.ggw.volunteers;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@DisplayName("POST /volunteers/export: the filtered list as a workbook, scoped and masked like the screen")
class VolunteerExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    private byte[] export(String token, Map<String, Object> filter, String language) {
        return Api.as(token).header("Accept-Language", language).accept(XLSX).body(filter).post("/api/v1/volunteers/export")
                .then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
    }

    private static List<List<String>> rows(byte[] workbook) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((int) c.getNumericCellValue()) : c.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    @DisplayName("issue 9 item 10 (found by ContractFuzzTest): an export with a page's cursor or limit is a 400 naming it, and nothing is audited as exported")
    void noPaging() {
        int audited = Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", "list")
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items").size();
        Api.as(tree.adminToken()).accept(XLSX + ", application/problem+json").body(Map.of("unitId", tree.village1a, "cursor", "长".repeat(5000)))
                .post("/api/v1/volunteers/export").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        Api.as(tree.adminToken()).accept(XLSX + ", application/problem+json").body(Map.of("unitId", tree.village1a, "limit", 50))
                .post("/api/v1/volunteers/export").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        assertEquals(audited, Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", "list")
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items").size());
    }

    @Test
    @DisplayName("Admin exports a village: masked ID and phone, labels in Chinese, the search text kept out of the audit log")
    void masked() throws IOException {
        String id = VolunteerResourceTest.idNumber();
        VolunteerResourceTest.create(tree.adminToken(), VolunteerResourceTest.body(tree.village1a, "孙志远", id));
        VolunteerResourceTest.create(tree.adminToken(), VolunteerResourceTest.body(tree.village2a, "罗成", VolunteerResourceTest.idNumber()));
        List<List<String>> rows = rows(export(tree.adminToken(), Map.of("unitId", tree.village1a, "q", "孙"), "zh-CN"));
        assertEquals(2, rows.size());
        assertEquals("姓名", rows.get(0).get(0));
        assertEquals(List.of("孙志远", "男", rows.get(1).get(2), IdNumber.mask(id), "138****5678", "老教师", "思想道德教育", "已登记", "甲村"),
                rows.get(1).subList(0, 9));
        assertFalse(rows.toString().contains(id), "no full ID number in an export");
        assertFalse(rows.toString().contains("13812345678"), "no full phone in an export");

        JsonPath audit = Api.as(tree.adminToken()).queryParam("entityType", "Volunteer").queryParam("entityId", "list")
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath();
        assertEquals("EXPORT", audit.getString("items[0].action"));
        assertEquals(1, audit.getInt("items[0].after.rows"));
        assertTrue(audit.getBoolean("items[0].after.searchedText"));
        assertFalse(audit.prettify().contains("孙"), "the searched text is not logged");
    }

    @Test
    @DisplayName("In English on request")
    void english() throws IOException {
        VolunteerResourceTest.create(tree.adminToken(), VolunteerResourceTest.body(tree.village1a, "孙志远", VolunteerResourceTest.idNumber()));
        List<List<String>> rows = rows(export(tree.adminToken(), Map.of("unitId", tree.village1a), "en"));
        assertEquals("Name", rows.get(0).get(0));
        assertEquals("retired teacher", rows.get(1).get(5));
    }

    @Test
    @DisplayName("Township staff export only their township; another township's unit is refused; the viewer gets the masked list; the city system is refused")
    void scoped() throws IOException {
        VolunteerResourceTest.create(tree.adminToken(), VolunteerResourceTest.body(tree.village1a, "孙志远", VolunteerResourceTest.idNumber()));
        VolunteerResourceTest.create(tree.adminToken(), VolunteerResourceTest.body(tree.village2a, "罗成", VolunteerResourceTest.idNumber()));
        List<List<String>> rows = rows(export(tree.township1Token(), Map.of(), "zh-CN"));
        assertEquals(2, rows.size());
        assertEquals("孙志远", rows.get(1).get(0));
        Api.as(tree.township1Token()).accept(XLSX + ", application/problem+json").body(Map.of("unitId", tree.township2))
                .post("/api/v1/volunteers/export").then().statusCode(400).body("errors[0].field", equalTo("unitId"));
        assertEquals(3, rows(export(tree.viewerToken(), Map.of(), "zh-CN")).size());
        Api.as(tree.cityToken()).accept(XLSX + ", application/problem+json").body(Map.of()).post("/api/v1/volunteers/export")
                .then().statusCode(403);
    }

    @Test
    @DisplayName("More people than one workbook holds is a 400 asking for a narrower filter")
    void tooMany() {
        for (int i = 0; i < 7; i++) {
            VolunteerResourceTest.create(tree.adminToken(), VolunteerResourceTest.body(tree.village1a, "孙" + i, VolunteerResourceTest.idNumber()));
        }
        Api.as(tree.adminToken()).accept(XLSX + ", application/problem+json").body(Map.of("unitId", tree.village1a))
                .post("/api/v1/volunteers/export").then().statusCode(400).body("detail", containsString("超过 6"));
    }
}
