package cn.ggw.trainings;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.Docx;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.trainings.TrainingTestSupport.TODAY;
import static cn.ggw.trainings.TrainingTestSupport.attend;
import static cn.ggw.trainings.TrainingTestSupport.checkIn;
import static cn.ggw.trainings.TrainingTestSupport.evdOfVillages;
import static cn.ggw.trainings.TrainingTestSupport.published;
import static cn.ggw.trainings.TrainingTestSupport.seated;
import static cn.ggw.trainings.TrainingTestSupport.traineeOf;
import static cn.ggw.trainings.TrainingTestSupport.trainees;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TrainingDocumentsTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    TestTree tree;
    long evd1a;
    long evd1b;
    long evd2a;

    @BeforeEach
    void teams() {
        tree = TestTree.build();
        evd1a = seated(tree, tree.village1a, "EXECUTIVE_VICE_DIRECTOR", "甲常务", TODAY.minusYears(1));
        evd1b = seated(tree, tree.village1b, "EXECUTIVE_VICE_DIRECTOR", "乙常务", TODAY.minusYears(1));
        evd2a = seated(tree, tree.village2a, "EXECUTIVE_VICE_DIRECTOR", "丙常务", TODAY.minusYears(1));
    }

    static io.restassured.response.Response download(String token, String path, long id, String type, String language) {
        return RestAssured.given().auth().oauth2(token).accept(type + ", application/problem+json").header("Accept-Language", language)
                .get("/api/v1/trainings/{id}/" + path, id);
    }

    @Test
    @DisplayName("签到表: a township's session prints its frozen required audience (names, units, seats, blank signatures) and the check-in code; another township gets 404")
    void signInSheet() {
        String township = tree.township1Token();
        JsonPath pub = published(township, evdOfVillages(tree.township1, TODAY, TODAY.plusDays(1)));
        long id = pub.getLong("summary.id");
        String code = pub.getString("checkInCode");

        byte[] bytes = download(township, "sign-in-sheet.docx", id, DOCX, "zh-CN").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        Docx docx = Docx.read(bytes);
        String text = docx.text();
        assertTrue(text.contains("签到表"), text);
        assertTrue(text.contains("村关工委常务副主任业务培训"), text);
        assertTrue(text.contains("主办单位：一号镇"), text);
        assertTrue(text.contains("培训地点：镇政府会议室"), text);
        assertTrue(text.contains("签到码：" + code), text);
        assertTrue(text.contains("序号\t姓名\t单位\t职务\t签名\t备注"), text);
        assertTrue(text.contains("甲常务\t甲村\t常务副主任\t\t"), text);
        assertTrue(text.contains("乙常务\t乙村\t常务副主任\t\t"), text);
        assertFalse(text.contains("丙常务"), "a village of another township is not in this audience");
        assertTrue(text.contains("应到 2 人"), text);
        assertEquals("方正小标宋简体", docx.paragraph("签到表").font());
        assertTrue(docx.footerHasPageField(), "page numbers");

        // Another township: the session does not exist for it.
        String sibling = Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
        download(sibling, "sign-in-sheet.docx", id, DOCX, "zh-CN").then().statusCode(404);
        download(sibling, "attendance.xlsx", id, XLSX, "zh-CN").then().statusCode(404);
        // The district sees it; its viewer gets the sheet without the code (the code is for planners).
        String viewerText = Docx.read(download(tree.viewerToken(), "sign-in-sheet.docx", id, DOCX, "zh-CN").then().statusCode(200)
                .extract().asByteArray()).text();
        assertTrue(viewerText.contains("甲常务"));
        assertFalse(viewerText.contains(code), "no check-in code for a read-only leader");

        List<String> actions = Api.as(tree.adminToken()).queryParam("entityType", "TrainingSession").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
        assertTrue(actions.contains("EXPORT"), actions.toString());
    }

    @Test
    @DisplayName("attendance workbook: 已参加 / 请假(理由) / 缺席 / 补训 in Chinese with the check-in method and time, English on request; coverage per unit without names; read back; 404 outside the scope")
    void attendanceWorkbook() throws IOException {
        String admin = tree.adminToken();
        JsonPath pub = published(admin, evdOfVillages(tree.district, TODAY, TODAY));
        long id = pub.getLong("summary.id");
        JsonPath list = trainees(admin, id);
        attend(admin, traineeOf(list, evd1a), "ABSENT", null).then().statusCode(200);
        attend(admin, traineeOf(list, evd1b), "LEAVE", "住院").then().statusCode(200);
        checkIn(admin, pub.getString("checkInCode"), evd2a).then().statusCode(200);

        Map<String, List<String>> rows = rows(download(admin, "attendance.xlsx", id, XLSX, "zh-CN").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray());
        assertEquals(List.of("序号", "姓名", "单位", "职务", "应到/列席", "状态", "参训日期", "签到方式", "登记时间"), rows.get("姓名"));
        assertEquals(List.of("甲村", "常务副主任", "应到", "缺席"), rows.get("甲常务").subList(2, 6));
        assertEquals("请假（住院）", rows.get("乙常务").get(5));
        List<String> checkedIn = rows.get("丙常务");
        assertEquals(List.of("丙村", "常务副主任", "应到", "已参加", TODAY.toString(), "签到码"), checkedIn.subList(2, 8));
        assertTrue(checkedIn.get(8).startsWith(TODAY.toString()), "recorded at " + checkedIn);

        // A make-up after leave reads 补训.
        Map<String, Object> makeUp = new HashMap<>();
        makeUp.put("status", "MADE_UP");
        makeUp.put("attendedOn", TODAY.toString());
        Api.as(admin).body(makeUp).put("/api/v1/training-trainees/{id}/attendance", traineeOf(list, evd1b)).then().statusCode(200);
        Map<String, List<String>> english = rows(download(admin, "attendance.xlsx", id, XLSX, "en").then().statusCode(200).extract().asByteArray());
        assertEquals("Made up", english.get("乙常务").get(5));
        assertEquals("Attended", english.get("丙常务").get(5));

        // Coverage per unit below the district for the year, no names: 一号镇 1 of 2 (甲常务 absent), 二号镇 1 of 1, the total 2 of 3.
        Map<String, List<String>> coverage = rows(RestAssured.given().auth().oauth2(admin).accept(XLSX).header("Accept-Language", "zh-CN")
                .queryParam("unitId", tree.district).get("/api/v1/training-coverage.xlsx").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().asByteArray(), 0);
        assertEquals(List.of("单位", "应训人数", "已训人数", "覆盖率", "举办期数"), coverage.get("单位"));
        assertEquals(List.of("一号镇", "2", "1", "50.0%", "0"), coverage.get("一号镇"));
        assertEquals(List.of("二号镇", "1", "1", "100.0%", "0"), coverage.get("二号镇"));
        assertEquals("", coverage.get("一号街道").get(3), "nobody required: no share");
        String total = "测试区" + tree.prefix + "合计";
        assertEquals(List.of(total, "3", "2", "66.7%", "1"), coverage.get(total));
        assertFalse(coverage.containsKey("甲常务"), "coverage carries no names");
        RestAssured.given().auth().oauth2(Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"))).accept(XLSX + ", application/problem+json")
                .queryParam("unitId", tree.township1).get("/api/v1/training-coverage.xlsx").then().statusCode(400);

        // Village staff do not read sessions organised above them (as GET /trainings/{id}): 404, like an unknown id.
        Api.as(tree.village1aToken()).get("/api/v1/trainings/{id}", id).then().statusCode(404);
        download(tree.village1aToken(), "attendance.xlsx", id, XLSX, "zh-CN").then().statusCode(404);
        Api.as(admin).queryParam("entityType", "TrainingSession").queryParam("entityId", id).get("/api/v1/audit-events")
                .then().statusCode(200).body("items.action", hasItem("EXPORT"));
    }

    /** Every row of the first sheet, keyed by its second cell (the name; the header row under "姓名"). */
    static Map<String, List<String>> rows(byte[] xlsx) throws IOException {
        return rows(xlsx, 1);
    }

    /** Every row of the first sheet, keyed by the cell in this column. */
    static Map<String, List<String>> rows(byte[] xlsx, int keyColumn) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                out.put(cells.get(keyColumn), cells);
            }
        }
        return out;
    }
}
