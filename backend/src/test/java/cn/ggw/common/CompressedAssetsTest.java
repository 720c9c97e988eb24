package cn.ggw.common;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPA's assets and the API's answers travel compressed (issue 15, item 1). */
@QuarkusTest
class CompressedAssetsTest {

    private static final String PROBE = "/assets/probe-T3st.js";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CompressedAssetsTest.class.getResourceAsStream("/META-INF/resources" + name)) {
            return in.readAllBytes();
        }
    }

    /** Raw bytes as sent: REST Assured must not undo the encoding. */
    private static Response fetch(String path, String acceptEncoding) {
        return RestAssured.given()
                .config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding)
                .get(path);
    }

    @Test
    @DisplayName("A browser that takes Brotli gets the Brotli copy written at build time, cacheable for a year")
    void brotli() throws IOException {
        Response response = fetch(PROBE, "gzip, deflate, br, zstd");
        response.then().statusCode(200)
                .header("Content-Encoding", equalTo("br"))
                .header("Content-Type", containsString("text/javascript"))
                .header("Vary", containsStringIgnoringCase("accept-encoding"))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        assertArrayEquals(resource(PROBE + ".br"), response.asByteArray());
    }

    @Test
    @DisplayName("gzip when Brotli is not accepted or refused with q=0")
    void gzip() throws IOException {
        for (String accept : new String[] {"gzip, deflate", "br;q=0, gzip;q=0.8"}) {
            Response response = fetch(PROBE, accept);
            response.then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
            assertArrayEquals(resource(PROBE + ".gz"), response.asByteArray(), accept);
        }
    }

    @Test
    @DisplayName("The plain file for a client that takes no compression")
    void plain() throws IOException {
        Response response = fetch(PROBE, "identity");
        response.then().statusCode(200).header("Content-Encoding", nullValue());
        assertArrayEquals(resource(PROBE), response.asByteArray());
    }

    @Test
    @DisplayName("An asset that does not exist is still a 404, in no encoding")
    void missing() {
        fetch("/assets/no-such-file-00000.js", "br").then().statusCode(404).header("Content-Encoding", nullValue());
    }

    @Test
    @DisplayName("API answers in JSON are gzip-compressed for clients that accept it")
    void apiAnswers() {
        TestTree tree = TestTree.build();
        Response response = RestAssured.given()
                .config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .auth().oauth2(tree.adminToken())
                .queryParam("limit", 100)
                .get("/api/v1/org-units/" + tree.district + "/descendants");
        response.then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        byte[] body = response.asByteArray();
        assertEquals(0x1f, body[0] & 0xff, "a gzip stream");
        assertEquals(0x8b, body[1] & 0xff, "a gzip stream");

        String plain = Api.as(tree.adminToken()).queryParam("limit", 100)
                .get("/api/v1/org-units/" + tree.district + "/descendants").then().statusCode(200)
                .extract().asString();
        assertTrue(plain.length() > body.length, "compressed is smaller: " + body.length + " < " + plain.length());
        assertFalse(plain.isEmpty());
    }
}
