package cn.ggw.accounts;

import cn.ggw.common.ProblemException;
import cn.ggw.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The accounts' side in Keycloak: users, their realm role and their unit attribute. */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "ggw.keycloak.realm")
    String realm;

    /** Creates the user and returns its Keycloak id. */
    public String create(String username, String displayName, String role, String unitCode, String temporaryPassword) {
        return call(() -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setFirstName(displayName);
            user.setEnabled(true);
            user.setEmailVerified(true);
            user.setAttributes(new HashMap<>(Map.of(CallerScope.UNIT_CLAIM, List.of(unitCode))));
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    throw ProblemException.conflict("username", "account.username.duplicate", username);
                }
                String id = CreatedResponseUtil.getCreatedId(response);
                try {
                    setPassword(id, temporaryPassword);
                    realm().users().get(id).roles().realmLevel().add(List.of(role(role)));
                } catch (RuntimeException e) {
                    realm().users().delete(id).close();
                    throw e;
                }
                return id;
            }
        });
    }

    public void update(String id, String displayName, String oldRole, String newRole, String unitCode) {
        call(() -> {
            UserRepresentation user = realm().users().get(id).toRepresentation();
            user.setFirstName(displayName);
            Map<String, List<String>> attributes = user.getAttributes() == null ? new HashMap<>() : new HashMap<>(user.getAttributes());
            attributes.put(CallerScope.UNIT_CLAIM, List.of(unitCode));
            user.setAttributes(attributes);
            realm().users().get(id).update(user);
            if (!oldRole.equals(newRole)) {
                realm().users().get(id).roles().realmLevel().remove(List.of(role(oldRole)));
                realm().users().get(id).roles().realmLevel().add(List.of(role(newRole)));
            }
            return null;
        });
    }

    public void setEnabled(String id, boolean enabled) {
        call(() -> {
            UserRepresentation user = realm().users().get(id).toRepresentation();
            user.setEnabled(enabled);
            realm().users().get(id).update(user);
            return null;
        });
    }

    /**
     * Ends the user's sessions (their refresh tokens stop working): a changed unit or role applies at once, a disabled
     * account cannot go on. Tried three times; if Keycloak still does not confirm, the change is refused (502/503)
     * rather than reported as done, and the caller repeats it (the change is idempotent).
     */
    public void endSessions(String id) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                call(() -> {
                    realm().users().get(id).logout();
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("Could not end the sessions of user %s (attempt %d of 3): %s", id, attempt, e.getClass().getSimpleName());
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw last instanceof ProblemException p ? p : ProblemException.upstream("account.keycloak.failed");
    }

    public void setPassword(String id, String temporaryPassword) {
        call(() -> {
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(temporaryPassword);
            password.setTemporary(true);
            realm().users().get(id).resetPassword(password);
            return null;
        });
    }

    /** Compensation when the local half of a change fails. */
    public void delete(String id) {
        try {
            realm().users().delete(id).close();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not remove Keycloak user %s after a failed account creation", id);
        }
    }

    /** Every user of the realm with a staff role and a unit, for adopting accounts made elsewhere. */
    public List<ExistingUser> staffUsers(List<String> staffRoles) {
        return call(() -> {
            List<ExistingUser> found = new java.util.ArrayList<>();
            for (String role : staffRoles) {
                for (UserRepresentation user : realm().roles().get(role).getUserMembers(0, 10_000)) {
                    Map<String, List<String>> attributes = user.getAttributes();
                    List<String> unit = attributes == null ? null : attributes.get(CallerScope.UNIT_CLAIM);
                    if (unit != null && !unit.isEmpty()) {
                        String name = user.getFirstName() != null ? user.getFirstName() : user.getUsername();
                        found.add(new ExistingUser(user.getId(), user.getUsername(), name, role, unit.get(0),
                                Boolean.TRUE.equals(user.isEnabled())));
                    }
                }
            }
            return found;
        });
    }

    public record ExistingUser(String id, String username, String displayName, String role, String unitCode, boolean enabled) {
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private RoleRepresentation role(String name) {
        return realm().roles().get(name).toRepresentation();
    }

    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProblemException e) {
            throw e;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            String body = readBody(e.getResponse());
            if (status == 400 && body.contains("invalidPassword")) {
                throw ProblemException.invalid("temporaryPassword", "account.password.rejected", describe(body));
            }
            LOG.errorf("Keycloak refused an account operation: %s %s", status, body);
            throw ProblemException.upstream("account.keycloak.failed");
        } catch (ProcessingException e) {
            // Not a refusal: Keycloak is stopped or unreachable. Signed-in users go on working; say so plainly.
            LOG.warnf("Keycloak is not reachable: %s", e.getClass().getSimpleName());
            throw ProblemException.unavailable("identity-provider-unavailable", "auth.idp-down");
        }
    }

    /** Keycloak's own words for a refused password ("Invalid password: must not be equal to the username."). */
    static String describe(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"error_description\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static String readBody(Response response) {
        try {
            return response == null || !response.hasEntity() ? "" : response.readEntity(String.class);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
