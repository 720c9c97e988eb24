package cn.ggw.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.Map;

/**
 * Schemas as a client generator reads them (issue 14: openapi-generator warned on every one of these):
 * <ul>
 *   <li>no schema named after a Java type: a date or a time is written where it is used ({@code type: string} with
 *       {@code format: date} / {@code date-time}) instead of a reference to components named {@code LocalDate} and
 *       {@code Instant} (the generator renamed the first to {@code ModelLocalDate});</li>
 *   <li>no {@code type} beside a {@code $ref}: the referenced schema says what it is (the generator dropped it, with a
 *       warning, 48 times). A description or examples beside the reference stay (OpenAPI 3.1 allows them);</li>
 *   <li>a parameter given only a pattern or a length (a unit code, a cursor) is a string: without a type the generator
 *       typed it {@code Object}; its example is then written as a string too.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractSchemas implements OASFilter {

    /** Component names of Java types → the format written in their place. */
    static final Map<String, String> JAVA_TYPES = Map.of("LocalDate", "date", "Instant", "date-time");
    private static final String PREFIX = "#/components/schemas/";

    @Override
    public Schema filterSchema(Schema schema) {
        String ref = schema.getRef();
        if (ref == null) {
            if (schema.getType() == null && isString(schema)) {
                schema.setType(List.of(Schema.SchemaType.STRING));
            }
            return schema;
        }
        String format = ref.startsWith(PREFIX) ? JAVA_TYPES.get(ref.substring(PREFIX.length())) : null;
        if (format != null) {
            schema.setRef(null);
            schema.setType(List.of(Schema.SchemaType.STRING));
            schema.setFormat(format);
        } else {
            schema.setType(null);
        }
        return schema;
    }

    /**
     * An example of a string parameter that looks like a number (a unit code such as 220802) is written as a string:
     * the annotation's text was read as a number, which is no valid example of a string.
     */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getExample() instanceof Number number && schema != null && isString(schema)) {
            parameter.setExample(number.toString());
        }
        return parameter;
    }

    /** A string by its type, or (untyped) by what only a string has: a pattern or a length. */
    private static boolean isString(Schema schema) {
        if (schema.getRef() != null) {
            return false;
        }
        if (schema.getType() != null) {
            return schema.getType().equals(List.of(Schema.SchemaType.STRING));
        }
        return schema.getPattern() != null || schema.getMaxLength() != null || schema.getMinLength() != null;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            JAVA_TYPES.keySet().forEach(openAPI.getComponents()::removeSchema);
        }
    }
}
