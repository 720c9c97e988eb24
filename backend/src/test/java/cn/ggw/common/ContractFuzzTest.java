package cn.ggw.common;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Contract;
import cn.ggw.testsupport.InvalidValues;
import cn.ggw.testsupport.RowWrites;
import cn.ggw.testsupport.Schemas;
import cn.ggw.testsupport.TestRun;
import cn.ggw.testsupport.TestTree;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, item 10: the whole contract fuzzed. For every operation of the served openapi.yaml and every role, requests
 * that are valid but for one parameter or body field, which carries a value generated ({@link InvalidValues}, drawn with
 * the run's seed: {@link TestRun}) from that field's schema to be one it must refuse — the wrong JSON type, NUL and other
 * control characters, the RTL override, overlong text, huge, negative or fractional numbers, impossible dates — or a
 * body with an unknown field, of the wrong shape, or no JSON at all. Each answer must be no 5xx, every 4xx a problem+json
 * with a title and a detail, and no table may have a row written.
 * <p>
 * How many requests per operation and role: {@code -Dggw.fuzz.tries} (default 1: about 730 requests, a minute on a busy
 * machine). The generators are our own seeded ones (no shrinking): a failure names the request and prints the seed
 * ({@code -Dggw.test.seed}) that makes it again.
 */
@QuarkusTest
@ExtendWith(TestRun.class)
@DisplayName("The contract, fuzzed")
class ContractFuzzTest {

    private static final int TRIES = Integer.getInteger("ggw.fuzz.tries", 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Tables left out of the row check. No refused request writes any table (refusals are not audited — audit_event
     * records changes made —, and the per-account limits on personal look-ups are counted in memory); but the figures'
     * write stamps (V18, V25) is folded every minute in the background whatever the requests do. A request that wrote a
     * watched table would still be caught there: figure_change only ever moves with a write to another table.
     */
    private static final Set<String> MAY_CHANGE = Set.of("figure_change", "figure_change_folded");

    @Inject
    AgroalDataSource dataSource;

    /** One thing a request can get wrong: a parameter (path, query, header), a body field, a multipart part, or the body as a whole. */
    private record Target(String in, String name, List<String> fieldPath, JsonNode schema) {

        @Override
        public String toString() {
            return in + " " + (fieldPath.isEmpty() ? name : String.join(".", fieldPath));
        }
    }

    /** A value to send and how to describe it in a failure (long values shortened). */
    private record Drawn(Object value, String shown) {

        static Drawn of(Object value) {
            String s = String.valueOf(value);
            String shown = s.length() > 60 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
            return new Drawn(value, shown.replace("\u0000", "\\u0000").replace("\u202E", "\\u202E"));
        }
    }

    @Test
    @DisplayName("issue 9 item 10: every operation, every role, an invalid value in each parameter and body field: no 5xx, every 4xx problem+json with title and detail, no row written")
    void invalidInputIsRefusedCleanly() throws JsonProcessingException {
        TestTree tree = TestTree.build();
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(Roles.DISTRICT_ADMIN, tree.adminToken());
        roles.put(Roles.DISTRICT_VIEWER, tree.viewerToken());
        roles.put(Roles.TOWNSHIP_STAFF, tree.township1Token());
        roles.put(Roles.VILLAGE_STAFF, tree.village1aToken());
        roles.put(Roles.CITY_API, tree.cityToken());
        Random random = TestRun.random(ContractFuzzTest.class.getName());
        RowWrites writes = new RowWrites(dataSource, MAY_CHANGE);
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        int requests = 0;
        List<Contract.Operation> operations = Contract.operations();
        for (Contract.Operation op : operations) {
            List<Target> targets = targets(op);
            if (targets.isEmpty()) {
                continue;
            }
            // The operation's targets in a random order, taken in turn across roles and tries: an operation with up
            // to five parameters and fields has each of them fuzzed in every run, larger ones a different five each seed.
            java.util.Collections.shuffle(targets, random);
            int turn = 0;
            for (Map.Entry<String, String> role : roles.entrySet()) {
                for (int i = 0; i < TRIES; i++) {
                    Target target = targets.get(turn++ % targets.size());
                    Drawn drawn = draw(target, random);
                    Response answer = send(op, role.getValue(), tree.village1a, target, drawn.value());
                    requests++;
                    int status = answer.statusCode();
                    statuses.merge(status, 1, Integer::sum);
                    String where = op + " as " + role.getKey() + ", " + target + " = " + drawn.shown() + " → " + status;
                    String type = String.valueOf(answer.contentType());
                    // 503 with a problem is the documented answer of the account operations while Keycloak is away (these tests have none).
                    if (status >= 500 && !(status == 503 && type.startsWith("application/problem+json"))) {
                        wrong.add(where + " " + answer.asString().substring(0, Math.min(200, answer.asString().length())));
                    } else if (status >= 400 && !isProblem(answer)) {
                        wrong.add(where + ", not a problem+json with title and detail: " + type + " "
                                + answer.asString().substring(0, Math.min(200, answer.asString().length())));
                    }
                    List<String> changed = writes.changed();
                    if (!changed.isEmpty()) {
                        wrong.add(where + ", rows written in " + changed);
                    }
                }
            }
        }
        System.out.printf("[ggw] contract fuzz: %d invalid requests over %d operations × %d roles in %d ms (%d table comparisons), answers %s (seed %d)%n",
                requests, operations.size(), roles.size(), (System.nanoTime() - started) / 1_000_000, writes.comparisons(), statuses, TestRun.SEED);
        assertTrue(requests >= operations.size() * roles.size() * TRIES * 9 / 10, "requests sent: " + requests);
        assertTrue(wrong.isEmpty(), wrong.size() + " invalid requests were not refused cleanly:\n" + String.join("\n", wrong));
    }

    private static boolean isProblem(Response answer) {
        if (!String.valueOf(answer.contentType()).startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(answer.asByteArray());
            return !body.path("title").asText().isBlank() && !body.path("detail").asText().isBlank();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Every parameter, every body field (three levels deep), and the body as a whole. */
    private static List<Target> targets(Contract.Operation op) {
        List<Target> targets = new ArrayList<>();
        for (JsonNode p : op.node().path("parameters")) {
            JsonNode param = Schemas.resolve(p);
            targets.add(new Target(param.path("in").asText(), param.path("name").asText(), List.of(), Schemas.resolve(param.path("schema"))));
        }
        if (op.bodyType() != null) {
            JsonNode schema = Schemas.resolve(op.node().path("requestBody").path("content").path(op.bodyType()).path("schema"));
            boolean multipart = op.bodyType().startsWith("multipart/");
            if (multipart) {
                schema.path("properties").properties().forEach(e ->
                        targets.add(new Target("part", e.getKey(), List.of(), Schemas.resolve(e.getValue()))));
            } else {
                fields(schema, new ArrayList<>(), targets, 0);
                targets.add(new Target("body", "(an unknown field)", List.of(), schema));
                targets.add(new Target("body", "(the whole body)", List.of(), schema));
            }
        }
        return targets;
    }

    private static void fields(JsonNode schema, List<String> path, List<Target> targets, int depth) {
        if (depth > 2 || !"object".equals(Schemas.type(schema))) {
            return;
        }
        schema.path("properties").properties().forEach(e -> {
            List<String> fieldPath = new ArrayList<>(path);
            fieldPath.add(e.getKey());
            JsonNode field = Schemas.resolve(e.getValue());
            if (field.path("readOnly").asBoolean(false)) {
                return;
            }
            targets.add(new Target("body", e.getKey(), fieldPath, field));
            fields(field, fieldPath, targets, depth + 1);
        });
    }

    private static Drawn draw(Target target, Random random) {
        return switch (target.in()) {
            case "path", "query" -> Drawn.of(InvalidValues.draw(InvalidValues.urlText(), random));
            // HTTP headers cannot carry control characters at all (the client would not send them): the other invalid values.
            // Headers also stay within the HTTP layer's 20 KiB of headers (see InvalidValues.urlText).
            case "header" -> Drawn.of(InvalidValues.draw(InvalidValues.urlText().filter(s -> s.chars().noneMatch(c -> c < 0x20))
                    .map(s -> s.length() > 3_000 ? s.substring(0, 3_000) : s), random));
            case "part" -> Drawn.of(InvalidValues.draw(InvalidValues.urlText(), random));
            default -> switch (target.name()) {
                case "(an unknown field)" -> Drawn.of(Map.of(InvalidValues.draw(InvalidValues.of("zz", "isAdmin", "orgPath", "id", "createdBy"), random),
                        InvalidValues.draw(InvalidValues.forSchema(Schemas.resolve(JSON.createObjectNode())), random)));
                case "(the whole body)" -> Drawn.of(InvalidValues.draw(InvalidValues.of("[]", "\"x\"", "123", "null", "{\"a\":", "{}{}", "\u0000",
                        "{\"a\":\"\\u0000\"}", "[{}]"), random));
                default -> Drawn.of(InvalidValues.draw(InvalidValues.forSchema(target.schema()), random));
            };
        };
    }

    private static Response send(Contract.Operation op, String token, long unitId, Target target, Object value) throws JsonProcessingException {
        // The URL is written here, percent-encoded once: REST Assured would read braces in a value as a template.
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(false).accept("application/json, application/problem+json")
                .header("Accept-Language", "zh-CN").auth().oauth2(token);
        String url = op.path();
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.node().path("parameters")) {
            JsonNode param = Schemas.resolve(p);
            String in = param.path("in").asText();
            String name = param.path("name").asText();
            boolean isTarget = in.equals(target.in()) && name.equals(target.name());
            if (!isTarget && !"path".equals(in) && !param.path("required").asBoolean(false)) {
                continue;
            }
            String v = isTarget ? String.valueOf(value) : String.valueOf(base(Schemas.resolve(param.path("schema")), name, unitId, 0));
            switch (in) {
                case "path" -> url = url.replace("{" + name + "}", encode(v));
                case "query" -> query.add(encode(name) + "=" + encode(v));
                case "header" -> request = request.header(name, v);
                default -> { }
            }
        }
        if (!query.isEmpty()) {
            url += "?" + String.join("&", query);
        }
        if (op.bodyType() != null) {
            JsonNode schema = Schemas.resolve(op.node().path("requestBody").path("content").path(op.bodyType()).path("schema"));
            if (op.bodyType().startsWith("multipart/")) {
                request = request.contentType("multipart/form-data");
                for (Map.Entry<String, JsonNode> part : schema.path("properties").properties()) {
                    JsonNode partSchema = Schemas.resolve(part.getValue());
                    boolean isTarget = "part".equals(target.in()) && part.getKey().equals(target.name());
                    if ("binary".equals(partSchema.path("format").asText())) {
                        // The file: as the target, junk bytes under a file name that is itself invalid.
                        String fileName = isTarget ? String.valueOf(value) + ".xlsx" : "名单.xlsx";
                        byte[] content = isTarget ? String.valueOf(value).getBytes(StandardCharsets.UTF_8) : "序号,姓名\n1,张三\n".getBytes(StandardCharsets.UTF_8);
                        request = request.multiPart(part.getKey(), fileName, content, "application/octet-stream");
                    } else {
                        request = request.multiPart(part.getKey(), isTarget ? String.valueOf(value) : String.valueOf(base(partSchema, part.getKey(), unitId, 0)));
                    }
                }
            } else {
                request = request.contentType(op.bodyType());
                if ("(the whole body)".equals(target.name())) {
                    request = request.body(String.valueOf(value));
                } else {
                    Object body = base(schema, "", unitId, 0);
                    if (body instanceof Map<?, ?> map) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> fields = (Map<String, Object>) map;
                        if ("(an unknown field)".equals(target.name())) {
                            fields.putAll(((Map<String, Object>) value));
                        } else if ("body".equals(target.in())) {
                            put(fields, target.fieldPath(), value);
                        }
                    }
                    request = request.body(JSON.writeValueAsString(body));
                }
            }
        } else if (!"get".equals(op.method()) && !"delete".equals(op.method())) {
            request = request.contentType("application/json");
        }
        return request.request(op.method().toUpperCase(Locale.ROOT), url);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sets a field at a path of objects, making the objects on the way. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, List<String> path, Object value) {
        Map<String, Object> at = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object next = at.get(path.get(i));
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                at.put(path.get(i), next);
            }
            at = (Map<String, Object>) next;
        }
        at.put(path.get(path.size() - 1), value);
    }

    /**
     * A plausible value for a schema, so that the one invalid value is what the request gets wrong: the first of an
     * enumeration, the example, today for a date, the caller's village for an id, the required fields of an object.
     */
    private static Object base(JsonNode schema, String name, long unitId, int depth) {
        if (schema.has("enum")) {
            return JSON.convertValue(schema.path("enum").path(0), Object.class);
        }
        JsonNode example = schema.has("example") ? schema.get("example") : schema.path("examples").path(0);
        String format = schema.path("format").asText();
        boolean idLike = name.equals("id") || name.endsWith("Id");
        return switch (Schemas.type(schema)) {
            case "object" -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                if (depth < 4) {
                    for (JsonNode required : schema.path("required")) {
                        String field = required.asText();
                        fields.put(field, base(Schemas.resolve(schema.path("properties").path(field)), field, unitId, depth + 1));
                    }
                }
                yield fields;
            }
            case "array" -> depth < 4 ? new ArrayList<>(List.of(base(Schemas.resolve(schema.path("items")), name, unitId, depth + 1))) : new ArrayList<>();
            case "integer" -> idLike ? unitId : example.isNumber() ? example.numberValue() : 1;
            case "number" -> example.isNumber() ? example.numberValue() : 1;
            case "boolean" -> true;
            default -> {
                if ("date".equals(format)) {
                    yield LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
                } else if ("date-time".equals(format)) {
                    yield Instant.now().toString();
                } else if (idLike) {
                    yield String.valueOf(unitId);
                } else if (example.isValueNode() && !example.isMissingNode()) {
                    yield example.asText();
                }
                yield "测试";
            }
        };
    }
}
