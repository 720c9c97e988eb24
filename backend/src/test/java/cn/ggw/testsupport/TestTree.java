package cn.ggw.testsupport;

import cn.ggw.security.Roles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.equalTo;

/**
 * A fresh district of its own for each test, built through the API as its district admin:
 * <pre>
 *   district
 *   ├── township1 ── village1a, village1b
 *   ├── township2 ── village2a
 *   └── street1  ── community1
 * </pre>
 */
public final class TestTree {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final String prefix;
    public final long district;
    public final long township1;
    public final long township2;
    public final long street1;
    public final long village1a;
    public final long village1b;
    public final long village2a;
    public final long community1;

    private TestTree() {
        prefix = "T" + ProcessHandle.current().pid() % 1000 + "x" + SEQUENCE.incrementAndGet() + "x" + (System.nanoTime() % 100000);
        district = insertRoot(code("D"), "测试区" + prefix);
        String admin = adminToken();
        township1 = create(admin, district, code("T1"), "一号镇", "TOWNSHIP");
        township2 = create(admin, district, code("T2"), "二号镇", "TOWNSHIP");
        street1 = create(admin, district, code("S1"), "一号街道", "STREET");
        village1a = create(admin, township1, code("V1A"), "甲村", "VILLAGE");
        village1b = create(admin, township1, code("V1B"), "乙村", "VILLAGE");
        village2a = create(admin, township2, code("V2A"), "丙村", "VILLAGE");
        community1 = create(admin, street1, code("C1"), "丁社区", "COMMUNITY");
    }

    public static TestTree build() {
        return new TestTree();
    }

    public String code(String suffix) {
        return prefix + suffix;
    }

    public String adminToken() {
        return Tokens.of(Roles.DISTRICT_ADMIN, code("D"));
    }

    public String viewerToken() {
        return Tokens.of(Roles.DISTRICT_VIEWER, code("D"));
    }

    public String township1Token() {
        return Tokens.of(Roles.TOWNSHIP_STAFF, code("T1"));
    }

    public String village1aToken() {
        return Tokens.of(Roles.VILLAGE_STAFF, code("V1A"));
    }

    public String cityToken() {
        return Tokens.of(Roles.CITY_API, code("D"));
    }

    public static long create(String token, long parentId, String code, String name, String kind) {
        return Api.as(token)
                .body(Map.of("parentId", parentId, "code", code, "name", name, "kind", kind))
                .post("/api/v1/org-units")
                .then().statusCode(201).body("code", equalTo(code))
                .extract().jsonPath().getLong("id");
    }

    /** A root cannot be created through the API (by design): tests insert theirs directly. */
    private static long insertRoot(String code, String name) {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("select nextval(pg_get_serial_sequence('org_unit', 'id'))");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("""
                    insert into org_unit (id, code, name, kind, parent_id, org_path, depth, sort_order, created_by, updated_by)
                    values (?, ?, ?, 'DISTRICT', null, ?, 0, 0, 'test', 'test')""")) {
                s.setLong(1, id);
                s.setString(2, code);
                s.setString(3, name);
                s.setString(4, String.valueOf(id));
                s.executeUpdate();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
