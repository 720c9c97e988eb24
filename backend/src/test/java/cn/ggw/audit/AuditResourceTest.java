package cn.ggw.audit;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuditResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("people appear by the name their colleagues know when they hold an account in the reader's scope")
    void actorsByDisplayName() throws SQLException {
        TestTree tree = TestTree.build();
        TestTree other = TestTree.build();
        account(tree, "王主任");
        account(other, "李主任");
        Api.as(tree.adminToken()).queryParam("limit", 200).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.actor", everyItem(startsWith("district-admin." + tree.prefix)))
                .body("items.actorName", everyItem(equalTo("王主任")));
    }

    /** The district admin's account of a test tree (the token's username), as Keycloak adoption would write it. */
    private void account(TestTree tree, String displayName) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into staff_account (id, username, display_name, role, org_unit_id, org_path)
                values (?, ?, ?, 'district-admin', ?, ?)""")) {
            s.setString(1, "kc-" + tree.prefix);
            s.setString(2, "district-admin." + tree.code("D"));
            s.setString(3, displayName);
            s.setLong(4, tree.district);
            s.setString(5, String.valueOf(tree.district));
            s.executeUpdate();
        }
    }

    @Test
    @DisplayName("the audit log is newest first, paged by cursor, and shows only the caller's district")
    void pagedAndScoped() {
        TestTree tree = TestTree.build();
        TestTree other = TestTree.build();
        var first = Api.as(tree.adminToken()).queryParam("limit", 3).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].after.name", org.hamcrest.Matchers.equalTo("丁社区"))
                .body("nextCursor", notNullValue())
                .extract().jsonPath();
        Api.as(tree.adminToken()).queryParam("limit", 200).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.actor", everyItem(startsWith("district-admin." + tree.prefix)));
        Api.as(other.adminToken()).queryParam("entityType", "OrgUnit").queryParam("entityId", tree.village1a)
                .get("/api/v1/audit-events").then().statusCode(200).body("items", empty());
        Api.as(tree.adminToken()).queryParam("entityType", "OrgUnit").queryParam("entityId", tree.village1a)
                .get("/api/v1/audit-events").then().statusCode(200).body("items.action", contains("CREATE"));
    }

    @Test
    @DisplayName("only district admins read the audit log: 403 for the others")
    void onlyAdmins() {
        TestTree tree = TestTree.build();
        for (String token : java.util.List.of(tree.viewerToken(), tree.township1Token(), tree.village1aToken(), tree.cityToken())) {
            Api.as(token).get("/api/v1/audit-events").then().statusCode(403);
        }
    }
}
