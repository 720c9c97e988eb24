package cn.ggw.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract's words, from one source: {@code openapi/operations.yaml} (issue 14 item 6). Keyed by operationId,
 * it gives every operation its Chinese description (the English half is the resource's own annotation unless the file
 * gives one), every parameter its description in both languages, and hand-written example values; schema renames
 * (page wrappers by their item type, no Java type names) are listed there too. Examples the file does not write are
 * composed from the schemas, property by property, with the file's property examples, so every operation has one.
 *
 * <p>Kept out of the resource classes on purpose: the engineers editing a resource do not collide with the one editing
 * its words. Runs after the other build filters (lowest priority), so the parameters and headers they add are
 * documented as well.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -100)
public class ContractDocs implements OASFilter {

    static final String SOURCE = "openapi/operations.yaml";
    private static final String PREFIX = "#/components/schemas/";
    private static final Pattern ROLES = Pattern.compile("\\s*Roles: ([^.]*)\\.\\s*");
    private static final List<String> JSON = List.of("application/json", "multipart/form-data");

    private final JsonNode doc;

    public ContractDocs() {
        this(load());
    }

    ContractDocs(JsonNode doc) {
        this.doc = doc;
    }

    static JsonNode load() {
        try (InputStream in = ContractDocs.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new SchemaRenames(renames(openAPI)).apply(openAPI);
        renameTags(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        ExampleComposer composer = new ExampleComposer(openAPI, doc.path("properties"), doc.path("suffixes"), doc.path("schemas"));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                JsonNode words = doc.path("operations").path(String.valueOf(operation.getOperationId()));
                describe(operation, words);
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        parameter(parameter, path, words.path("parameters").path(parameter.getName()), composer);
                    }
                }
                if (operation.getRequestBody() != null) {
                    examples(operation.getRequestBody().getContent(), words.path("request"), composer);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((code, response) -> {
                        if (code.startsWith("2")) {
                            examples(response.getContent(), words.path("response"), composer);
                        }
                    });
                }
            }
        });
    }

    /** Chinese first, then English; the roles allowed close both halves. */
    private static void describe(Operation operation, JsonNode words) {
        String existing = operation.getDescription() == null ? "" : operation.getDescription();
        Matcher roles = ROLES.matcher(existing);
        String who = roles.find() ? roles.group(1).trim() : null;
        String english = words.hasNonNull("en") ? words.get("en").asText().trim() : ROLES.matcher(existing).replaceAll(" ").trim();
        String summary = operation.getSummary() == null ? "" : operation.getSummary().replaceAll("\\s*/\\s*\\S*\\p{IsHan}.*$", "");
        if (!words.hasNonNull("en") && !summary.isBlank() && !english.startsWith(summary)) {
            english = english.isEmpty() ? summary + "." : summary + ". " + english;
        }
        if (!english.isEmpty() && !english.matches("(?s).*[.!?)]$")) {
            english += ".";
        }
        if (!words.hasNonNull("zh")) {
            // The contract test names each operation without Chinese words; leave the English as it was.
            operation.setDescription(english + (who == null ? "" : " Roles: " + who + "."));
            return;
        }
        String chinese = words.get("zh").asText().trim();
        if (who != null) {
            chinese += "调用角色：" + who + "。";
            english += " Roles: " + who + ".";
        } else if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            chinese += "无需登录。";
            english += english.contains("No sign-in needed") ? "" : " No sign-in needed.";
        }
        operation.setDescription(chinese + "\n\n" + english);
    }

    private void parameter(Parameter parameter, String path, JsonNode own, ExampleComposer composer) {
        JsonNode words = own.isMissingNode() ? shared(parameter, path) : own;
        if (words.hasNonNull("zh") && words.hasNonNull("en")) {
            parameter.setDescription(words.get("zh").asText().trim() + " " + words.get("en").asText().trim());
        }
        if (parameter.getExample() == null && (parameter.getExamples() == null || parameter.getExamples().isEmpty())) {
            Object example = composer.compose(parameter.getSchema(),
                    words.has("example") ? words.get("example") : composer.byName(parameter.getName()));
            if (example != null) {
                parameter.setExample(example);
            }
        }
    }

    /**
     * The shared words of a parameter name; {@code {noun}} in them is the thing the path names before the parameter
     * ({@code /accounts/{id}} → the account), from the file's {@code nouns}. A key {@code name@in} ({@code unitId@path})
     * is looked up before the bare name.
     */
    private JsonNode shared(Parameter parameter, String path) {
        String name = parameter.getName();
        String in = parameter.getIn() == null ? "" : parameter.getIn().toString();
        JsonNode words = doc.path("parameters").path(name + "@" + in);
        if (words.isMissingNode()) {
            words = doc.path("parameters").path(name);
        }
        if (words.isMissingNode() || !words.path("zh").asText("").contains("{noun}")) {
            return words;
        }
        Matcher segment = Pattern.compile("/([a-z-]+)/\\{" + Pattern.quote(name) + "}").matcher(path);
        String resource = segment.find() ? segment.group(1) : "";
        JsonNode noun = doc.path("nouns").path(resource);
        if (noun.isMissingNode()) {
            return MissingNode.getInstance();
        }
        var filled = new ObjectMapper().createObjectNode();
        words.properties().forEach(e -> filled.put(e.getKey(), e.getValue().asText()
                .replace("{noun}", noun.path("en".equals(e.getKey()) ? "en" : "zh").asText())));
        if (noun.has("example") || words.has("example")) {
            filled.set("example", noun.has("example") ? noun.get("example") : words.get("example"));
        }
        return filled;
    }

    private static void examples(Content content, JsonNode hint, ExampleComposer composer) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (JSON.contains(type) && media.getSchema() != null && media.getExample() == null
                    && (media.getExamples() == null || media.getExamples().isEmpty())) {
                Object example = composer.compose(media.getSchema(), hint);
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }

    /** Page&lt;ActivityView&gt; was PageActivityView: a page is named by what it holds (VolunteerActivityPage); {@code renames} adds more. */
    private Map<String, String> renames(OpenAPI openAPI) {
        Map<String, String> renames = new LinkedHashMap<>();
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return renames;
        }
        doc.path("renames").properties().forEach(e -> renames.put(e.getKey(), e.getValue().asText()));
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            Schema items = schema.getProperties() == null ? null : schema.getProperties().get("items");
            if (name.startsWith("Page") && items != null && items.getItems() != null && items.getItems().getRef() != null
                    && schema.getProperties().containsKey("nextCursor")) {
                String item = items.getItems().getRef().substring(PREFIX.length());
                renames.put(name, renames.getOrDefault(item, item) + "Page");
            }
        });
        return renames;
    }

    private void renameTags(OpenAPI openAPI) {
        Map<String, String> tags = new HashMap<>();
        doc.path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
        if (openAPI.getTags() != null) {
            for (Tag tag : openAPI.getTags()) {
                tag.setName(tags.getOrDefault(tag.getName(), tag.getName()));
            }
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getTags() != null) {
                    op.setTags(new ArrayList<>(op.getTags().stream().map(t -> tags.getOrDefault(t, t)).toList()));
                }
            }));
        }
    }

    /** The media types whose examples are composed (a file download has none: its parameters carry the examples). */
    static boolean composes(String mediaType) {
        return JSON.contains(mediaType);
    }
}
