package cn.ggw.hierarchy;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.SqlLog;
import cn.ggw.testsupport.SqlLog.Cost;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a read of the tree costs the database (issue 17), counted, not timed: statements prepared by Hibernate and
 * connections leased from the pool while the request is served. The caller's unit comes from its cache, so an
 * answered read is one statement on one connection, still limited by the scope filter.
 */
@QuarkusTest
class HierarchyReadPathTest {

    /** The scope filter's condition as Hibernate renders it (spaces removed), once per filtered alias. */
    private static final Pattern SCOPE_CONDITION = Pattern.compile("org_path<\\(\\?\\|\\|'/'\\)");

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
        settled(tree);
    }

    /**
     * Building a tree empties the cache of callers' units when its change notifications come back (asynchronously,
     * from PostgreSQL): wait until a request that reads nothing leases no connection, i.e. the caller's unit is
     * cached again, before counting.
     */
    private static void settled(TestTree tree) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (SqlLog.costOf(() -> Api.as(tree.adminToken()).get("/api/v1/org-unit-kinds").then().statusCode(200)).leases() > 0) {
            assertTrue(System.nanoTime() < deadline, "the caller's unit is never served from the cache");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Cost cost(String path, int status) {
        String token = tree.adminToken();
        Api.as(token).get(path).then().statusCode(status); // the caller's unit cached, the statement prepared once
        return SqlLog.costOf(() -> Api.as(token).get(path).then().statusCode(status));
    }

    private static int scopeConditions(String sql) {
        Matcher m = SCOPE_CONDITION.matcher(sql.replace(" ", ""));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void oneScopedStatement(Cost cost, int filteredAliases, String what) {
        assertEquals(1, cost.statements().size(), what + ": " + cost.statements());
        assertEquals(1, cost.leases(), what + ": connections leased");
        assertEquals(filteredAliases, scopeConditions(cost.statements().get(0).replace(" ", "")),
                what + ": the scope filter on every alias of " + cost.statements().get(0));
    }

    @Test
    @DisplayName("GET /org-units/{id}: the unit and its breadcrumbs in one statement over the path, unit and ancestors both scoped")
    void oneUnit() {
        String path = "/api/v1/org-units/" + tree.village1a;
        Api.as(tree.adminToken()).get(path).then().statusCode(200)
                .body("breadcrumbs.name", contains("测试区" + tree.prefix, "一号镇", "甲村"))
                .body("childCount", equalTo(0));
        oneScopedStatement(cost(path, 200), 2, path);
        oneScopedStatement(cost("/api/v1/org-unit-codes/" + tree.code("T1"), 200), 2, "by code");
    }

    @Test
    @DisplayName("children, the subtree and the search: one statement each, scoped")
    void lists() {
        String children = "/api/v1/org-units?parentId=" + tree.township1;
        Api.as(tree.adminToken()).get(children).then().statusCode(200).body("items", hasSize(2));
        oneScopedStatement(cost(children, 200), 1, children);

        String subtree = "/api/v1/org-units/" + tree.district + "/descendants";
        Api.as(tree.adminToken()).get(subtree).then().statusCode(200).body("items", hasSize(7));
        oneScopedStatement(cost(subtree, 200), 3, subtree); // the rows and the root's path, twice

        oneScopedStatement(cost("/api/v1/org-units?q=" + tree.code("V2"), 200), 1, "search");
        oneScopedStatement(cost("/api/v1/org-units", 200), 1, "own unit");
    }

    @Test
    @DisplayName("a unit outside the caller's scope: 404 from the same one statement; an empty subtree asks a second time only then")
    void outsideScope() {
        TestTree other = TestTree.build();
        settled(tree);
        oneScopedStatement(cost("/api/v1/org-units/" + other.village1a, 404), 2, "another district's village");
        Cost leaf = cost("/api/v1/org-units/" + tree.village1a + "/descendants", 200);
        assertEquals(2, leaf.statements().size(), "an empty subtree: the rows, then whether the unit is visible");
        Cost invisible = cost("/api/v1/org-units/" + other.township1 + "/descendants", 404);
        assertEquals(2, invisible.statements().size(), invisible.statements().toString());
    }

    @Test
    @DisplayName("an authenticated request that reads nothing from the tree touches no connection")
    void noDatabase() {
        Cost kinds = cost("/api/v1/org-unit-kinds", 200);
        assertEquals(List.of(), kinds.statements());
        assertEquals(0, kinds.leases());
    }
}
