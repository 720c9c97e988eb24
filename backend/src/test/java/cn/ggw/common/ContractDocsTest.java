package cn.ggw.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads the committed openapi.yaml (which OpenApiContractTest keeps equal to what the backend serves) as a city
 * engineer and a district clerk would: every operation and parameter says what it does in Chinese first, then in
 * English, and every operation shows an example. Words and examples live in src/main/resources/openapi/operations.yaml.
 */
class ContractDocsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** Three or more English words in a row: a sentence, not a stray term such as ETag. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z][A-Za-z'’-]*(?:[ ,;:()/-]+[A-Za-z][A-Za-z'’-]*){2,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static JsonNode contract;
    private static JsonNode docs;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        contract = yaml.readTree(Path.of("..", "openapi.yaml").toFile());
        docs = ContractDocs.load();
    }

    /** Chinese first (the first letter is a Han character), then an English sentence after it. */
    static boolean bilingual(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String trimmed = text.strip();
        int firstLetter = 0;
        while (firstLetter < trimmed.length() && !Character.isLetter(trimmed.codePointAt(firstLetter))) {
            firstLetter += Character.charCount(trimmed.codePointAt(firstLetter));
        }
        if (firstLetter >= trimmed.length() || !HAN.matcher(trimmed.substring(firstLetter, firstLetter + 1)).matches()) {
            return false;
        }
        var english = ENGLISH.matcher(trimmed);
        while (english.find()) {
            // The English half follows the Chinese one and is a sentence of its own, not a role name inside the Chinese.
            if (HAN.matcher(trimmed.substring(0, english.start())).find() && english.group().split("\\s+").length >= 3) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("bilingual() accepts Chinese then English and refuses English only, Chinese only and English first")
    void bilingualRule() {
        assertTrue(bilingual("本单位的账号。调用角色：district-admin。\n\nAccounts in the caller's scope."));
        assertTrue(!bilingual("Accounts in the caller's scope. Roles: district-admin."));
        assertTrue(!bilingual("本单位及下级单位的账号，按用户名排列。调用角色：district-admin。"));
        assertTrue(!bilingual("Page size, 1–1000 (default 200) / 每页条数"));
    }

    @Test
    @DisplayName("every operation has a description in Chinese, then English")
    void operationsBilingual() {
        List<String> missing = new ArrayList<>();
        int operations = forEachOperation((name, op) -> {
            if (!bilingual(op.path("description").asText(null))) {
                missing.add(name);
            }
        });
        assertTrue(operations >= 169, "the contract lists its operations (" + operations + ")");
        assertEquals(List.of(), missing, "operations without a Chinese-then-English description (openapi/operations.yaml, zh)");
    }

    @Test
    @DisplayName("every parameter of every operation has a description in Chinese, then English")
    void parametersBilingual() {
        List<String> missing = new ArrayList<>();
        int[] parameters = {0};
        forEachOperation((name, op) -> op.path("parameters").forEach(p -> {
            parameters[0]++;
            if (!bilingual(p.path("description").asText(null))) {
                missing.add(name + " " + p.path("in").asText() + ":" + p.path("name").asText());
            }
        }));
        assertTrue(parameters[0] >= 262, "the contract lists its parameters (" + parameters[0] + ")");
        assertEquals(List.of(), missing, "parameters without a Chinese-then-English description (openapi/operations.yaml, parameters)");
    }

    @Test
    @DisplayName("every JSON request body and JSON success answer carries an example, and every operation at least one")
    void examples() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, op) -> {
            int examples = 0;
            for (JsonNode p : op.path("parameters")) {
                examples += hasExample(p) ? 1 : 0;
            }
            for (Map.Entry<String, JsonNode> media : op.path("requestBody").path("content").properties()) {
                if (hasExample(media.getValue())) {
                    examples++;
                } else if (ContractDocs.composes(media.getKey())) {
                    missing.add(name + " request " + media.getKey());
                }
            }
            for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
                if (!response.getKey().startsWith("2")) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                    if (hasExample(media.getValue())) {
                        examples++;
                    } else if (ContractDocs.composes(media.getKey())) {
                        missing.add(name + " " + response.getKey() + " " + media.getKey());
                    }
                }
            }
            if (examples == 0) {
                missing.add(name + " (no example at all)");
            }
        });
        assertEquals(List.of(), missing, "bodies and answers without an example");
    }

    @Test
    @DisplayName("operations.yaml names only operations and parameters that exist (no stale words)")
    void noStaleWords() {
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        forEachOperation((name, op) -> byId.put(op.path("operationId").asText(), op));
        List<String> stale = new ArrayList<>();
        docs.path("operations").properties().forEach(e -> {
            JsonNode op = byId.get(e.getKey());
            if (op == null) {
                stale.add(e.getKey());
                return;
            }
            e.getValue().path("parameters").properties().forEach(p -> {
                boolean exists = false;
                for (JsonNode parameter : op.path("parameters")) {
                    exists |= parameter.path("name").asText().equals(p.getKey());
                }
                if (!exists) {
                    stale.add(e.getKey() + " parameter " + p.getKey());
                }
            });
        });
        assertEquals(List.of(), stale, "operations.yaml documents what the contract does not have");
    }

    @Test
    @DisplayName("page wrappers are named by their item type (VolunteerActivityPage), no schema is named Kind or Page<Java class>")
    void schemaNames() {
        List<String> wrong = new ArrayList<>();
        contract.path("components").path("schemas").properties().forEach(e -> {
            String name = e.getKey();
            JsonNode items = e.getValue().path("properties").path("items").path("items").path("$ref");
            boolean page = e.getValue().path("properties").has("nextCursor") && !items.isMissingNode();
            if (name.startsWith("Page") || "Kind".equals(name) || name.endsWith("View")) {
                wrong.add(name);
            } else if (page && !name.equals(items.asText().substring(items.asText().lastIndexOf('/') + 1) + "Page")) {
                wrong.add(name + " (holds " + items.asText() + ")");
            }
        });
        assertEquals(List.of(), wrong, "schema names that are not the domain's");
        assertTrue(contract.path("components").path("schemas").has("VolunteerActivityPage"), "the activity page is VolunteerActivityPage");
        List<String> tags = new ArrayList<>();
        contract.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        assertTrue(tags.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).endsWith(" api")),
                "a tag ending in API makes the generator write CityApiApi: " + tags);
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example") || (node.has("examples") && !node.path("examples").isEmpty());
    }

    private static int forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
        int count = 0;
        for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    count++;
                    check.accept(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " (" + op.getValue().path("operationId").asText() + ")",
                            op.getValue());
                }
            }
        }
        return count;
    }
}
