package cn.ggw.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents the problem+json answers every operation can give, so that the contract (and the
 * tests that validate responses against it) know them.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("400", "Invalid input (problem+json, with per-field errors)");
        COMMON.put("401", "Missing, expired or invalid access token");
        COMMON.put("403", "The caller's role does not allow this");
        COMMON.put("404", "Unknown, or outside the caller's scope");
        COMMON.put("409", "Conflicts with the current state");
        COMMON.put("414", "The URL is longer than 4096 characters");
        COMMON.put("500", "An unexpected error; nothing was half-written (the transaction was rolled back). The problem's instance"
                + " names the request (X-Request-Id) for the operators");
        COMMON.put("503", "The database or the sign-in service (Keycloak) cannot be reached right now; nothing was changed."
                + " Retry after the seconds in the Retry-After header");
    }

    /** Operations that count against an account's limit on personal-data look-ups (cn.ggw.security.PersonalDataLimit). */
    private static final java.util.Set<String> RATE_LIMITED = java.util.Set.of("revealVolunteer", "searchVolunteers", "exportVolunteers");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        markResponseFieldsRequired(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                boolean open = operation.getSecurity() == null || operation.getSecurity().isEmpty();
                APIResponses responses = operation.getResponses();
                Map<String, String> answers = new LinkedHashMap<>(COMMON);
                if (readsNothingNamed(item, operation)) {
                    // GET /me, /client-config, the seat templates …: no id or code to miss, no state to conflict with
                    answers.remove("404");
                    answers.remove("409");
                }
                if (RATE_LIMITED.contains(operation.getOperationId())) {
                    answers.put("429", "Too many look-ups of personal data by this account in the last minute (reveals and searches"
                            + " on ID numbers or phones together). Retry after the seconds in the Retry-After header");
                }
                answers.forEach((code, description) -> {
                    if (open && ("401".equals(code) || "403".equals(code))) {
                        return;
                    }
                    APIResponse response = responses.getAPIResponse(code);
                    if (response == null) {
                        response = OASFactory.createAPIResponse();
                        responses.addAPIResponse(code, response);
                    }
                    response.setDescription(description);
                    response.setContent(problemContent());
                    if ("503".equals(code) || "429".equals(code)) {
                        response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)));
                    }
                });
            }
        }
    }

    /** A GET with no parameter and no body: it names nothing that could be unknown or in conflict. */
    private static boolean readsNothingNamed(PathItem item, Operation operation) {
        return operation == item.getGET()
                && (operation.getParameters() == null || operation.getParameters().isEmpty())
                && (item.getParameters() == null || item.getParameters().isEmpty())
                && operation.getRequestBody() == null;
    }

    /**
     * Jackson writes every field of a response record (null when empty), so every property of a
     * response schema is present: say so, and clients need no optional checks. Request schemas
     * keep their own required lists; the problem document omits empty members.
     */
    private static void markResponseFieldsRequired(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.endsWith("Request") || schema.getProperties() == null) {
                return;
            }
            if ("Problem".equals(name)) {
                schema.setRequired(java.util.List.of("type", "title", "status", "detail"));
            } else if ("RichTextBlock".equals(name)) {
                // A block omits the fields its type does not have (@JsonInclude NON_NULL).
                schema.setRequired(java.util.List.of("type"));
            } else {
                schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
