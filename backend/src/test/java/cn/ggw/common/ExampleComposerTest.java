package cn.ggw.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How an example is put together from a schema and what operations.yaml says. */
class ExampleComposerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema string(String format) {
        return OASFactory.createSchema().addType(SchemaType.STRING).format(format);
    }

    private static OpenAPI contract() {
        Schema unit = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("code", OASFactory.createSchema().addType(SchemaType.STRING).examples(List.of("220802100")))
                .addProperty("name", string(null))
                .addProperty("kind", OASFactory.createSchema().addType(SchemaType.STRING).enumeration(List.of("TOWNSHIP", "STREET")))
                .addProperty("asOf", string("date"))
                .addProperty("children", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Unit")));
        Schema person = OASFactory.createSchema().addType(SchemaType.OBJECT).addProperty("name", string(null))
                .addProperty("createdBy", string(null));
        return OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Unit", unit).addSchema("Person", person));
    }

    private static JsonNode yaml(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static ExampleComposer composer() throws Exception {
        return new ExampleComposer(contract(), yaml("{\"name\": \"平台镇\", \"asOf\": \"2026-05-12T09:30:00+08:00\"}"),
                yaml("{\"By\": \"district.leader\"}"), yaml("{\"Person\": {\"name\": \"李德福\"}}"));
    }

    @Test
    @DisplayName("a hand-written hint wins field by field; the rest comes from the schema's own example, the file, the enum; a cycle stops at an empty list")
    void hintThenSchemaThenFile() throws Exception {
        Object example = composer().compose(OASFactory.createSchema().ref("#/components/schemas/Unit"), yaml("{\"kind\": \"STREET\"}"));
        assertEquals(Map.of("code", "220802100", "name", "平台镇", "kind", "STREET", "asOf", "2026-05-12", "children", List.of()), example);
    }

    @Test
    @DisplayName("a value outside the enum falls back to its first value; a date-time hint for a date keeps the day")
    void enumAndDate() throws Exception {
        Object example = composer().compose(OASFactory.createSchema().ref("#/components/schemas/Unit"), yaml("{\"kind\": \"VILLAGE\"}"));
        assertEquals("TOWNSHIP", ((Map<?, ?>) example).get("kind"));
        assertEquals("2026-05-12", ((Map<?, ?>) example).get("asOf"));
    }

    @Test
    @DisplayName("a schema's own fields (schemas.Person) beat the file's property names; endings fill createdBy")
    void schemaFieldsAndEndings() throws Exception {
        Object example = composer().compose(OASFactory.createSchema().ref("#/components/schemas/Person"), MissingNode.getInstance());
        assertEquals(Map.of("name", "李德福", "createdBy", "district.leader"), example);
    }
}
