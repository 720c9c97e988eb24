package cn.ggw.cityapi;

import cn.ggw.security.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contract-wide polish for machine clients, in one place (no resource's annotations are touched):
 * the OAuth2 client-credentials scheme with its token URL, roles moved out of the bearer "scopes" into
 * each operation's description, 304 + ETag on the reads a syncing system polls, 429 + rate-limit headers,
 * nullable figures in the city schemas (servers, contact and licence: application.properties).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CityApiContract implements OASFilter {

    static final String OAUTH = "cityClientCredentials";
    static final String TOKEN_URL = "http://localhost:8180/realms/ggw/protocol/openid-connect/token";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(OAUTH, OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.OAUTH2)
                .description("""
                        Machine access for a city-level system (市级系统): the OAuth2 client-credentials grant at the ggw Keycloak \
                        realm. Each consuming system has its own confidential Keycloak client (demo: city-system / city-system-secret); \
                        disabling the client takes effect with its next token (access tokens live 5 minutes). The client's service \
                        account holds the realm role city-api, and its tokens carry aud=ggw-api and the claim org_unit = the \
                        administrative code of the unit whose subtree it may read (demo: 220802 洮北区). A call about a unit \
                        outside that subtree answers 404 like an unknown one. city-api reads aggregates, units and the change feed: \
                        never a person. The token URL below is the demo's (./ggw run); in production it is \
                        <keycloak>/realms/ggw/protocol/openid-connect/token. Send the token as Authorization: Bearer.""")
                .flows(OASFactory.createOAuthFlows().clientCredentials(OASFactory.createOAuthFlow().tokenUrl(TOKEN_URL)
                        .scopes(Map.of()))));
        addLimitHeaders(openAPI);
        nullableFigures(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                polishSecurity(operation);
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    operation.getResponses().addAPIResponse("429", tooMany());
                }
                if (entry.getKey() == PathItem.HttpMethod.GET && SyncHeaders.covered(path)) {
                    revalidated(operation, path);
                }
            }
        });
    }

    /** Roles are not OAuth scopes: they move into the description; the city-api role also admits the OAuth2 scheme. */
    private static void polishSecurity(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        if (security == null || security.isEmpty()) {
            if ((operation.getDescription() == null || operation.getDescription().isBlank()) && operation.getSummary() != null) {
                operation.setDescription(operation.getSummary() + ". No sign-in needed.");
            }
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        List<SecurityRequirement> plain = new ArrayList<>();
        for (SecurityRequirement requirement : security) {
            SecurityRequirement stripped = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                stripped.addScheme(scheme, List.of());
            });
            plain.add(stripped);
        }
        if (roles.isEmpty() || roles.contains(Roles.CITY_API)) {
            plain.add(OASFactory.createSecurityRequirement().addScheme(OAUTH, List.of()));
        }
        operation.setSecurity(plain);
        String who = roles.isEmpty() ? "Any signed-in caller." : "Roles: " + String.join(", ", roles) + ".";
        String description = operation.getDescription();
        if (description == null || description.isBlank()) {
            operation.setDescription(operation.getSummary() == null ? who : operation.getSummary() + ". " + who);
        } else if (!description.contains("Roles:")) {
            operation.setDescription(description + " " + who);
        }
    }

    private static void revalidated(Operation operation, String path) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("Strong validator of this body: send it back in If-None-Match", SchemaType.STRING));
            ok.addHeader("Cache-Control", header(SyncHeaders.cacheControl(path), SchemaType.STRING));
        }
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: If-None-Match named the current ETag; no body")
                .addHeader("ETag", header("The current ETag", SchemaType.STRING)));
        boolean has = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()));
        if (!has) {
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("ETag(s) of the copy the client holds: an unchanged answer is 304 without a body / 客户端已有副本的 ETag")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
        }
    }

    private static void addLimitHeaders(OpenAPI openAPI) {
        var c = openAPI.getComponents();
        c.addHeader("RateLimit-Limit", header("Requests allowed per window for this client (city-api tokens)", SchemaType.INTEGER));
        c.addHeader("RateLimit-Remaining", header("Requests left in the current window", SchemaType.INTEGER));
        c.addHeader("RateLimit-Reset", header("Seconds until the full allowance is back", SchemaType.INTEGER));
        c.addHeader("RateLimit-Policy", header("The policy, e.g. 300;w=60 (300 requests per 60 seconds)", SchemaType.STRING));
    }

    private static APIResponse tooMany() {
        return OASFactory.createAPIResponse()
                .description("Too many requests from this client (city-api tokens: 300 per 60 seconds per Keycloak client). "
                        + "Wait the seconds in Retry-After / 请求过于频繁")
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))))
                .addHeader("Retry-After", header("Seconds to wait before retrying", SchemaType.INTEGER))
                .addHeader("RateLimit-Limit", OASFactory.createHeader().ref("#/components/headers/RateLimit-Limit"))
                .addHeader("RateLimit-Remaining", OASFactory.createHeader().ref("#/components/headers/RateLimit-Remaining"))
                .addHeader("RateLimit-Reset", OASFactory.createHeader().ref("#/components/headers/RateLimit-Reset"))
                .addHeader("RateLimit-Policy", OASFactory.createHeader().ref("#/components/headers/RateLimit-Policy"));
    }

    /** Suppressed counts and undefined ratios are null inside the maps. */
    private static void nullableFigures(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema unit = openAPI.getComponents().getSchemas().get("CityUnitFigures");
        if (unit != null && unit.getProperties() != null) {
            nullableValues(unit.getProperties().get("counts"), SchemaType.INTEGER, "int64");
            nullableValues(unit.getProperties().get("ratios"), SchemaType.NUMBER, "double");
        }
        Schema figures = openAPI.getComponents().getSchemas().get("UnitFigures");
        if (figures != null && figures.getProperties() != null) {
            nullableValues(figures.getProperties().get("ratios"), SchemaType.NUMBER, "double");
        }
    }

    private static void nullableValues(Schema map, SchemaType type, String format) {
        if (map != null) {
            map.setAdditionalPropertiesSchema(OASFactory.createSchema().type(List.of(type, SchemaType.NULL)).format(format));
        }
    }

    private static Header header(String description, SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }
}
