package cn.ggw.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the SPA needs before sign-in: where Keycloak is. Nothing secret. */
@Path("/v1/client-config")
@Tag(name = "Session")
public class ClientConfigResource {

    @ConfigProperty(name = "ggw.keycloak.url")
    String keycloakUrl;

    @ConfigProperty(name = "ggw.keycloak.realm")
    String realm;

    @ConfigProperty(name = "ggw.keycloak.spa-client-id")
    String clientId;

    @ConfigProperty(name = "ggw.demo-data")
    boolean demoData;

    @GET
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getClientConfig", summary = "Sign-in settings for the web app (no authentication needed)")
    public ClientConfig get() {
        return new ClientConfig(keycloakUrl, realm, clientId, demoData);
    }

    @Schema(name = "ClientConfig")
    public record ClientConfig(
            @Schema(examples = "http://localhost:8180") String keycloakUrl,
            @Schema(examples = "ggw") String realm,
            @Schema(examples = "ggw-spa") String clientId,
            @Schema(description = "True when the system runs with generated demonstration data") boolean demoData) {
    }
}
