package cn.ggw.common;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Renames component schemas and every reference to them, wherever a schema can sit in the document. */
final class SchemaRenames {

    private static final String PREFIX = "#/components/schemas/";

    private final Map<String, String> renames;
    private final Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    SchemaRenames(Map<String, String> renames) {
        this.renames = renames;
    }

    void apply(OpenAPI openAPI) {
        if (renames.isEmpty()) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components != null && components.getSchemas() != null) {
            Map<String, Schema> renamed = new TreeMap<>();
            components.getSchemas().forEach((name, schema) -> {
                walk(schema);
                String target = renames.getOrDefault(name, name);
                if (renamed.containsKey(target)) {
                    throw new IllegalStateException("two schemas would be called " + target);
                }
                renamed.put(target, schema);
            });
            components.setSchemas(new LinkedHashMap<>(renamed));
            if (components.getHeaders() != null) {
                components.getHeaders().values().forEach(this::header);
            }
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(this::parameter);
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(this::parameter);
                }
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        content(response.getContent());
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(this::header);
                        }
                    }
                }
            }
        });
    }

    private void parameter(Parameter parameter) {
        walk(parameter.getSchema());
        content(parameter.getContent());
    }

    private void header(Header header) {
        walk(header.getSchema());
    }

    private void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> walk(media.getSchema()));
        }
    }

    private void walk(Schema schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(PREFIX)) {
            String target = renames.get(ref.substring(PREFIX.length()));
            if (target != null) {
                schema.setRef(PREFIX + target);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::walk);
        }
        walk(schema.getItems());
        walk(schema.getAdditionalPropertiesSchema());
        walk(schema.getNot());
        for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())) {
            if (list != null) {
                list.forEach(this::walk);
            }
        }
    }
}
