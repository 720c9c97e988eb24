package cn.ggw.fleet;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** What operations see of one replica: metrics, health, request ids; and its cache hearing the database. */
@QuarkusTest
class FleetEndpointsTest {

    @Inject
    AgroalDataSource dataSource;

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    @Test
    @DisplayName("/q/metrics has a latency histogram per route template (relative to /api) and status code")
    void routeHistograms() {
        Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village1a).then().statusCode(200);
        Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", Long.MAX_VALUE).then().statusCode(404);
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertLine(metrics, "http_server_requests_seconds_bucket{", "uri=\"/v1/org-units/{id}\"", "status=\"200\"", "le=\"0.025\"");
        assertLine(metrics, "http_server_requests_seconds_count{", "uri=\"/v1/org-units/{id}\"", "status=\"404\"");
    }

    @Test
    @DisplayName("/q/metrics has the connection pool, the JVM and the job queue")
    void poolJvmJobs() {
        RestAssured.get("/q/metrics").then().statusCode(200)
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(containsString("agroal_awaiting_count{datasource=\"default\"}"))
                .body(containsString("jvm_memory_used_bytes{"))
                .body(containsString("jvm_gc_pause_seconds"))
                .body(containsString("ggw_jobs_running "))
                .body(containsString("ggw_jobs_queued "));
    }

    @Test
    @DisplayName("readiness checks the database; liveness depends on nothing outside; Keycloak is reported on its own")
    void health() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem("Keycloak")));
        RestAssured.get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("Database connections health check")));
        RestAssured.get("/q/health").then().statusCode(200)
                .body("checks.name", hasItems("Database connections health check", "Keycloak"))
                .body("checks.find { it.name == 'Keycloak' }.status", equalTo("UP"));
    }

    @Test
    @DisplayName("a request id sent by the load balancer is echoed and names the problem's instance")
    void requestIdGiven() {
        Api.as(tree.adminToken()).header(RequestIds.HEADER, "lb-7f3a.1").get("/api/v1/org-units/{id}", Long.MAX_VALUE)
                .then().statusCode(404)
                .header(RequestIds.HEADER, "lb-7f3a.1")
                .body("instance", equalTo("urn:ggw:request:lb-7f3a.1"));
    }

    @Test
    @DisplayName("without a usable request id the replica makes one up; the header and the instance agree")
    void requestIdMade() {
        for (String given : new String[] {null, "has spaces", "x".repeat(101), "<script>"}) {
            var request = Api.as(tree.adminToken());
            if (given != null) {
                request.header(RequestIds.HEADER, given);
            }
            var response = request.get("/api/v1/org-units/{id}", Long.MAX_VALUE).then().statusCode(404)
                    .header(RequestIds.HEADER, matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
                    .extract();
            assertEquals("urn:ggw:request:" + response.header(RequestIds.HEADER), response.path("instance"));
        }
        RestAssured.get("/api/v1/client-config").then().statusCode(200).header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    @DisplayName("a unit renamed in plain SQL (no replica involved) is seen by the caller-unit cache without waiting for its expiry")
    void cacheHearsTheDatabase() {
        String token = tree.village1aToken();
        Api.as(token).get("/api/v1/me").then().statusCode(200).body("unit.name", equalTo("甲村"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("update org_unit set name = '甲村（改）' where id = ?")) {
            st.setLong(1, tree.village1a);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + 10_000_000_000L; // the cache would hold the old name for 60 s
        while (!"甲村（改）".equals(Api.as(token).get("/api/v1/me").then().statusCode(200).extract().path("unit.name"))) {
            if (System.nanoTime() > deadline) {
                fail("the cached unit kept its old name");
            }
            sleep(50);
        }
    }

    private static void assertLine(String metrics, String... parts) {
        for (String line : metrics.split("\n")) {
            boolean all = true;
            for (String part : parts) {
                all &= line.contains(part);
            }
            if (all) {
                return;
            }
        }
        String prefix = parts[0].replaceAll("_(bucket|count)\\{$", "");
        fail("no metrics line with all of " + String.join(" ", parts) + "; lines of " + prefix + ":\n"
                + String.join("\n", metrics.lines().filter(l -> l.startsWith(prefix)).limit(40).toList()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
