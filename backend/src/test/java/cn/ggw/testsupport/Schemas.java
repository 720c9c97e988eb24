package cn.ggw.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Reading the served contract's JSON schemas: references followed, "X or null" taken as X. */
public final class Schemas {

    private Schemas() {
    }

    /** The schema itself: a $ref followed, the non-null branch of anyOf/oneOf, the first branch of allOf. */
    public static JsonNode resolve(JsonNode schema) {
        for (int hops = 0; hops < 10 && schema != null && !schema.isMissingNode(); hops++) {
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                JsonNode target = Contract.document().at(ref.substring(1));
                // Sibling keywords (an example, a format) stay with the reference: keep what the target lacks.
                if (target.isObject() && schema.size() > 1) {
                    ObjectNode merged = target.deepCopy();
                    schema.properties().forEach(e -> {
                        if (!e.getKey().equals("$ref") && !merged.has(e.getKey())) {
                            merged.set(e.getKey(), e.getValue());
                        }
                    });
                    target = merged;
                }
                schema = target;
                continue;
            }
            JsonNode branches = schema.has("anyOf") ? schema.get("anyOf") : schema.has("oneOf") ? schema.get("oneOf") : schema.get("allOf");
            if (branches != null && branches.isArray() && !schema.has("properties")) {
                JsonNode chosen = MissingNode.getInstance();
                for (JsonNode b : branches) {
                    if (!"null".equals(b.path("type").asText())) {
                        chosen = b;
                        break;
                    }
                }
                JsonNode resolved = resolve(chosen);
                if (!resolved.isObject()) {
                    return resolved;
                }
                ObjectNode merged = resolved.deepCopy();
                schema.properties().forEach(e -> {
                    if (!List.of("anyOf", "oneOf", "allOf", "type").contains(e.getKey()) && !merged.has(e.getKey())) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                return merged;
            }
            return schema;
        }
        return schema == null ? MissingNode.getInstance() : schema;
    }

    /** Its JSON type ("string" when none is given); of ["string", "null"], the one that is not null. */
    public static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }
}
