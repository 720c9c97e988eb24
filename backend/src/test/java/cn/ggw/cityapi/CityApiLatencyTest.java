package cn.ggw.cityapi;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures (and writes to target/cityapi-latency.txt, never asserts) what a city system's pull costs on a district of
 * Taobei's size: 21 townships and streets of 7 villages each (169 units), 10 people in every village. The asserts
 * are functional only: the calls answer 200, 304 and the full feed.
 */
@QuarkusTest
class CityApiLatencyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("Bulk figures down to villages, an unchanged poll (304) and a full feed read of a district-sized tree: measured")
    void measure() throws Exception {
        long run = System.nanoTime() % 1_000_000_000L;
        String code = "LAT" + run;
        int units = district(code, run);
        // A person's read-only token: the numbers are about the server, not the rate limit of one machine client.
        String token = Tokens.of(Roles.DISTRICT_VIEWER, code);
        for (int i = 0; i < 5; i++) {
            bulk(token, null);
        }
        List<Double> bulk = new ArrayList<>();
        String etag = null;
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            Response r = bulk(token, null);
            bulk.add((System.nanoTime() - t) / 1e6);
            assertEquals(200, r.statusCode());
            etag = r.header("ETag");
        }
        List<Double> notModified = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long t = System.nanoTime();
            Response r = bulk(token, etag);
            notModified.add((System.nanoTime() - t) / 1e6);
            assertEquals(304, r.statusCode());
        }
        long t = System.nanoTime();
        int read = 0;
        String cursor = null;
        boolean more = true;
        while (more) {
            var request = RestAssured.given().auth().oauth2(token).queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response r = request.get("/api/v1/city/unit-changes");
            assertEquals(200, r.statusCode());
            read += r.jsonPath().getList("items").size();
            cursor = r.jsonPath().getString("nextCursor");
            more = r.jsonPath().getBoolean("hasMore");
        }
        double feedMs = (System.nanoTime() - t) / 1e6;
        assertEquals(units, read);
        List<Double> feedPoll = new ArrayList<>();
        String feedTag = RestAssured.given().auth().oauth2(token).queryParam("cursor", cursor).get("/api/v1/city/unit-changes").header("ETag");
        for (int i = 0; i < 100; i++) {
            long s = System.nanoTime();
            Response r = RestAssured.given().auth().oauth2(token).header("If-None-Match", feedTag).queryParam("cursor", cursor)
                    .get("/api/v1/city/unit-changes");
            feedPoll.add((System.nanoTime() - s) / 1e6);
            assertEquals(304, r.statusCode());
        }
        String report = String.format("""
                        City API latency through HTTP (@QuarkusTest, embedded PostgreSQL, %d units, %d people):
                        bulk figures down to villages (200): p50 %.1f ms, p95 %.1f ms
                        bulk figures unchanged (304):         p50 %.1f ms, p95 %.1f ms
                        unit feed unchanged poll (304):       p50 %.1f ms, p95 %.1f ms
                        full feed read (%d units, limit 1000): %.1f ms
                        """, units, (units - 22) * 10, p(bulk, 50), p(bulk, 95), p(notModified, 50), p(notModified, 95),
                p(feedPoll, 50), p(feedPoll, 95), read, feedMs);
        System.out.println(report);
        Files.writeString(Path.of("target", "cityapi-latency.txt"), report);
    }

    private static Response bulk(String token, String etag) {
        var request = RestAssured.given().auth().oauth2(token).queryParam("downTo", "VILLAGE");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return request.get("/api/v1/city/figures");
    }

    private static double p(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    /** 1 district, 21 townships, 147 villages with 10 people each; returns the number of units. */
    private int district(String code, long run) throws SQLException {
        LocalDate today = LocalDate.now();
        int count = 0;
        try (Connection c = dataSource.getConnection()) {
            long root = unit(c, null, null, code, "测速区", "DISTRICT");
            count++;
            String rootPath = String.valueOf(root);
            int person = 0;
            for (int t = 0; t < 21; t++) {
                long township = unit(c, root, rootPath, code + "T" + t, "测速镇" + t, "TOWNSHIP");
                count++;
                String townshipPath = rootPath + "." + township;
                for (int v = 0; v < 7; v++) {
                    long village = unit(c, township, townshipPath, code + "T" + t + "V" + v, "测速村" + t + "-" + v, "VILLAGE");
                    count++;
                    try (PreparedStatement s = c.prepareStatement("""
                            insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, status, created_by, updated_by)
                            values (?, ?, ?, ?, 'MALE', ?, 'ACTIVE', 'test', 'test')""")) {
                        for (int p = 0; p < 10; p++) {
                            person++;
                            s.setLong(1, village);
                            s.setString(2, townshipPath + "." + village);
                            s.setString(3, "测速" + person);
                            s.setString(4, String.format("L%09d%08d", run, person));
                            s.setDate(5, Date.valueOf(today.minusYears(60).minusDays(person % 200)));
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
            }
        }
        return count;
    }

    private static long unit(Connection c, Long parent, String parentPath, String code, String name, String kind) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("select nextval(pg_get_serial_sequence('org_unit', 'id'))");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, 0, 'test', 'test')""")) {
            s.setLong(1, id);
            s.setString(2, code);
            s.setString(3, name);
            s.setString(4, kind);
            s.setObject(5, parent);
            s.setString(6, parentPath == null ? String.valueOf(id) : parentPath + "." + id);
            s.setInt(7, parentPath == null ? 0 : parentPath.split("\\.").length);
            s.executeUpdate();
        }
        return id;
    }
}
