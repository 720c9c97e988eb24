package cn.ggw.cityapi;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.SyntheticDistrict;
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
import java.sql.SQLException;
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
        int[] villages = new int[21];
        java.util.Arrays.fill(villages, 7);
        try (SyntheticDistrict d = SyntheticDistrict.open(dataSource, "测速", 'L', run)) {
            d.district(code, villages, 10);
        }
        return 1 + villages.length + java.util.Arrays.stream(villages).sum();
    }
}
