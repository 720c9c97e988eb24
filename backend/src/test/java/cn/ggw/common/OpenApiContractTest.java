package cn.ggw.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed openapi.yaml is the contract the city system codes against: it must equal what the
 * backend serves. Regenerate with {@code ./ggw openapi} (runs this test with -Dggw.openapi.write=true).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    @DisplayName("the committed openapi.yaml equals the served contract")
    void noDrift() throws IOException {
        String served = RestAssured.given().get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("ggw.openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi.yaml is missing: run ./ggw openapi");
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "openapi.yaml differs from what the backend serves: run ./ggw openapi and commit the result");
    }

    @Test
    @DisplayName("every API operation documents each of its problem answers (400, 404, 409, 414, 500, 503; 401 and 403 when secured; no 404 or 409 for a GET that names nothing) as problem+json")
    void problemsDocumented() throws IOException {
        String served = RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode contract = new ObjectMapper().readTree(served);
        assertTrue(contract.path("components").path("schemas").has("Problem"), "the Problem schema is part of the contract");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!List.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                boolean secured = op.getValue().has("security") && !op.getValue().path("security").isEmpty();
                List<String> codes = new ArrayList<>(List.of("400", "414", "500", "503"));
                boolean namesNothing = "get".equals(op.getKey()) && op.getValue().path("parameters").isEmpty()
                        && op.getValue().path("requestBody").isMissingNode();
                if (namesNothing) {
                    // GET /me and the like: no id or code to miss, no state to conflict with — and the contract says so
                    for (String never : List.of("404", "409")) {
                        if (op.getValue().path("responses").has(never)) {
                            missing.add("GET " + path.getKey() + " lists " + never + ", which it never answers");
                        }
                    }
                } else {
                    codes.addAll(List.of("404", "409"));
                }
                if (secured) {
                    codes.addAll(List.of("401", "403"));
                }
                for (String code : codes) {
                    JsonNode answer = op.getValue().path("responses").path(code);
                    String ref = answer.path("content").path("application/problem+json").path("schema").path("$ref").asText("");
                    if (!ref.endsWith("/Problem")) {
                        missing.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + " " + code);
                    }
                }
            }
        }
        assertTrue(operations > 50, "the contract lists the operations (" + operations + ")");
        assertTrue(missing.isEmpty(), "operations without a documented problem answer: " + missing);
    }
}
