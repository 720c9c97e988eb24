package cn.ggw.cityapi;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.SqlLog;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unchanged poll answers 304 from the data version, without computing its body (VersionStamps, V17). */
@QuarkusTest
class CityApiVersionStampTest {

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    /** Statements that read what figures are made of (the figure queries, the tree walk, the feeds). */
    static List<String> dataQueries(List<String> sql) {
        return sql.stream().filter(s -> s.contains("volunteer") || s.contains("org_unit") || s.contains("exemplar")
                || s.contains("committee") || s.contains("training")).toList();
    }

    @Test
    @DisplayName("Unchanged: 304 running no figure or tree query; a figure changed through the API: the old ETag gets 200 and a new ETag")
    void notModifiedWithoutTheBody() {
        String token = tree.cityToken();
        TestPeople.register(tree.adminToken(), tree.village1a, "甲一");
        for (String path : List.of("/api/v1/city/figures?downTo=VILLAGE", "/api/v1/figures?depth=2", "/api/v1/org-units",
                "/api/v1/org-units/" + tree.township1 + "/descendants", "/api/v1/org-unit-codes/" + tree.code("T1"),
                "/api/v1/city/unit-changes?limit=1000", "/api/v1/city/exemplar-changes")) {
            String[] etag = new String[1];
            List<String> full = SqlLog.during(() -> etag[0] = Api.as(token).get(path).then().statusCode(200).extract().header("ETag"));
            assertTrue(!dataQueries(full).isEmpty(), path + ": the first answer computes its body");
            List<String> revalidated = SqlLog.during(() ->
                    Api.as(token).header("If-None-Match", etag[0]).get(path).then().statusCode(304).header("ETag", equalTo(etag[0])));
            // The first revalidation may still compute (the ETag is remembered when a body is computed); the next never does.
            List<String> cheap = SqlLog.during(() ->
                    Api.as(token).header("If-None-Match", etag[0]).get(path).then().statusCode(304).header("ETag", equalTo(etag[0]))
                            .header("Cache-Control", equalTo("private, no-cache")));
            assertEquals(List.of(), dataQueries(cheap), path + ": an unchanged poll runs no query of the data");
            assertTrue(revalidated.size() >= cheap.size());
        }

        String path = "/api/v1/city/figures?downTo=VILLAGE";
        String before = Api.as(token).get(path).then().statusCode(200).extract().header("ETag");
        Api.as(token).header("If-None-Match", before).get(path).then().statusCode(304);
        TestPeople.register(tree.adminToken(), tree.village1a, "甲二");
        String after = Api.as(token).header("If-None-Match", before).get(path).then().statusCode(200).extract().header("ETag");
        assertNotEquals(before, after);
        Api.as(token).header("If-None-Match", after).get(path).then().statusCode(304);
    }

    @Test
    @DisplayName("The ETag of one caller, language or query is not another's: each is remembered under its own key")
    void keyedByCallerLanguageAndQuery() {
        String path = "/api/v1/city/figures";
        String token = tree.cityToken();
        String zh = Api.as(token).get(path).then().statusCode(200).extract().header("ETag");
        Api.as(token).header("If-None-Match", zh).get(path).then().statusCode(304);
        // English labels: another body, so the Chinese ETag does not match.
        Api.as(token).header("Accept-Language", "en").header("If-None-Match", zh).get(path).then().statusCode(200);
        Api.as(token).queryParam("downTo", "TOWNSHIP").header("If-None-Match", zh).get(path).then().statusCode(200);
        // A township's staff: another scope, another body.
        Api.as(tree.township1Token()).header("If-None-Match", zh).get(path).then().statusCode(200);
    }

    @Test
    @DisplayName("A change in plain SQL (not through the API) also changes the answer: every table a synced answer reads carries the data_version trigger")
    void plainSqlAndEveryTable() throws Exception {
        String token = tree.cityToken();
        String path = "/api/v1/org-units/" + tree.village1a;
        String before = Api.as(token).get(path).then().statusCode(200).extract().header("ETag");
        Api.as(token).header("If-None-Match", before).get(path).then().statusCode(304);
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update org_unit set name = name || '新' where id = " + tree.village1a);
        }
        Api.as(token).header("If-None-Match", before).get(path).then().statusCode(200);

        List<String> unwatched = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select c.relname from pg_class c
                 where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                   and c.relname not in ('audit_event', 'job', 'flyway_schema_history', 'figure_change', 'figure_change_folded')
                   and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'data_version')
                 order by 1""")) {
            while (r.next()) {
                unwatched.add(r.getString(1));
            }
        }
        assertEquals(List.of(), unwatched, "tables without the data_version trigger: end the migration that creates them with "
                + "\"select data_version_watch_all();\" (V17), or an unchanged-looking poll could answer 304 after they change");
    }
}
