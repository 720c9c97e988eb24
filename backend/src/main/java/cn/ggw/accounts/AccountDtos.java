package cn.ggw.accounts;

import cn.ggw.hierarchy.OrgUnitDtos.OrgUnitRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

public final class AccountDtos {

    private AccountDtos() {
    }

    @Schema(name = "Account", description = "A staff account: who signs in, with which role, for which unit")
    public record AccountView(
            @Schema(description = "Keycloak user id") String id,
            @Schema(examples = "li.wei") String username,
            @Schema(examples = "李伟") String displayName,
            @Schema(enumeration = {"district-admin", "district-viewer", "township-staff", "village-staff"}) String role,
            OrgUnitRef unit,
            boolean enabled,
            Instant createdAt) {
    }

    @Schema(name = "CreateAccountRequest")
    public record CreateAccountRequest(
            @NotBlank(message = "{ggw.blank}") @Pattern(regexp = "[a-z0-9._-]{3,50}", message = "{ggw.username.pattern}")
            @Schema(required = true, examples = "li.wei") String username,
            @NotBlank(message = "{ggw.blank}") @Size(max = 100, message = "{ggw.display-name.size}")
            @Schema(required = true, examples = "李伟") String displayName,
            @NotBlank(message = "{ggw.blank}")
            @Schema(required = true, enumeration = {"district-admin", "district-viewer", "township-staff", "village-staff"}) String role,
            @NotNull(message = "{ggw.required}") @Schema(required = true) Long unitId,
            @NotBlank(message = "{ggw.blank}") @Size(min = 8, max = 64, message = "{ggw.password.size}")
            @Schema(required = true, description = "Must be changed at first sign-in") String temporaryPassword) {
    }

    @Schema(name = "UpdateAccountRequest")
    public record UpdateAccountRequest(
            @NotBlank(message = "{ggw.blank}") @Size(max = 100, message = "{ggw.display-name.size}")
            @Schema(required = true) String displayName,
            @NotBlank(message = "{ggw.blank}")
            @Schema(required = true, enumeration = {"district-admin", "district-viewer", "township-staff", "village-staff"}) String role,
            @NotNull(message = "{ggw.required}") @Schema(required = true) Long unitId) {
    }

    @Schema(name = "ResetPasswordRequest")
    public record ResetPasswordRequest(
            @NotBlank(message = "{ggw.blank}") @Size(min = 8, max = 64, message = "{ggw.password.size}")
            @Schema(required = true) String temporaryPassword) {
    }

    @Schema(name = "Me", description = "The signed-in caller")
    public record Me(
            String username,
            String displayName,
            java.util.List<String> roles,
            @Schema(nullable = true, description = "Null when the account has no (active) unit") OrgUnitRef unit,
            Permissions permissions) {
    }

    @Schema(name = "Permissions", description = "What the caller's roles allow, for showing the right menus")
    public record Permissions(boolean manageTree, boolean manageAccounts, boolean viewAudit) {
    }
}
