package cn.ggw.keycloak;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.KeycloakTokens;
import cn.ggw.testsupport.RealKeycloakProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** End to end with the real Keycloak realm: real sign-in tokens, real account provisioning. */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class RealKeycloakTest {

    @Inject
    Keycloak keycloakAdmin;

    static long idOf(String token, String code) {
        return Api.as(token).queryParam("q", code).get("/api/v1/org-units")
                .then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    @Nested
    @DisplayName("Real tokens")
    class RealTokens {

        @Test
        @DisplayName("the district leader's token carries role and unit; the leader sees the whole demo district")
        void districtLeader() {
            String token = KeycloakTokens.password("district.leader");
            Api.as(token).get("/api/v1/me").then().statusCode(200)
                    .body("roles", contains("district-admin"))
                    .body("unit.code", equalTo("220802"))
                    .body("permissions.manageTree", equalTo(true));
            long district = idOf(token, "220802");
            Api.as(token).queryParam("parentId", district).queryParam("limit", 200).get("/api/v1/org-units")
                    .then().statusCode(200)
                    .body("items", hasSize(26))
                    .body("items.name", hasItems("平台镇", "德顺蒙古族乡", "海明街道", "保平街道", "区教育局"));
        }

        @Test
        @DisplayName("the demo district has the report's 7,845 五老, with valid but clearly fake ID numbers")
        void demoVolunteers() {
            String token = KeycloakTokens.password("district.leader");
            List<Integer> byStatus = Api.as(token).get("/api/v1/volunteer-counts").then().statusCode(200)
                    .extract().jsonPath().getList("byStatus.count", Integer.class);
            assertEquals(7_845, byStatus.stream().mapToInt(Integer::intValue).sum());
            long someone = Api.as(token).queryParam("limit", 1).get("/api/v1/volunteers").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
            String idNumber = Api.as(token).post("/api/v1/volunteers/{id}/reveal", someone).then().statusCode(200)
                    .extract().path("idNumber");
            assertEquals("229999", cn.ggw.volunteers.IdNumber.parse(idNumber).regionCode());
        }

        @Test
        @DisplayName("a village account sees its own village only; another village is 404")
        void villageStaff() {
            String leader = KeycloakTokens.password("district.leader");
            long otherVillage = idOf(leader, "220802101201");
            String token = KeycloakTokens.password("village.staff");
            Api.as(token).get("/api/v1/org-units").then().statusCode(200)
                    .body("items.code", contains("220802100201"));
            Api.as(token).get("/api/v1/org-units/{id}", otherVillage).then().statusCode(404);
        }

        @Test
        @DisplayName("the demo district's teams give the report's figures; the township account cannot see another township's team")
        void demoCommittees() {
            String leader = KeycloakTokens.password("district.leader");
            Api.as(leader).queryParam("from", "2009-01-01").get("/api/v1/committee-figures").then().statusCode(200)
                    .body("seatsFilled", equalTo(28))
                    .body("executiveViceDirectorsAdjusted", equalTo(32));
            String city = KeycloakTokens.clientCredentials("city-system", "city-system-secret");
            Api.as(city).get("/api/v1/committee-coverage").then().statusCode(200).body("unit.subtree.incomplete", equalTo(4));
            String township = KeycloakTokens.password("township.staff");
            Api.as(township).get("/api/v1/committees/{id}", idOf(leader, "220802100")).then().statusCode(200);
            Api.as(township).get("/api/v1/committees/{id}", idOf(leader, "220802101")).then().statusCode(404);
        }

        @Test
        @DisplayName("the city system (白城市 220800) reads its district 洮北区 below it with a client-credentials token and may not write")
        void citySystem() {
            String token = KeycloakTokens.clientCredentials("city-system", "city-system-secret");
            Api.as(token).get("/api/v1/org-units").then().statusCode(200).body("items.code", contains("220800"));
            long city = idOf(token, "220800");
            Api.as(token).queryParam("parentId", city).get("/api/v1/org-units").then().statusCode(200)
                    .body("items.code", contains("220802"));
            Api.as(token).get("/api/v1/org-unit-codes/{code}", "220802").then().statusCode(200)
                    .body("breadcrumbs.code", contains("220800", "220802"));
            long district = idOf(token, "220802");
            Api.as(token).body(Map.of("parentId", district, "code", "X1", "name", "x", "kind", "TOWNSHIP"))
                    .post("/api/v1/org-units").then().statusCode(403);
        }

        @Test
        @DisplayName("a real token issued for another audience (admin-cli) is refused with 401")
        void wrongAudience() {
            String token = KeycloakTokens.password("admin-cli", "district.leader", KeycloakTokens.DEMO_PASSWORD);
            Api.as(token).get("/api/v1/org-units").then().statusCode(401);
        }
    }

    @Nested
    @DisplayName("Accounts provisioned in Keycloak")
    class Accounts {

        @Test
        @DisplayName("the realm's demo users are adopted as accounts of the district")
        void adopted() {
            String token = KeycloakTokens.password("district.leader");
            Api.as(token).queryParam("limit", 200).get("/api/v1/accounts").then().statusCode(200)
                    .body("items.username", hasItems("district.leader", "district.viewer", "township.staff", "village.staff"));
        }

        @Test
        @DisplayName("create, move to another unit and disable an account: Keycloak follows each step")
        void lifecycle() {
            String token = KeycloakTokens.password("district.leader");
            long village = idOf(token, "220802100202");
            long otherVillage = idOf(token, "220802102201");
            String username = "test." + System.nanoTime();
            String id = Api.as(token)
                    .body(Map.of("username", username, "displayName", "赵测试", "role", "village-staff",
                            "unitId", village, "temporaryPassword", "Temp@2026x"))
                    .post("/api/v1/accounts")
                    .then().statusCode(201)
                    .body("unit.code", equalTo("220802100202"))
                    .extract().path("id");

            UserRepresentation user = keycloakAdmin.realm("ggw").users().get(id).toRepresentation();
            assertEquals(username, user.getUsername());
            assertEquals(List.of("220802100202"), user.getAttributes().get("org_unit"));
            assertEquals(List.of("village-staff"), keycloakAdmin.realm("ggw").users().get(id).roles().realmLevel().listEffective()
                    .stream().map(r -> r.getName()).filter(r -> r.endsWith("-staff") || r.startsWith("district")).toList());
            // The temporary password must be changed first: no token yet.
            assertNotEquals(200, KeycloakTokens.passwordGrantStatus(username, "Temp@2026x"));

            Api.as(token).body(Map.of("displayName", "赵测试", "role", "village-staff", "unitId", otherVillage))
                    .put("/api/v1/accounts/{id}", id).then().statusCode(200).body("unit.code", equalTo("220802102201"));
            assertEquals(List.of("220802102201"),
                    keycloakAdmin.realm("ggw").users().get(id).toRepresentation().getAttributes().get("org_unit"));

            Api.as(token).post("/api/v1/accounts/{id}/disable", id).then().statusCode(200).body("enabled", equalTo(false));
            assertFalse(keycloakAdmin.realm("ggw").users().get(id).toRepresentation().isEnabled());

            Api.as(token).queryParam("entityType", "StaffAccount").queryParam("entityId", id).get("/api/v1/audit-events")
                    .then().statusCode(200).body("items.action", contains("DISABLE", "UPDATE", "CREATE"));
        }

        @Test
        @DisplayName("issue 9 item 22: moving an account to another unit, changing its role and disabling it end its sessions: the old refresh token stops working")
        void changesEndSessions() {
            String token = KeycloakTokens.password("district.leader");
            long village = idOf(token, "220802100202");
            long otherVillage = idOf(token, "220802102201");
            String username = "sessions." + System.nanoTime();
            String id = Api.as(token)
                    .body(Map.of("username", username, "displayName", "钱会话", "role", "village-staff",
                            "unitId", village, "temporaryPassword", "Temp@2026x"))
                    .post("/api/v1/accounts").then().statusCode(201).extract().path("id");
            org.keycloak.representations.idm.CredentialRepresentation password = new org.keycloak.representations.idm.CredentialRepresentation();
            password.setType(org.keycloak.representations.idm.CredentialRepresentation.PASSWORD);
            password.setValue("Sess@2026x");
            password.setTemporary(false);
            keycloakAdmin.realm("ggw").users().get(id).resetPassword(password);

            String session = KeycloakTokens.refreshToken(username, "Sess@2026x");
            assertEquals(200, KeycloakTokens.refreshStatus(session), "a live session refreshes");
            String live = KeycloakTokens.refreshToken(username, "Sess@2026x");
            Api.as(token).body(Map.of("displayName", "钱会话二", "role", "village-staff", "unitId", village))
                    .put("/api/v1/accounts/{id}", id).then().statusCode(200);
            assertEquals(200, KeycloakTokens.refreshStatus(live), "a new display name alone leaves the sessions alone");

            Api.as(token).body(Map.of("displayName", "钱会话二", "role", "village-staff", "unitId", otherVillage))
                    .put("/api/v1/accounts/{id}", id).then().statusCode(200);
            assertEquals(400, KeycloakTokens.refreshStatus(session), "the unit changed: the old session is over");

            String moved = KeycloakTokens.refreshToken(username, "Sess@2026x");
            Api.as(token).post("/api/v1/accounts/{id}/disable", id).then().statusCode(200);
            assertEquals(400, KeycloakTokens.refreshStatus(moved), "disabled: no session goes on");
        }

        @Test
        @DisplayName("bad input: role that does not fit the unit, a taken username, a weak password — nothing provisioned")
        void badInput() {
            String token = KeycloakTokens.password("district.leader");
            long township = idOf(token, "220802100");
            Api.as(token).body(Map.of("username", "wrong.role", "displayName", "某人", "role", "village-staff",
                            "unitId", township, "temporaryPassword", "Temp@2026x"))
                    .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("role"));
            Api.as(token).body(Map.of("username", "district.leader", "displayName", "某人", "role", "township-staff",
                            "unitId", township, "temporaryPassword", "Temp@2026x"))
                    .post("/api/v1/accounts").then().statusCode(409).body("errors[0].field", equalTo("username"));
            Api.as(token).body(Map.of("username", "weak.pw", "displayName", "某人", "role", "township-staff",
                            "unitId", township, "temporaryPassword", "short"))
                    .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("temporaryPassword"));
            // A deactivated unit takes no new accounts (the same rule as for the 五老 register).
            long closed = Api.as(token).body(Map.of("parentId", township, "code", "220802100" + (800 + (int) (System.nanoTime() % 99)),
                            "name", "撤并村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
            Api.as(token).body(Map.of("reason", "撤并")).post("/api/v1/org-units/{id}/deactivate", closed).then().statusCode(200);
            Api.as(token).body(Map.of("username", "closed.unit", "displayName", "某人", "role", "village-staff",
                            "unitId", closed, "temporaryPassword", "Temp@2026x"))
                    .post("/api/v1/accounts").then().statusCode(409).body("errors[0].field", equalTo("unitId"));
            assertEquals(0, keycloakAdmin.realm("ggw").users().search("closed.unit", true).size());
            // Keycloak's own password policy (not the username): the half-made user is removed again.
            Api.as(token).body(Map.of("username", "weakpw.user1", "displayName", "某人", "role", "township-staff",
                            "unitId", township, "temporaryPassword", "weakpw.user1"))
                    .post("/api/v1/accounts").then().statusCode(400).body("errors[0].field", equalTo("temporaryPassword"));
            assertEquals(0, keycloakAdmin.realm("ggw").users().search("weakpw.user1", true).size());
            assertEquals(0, keycloakAdmin.realm("ggw").users().search("wrong.role", true).size());
            assertEquals(0, keycloakAdmin.realm("ggw").users().search("weak.pw", true).size());
        }

        @Test
        @DisplayName("township staff may not manage accounts: 403")
        void townshipStaffCannot() {
            String token = KeycloakTokens.password("township.staff");
            Api.as(token).get("/api/v1/accounts").then().statusCode(403);
        }

        @Test
        @DisplayName("a unit with enabled accounts cannot be deactivated")
        void accountsBlockDeactivation() {
            String token = KeycloakTokens.password("district.leader");
            long township = idOf(token, "220802105");
            String code = "220802105" + (900 + (int) (System.nanoTime() % 99));
            long village = Api.as(token).body(Map.of("parentId", township, "code", code, "name", "账号测试村", "kind", "VILLAGE"))
                    .post("/api/v1/org-units").then().statusCode(201).extract().jsonPath().getLong("id");
            Api.as(token).body(Map.of("username", "blocker." + System.nanoTime(), "displayName", "钱测试", "role", "village-staff",
                            "unitId", village, "temporaryPassword", "Temp@2026x"))
                    .post("/api/v1/accounts").then().statusCode(201);
            Api.as(token).body(Map.of("reason", "合并")).post("/api/v1/org-units/{id}/deactivate", village)
                    .then().statusCode(409).body("detail", equalTo("单位下还有1 个启用的账号，请先处理。"));
        }
    }
}
