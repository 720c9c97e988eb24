package cn.ggw.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An example value made from a schema, guided by a hint: the hint's values are taken where it has them (a hand-written
 * example may name only the fields that matter), the file's examples by property name elsewhere, and a value of the
 * property's type and format last. So every example is complete and valid against its schema, and realistic where
 * someone wrote it.
 */
final class ExampleComposer {

    private static final String PREFIX = "#/components/schemas/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Schema> components;
    private final JsonNode properties;
    private final JsonNode suffixes;
    private final JsonNode schemas;
    private final Deque<String> path = new ArrayDeque<>();

    ExampleComposer(OpenAPI openAPI, JsonNode properties, JsonNode suffixes, JsonNode schemas) {
        this.suffixes = suffixes;
        this.schemas = schemas;
        this.components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        this.properties = properties;
    }

    static Object plain(JsonNode node) {
        return node == null || node.isMissingNode() ? null : MAPPER.convertValue(node, Object.class);
    }

    /** The example for a schema; a missing hint means none was written, a null hint asks for null. */
    Object compose(Schema schema, JsonNode hint) {
        if (schema == null) {
            return plain(hint);
        }
        if (hint != null && hint.isNull()) {
            return null;
        }
        boolean unwritten = hint == null || hint.isMissingNode();
        return build(schema, unwritten && own(schema) != null ? MAPPER.valueToTree(own(schema)) : hint);
    }

    private Object build(Schema schema, JsonNode hint) {
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(PREFIX)) {
            String name = ref.substring(PREFIX.length());
            Schema target = components.get(name);
            if (target == null || path.contains(name)) {
                return hint == null || hint.isMissingNode() ? null : plain(hint);
            }
            path.push(name);
            try {
                return compose(target, withSchemaHint(name, hint));
            } finally {
                path.pop();
            }
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema part : schema.getAllOf()) {
                if (compose(part, hint) instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            return merged;
        }
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (alternatives != null && !alternatives.isEmpty()) {
            Schema first = alternatives.stream().filter(s -> !isNullOnly(s)).findFirst().orElse(alternatives.get(0));
            return compose(first, hint);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            List<Object> values = schema.getEnumeration().stream().filter(v -> v != null).toList();
            if (hint != null && hint.isValueNode() && values.stream().anyMatch(v -> String.valueOf(v).equals(hint.asText()))) {
                return values.stream().filter(v -> String.valueOf(v).equals(hint.asText())).findFirst().orElseThrow();
            }
            return values.isEmpty() ? null : values.get(0);
        }
        SchemaType type = type(schema);
        if (type == null) {
            return hint == null || hint.isMissingNode() ? Map.of() : plain(hint);
        }
        return switch (type) {
            case OBJECT -> object(schema, hint);
            case ARRAY -> array(schema, hint);
            case STRING -> string(schema, hint);
            case INTEGER -> integer(schema, hint);
            case NUMBER -> number(schema, hint);
            case BOOLEAN -> hint != null && hint.isBoolean() ? hint.asBoolean() : Boolean.TRUE;
            case NULL -> null;
        };
    }

    private Object object(Schema schema, JsonNode hint) {
        Map<String, Object> value = new LinkedHashMap<>();
        boolean hinted = hint != null && hint.isObject();
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            schema.getProperties().forEach((name, property) -> {
                JsonNode given = hinted && hint.has(name) ? hint.get(name)
                        : own(property) != null ? MissingNode.getInstance() : byName(name);
                value.put(name, compose(property, given));
            });
            return value;
        }
        Schema values = schema.getAdditionalPropertiesSchema();
        if (hinted) {
            hint.properties().forEach(e -> value.put(e.getKey(), values == null ? plain(e.getValue()) : compose(values, e.getValue())));
        } else if (values != null) {
            value.put("key", compose(values, MissingNode.getInstance()));
        }
        return value;
    }

    private Object array(Schema schema, JsonNode hint) {
        List<Object> value = new ArrayList<>();
        if (hint != null && hint.isArray()) {
            hint.forEach(h -> value.add(compose(schema.getItems(), h)));
            return value;
        }
        if (schema.getItems() != null && schema.getItems().getRef() != null
                && path.contains(schema.getItems().getRef().substring(PREFIX.length()))) {
            return value;
        }
        JsonNode single = hint == null || hint.isMissingNode() ? MissingNode.getInstance() : hint;
        Object item = compose(schema.getItems(), single);
        if (item != null || (schema.getMinItems() != null && schema.getMinItems() > 0)) {
            value.add(item);
        }
        return value;
    }

    private static Object string(Schema schema, JsonNode hint) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (hint != null && hint.isValueNode() && !hint.isNull()) {
            // A property name means a date in one schema and a moment in another (asOf): the format decides.
            String text = hint.asText();
            if ("date".equals(format) && text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                return text.substring(0, 10);
            }
            if ("date-time".equals(format) && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return text + "T09:30:00+08:00";
            }
            return text;
        }
        String value = switch (format) {
            case "date" -> "2026-05-12";
            case "date-time" -> "2026-05-12T09:30:00+08:00";
            case "binary" -> "(binary)";
            case "byte" -> "R0dX";
            case "uuid" -> "3f2b8c1e-9a4d-4e7b-8f60-2c5d1a7e9b34";
            case "uri" -> "https://ggw.example.org/";
            case "email" -> "ggw@example.org";
            default -> "长庆街道关工委";
        };
        if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
            value = value.substring(0, schema.getMaxLength());
        }
        return value;
    }

    private static Object integer(Schema schema, JsonNode hint) {
        long value = hint != null && hint.isNumber() ? hint.asLong() : 1;
        if (schema.getMinimum() != null && BigDecimal.valueOf(value).compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum().longValue();
        }
        if (schema.getMaximum() != null && BigDecimal.valueOf(value).compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum().longValue();
        }
        return value;
    }

    private static Object number(Schema schema, JsonNode hint) {
        double value = hint != null && hint.isNumber() ? hint.asDouble() : 0.98;
        if (schema.getMinimum() != null && value < schema.getMinimum().doubleValue()) {
            value = schema.getMinimum().doubleValue();
        }
        if (schema.getMaximum() != null && value > schema.getMaximum().doubleValue()) {
            value = schema.getMaximum().doubleValue();
        }
        return value;
    }

    /**
     * Where a property name means different things in different schemas (a volunteer's name, a unit's name), the file's
     * {@code schemas.<Schema>} gives the fields of that schema; a hand-written hint still wins field by field.
     */
    private JsonNode withSchemaHint(String name, JsonNode hint) {
        JsonNode own = schemas.path(name);
        if (!own.isObject() || (hint != null && !hint.isMissingNode() && !hint.isObject())) {
            return hint;
        }
        var merged = own.deepCopy();
        if (hint != null && hint.isObject()) {
            ((ObjectNode) merged).setAll((ObjectNode) hint);
        }
        return merged;
    }

    /** The file's example of a property name, or of its ending (createdBy → By). */
    JsonNode byName(String name) {
        JsonNode value = properties.path(name);
        if (!value.isMissingNode()) {
            return value;
        }
        for (var suffix : suffixes.properties()) {
            if (name.endsWith(suffix.getKey()) && name.length() > suffix.getKey().length()) {
                return suffix.getValue();
            }
        }
        return value;
    }

    /** The schema's own example (its first {@code examples} entry), written on a DTO's annotation. */
    @SuppressWarnings("deprecation")
    private static Object own(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        return schema.getExample();
    }

    private static SchemaType type(Schema schema) {
        if (schema.getType() == null || schema.getType().isEmpty()) {
            if (schema.getProperties() != null || schema.getAdditionalPropertiesSchema() != null) {
                return SchemaType.OBJECT;
            }
            return schema.getItems() != null ? SchemaType.ARRAY : null;
        }
        return schema.getType().stream().filter(t -> t != SchemaType.NULL).findFirst().orElse(SchemaType.NULL);
    }

    private static boolean isNullOnly(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }
}
