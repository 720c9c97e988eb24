package cn.ggw.accounts;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeycloakAccountsTest {

    @Test
    @DisplayName("a refused password is explained in Keycloak's words, not as raw JSON")
    void describesRefusal() {
        assertEquals("Invalid password: must not be equal to the username.", KeycloakAccounts.describe(
                "{\"error\":\"invalidPasswordNotUsernameMessage\",\"error_description\":\"Invalid password: must not be equal to the username.\"}"));
        assertEquals("", KeycloakAccounts.describe("not json"));
    }
}
