package cn.ggw.common;

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
    @DisplayName("every API operation documents its problem answers and the problem schema exists")
    void problemsDocumented() {
        String served = RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertTrue(served.contains("\"Problem\""), "the Problem schema is part of the contract");
        assertTrue(served.contains("application/problem+json"), "problem answers are documented");
    }
}
