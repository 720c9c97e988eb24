package cn.ggw.cityapi;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /city/exemplar-changes: the exemplars submitted to the city within the token's scope, then their changes,
 * written by the trigger of V17 (so the changes here are made in plain SQL as well as through the API).
 */
@QuarkusTest
class CityApiExemplarFeedTest {

    static final String FEED = "/api/v1/city/exemplar-changes";
    /** A write-up may quote numbers; the feed carries no write-up, so none of these ever reach the city through it. */
    static final String ID_NUMBER = "220802195003150018";
    static final String PHONE = "13904361234";

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    static AgroalDataSource db() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }

    /** An exemplar of the unit, written in plain SQL; submitted to the city when {@code submitted}. */
    static long exemplar(long unitId, String title, boolean submitted) throws SQLException {
        try (Connection c = db().getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into exemplar (org_unit_id, org_path, nominating_unit_id, category, year, title, subject_name, body, status,
                                      township_review, nominated_at, nominated_by, approved_at, submitted_to_city_on, submitted_to_city_by,
                                      updated_at, updated_by)
                select u.id, u.org_path, u.id, 'FOUR_SELF_GROUP', 2012, ?, '长庆村“四自”小组',
                       cast(? as jsonb), 'APPROVED', true, now(), 'test', now(), case when ? then current_date end,
                       case when ? then 'test' end, now(), 'test'
                  from org_unit u where u.id = ? returning id""")) {
            s.setString(1, title);
            s.setString(2, "{\"blocks\":[{\"type\":\"PARAGRAPH\",\"text\":\"联系人身份证 " + ID_NUMBER + "，电话 " + PHONE + "\"}]}");
            s.setBoolean(3, submitted);
            s.setBoolean(4, submitted);
            s.setLong(5, unitId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getLong(1);
            }
        }
    }

    static void sql(String statement, Object... args) throws SQLException {
        try (Connection c = db().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    /** Follows the feed to its end from the cursor in cursorOut[0] (null: a full read), pages of 2; every body checked. */
    static List<Map<String, Object>> pullAll(String token, String[] cursorOut) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = cursorOut[0];
        boolean more = true;
        int guard = 0;
        while (more && guard++ < 50) {
            var request = Api.as(token).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            String body = request.get(FEED).then().statusCode(200).header("ETag", notNullValue()).extract().asString();
            assertFalse(body.contains(ID_NUMBER) || body.contains(PHONE), () -> "personal numbers in the feed: " + body);
            JsonPath page = new JsonPath(body);
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            assertNotNull(cursor);
            more = page.getBoolean("hasMore");
        }
        cursorOut[0] = cursor;
        return all;
    }

    static List<String> seen(List<Map<String, Object>> items) {
        return items.stream().map(i -> i.get("change") + " " + i.get("exemplarId")).toList();
    }

    @Test
    @DisplayName("A full read gives the scope's submitted exemplars only; then an empty page (304); then SUBMITTED, ADOPTED, UPDATED, WITHDRAWN and REMOVED in order, tombstones without a body")
    void feed() throws Exception {
        long submitted = exemplar(tree.village1a, "长庆村“四自”小组", true);
        long second = exemplar(tree.community1, "第二篇", true);
        long notYet = exemplar(tree.village1b, "未报市", false);
        TestTree other = TestTree.build();
        long foreign = exemplar(other.village1a, "别区的典型", true);

        String token = tree.cityToken();
        String[] cursor = {null};
        List<Map<String, Object>> first = pullAll(token, cursor);
        assertEquals(List.of("SUBMITTED " + submitted, "SUBMITTED " + second), seen(first));
        Map<?, ?> body = (Map<?, ?>) first.get(0).get("exemplar");
        assertEquals(tree.code("V1A"), body.get("unitCode"));
        assertEquals("FOUR_SELF_GROUP", body.get("category"));
        assertEquals("长庆村“四自”小组", body.get("title"));
        assertNotNull(body.get("submittedOn"));
        assertNull(body.get("adopted"));
        // The other district's city system sees its own exemplar only.
        assertEquals(List.of("SUBMITTED " + foreign), seen(pullAll(other.cityToken(), new String[] {null})));

        // Nothing new: an empty page with the same cursor, and 304 to its ETag.
        String etag = Api.as(token).queryParam("cursor", cursor[0]).get(FEED).then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", equalTo(cursor[0])).body("hasMore", equalTo(false))
                .extract().header("ETag");
        Api.as(token).queryParam("cursor", cursor[0]).header("If-None-Match", etag).get(FEED).then().statusCode(304);

        // Changes: through the city's own adoption call and in plain SQL.
        sql("update exemplar set submitted_to_city_on = current_date, submitted_to_city_by = 'test' where id = ?", notYet);
        Api.as(token).body(Map.of("adopted", true, "book", "《“五老”光彩映后人》")).post("/api/v1/city/exemplars/{id}/adoption", submitted)
                .then().statusCode(200);
        sql("update exemplar set title = '长庆村“四自”小组（修订）' where id = ?", submitted);
        sql("update exemplar set updated_by = 'nobody-sees-this' where id = ?", submitted);
        sql("update exemplar set title = '别区修订' where id = ?", foreign);
        sql("update exemplar set submitted_to_city_on = null, submitted_to_city_by = null where id = ?", notYet);
        long doomed = exemplar(tree.village1a, "将删除", true);
        sql("delete from exemplar where id = ?", doomed);
        // Moved to the other district: a tombstone here.
        sql("update exemplar set org_unit_id = ?, org_path = (select org_path from org_unit where id = ?) where id = ?",
                other.village1a, other.village1a, second);

        List<Map<String, Object>> changes = pullAll(token, cursor);
        assertEquals(List.of("SUBMITTED " + notYet, "ADOPTED " + submitted, "UPDATED " + submitted, "WITHDRAWN " + notYet,
                "SUBMITTED " + doomed, "REMOVED " + doomed, "REMOVED " + second), seen(changes));
        Map<?, ?> adopted = (Map<?, ?>) changes.get(1).get("exemplar");
        assertEquals(true, adopted.get("adopted"));
        assertEquals("《“五老”光彩映后人》", adopted.get("book"));
        assertEquals("长庆村“四自”小组（修订）", ((Map<?, ?>) changes.get(2).get("exemplar")).get("title"));
        assertNull(changes.get(3).get("exemplar"));
        assertNull(changes.get(5).get("exemplar"));
        assertNull(changes.get(6).get("exemplar"));
        assertTrue(changes.stream().allMatch(i -> i.get("changedAt") != null));

        // Polled again: nothing.
        assertEquals(List.of(), pullAll(token, cursor));

        // updatedSince: the same changes by time.
        JsonPath since = Api.as(token).queryParam("updatedSince", Instant.now().minusSeconds(600).toString()).queryParam("limit", 1000)
                .get(FEED).then().statusCode(200).extract().jsonPath();
        assertTrue(since.getList("items.exemplarId").contains((int) doomed));
        assertFalse(since.getList("items.exemplarId").contains((int) foreign));
        // A fresh full read after the changes: the adopted one (as ADOPTED), not the withdrawn, deleted or moved ones.
        assertEquals(List.of("ADOPTED " + submitted), seen(pullAll(token, new String[] {null})));
    }

    @Test
    @DisplayName("Bad input: malformed, tampered, the unit feed's, another scope's and stale cursors, updatedSince in the future, a page over the cap (400 problem+json, never an empty page); staff below the district 403")
    void badInput() throws Exception {
        exemplar(tree.village1a, "一篇", true);
        String token = tree.cityToken();
        String[] cursor = {null};
        pullAll(token, cursor);
        String good = cursor[0];
        for (String bad : List.of("abc", "not.base64!", good.substring(0, good.length() - 2) + "AA")) {
            Api.as(token).queryParam("cursor", bad).get(FEED).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        }
        String unitCursor = Api.as(token).get("/api/v1/city/unit-changes").then().statusCode(200).extract().jsonPath().getString("nextCursor");
        Api.as(token).queryParam("cursor", unitCursor).get(FEED).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        Api.as(token).queryParam("cursor", good).get("/api/v1/city/unit-changes").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        TestTree other = TestTree.build();
        Api.as(other.cityToken()).queryParam("cursor", good).get(FEED).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        Api.as(token).queryParam("updatedSince", Instant.now().plusSeconds(3600).toString()).get(FEED)
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        Api.as(token).queryParam("limit", 1001).get(FEED).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Api.as(token).queryParam("updatedsince", "2026-01-01T00:00:00Z").get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("updatedsince"));
        Api.as(tree.township1Token()).get(FEED).then().statusCode(403);
        Api.as(tree.adminToken()).get(FEED).then().statusCode(200);

        // Stale: the changes after the cursor were pruned.
        exemplar(tree.village1b, "又一篇", true);
        Arc.container().instance(ExemplarChangeFeed.class).get().prune(Instant.now().plusSeconds(1));
        Api.as(token).queryParam("cursor", good).get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor")).body("errors[0].message", containsString("180"));
        assertEquals(2, pullAll(token, new String[] {null}).size());
    }
}
