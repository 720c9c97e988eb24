package cn.ggw.rules;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestImages;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HeaderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static cn.ggw.rules.BulletinResourceTest.bulletin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Bulletins carry attachments: uploaded by the sender, read by every unit the bulletin was sent to, by no other. */
@QuarkusTest
class BulletinAttachmentTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    static Response upload(String token, long unitId, String name, byte[] content) {
        return Api.as(token)
                .config(RestAssured.config()
                        .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Accept-Language"))
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .contentType(ContentType.MULTIPART)
                .multiPart("file", name, content, "application/octet-stream")
                .multiPart("unitId", String.valueOf(unitId))
                .post("/api/v1/files");
    }

    static long uploaded(String token, long unitId, String name, byte[] content) {
        return upload(token, unitId, name, content).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> withFiles(Map<String, Object> recipients, Long... fileIds) {
        Map<String, Object> b = bulletin("关于印发2013年工作要点的通知", recipients);
        b.put("fileIds", List.of(fileIds));
        return b;
    }

    static Response attachment(String token, long bulletinId, long fileId) {
        return Api.as(token).accept("*/*").get("/api/v1/bulletins/{id}/attachments/{fileId}", bulletinId, fileId);
    }

    @Nested
    @DisplayName("As district admin sending")
    class AsDistrictAdmin {

        @Test
        @DisplayName("attachments are listed in order on the bulletin; the sender downloads them with no-store")
        void sendsWithAttachments() {
            long pdf = uploaded(tree.adminToken(), tree.district, "2013年工作要点.pdf", PDF);
            long photo = uploaded(tree.adminToken(), tree.district, "制度上墙.png", TestImages.png(20, 20));
            JsonPath sent = Api.as(tree.adminToken()).body(withFiles(Map.of("kinds", List.of("VILLAGE")), pdf, photo))
                    .post("/api/v1/bulletins").then().statusCode(201)
                    .body("attachments.id", contains((int) pdf, (int) photo))
                    .body("attachments[0].name", equalTo("2013年工作要点.pdf"))
                    .body("attachments[0].kind", equalTo("PDF"))
                    .extract().jsonPath();
            long id = sent.getLong("summary.id");
            byte[] got = attachment(tree.adminToken(), id, pdf).then().statusCode(200).contentType("application/pdf")
                    .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff")
                    .extract().asByteArray();
            assertArrayEquals(PDF, got);
            Api.as(tree.adminToken()).get("/api/v1/bulletins/{id}", id).then().statusCode(200).body("attachments", hasSize(2));
        }

        @Test
        @DisplayName("a file uploaded by another district is a 400 naming fileIds[i], and nothing is sent")
        void foreignFile() {
            TestTree other = TestTree.build();
            long theirs = uploaded(other.adminToken(), other.district, "a.pdf", PDF);
            long mine = uploaded(tree.adminToken(), tree.district, "b.pdf", PDF);
            Api.as(tree.adminToken()).body(withFiles(Map.of(), mine, theirs)).post("/api/v1/bulletins").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("fileIds[1]"));
            Api.as(tree.adminToken()).queryParam("box", "SENT").get("/api/v1/bulletins").then().statusCode(200).body("items", hasSize(0));
            // The file refused stays free: a bulletin may still carry it.
            Api.as(tree.adminToken()).body(withFiles(Map.of(), mine)).post("/api/v1/bulletins").then().statusCode(201)
                    .body("attachments", hasSize(1));
        }

        @Test
        @DisplayName("a forbidden type or a name lying about its type is refused at upload (400, in the caller's language)")
        void forbiddenTypes() {
            upload(tree.adminToken(), tree.district, "通知.exe", "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1))
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("file"));
            upload(tree.adminToken(), tree.district, "通知.pdf", TestImages.png(10, 10))
                    .then().statusCode(400).body("errors[0].field", equalTo("file")).body("detail", containsString("pdf"));
            Api.as(tree.adminToken()).header("Accept-Language", "en").body(withFiles(Map.of(), 987654321L))
                    .post("/api/v1/bulletins").then().statusCode(400).body("errors[0].field", equalTo("fileIds[0]"));
        }

        @Test
        @DisplayName("a file already attached to another bulletin is a 400: one record owns a file")
        void takenFile() {
            long pdf = uploaded(tree.adminToken(), tree.district, "a.pdf", PDF);
            Api.as(tree.adminToken()).body(withFiles(Map.of(), pdf)).post("/api/v1/bulletins").then().statusCode(201);
            Api.as(tree.adminToken()).body(withFiles(Map.of(), pdf)).post("/api/v1/bulletins").then().statusCode(400)
                    .body("errors[0].field", equalTo("fileIds[0]"));
        }
    }

    @Nested
    @DisplayName("As a recipient (village staff) and the units around it")
    class AsRecipients {

        @Test
        @DisplayName("a village the bulletin was sent to downloads the attachment; a village of the same district not sent it gets 404")
        void onlyRecipients() {
            long pdf = uploaded(tree.adminToken(), tree.district, "要点.pdf", PDF);
            long id = Api.as(tree.adminToken()).body(withFiles(Map.of("unitIds", List.of(tree.village1a)), pdf))
                    .post("/api/v1/bulletins").then().statusCode(201).extract().jsonPath().getLong("summary.id");

            Api.as(tree.village1aToken()).get("/api/v1/bulletins/{id}", id).then().statusCode(200)
                    .body("attachments.name", contains("要点.pdf"));
            assertArrayEquals(PDF, attachment(tree.village1aToken(), id, pdf).then().statusCode(200)
                    .header("Cache-Control", "no-store").extract().asByteArray());
            // Its own file store does not show the sender's file: only the bulletin opens it.
            Api.as(tree.village1aToken()).accept("*/*").get("/api/v1/files/{id}", pdf).then().statusCode(404);

            String village1b = Tokens.of(Roles.VILLAGE_STAFF, tree.code("V1B"));
            attachment(village1b, id, pdf).then().statusCode(404).contentType("application/problem+json");
            TestTree other = TestTree.build();
            attachment(other.adminToken(), id, pdf).then().statusCode(404);
            attachment(other.village1aToken(), id, pdf).then().statusCode(404);
        }

        @Test
        @DisplayName("a file that is not attached to the bulletin is a 404 even for a recipient and for the sender")
        void notAttached() {
            long attached = uploaded(tree.adminToken(), tree.district, "a.pdf", PDF);
            long loose = uploaded(tree.adminToken(), tree.district, "b.pdf", PDF);
            long id = Api.as(tree.adminToken()).body(withFiles(Map.of(), attached)).post("/api/v1/bulletins").then().statusCode(201)
                    .extract().jsonPath().getLong("summary.id");
            long second = Api.as(tree.adminToken()).body(withFiles(Map.of(), loose)).post("/api/v1/bulletins").then().statusCode(201)
                    .extract().jsonPath().getLong("summary.id");
            attachment(tree.village1aToken(), id, loose).then().statusCode(404);
            attachment(tree.adminToken(), id, loose).then().statusCode(404);
            attachment(tree.village1aToken(), second, loose).then().statusCode(200);
        }
    }
}
