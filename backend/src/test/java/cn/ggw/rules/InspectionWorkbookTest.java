package cn.ggw.rules;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.rules.RuleTestSupport.publishedRule;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class InspectionWorkbookTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static byte[] download(String token, long id, String language, int status) {
        return RestAssured.given().auth().oauth2(token).accept(XLSX + ", application/problem+json").header("Accept-Language", language)
                .get("/api/v1/inspections/{id}/results.xlsx", id).then().statusCode(status).extract().asByteArray();
    }

    @Test
    @DisplayName("年终检查 as XLSX: units × rules with scores (numbers), total, maximum, share, rank and shortfall; a village reads only its own row; another district gets 404")
    void results() throws IOException {
        TestTree tree = TestTree.build();
        String admin = tree.adminToken();
        long ruleA = publishedRule(admin, "LH-A", "2013-01-01")[0];
        long ruleB = publishedRule(admin, "LH-B", "2013-01-01")[0];
        long id = Api.as(admin).body(Map.of("year", 2013, "maxScore", 10)).post("/api/v1/inspections").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        score(admin, id, tree.village1a, ruleA, 9);
        score(admin, id, tree.village1a, ruleB, 8);
        score(admin, id, tree.village1b, ruleA, 4);
        score(admin, id, tree.village1b, ruleB, 1);

        RestAssured.given().auth().oauth2(admin).accept(XLSX).get("/api/v1/inspections/{id}/results.xlsx", id).then().statusCode(200)
                .header("Cache-Control", "no-store").header("Content-Disposition", containsString(".xlsx"));
        Map<String, List<Object>> rows = rows(download(admin, id, "zh-CN", 200));
        assertEquals(List.of("名次", "单位", "LH-A 例会制度", "LH-B 例会制度", "总分", "满分", "得分率", "已评/应评", "未达标", "最弱的制度"), rows.get("单位"));
        assertEquals(List.of(1.0, "甲村", 9.0, 8.0, 17.0, 20.0, "85.0%", "2/2", "否", ""), rows.get("甲村"));
        assertEquals(List.of(2.0, "乙村", 4.0, 1.0, 5.0, 20.0, "25.0%", "2/2", "是"), rows.get("乙村").subList(0, 9));
        assertTrue(rows.get("乙村").get(9).toString().contains("LH-B"), rows.get("乙村").toString());
        // Units not scored yet: no rank, empty rule cells, 0 of 2.
        assertEquals("0/2", rows.get("丙村").get(7));
        assertEquals("", rows.get("丙村").get(2));
        assertEquals(8, rows.size(), "header + the 7 units below the district: " + rows.keySet());

        assertEquals("Rank", rows(download(admin, id, "en", 200)).get("Unit").get(0));
        Map<String, List<Object>> village = rows(download(tree.village1aToken(), id, "zh-CN", 200));
        assertEquals(2, village.size(), village.keySet().toString());
        assertTrue(village.containsKey("甲村"));
        download(TestTree.build().adminToken(), id, "zh-CN", 404);
    }

    static void score(String token, long round, long unit, long rule, int score) {
        Api.as(token).body(Map.of("unitId", unit, "ruleId", rule, "score", score)).put("/api/v1/inspections/{id}/scores", round)
                .then().statusCode(200);
    }

    /** Rows of the first sheet keyed by the unit column; numbers as doubles, texts as strings. */
    static Map<String, List<Object>> rows(byte[] xlsx) throws IOException {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : format.formatCellValue(cell));
                }
                out.put(cells.get(1).toString(), cells);
            }
        }
        return out;
    }
}
