package cn.ggw.dashboard;

import cn.ggw.demo.DemoCommittees;
import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.SyntheticDistrict;
import cn.ggw.testsupport.SyntheticDistrict.Unit;
import cn.ggw.testsupport.Docx;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static cn.ggw.testsupport.TestPeople.TODAY;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 年度工作总结 as a Word document, read back with {@link Docx}. */
@QuarkusTest
class WorkReportTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    DemoCommittees demoCommittees;

    @Inject
    AgroalDataSource dataSource;

    static byte[] report(String token, String from, String to, Long unitId) {
        var request = Api.as(token).accept(DOCX + ", application/problem+json").queryParam("from", from).queryParam("to", to);
        if (unitId != null) {
            request.queryParam("unitId", unitId);
        }
        return request.get("/api/v1/dashboard/report.docx").then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
    }

    @Test
    @DisplayName("The demo district's report quotes the seed's figures: 28 filled, 32 adjusted, 7845 五老, in the five lines' structure, and is reproducible")
    void demoFigures() throws SQLException {
        long run = System.nanoTime() % 1_000_000_000L;
        String code = "RPT" + run;
        String rootPath = district(code, run);
        assertEquals(66, demoCommittees.loadInto(rootPath));
        String token = Tokens.of(Roles.DISTRICT_ADMIN, code);

        byte[] bytes = report(token, "2009-01-01", TODAY.toString(), null);
        Docx docx = Docx.read(bytes);
        String text = docx.text();
        assertTrue(text.contains("报告区关心下一代工作委员会"), text);
        assertTrue(text.contains("补充进班子人数：28"), "28 filled");
        assertTrue(text.contains("调整常务副主任人数：32"), "32 adjusted");
        assertTrue(text.contains("在册五老：7845"), "7845 五老");
        assertTrue(text.contains("班子健全率：91%（60/66）"), "60 of 66 teams complete");
        for (String line : new String[] {"抓班子", "抓队伍", "抓制度", "抓培训", "抓典型"}) {
            assertTrue(text.contains(line), line);
        }
        assertTrue(text.contains("需要关注的事项"), "the oldest vacancies are listed");
        assertTrue(text.contains("班子健全率达到100%的单位"), "the complete townships are named");
        assertEquals("方正小标宋简体", docx.paragraphs().get(0).font(), "the title in 小标宋 (GB/T 9704)");
        assertTrue(docx.footers().stream().anyMatch(Docx.Footer::hasPageField), "page numbers");

        assertEquals(text, Docx.read(report(token, "2009-01-01", TODAY.toString(), null)).text(), "the same period gives the same report");

        // A calendar year is titled as the year's report.
        String year = Docx.read(report(token, TODAY.getYear() + "-01-01", TODAY.toString(), null)).text();
        assertTrue(year.contains(TODAY.getYear() + "年度工作总结"), year);
    }

    @Test
    @DisplayName("A period without any records gives an honest empty report, not an error")
    void emptyPeriod() {
        TestTree tree = TestTree.build();
        String text = Docx.read(report(tree.adminToken(), "1990-01-01", "1990-12-31", null)).text();
        assertTrue(text.contains("1990年度工作总结"), text);
        assertTrue(text.contains("没有" + "测试区" + tree.prefix + "的任何工作记录"), text);
        assertTrue(text.contains("在册五老：0") || !text.contains("在册五老"), text);
        assertFalse(text.contains("null"), text);
    }

    @Test
    @DisplayName("GET /dashboard/report.docx: bad period 400, another township 404, village staff 403 — each as problem+json")
    void badInput() {
        TestTree tree = TestTree.build();
        Api.as(tree.adminToken()).queryParam("from", "2024-12-31").queryParam("to", "2024-01-01").get("/api/v1/dashboard/report.docx")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        Api.as(tree.adminToken()).queryParam("to", TODAY.plusDays(1).toString()).get("/api/v1/dashboard/report.docx")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(tree.township1Token()).queryParam("unitId", tree.township2).get("/api/v1/dashboard/report.docx").then().statusCode(404);
        Api.as(tree.village1aToken()).get("/api/v1/dashboard/report.docx").then().statusCode(403);
        String own = Docx.read(report(tree.township1Token(), TODAY.withDayOfYear(1).toString(), TODAY.toString(), null)).text();
        assertTrue(own.contains("一号镇关心下一代工作委员会"), own);
    }

    /** A district with three townships of villages (14 active people each) and more 五老 at the district: 7,845 in all. */
    private String district(String code, long run) throws SQLException {
        try (SyntheticDistrict d = SyntheticDistrict.open(dataSource, "报告", 'R', run)) {
            Unit root = d.district(code, new int[] {22, 20, 20}, 14);
            d.people(root, 7_845 - d.people());
            return root.path();
        }
    }
}
