package cn.ggw.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operations of the contract the backend serves (/q/openapi), for tests that go over every one of them. */
public final class Contract {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static JsonNode document;

    private Contract() {
    }

    /** One operation: method, path template, tags, whether it needs a token, its body's media type (null: none). */
    public record Operation(String method, String path, List<String> tags, boolean secured, String bodyType, JsonNode node) {

        /** The path with every {parameter} replaced by a value. */
        public String pathWith(String value) {
            return path.replaceAll("\\{[^}]+}", value);
        }

        /** Sends the request (anonymous unless a token is given), with an empty body of the operation's type. */
        public Response call(String token, String pathValue) {
            var request = RestAssured.given().accept("application/json, application/problem+json").header("Accept-Language", "zh-CN");
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            if (bodyType != null) {
                request = bodyType.startsWith("multipart/") ? request.contentType("multipart/form-data").multiPart("unused", "x")
                        : request.contentType(bodyType).body("{}");
            } else if (!"get".equals(method) && !"delete".equals(method)) {
                request = request.contentType("application/json");
            }
            return request.request(method.toUpperCase(java.util.Locale.ROOT), pathWith(pathValue));
        }

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    /** The served document itself (for the schemas its operations refer to). */
    public static synchronized JsonNode document() {
        operations();
        return document;
    }

    public static synchronized List<Operation> operations() {
        if (document == null) {
            String served = RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            try {
                document = new ObjectMapper().readTree(served);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode node = op.getValue();
                List<String> tags = new ArrayList<>();
                node.path("tags").forEach(t -> tags.add(t.asText()));
                boolean secured = node.has("security") && !node.path("security").isEmpty();
                String bodyType = null;
                var content = node.path("requestBody").path("content").fieldNames();
                if (content.hasNext()) {
                    bodyType = content.next();
                }
                operations.add(new Operation(op.getKey(), path.getKey(), tags, secured, bodyType, node));
            }
        }
        return operations;
    }
}
