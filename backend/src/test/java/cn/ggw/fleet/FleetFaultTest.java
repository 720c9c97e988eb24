package cn.ggw.fleet;

import cn.ggw.testsupport.CensusFiles;
import cn.ggw.testsupport.CensusFiles.Unit;
import cn.ggw.testsupport.KeycloakTokens;
import cn.ggw.volunteers.census.CensusFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The faults a fleet must survive (issue 16), against real processes: replicas A and B of the
 * packaged backend behind the local load balancer, on one PostgreSQL run by "operations" and the
 * test Keycloak. One fleet for the whole class; the scenarios run in order, Keycloak's stop last.
 * Run by {@code ./ggw test} (step "fleet") or {@code ./ggw test-fleet}; left out of {@code ./mvnw verify}.
 */
@Tag("fleet")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetFaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Printed, so that a failing run's census files can be made again. */
    private static final long SEED = System.nanoTime() % 100_000;

    static Fleet fleet;
    static long district;
    static long township;
    static String townshipPath;
    static String townshipName;
    static List<Unit> villages = new ArrayList<>();

    @BeforeAll
    static void startFleet() {
        System.out.println("FleetFaultTest: census seed " + SEED);
        fleet = Fleet.start();
        String leader = token("district.leader");
        district = as(fleet.replica("A"), leader).queryParam("q", "220802").get("/api/v1/org-units").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '220802' }.id");
        townshipName = "舰队镇" + SEED;
        township = create(fleet.replica("A"), leader, district, "F" + SEED, townshipName, "TOWNSHIP");
        for (String v : List.of("甲", "乙", "丙")) {
            create(fleet.replica("A"), leader, township, "F" + SEED + v.hashCode() % 1000, v + "村", "VILLAGE");
            villages.add(new Unit(townshipName, v + "村"));
        }
        townshipPath = sqlString("select org_path from org_unit where id = " + township);
    }

    @AfterAll
    static void stopFleet() {
        if (fleet != null) {
            fleet.close();
        }
    }

    // ---- 1. the load balancer -------------------------------------------------------------------

    @Test
    @Order(1)
    @DisplayName("the load balancer of ./ggw run --replicas 2 serves the SPA and the API to the demo accounts, from both replicas")
    void loadBalancer() {
        RestAssured.given().baseUri(fleet.lbUrl()).get("/").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("id=\"root\""));
        RestAssured.given().baseUri(fleet.lbUrl()).get("/volunteers").then().statusCode(200).contentType(containsString("text/html"));
        String leader = token("district.leader");
        double a = meRequests(fleet.replica("A"));
        double b = meRequests(fleet.replica("B"));
        for (int i = 0; i < 10; i++) {
            RestAssured.given().baseUri(fleet.lbUrl()).auth().oauth2(leader).get("/api/v1/me").then().statusCode(200)
                    .header(RequestIds.HEADER, notNullValue())
                    .body("unit.code", equalTo("220802"))
                    .body("roles", hasItem("district-admin"));
        }
        assertTrue(meRequests(fleet.replica("A")) > a, "replica A served some of the requests");
        assertTrue(meRequests(fleet.replica("B")) > b, "replica B served some of the requests");
    }

    // ---- 2. a tree change made through A, seen by B -----------------------------------------------

    @Test
    @Order(2)
    @DisplayName("a unit moved and renamed through replica A is what replica B answers within one second (B had it cached)")
    void treeChangeSeenByTheOtherReplica() {
        Fleet.Replica a = fleet.replica("A");
        Fleet.Replica b = fleet.replica("B");
        String leader = token("district.leader");
        String clerk = token("village.staff"); // org_unit 220802100201, the first village of 平台镇
        long village = as(a, leader).queryParam("q", "220802100201").get("/api/v1/org-units").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '220802100201' }.id");
        long pingan = as(a, leader).queryParam("q", "220802101").get("/api/v1/org-units").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '220802101' }.id");
        // B has the clerk's unit in its cache, with its path under 平台镇.
        for (int i = 0; i < 3; i++) {
            as(b, clerk).get("/api/v1/org-units/{id}", village).then().statusCode(200).body("code", equalTo("220802100201"));
        }
        as(b, leader).get("/api/v1/org-units/{id}", village).then().statusCode(200).body("breadcrumbs.name", hasItem("平台镇"));
        String name = as(b, clerk).get("/api/v1/me").then().statusCode(200).extract().path("unit.name");

        JsonPath unit = as(a, leader).get("/api/v1/org-units/{id}", village).then().statusCode(200).extract().jsonPath();
        long version = as(a, leader).body(Map.of("newParentId", pingan, "version", unit.getLong("version")))
                .post("/api/v1/org-units/{id}/move", village).then().statusCode(200).extract().jsonPath().getLong("version");
        as(a, leader).body(Map.of("code", "220802100201", "name", name + "（迁）", "sortOrder", unit.getInt("sortOrder"), "version", version))
                .put("/api/v1/org-units/{id}", village).then().statusCode(200);
        long changed = System.nanoTime();

        // Without the notification B would keep the old path for a minute: the clerk's own village would be "not found"
        // (the scope filter would look under 平台镇), and the old name would come back.
        // One request per poll (answered from B's cache of callers' units), so that the delay measured is mostly B's.
        long seen = -1;
        while (System.nanoTime() - changed < 5_000_000_000L) {
            Response me = as(b, clerk).get("/api/v1/me");
            if (me.statusCode() == 200 && (name + "（迁）").equals(me.jsonPath().getString("unit.name"))) {
                seen = (System.nanoTime() - changed) / 1_000_000;
                break;
            }
            Fleet.sleep(10);
        }
        System.out.println("FleetFaultTest: replica B answered with the change " + seen + " ms after replica A made it");
        assertTrue(seen >= 0, "replica B never saw the change");
        assertTrue(seen < 1000, "replica B saw the change after " + seen + " ms");
        as(b, clerk).get("/api/v1/org-units/{id}", village).then().statusCode(200).body("code", equalTo("220802100201"));
        as(b, leader).get("/api/v1/org-units/{id}", village).then().statusCode(200).body("breadcrumbs.name", hasItem("平安镇"));
    }

    // ---- 3. an import started through A, polled and committed through B ---------------------------

    @Test
    @Order(3)
    @DisplayName("a census import uploaded and mapped through A is polled and committed through B; A ran the dry run, B the commit")
    void importAcrossReplicas() throws IOException {
        Fleet.Replica a = fleet.replica("A");
        Fleet.Replica b = fleet.replica("B");
        String leader = token("district.leader");
        Path file = census(300, 1, CensusFormat.CSV);
        long before = registered();

        JsonPath imp = upload(a, leader, file);
        long id = imp.getLong("id");
        as(a, leader).body(mapping(imp)).put("/api/v1/volunteer-imports/{id}/mapping", id).then().statusCode(202);
        JsonPath checked = waitWhile(b, leader, id, "VALIDATING");
        assertEquals("VALIDATED", checked.getString("status"), checked.prettify());
        assertEquals(300, checked.getInt("summary.toCreate"));

        as(b, leader).body(Map.of("mode", "ALL_OR_NOTHING", "confirmWarnings", true, "version", checked.getLong("version")))
                .post("/api/v1/volunteer-imports/{id}/commit", id).then().statusCode(202);
        JsonPath done = waitWhile(b, leader, id, "COMMITTING");
        assertEquals("COMMITTED", done.getString("status"), done.prettify());
        assertEquals(300, done.getInt("result.created"));
        as(a, leader).get("/api/v1/volunteer-imports/{id}", id).then().statusCode(200).body("status", equalTo("COMMITTED"));
        assertEquals(before + 300, registered());

        Map<String, String> ranOn = new TreeMap<>();
        query("select kind, claimed_by from job where subject = '" + id + "'", rs -> ranOn.put(rs.getString(1), rs.getString(2)));
        assertTrue(ranOn.get("census.dry-run").startsWith("A#"), "the dry run ran on " + ranOn);
        assertTrue(ranOn.get("census.commit").startsWith("B#"), "the commit ran on " + ranOn);
    }

    // ---- 4. PostgreSQL restarted under load ----------------------------------------------------------

    @Test
    @Order(4)
    @DisplayName("PostgreSQL restarted under load: 503 problem+json with Retry-After while it is down, then success, no acknowledged write lost")
    void databaseRestart() throws Exception {
        Fleet.Replica a = fleet.replica("A");
        Fleet.Replica b = fleet.replica("B");
        String leader = token("district.leader");
        Map<String, Integer> writes = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(4);
        String[] targets = {fleet.lbUrl(), a.url(), b.url(), fleet.lbUrl()};
        for (int t = 0; t < 4; t++) {
            String target = targets[t];
            boolean writer = t % 2 == 1;
            load.submit(() -> {
                while (running.get()) {
                    Response r;
                    String code = null;
                    try {
                        if (writer) {
                            code = "W" + SEED + "-" + sequence.incrementAndGet();
                            r = spec(target, leader).body(Map.of("parentId", township, "code", code, "name", "写入" + code, "kind", "VILLAGE"))
                                    .post("/api/v1/org-units");
                        } else {
                            r = spec(target, leader).get("/api/v1/org-units/{id}", township);
                        }
                    } catch (RuntimeException e) {
                        wrong.add(target + " " + e.getClass().getSimpleName());
                        continue;
                    }
                    if (code != null) {
                        writes.put(code, r.statusCode());
                    }
                    if (r.statusCode() == 200 || r.statusCode() == 201) {
                        ok.incrementAndGet();
                    } else if (r.statusCode() == 503) {
                        unavailable.incrementAndGet();
                        if (!r.contentType().startsWith("application/problem+json") || r.header("Retry-After") == null) {
                            wrong.add(target + " 503 without problem+json or Retry-After: " + r.contentType());
                        }
                    } else {
                        wrong.add(target + " " + r.statusCode() + " " + r.asString());
                    }
                    Fleet.sleep(20);
                }
            });
        }
        Fleet.sleep(2000);
        int okBefore = ok.get();
        fleet.postgres.stop();
        try {
            Fleet.sleep(3000);
            // While it is down: readiness fails, liveness does not; every answer is a 503 problem with Retry-After.
            for (Fleet.Replica r : List.of(a, b)) {
                RestAssured.given().baseUri(r.url()).get("/q/health/ready").then().statusCode(503);
                RestAssured.given().baseUri(r.url()).get("/q/health/live").then().statusCode(200);
            }
            spec(b.url(), leader).header(RequestIds.HEADER, "fleet-db-down-" + SEED).get("/api/v1/org-units/{id}", township)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("urn:ggw:problem:database-unavailable"))
                    .body("instance", equalTo("urn:ggw:request:fleet-db-down-" + SEED))
                    .body("detail", containsString("数据库暂时无法连接"));
            RestAssured.given().baseUri(fleet.lbUrl()).auth().oauth2(leader).get("/api/v1/me").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", notNullValue());
        } finally {
            fleet.postgres.start();
        }
        long back = System.nanoTime();
        for (Fleet.Replica r : List.of(a, b)) {
            while (spec(r.url(), leader).get("/api/v1/org-units/{id}", township).statusCode() != 200) {
                assertTrue(System.nanoTime() - back < 60_000_000_000L, "replica " + r.name + " did not recover");
                Fleet.sleep(200);
            }
        }
        int okAfterRecovery = ok.get();
        Fleet.sleep(2000);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
        System.out.printf("FleetFaultTest: %d answers before the stop, %d 503s while down, %d successes after; %d writes%n",
                okBefore, unavailable.get(), ok.get() - okAfterRecovery, writes.size());

        assertEquals(List.of(), List.copyOf(wrong), "only 2xx and 503 problem answers");
        assertTrue(unavailable.get() > 0, "the load met the outage");
        assertTrue(ok.get() > okAfterRecovery, "requests succeed again afterwards");
        Set<String> stored = new java.util.HashSet<>();
        query("select code from org_unit where code like 'W" + SEED + "-%'", rs -> stored.add(rs.getString(1)));
        for (Map.Entry<String, Integer> w : writes.entrySet()) {
            if (w.getValue() == 201) {
                assertTrue(stored.contains(w.getKey()), "acknowledged write " + w.getKey() + " was lost");
            }
        }
        // The JSON log of B has the 503's line, with the request id the problem named.
        JsonNode line = null;
        for (String text : b.logText().split("\n")) {
            if (text.startsWith("{") && text.contains("fleet-db-down-" + SEED)) {
                line = JSON.readTree(text);
                break;
            }
        }
        assertNotEquals(null, line, "replica B logged the failed request with its id");
        assertEquals("fleet-db-down-" + SEED, line.path("mdc").path("requestId").asText(), line.toString());
        assertEquals("WARN", line.path("level").asText(), line.toString());
    }

    // ---- 5. A killed during an import commit -------------------------------------------------------

    @Test
    @Order(5)
    @DisplayName("replica A killed during an import commit: the register is exactly as before or as after, B says which, and B finishes it")
    void replicaKilledDuringCommit() throws IOException {
        Fleet.Replica a = fleet.replica("A");
        Fleet.Replica b = fleet.replica("B");
        String leader = token("district.leader");
        int rows = 20_000;
        Path file = census(rows, 2, CensusFormat.CSV);
        JsonPath imp = upload(a, leader, file);
        long id = imp.getLong("id");
        as(a, leader).body(mapping(imp)).put("/api/v1/volunteer-imports/{id}/mapping", id).then().statusCode(202);
        JsonPath checked = waitWhile(b, leader, id, "VALIDATING");
        assertEquals(rows, checked.getInt("summary.toCreate"), checked.prettify());
        long before = registered();

        as(a, leader).body(Map.of("mode", "ALL_OR_NOTHING", "confirmWarnings", true, "version", checked.getLong("version")))
                .post("/api/v1/volunteer-imports/{id}/commit", id).then().statusCode(202);
        // Kill A as soon as B shows the commit under way on A.
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonPath seen = as(b, leader).get("/api/v1/volunteer-imports/{id}", id).then().statusCode(200).extract().jsonPath();
            String holder = sqlString("select claimed_by from job where kind = 'census.commit' and subject = '" + id + "' and status = 'RUNNING'");
            if ("COMMITTED".equals(seen.getString("status"))
                    || (holder != null && holder.startsWith("A#") && seen.getInt("progress.processedRows") > 0)) {
                break;
            }
            assertTrue(System.nanoTime() < deadline, "the commit never got under way on A: " + seen.prettify());
            Fleet.sleep(20);
        }
        a.kill();
        long atKill = registered();
        String statusAtKill = as(b, leader).get("/api/v1/volunteer-imports/{id}", id).then().statusCode(200).extract().path("status");
        System.out.printf("FleetFaultTest: A killed with the import %s; register %d before, %d at the kill%n", statusAtKill, before, atKill);
        if ("COMMITTED".equals(statusAtKill)) {
            assertEquals(before + rows, atKill, "committed: exactly as after");
        } else {
            assertEquals("COMMITTING", statusAtKill);
            assertEquals(before, atKill, "not committed: exactly as before, nothing half-written");
        }
        // B takes the job over once A's heartbeat is stale, and commits it once.
        JsonPath done = waitWhile(b, leader, id, "COMMITTING");
        assertEquals("COMMITTED", done.getString("status"), done.prettify());
        assertEquals(rows, done.getInt("result.created"));
        assertEquals(before + rows, registered(), "exactly as after");
        assertEquals(1L, sqlLong("select count(*) from audit_event where entity_type = 'VolunteerImport' and entity_id = '" + id
                + "' and action = 'COMMIT'"), "one commit recorded");
        if (!"COMMITTED".equals(statusAtKill)) {
            assertTrue(sqlString("select claimed_by from job where kind = 'census.commit' and subject = '" + id + "'").startsWith("B#"));
            assertEquals(2L, sqlLong("select attempts from job where kind = 'census.commit' and subject = '" + id + "'"));
        }
        a.start();
        a.awaitReady();
    }

    // ---- 6. backup and restore ---------------------------------------------------------------------

    @Test
    @Order(6)
    @DisplayName("a pg_dump restored into a fresh database holds every record of every table, and a replica serves from it")
    void backupAndRestore() throws Exception {
        Path dump = fleet.state.resolve("ggw.dump");
        // The procedure of README "Backup and restore", as the operator runs it; the replicas keep running, and their
        // timers may write (figures folded, jobs pruned) while it runs. So the original is read in the snapshot the
        // dump was taken in (pg_dump --snapshot), not afterwards: a later write is not a record the dump lost.
        Map<String, String> original;
        try (Connection c = fleet.postgres.connect("ggw", "postgres"); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (ResultSet rs = st.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            Process dumping = fleet.postgres.client("pg_dump", "--username=ggw", "--format=custom", "--no-owner",
                    "--snapshot=" + snapshot, "--file=" + dump, "ggw");
            Fleet.waitFor(dumping, 300, "pg_dump");
            original = fingerprints(c);
            c.rollback();
        }
        fleet.postgres.superuser("create database ggw_restored owner ggw encoding 'UTF8' template template0");
        Process restoring = fleet.postgres.client("pg_restore", "--username=ggw", "--no-owner", "--role=ggw", "--exit-on-error",
                "--dbname=ggw_restored", dump.toString());
        Fleet.waitFor(restoring, 300, "pg_restore");

        Map<String, String> restored = fingerprints("ggw_restored");
        assertTrue(original.size() > 20, "tables: " + original.keySet());
        assertTrue(original.containsKey("volunteer") && original.containsKey("job"), original.keySet().toString());
        assertEquals(original, restored, "every table, row for row");

        Fleet.Replica c = fleet.replica("C");
        c.start();
        try {
            c.awaitReady();
            String leader = token("district.leader");
            long onRegister = as(fleet.replica("B"), leader).get("/api/v1/volunteer-counts").then().statusCode(200)
                    .extract().jsonPath().getLong("onRegister");
            as(c, leader).get("/api/v1/volunteer-counts").then().statusCode(200).body("onRegister", equalTo((int) onRegister));
            as(c, leader).get("/api/v1/org-units/{id}", township).then().statusCode(200).body("name", equalTo(townshipName));
            // The sequences came along: new rows do not collide with restored ones.
            create(c, leader, township, "R" + SEED, "恢复村", "VILLAGE");
        } finally {
            c.kill();
        }
    }

    // ---- 7. Keycloak stopped -----------------------------------------------------------------------

    @Test
    @Order(7)
    @DisplayName("Keycloak stopped: tokens already issued keep working on both replicas, new sign-ins fail, account changes say why")
    void keycloakStopped() throws Exception {
        String leader = token("district.leader");
        String clerk = token("township.staff");
        fleet.stopKeycloak();

        for (Fleet.Replica r : List.of(fleet.replica("A"), fleet.replica("B"))) {
            as(r, leader).get("/api/v1/me").then().statusCode(200).body("unit.code", equalTo("220802"));
            as(r, clerk).get("/api/v1/volunteer-counts").then().statusCode(200);
            RestAssured.given().baseUri(r.url()).get("/q/health/ready").then().statusCode(200);
            RestAssured.given().baseUri(r.url()).get("/q/health").then().statusCode(503)
                    .body("checks.find { it.name == 'Keycloak' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
        }
        RestAssured.given().baseUri(fleet.lbUrl()).auth().oauth2(leader).get("/api/v1/me").then().statusCode(200);
        // A new sign-in cannot happen: Keycloak itself is gone (the SPA says so, see auth.test.tsx).
        try {
            KeycloakTokens.passwordGrantStatus("district.leader", KeycloakTokens.DEMO_PASSWORD);
            fail("Keycloak still answered");
        } catch (Exception expected) {
            // connection refused (REST Assured rethrows the ConnectException as it is)
        }
        // What needs Keycloak now says so plainly, and that nothing changed.
        as(fleet.replica("A"), leader)
                .body(Map.of("username", "fleet." + SEED, "displayName", "舰队测试", "role", "township-staff",
                        "unitId", township, "temporaryPassword", "Fleet@2026-x"))
                .post("/api/v1/accounts").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", equalTo("统一身份认证服务（Keycloak）暂时无法连接，请稍后再试。"));
        assertEquals(0L, sqlLong("select count(*) from staff_account where username = 'fleet." + SEED + "'"));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    static String token(String user) {
        return KeycloakTokens.password(user);
    }

    static RequestSpecification spec(String baseUri, String token) {
        return RestAssured.given().baseUri(baseUri).auth().oauth2(token).contentType(ContentType.JSON)
                .accept("application/json, application/problem+json").header("Accept-Language", "zh-CN");
    }

    static RequestSpecification as(Fleet.Replica replica, String token) {
        return spec(replica.url(), token);
    }

    static long create(Fleet.Replica replica, String token, long parent, String code, String name, String kind) {
        return as(replica, token).body(Map.of("parentId", parent, "code", code, "name", name, "kind", kind))
                .post("/api/v1/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static double meRequests(Fleet.Replica replica) {
        String metrics = RestAssured.given().baseUri(replica.url()).get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/v1/me\"") && line.contains("status=\"200\"")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static Path census(int rows, int seedOffset, CensusFormat format) throws IOException {
        Path dir = fleet.state.resolve("census");
        Files.createDirectories(dir);
        return CensusFiles.census().rows(rows).badShare(0).format(format).seed(SEED * 10 + seedOffset).units(villages)
                .write(dir.resolve("census-" + seedOffset + "." + format.name().toLowerCase())).file();
    }

    private static JsonPath upload(Fleet.Replica replica, String token, Path file) {
        return RestAssured.given().baseUri(replica.url()).auth().oauth2(token).header("Accept-Language", "zh-CN")
                .contentType(ContentType.MULTIPART).multiPart("file", file.toFile(), "application/octet-stream")
                .post("/api/v1/volunteer-imports").then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> mapping(JsonPath imp) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (Map<String, Object> c : imp.<Map<String, Object>>getList("columns")) {
            if (c.get("suggested") != null) {
                columns.add(Map.of("index", c.get("index"), "field", c.get("suggested")));
            }
        }
        Map<String, Object> body = new HashMap<>();
        body.put("columns", columns);
        body.put("version", imp.getLong("version"));
        return body;
    }

    private static JsonPath waitWhile(Fleet.Replica replica, String token, long id, String status) {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (true) {
            JsonPath imp = as(replica, token).get("/api/v1/volunteer-imports/{id}", id).then().statusCode(200).extract().jsonPath();
            if (!status.equals(imp.getString("status"))) {
                return imp;
            }
            assertTrue(System.nanoTime() < deadline, "import " + id + " still " + status);
            Fleet.sleep(100);
        }
    }

    /** People registered in the test township (straight from the database: what is, not what a replica says). */
    private static long registered() {
        return sqlLong("select count(*) from volunteer where org_path like '" + townshipPath + ".%'");
    }

    /** Every table of a database: its row count and a digest of its rows (order-independent). */
    private static Map<String, String> fingerprints(String database) throws SQLException {
        try (Connection c = fleet.postgres.connect(database, "postgres")) {
            return fingerprints(c);
        }
    }

    /** Row count and a digest of the rows of every table, read through the connection (and its snapshot, if any). */
    private static Map<String, String> fingerprints(Connection c) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')"
                        + " from \"" + table + "\" t")) {
                    rs.next();
                    out.put(table, rs.getLong(1) + " " + rs.getString(2));
                }
            }
        }
        return out;
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, RowHandler handler) {
        try (Connection c = fleet.postgres.connect("ggw", "ggw"); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                handler.row(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sqlLong(String sql) {
        long[] out = {0};
        query(sql, rs -> out[0] = rs.getLong(1));
        return out[0];
    }

    private static String sqlString(String sql) {
        String[] out = {null};
        query(sql, rs -> out[0] = rs.getString(1));
        return out[0];
    }
}
