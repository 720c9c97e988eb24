package cn.ggw.dashboard;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.testsupport.TestPeople.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attention items of 抓制度, 抓培训 and 抓典型 on the dashboard: each township sees its own subtree's, never a sibling's. */
@QuarkusTest
class LineAttentionTest {

    @Inject
    AgroalDataSource dataSource;

    TestTree tree;
    String township1;
    String township2;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
        township1 = tree.township1Token();
        township2 = Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
    }

    static JsonPath dashboard(String token) {
        return Api.as(token).queryParam("from", TODAY.withDayOfYear(1).toString()).queryParam("to", TODAY.toString())
                .get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
    }

    /** The ids of the units with an item of this kind. */
    static List<Long> units(JsonPath d, String kind) {
        return d.getList("attention.findAll { it.kind == '" + kind + "' }.unit.id", Long.class);
    }

    void sql(String statement, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    @Test
    @DisplayName("抓制度: 《情况反映》 not acknowledged after 7 days, and units behind on this year's monthly meetings, per township subtree")
    void rules() throws SQLException {
        String admin = tree.adminToken();
        Map<String, Object> bulletin = new HashMap<>();
        bulletin.put("title", "关于印发工作制度的通知");
        bulletin.put("body", Map.of("blocks", List.of(Map.of("type", "PARAGRAPH", "text", "请各单位认真贯彻执行。"))));
        bulletin.put("recipients", Map.of());
        long id = Api.as(admin).body(bulletin).post("/api/v1/bulletins").then().statusCode(201).extract().jsonPath().getLong("summary.id");
        // Sent today: not yet a matter for attention.
        assertTrue(units(dashboard(township1), "rules.bulletinUnacknowledged").isEmpty());
        sql("update bulletin set sent_at = now() - interval '10 days' where id = ?", id);
        Api.as(tree.village1aToken()).post("/api/v1/bulletins/{id}/acknowledgement", id).then().statusCode(200);

        JsonPath mine = dashboard(township1);
        List<Long> late = units(mine, "rules.bulletinUnacknowledged");
        assertTrue(late.contains(tree.village1b) && late.contains(tree.township1), late.toString());
        assertFalse(late.contains(tree.village1a), "甲村 acknowledged");
        assertFalse(late.contains(tree.village2a), "丙村 belongs to another township");
        Map<String, Object> item = mine.getMap("attention.find { it.kind == 'rules.bulletinUnacknowledged' && it.unit.id == " + tree.village1b + " }");
        assertEquals(1, ((Number) item.get("count")).intValue());
        assertEquals(10, ((Number) item.get("days")).intValue());
        assertEquals("乙村：1 期《情况反映》下发超过 7 天仍未签收", item.get("text"));
        assertEquals("/rules/bulletins", item.get("link"));
        List<Long> sibling = units(dashboard(township2), "rules.bulletinUnacknowledged");
        assertTrue(sibling.contains(tree.village2a), sibling.toString());
        assertFalse(sibling.contains(tree.village1b), sibling.toString());

        // A monthly meeting rule in force: every month of this year that has ended is due; 乙村 recorded none.
        JsonPath draft = Api.as(admin).body(Map.of("code", "LH-M", "title", "例会制度", "category", "MEETING",
                        "body", Map.of("blocks", List.of(Map.of("type", "CLAUSE", "number", "第一条", "text", "每月召开一次例会。"))),
                        "appliesTo", List.of("TOWNSHIP", "STREET", "VILLAGE", "COMMUNITY"),
                        "obligation", Map.of("kind", "MEETING", "frequency", "MONTHLY", "evidence", "会议记录")))
                .post("/api/v1/rules").then().statusCode(201).extract().jsonPath();
        long version = Api.as(admin).get("/api/v1/rule-versions/{id}", draft.getLong("id")).then().statusCode(200).extract().jsonPath().getLong("version");
        Api.as(admin).body(Map.of("effectiveFrom", "2013-01-01", "version", version))
                .post("/api/v1/rule-versions/{id}/publication", draft.getLong("id")).then().statusCode(200);
        int monthsDue = TODAY.getMonthValue() - 1;
        JsonPath after = dashboard(township1);
        List<Long> behind = units(after, "rules.meetingsBehind");
        if (monthsDue == 0) {
            assertTrue(behind.isEmpty(), "in January no month of the year has ended: " + behind);
        } else {
            assertTrue(behind.contains(tree.village1b), behind.toString());
            assertFalse(behind.contains(tree.village2a), "another township's village: " + behind);
            Map<String, Object> b = after.getMap("attention.find { it.kind == 'rules.meetingsBehind' && it.unit.id == " + tree.village1b + " }");
            assertEquals(monthsDue, ((Number) b.get("count")).intValue());
            assertEquals(TODAY.withDayOfYear(1).toString(), b.get("since"));
            assertTrue(units(dashboard(township2), "rules.meetingsBehind").contains(tree.village2a));
        }
    }

    @Test
    @DisplayName("抓培训: people who missed this year's finished sessions and newcomers awaiting on-boarding, per township subtree")
    void trainings() {
        String admin = tree.adminToken();
        long evd1a = seat(admin, tree.village1a, "EXECUTIVE_VICE_DIRECTOR", "甲常务", TODAY.minusYears(1));
        seat(admin, tree.village2a, "EXECUTIVE_VICE_DIRECTOR", "丙常务", TODAY.minusYears(1));
        seat(admin, tree.village1b, "MEMBER", "乙新委员", TODAY);
        boolean pastDayThisYear = TODAY.getDayOfYear() > 1;
        if (pastDayThisYear) {
            LocalDate day = TODAY.minusDays(1);
            Map<String, Object> session = new HashMap<>();
            session.put("typeCode", "BUSINESS");
            session.put("title", "村关工委常务副主任业务培训");
            session.put("organiserUnitId", tree.district);
            session.put("startsOn", day.toString());
            session.put("endsOn", day.toString());
            session.put("place", "区政府会议室");
            session.put("audience", Map.of("roles", List.of("EXECUTIVE_VICE_DIRECTOR"), "unitKinds", List.of("VILLAGE")));
            JsonPath draft = Api.as(admin).body(session).post("/api/v1/trainings").then().statusCode(201).extract().jsonPath();
            Api.as(admin).body(Map.of("version", draft.getLong("version"))).post("/api/v1/trainings/{id}/publish", draft.getLong("summary.id"))
                    .then().statusCode(200);
        }

        JsonPath mine = dashboard(township1);
        Map<String, Object> onboarding = mine.getMap("attention.find { it.kind == 'trainings.onboardingOwed' }");
        assertEquals((int) tree.village1b, ((Number) ((Map<?, ?>) onboarding.get("unit")).get("id")).intValue());
        assertEquals(1, ((Number) onboarding.get("count")).intValue());
        assertEquals("乙村：1 名新任人员尚未参加岗位培训（12月31日前完成）", onboarding.get("text"));
        assertEquals(false, onboarding.get("overdue"), "appointed today");
        assertTrue(units(dashboard(township2), "trainings.onboardingOwed").isEmpty(), "乙村 is not township 2's");
        if (pastDayThisYear) {
            assertEquals(List.of(tree.village1a), units(mine, "trainings.missed"), "甲常务 missed yesterday's session; 丙村 is elsewhere");
            assertEquals(List.of(tree.village2a), units(dashboard(township2), "trainings.missed"));
            assertTrue(evd1a > 0);
        }
    }

    @Test
    @DisplayName("抓典型: nominations waiting more than 14 days at the caller's level — the township's queue for its staff, the district's for district accounts")
    void exemplars() throws SQLException {
        long id = Api.as(tree.village1aToken()).body(Map.of("unitId", tree.village1a, "category", "FOUR_SELF_GROUP", "year", 2013,
                        "title", "甲村四自小组", "subjectName", "甲村四自小组",
                        "body", Map.of("blocks", List.of(Map.of("type", "PARAGRAPH", "text", "带领青年农民学技术。")))))
                .post("/api/v1/exemplars").then().statusCode(201).extract().jsonPath().getLong("id");
        assertTrue(units(dashboard(township1), "exemplars.reviewWaiting").isEmpty(), "nominated today");
        sql("update exemplar set nominated_at = now() - interval '20 days' where id = ?", id);
        sql("update exemplar_step set acted_at = acted_at - interval '20 days' where exemplar_id = ?", id);

        JsonPath mine = dashboard(township1);
        Map<String, Object> item = mine.getMap("attention.find { it.kind == 'exemplars.reviewWaiting' }");
        assertEquals((int) tree.village1a, ((Number) ((Map<?, ?>) item.get("unit")).get("id")).intValue());
        assertEquals("/exemplars/" + id, item.get("link"));
        assertEquals("甲村：典型“甲村四自小组”待乡镇（街道）审核已 20 天", item.get("text"));
        assertTrue(units(dashboard(township2), "exemplars.reviewWaiting").isEmpty(), "another township's nomination");
        assertTrue(units(dashboard(tree.adminToken()), "exemplars.reviewWaiting").isEmpty(), "not yet the district's turn");

        Api.as(township1).body(Map.of("decision", "FORWARD")).post("/api/v1/exemplars/{id}/reviews", id).then().statusCode(200);
        assertTrue(units(dashboard(township1), "exemplars.reviewWaiting").isEmpty(), "forwarded: off the township's queue");
        sql("update exemplar_step set acted_at = now() - interval '15 days' where exemplar_id = ? and to_status = 'FORWARDED'", id);
        assertEquals(List.of(tree.village1a), units(dashboard(tree.adminToken()), "exemplars.reviewWaiting"));
        assertTrue(units(dashboard(township1), "exemplars.reviewWaiting").isEmpty(), "the district's turn is not the township's");
    }

    static long seat(String admin, long unitId, String role, String name, LocalDate from) {
        long person = TestPeople.register(admin, unitId, name);
        Api.as(admin).body(Map.of("unitId", unitId, "role", role, "volunteerId", person, "startedOn", from.toString()))
                .post("/api/v1/appointments").then().statusCode(201);
        return person;
    }
}
