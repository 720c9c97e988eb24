package cn.ggw.committees;

import cn.ggw.demo.DemoCommittees;
import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.SyntheticDistrict;
import cn.ggw.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Province scale (issue 4, Numbers): 1 province, 60 districts, 1,000 townships, 10,000 villages,
 * every team staffed since 2009, a quarter of the seats with an earlier holder, one seat in twenty
 * vacant today — then the latency of the coverage and vacancy reads, one client, through HTTP; and how long the demo's
 * team histories take to generate (what {@code ./ggw run} adds to a first start; DemoCommitteesTest checks their figures).
 * A benchmark, not a test (tag "bench", left out of {@code ./mvnw verify}; it loads ~80,000 rows): run it with {@code ./ggw bench committees}; the numbers are printed and
 * recorded by hand in bench/results/committees-*.md.
 */
@QuarkusTest
@Tag("bench")
class CommitteeScaleTest {

    private static final int RUNS = 60;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoCommittees demo;

    @Test
    @DisplayName("province scale: district coverage and a township's vacancy list answer with p95 under 100 ms")
    void provinceScale() throws SQLException {
        String code = "CB" + System.nanoTime() % 100_000;
        long started = System.nanoTime();
        long[] ids = load(code);
        System.out.printf("scale data loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        String token = Tokens.of(Roles.DISTRICT_ADMIN, code);
        long province = ids[0], district = ids[1], township = ids[2];
        List<String> lines = new ArrayList<>();
        lines.add(measure(token, "baseline: the caller's settings (one tiny query)", "/api/v1/committee-settings"));
        if (Boolean.getBoolean("ggw.bench.explain")) {
            explain(province, township);
        }
        lines.add(measure(token, "coverage of a district (≈17 townships, ≈187 teams)", "/api/v1/committee-coverage?unitId=" + district));
        lines.add(measure(token, "vacancies of a township (11 teams)", "/api/v1/vacancies?unitId=" + township));
        lines.add(measure(token, "vacancies of a district, first page of 50", "/api/v1/vacancies?unitId=" + district));
        lines.add(measure(token, "coverage of the province (11,061 teams)", "/api/v1/committee-coverage?unitId=" + province));
        lines.add(measure(token, "figures of a district since 2009", "/api/v1/committee-figures?from=2009-01-01&unitId=" + district));
        lines.add(demoLoad(code));
        lines.forEach(System.out::println);
        assertTrue(p95(token, "/api/v1/committee-coverage?unitId=" + district) < 100);
        assertTrue(p95(token, "/api/v1/vacancies?unitId=" + township) < 100);
    }

    /** The demo's team histories (66 teams, since 2009) generated into a district shaped like the demo's, five times. */
    private String demoLoad(String code) throws SQLException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long run = System.nanoTime() % 1_000_000_000L;
            String rootPath;
            try (SyntheticDistrict d = SyntheticDistrict.open(dataSource, "演示", 'D', run)) {
                rootPath = d.district(code + "DM" + i, new int[] {22, 20, 20}, 14).path();
            }
            long t = System.nanoTime();
            int teams = demo.loadInto(rootPath);
            times.add((System.nanoTime() - t) / 1e6);
            assertTrue(teams == 66, "demo teams written: " + teams);
        }
        Collections.sort(times);
        return String.format("| demo team histories (66 teams since 2009), generated 5 times | DemoCommittees.loadInto | median %.0f ms | max %.0f ms |",
                times.get(2), times.get(4));
    }

    private static String measure(String token, String what, String url) {
        List<Double> times = times(token, url);
        return String.format("| %s | %s | p50 %.1f ms | p95 %.1f ms | max %.1f ms |", what, url.replaceAll("=\\d+", "=…"),
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
    }

    private static double p95(String token, String url) {
        List<Double> times = times(token, url);
        return times.get((int) Math.ceil(times.size() * 0.95) - 1);
    }

    /** Timed with the JDK's HTTP client: REST Assured's own overhead (and the contract check) would dominate. */
    private static List<Double> times(String token, String url) {
        Api.as(token).get(url).then().statusCode(200);
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS + 10; i++) {
            long t = System.nanoTime();
            try {
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new AssertionError(url + " answered " + response.statusCode());
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (i >= 10) {
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(times);
        return times;
    }

    /** The tree, people and team histories, in set-based SQL; returns the province, one district and one township. */
    private long[] load(String code) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long base = single(s, "select coalesce(max(id), 0) from org_unit");
            exec(c, "insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_at, created_by, updated_by)"
                    + " values (?, ?, '测试省', 'PROVINCE', null, ?::text, 0, 10, timestamptz '2008-01-01', 'bench', 'bench')", base + 1, code, base + 1);
            exec(c, "insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_at, created_by, updated_by)"
                    + " select ? + 1 + d, ? || '-D' || d, '区' || d, 'DISTRICT', ? + 1, (? + 1) || '.' || (? + 1 + d), 1, d * 10,"
                    + " timestamptz '2008-01-01', 'bench', 'bench' from generate_series(1, 60) d", base, code, base, base, base);
            exec(c, "insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_at, created_by, updated_by)"
                    + " select ? + 61 + t, ? || '-T' || t, '镇' || t, 'TOWNSHIP', ? + 1 + dd, (? + 1) || '.' || (? + 1 + dd) || '.' || (? + 61 + t), 2,"
                    + " t * 10, timestamptz '2008-01-01', 'bench', 'bench'"
                    + " from generate_series(1, 1000) t, lateral (select ((t - 1) * 60 / 1000) + 1 as dd) x", base, code, base, base, base, base);
            exec(c, "insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_at, created_by, updated_by)"
                    + " select ? + 1061 + (tw.id - (? + 62)) * 10 + k, tw.code || '-V' || k, '村' || k, 'VILLAGE', tw.id,"
                    + " tw.org_path || '.' || (? + 1061 + (tw.id - (? + 62)) * 10 + k), 3, k * 10, timestamptz '2008-01-01', 'bench', 'bench'"
                    + " from org_unit tw, generate_series(1, 10) k where tw.kind = 'TOWNSHIP' and tw.code like ? || '-T%'",
                    base, base, base, base, code);
            s.execute("select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))");
            String prefix = String.valueOf(base + 1);
            exec(c, "insert into committee (org_unit_id, org_path, formed_on, term_start, next_election_due, created_by, updated_by)"
                    + " select id, org_path, date '2009-03-01', date '2024-03-01', case when id % 50 = 0 then date '2025-03-01' else date '2029-03-01' end,"
                    + " 'bench', 'bench' from org_unit where org_path = ? or org_path like ? || '.%'", prefix, prefix);
            // One row per required seat; a quarter of them had an earlier holder until 2015.
            s.execute("drop table if exists bench_seat");
            exec(c, "create temp table bench_seat as select row_number() over (order by u.id, t.role, k) as n, u.id as unit, u.org_path as path,"
                    + " t.role, c.id as team from org_unit u join seat_template t on t.unit_kind = u.kind join committee c on c.org_unit_id = u.id,"
                    + " generate_series(1, t.min_count) k where u.org_path like ? || '.%'", prefix);
            long seats = single(s, "select count(*) from bench_seat");
            long vbase = single(s, "select coalesce(max(id), 0) from volunteer");
            String idPrefix = String.format("B%05d", Long.parseLong(code.substring(2)));
            exec(c, "insert into volunteer (id, org_unit_id, org_path, name, id_number, gender, birth_date, status, created_by, updated_by)"
                    + " select ? + n, unit, path, '某' || n, ? || lpad(n::text, 12, '0'), 'MALE', date '1956-05-01', 'ACTIVE', 'bench', 'bench'"
                    + " from bench_seat union all"
                    + " select ? + ? + n, unit, path, '前' || n, ? || lpad((? + n)::text, 12, '0'), 'MALE', date '1950-05-01', 'ACTIVE', 'bench', 'bench'"
                    + " from bench_seat where n % 4 = 0", vbase, idPrefix, vbase, seats, idPrefix, seats);
            s.execute("select setval(pg_get_serial_sequence('volunteer', 'id'), (select max(id) from volunteer))");
            exec(c, "insert into appointment (committee_id, org_unit_id, org_path, role, volunteer_id, volunteer_name, kind, started_on, ended_on,"
                    + " end_reason, created_by) select team, unit, path, role, ? + ? + n, '前' || n, 'ELECTION', date '2009-03-01', date '2015-06-01',"
                    + " 'AGE', 'bench' from bench_seat where n % 4 = 0", vbase, seats);
            exec(c, "insert into appointment (committee_id, org_unit_id, org_path, role, volunteer_id, volunteer_name, kind, started_on, ended_on,"
                    + " end_reason, created_by) select team, unit, path, role, ? + n, '某' || n,"
                    + " case when n % 4 = 0 then 'FILL' else 'ELECTION' end, case when n % 4 = 0 then date '2015-06-20' else date '2009-03-01' end,"
                    + " case when n % 20 = 0 then current_date - (n % 400)::int end, case when n % 20 = 0 then 'AGE' end, 'bench'"
                    + " from bench_seat", vbase);
            s.execute("analyze org_unit; analyze appointment; analyze committee; analyze volunteer");
            long district = single(s, "select id from org_unit where code = '" + code + "-D1'");
            long township = single(s, "select id from org_unit where code = '" + code + "-T1'");
            return new long[] {base + 1, district, township};
        }
    }

    private void explain(long province, long township) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String path;
            try (ResultSet rs = s.executeQuery("select org_path from org_unit where id = " + township)) {
                rs.next();
                path = rs.getString(1);
            }
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("explain analyze select a.org_unit_id, a.role, count(*) from appointment a"
                    + " where (a.org_path = ? or a.org_path like ? || '.%') and (a.org_path = ? or a.org_path like ? || '.%')"
                    + " and a.ended_on is null and a.started_on <= current_date group by 1, 2")) {
                for (int run = 0; run < 7; run++) {
                    p.setString(1, String.valueOf(province));
                    p.setString(2, String.valueOf(province));
                    p.setString(3, path);
                    p.setString(4, path);
                    try (ResultSet rs = p.executeQuery()) {
                        if (run == 6) {
                            while (rs.next()) {
                                System.out.println("PLAN " + rs.getString(1));
                            }
                        }
                    }
                }
            }
            c.rollback();
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            p.execute();
        }
    }
}
