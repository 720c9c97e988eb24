package cn.ggw.files;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestImages;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HeaderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FileResourceTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    TestTree tree;

    @Inject
    FileCleanup cleanup;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    // ---- helpers -------------------------------------------------------------------------

    /** Multipart with the file name in UTF-8, as browsers send it (REST Assured's default mode writes ASCII). */
    static RequestSpecification multipart(RequestSpecification spec) {
        return spec.config(RestAssured.config()
                        .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Accept-Language"))
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .contentType(ContentType.MULTIPART);
    }

    static Response upload(String token, Long unitId, String name, byte[] content, String purpose) {
        RequestSpecification request = multipart(Api.as(token))
                .multiPart("file", name, content, "application/octet-stream");
        if (unitId != null) {
            request.multiPart("unitId", String.valueOf(unitId));
        }
        if (purpose != null) {
            request.multiPart("purpose", purpose);
        }
        return request.post("/api/v1/files");
    }

    static long uploaded(String token, long unitId, String name, byte[] content) {
        return upload(token, unitId, name, content, null).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response download(String token, long id) {
        return Api.as(token).accept("*/*").get("/api/v1/files/" + id);
    }

    static Response thumbnail(String token, long id) {
        return Api.as(token).accept("*/*").get("/api/v1/files/" + id + "/thumbnail");
    }

    static Response attach(String token, String type, long ownerId, long unitId, String purpose, Long... fileIds) {
        return Api.as(token).body(Map.of("unitId", unitId, "fileIds", List.of(fileIds), "purpose", purpose))
                .post("/api/v1/test-only/file-owners/" + type + "/" + ownerId + "/attach");
    }

    String township2Token() {
        return Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
    }

    String village1bToken() {
        return Tokens.of(Roles.VILLAGE_STAFF, tree.code("V1B"));
    }

    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("名单").createRow(0).createCell(0).setCellValue("姓名");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    // ---- village staff -------------------------------------------------------------------

    @Nested
    @DisplayName("as village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("POST /files stores a photo for the caller's village: 201 with the StoredFile and its Location")
        void uploadsPhoto() {
            Response r = upload(tree.village1aToken(), tree.village1a, "例会照片.jpg", TestImages.jpeg(640, 480), "IMAGE");
            r.then().statusCode(201)
                    .header("Location", containsString("/api/v1/files/"))
                    .body("name", equalTo("例会照片.jpg"))
                    .body("kind", equalTo("JPEG"))
                    .body("mediaType", equalTo("image/jpeg"))
                    .body("widthPx", equalTo(640))
                    .body("heightPx", equalTo(480))
                    .body("createdBy", equalTo("village-staff." + tree.code("V1A")));
        }

        @Test
        @DisplayName("without unitId the upload is for the caller's own unit")
        void defaultUnit() {
            long id = upload(tree.village1aToken(), null, "a.png", TestImages.png(20, 20), null).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            download(tree.village1aToken(), id).then().statusCode(200);
            download(village1bToken(), id).then().statusCode(404);
        }

        @Test
        @DisplayName("a phone photo comes back without GPS, camera, XMP, IPTC, comment or trailer, and with its orientation")
        void photoLosesLocation() throws IOException {
            byte[] photo = TestImages.phonePhotoWithGps(640, 480);
            assertTrue(contains(photo, "GPS") && contains(photo, TestImages.CAMERA), "the test photo carries a location");
            Response r = upload(tree.village1aToken(), tree.village1a, "IMG_0001.JPG", photo, "IMAGE");
            r.then().statusCode(201).body("widthPx", equalTo(640)).body("heightPx", equalTo(480));
            long id = r.jsonPath().getLong("id");
            byte[] stored = download(tree.village1aToken(), id).then().statusCode(200).contentType("image/jpeg")
                    .extract().asByteArray();

            List<TestImages.Segment> segments = TestImages.jpegSegments(stored);
            List<TestImages.Segment> app1 = segments.stream().filter(s -> s.marker() == 0xE1).toList();
            assertEquals(1, app1.size(), "one APP1 segment: the orientation alone");
            assertTrue(app1.get(0).ascii().startsWith("Exif\0\0"));
            assertEquals(Map.of(0x0112, 6), TestImages.exifTags(app1.get(0).payload()), "IFD0 holds the orientation and nothing else");
            assertTrue(segments.stream().noneMatch(s -> s.marker() == 0xED || s.marker() == 0xFE), "no IPTC, no comment");
            for (String trace : List.of("GPS", TestImages.CAMERA, "xmpmeta", "http://ns.adobe.com/xap", "TRAILER", "洮北区")) {
                assertFalse(contains(stored, trace) || new String(stored, StandardCharsets.UTF_8).contains(trace), "left in the file: " + trace);
            }
            BufferedImage pixels = decode(stored);
            assertEquals(640, pixels.getWidth());
            assertEquals(480, pixels.getHeight());

            BufferedImage small = decode(thumbnail(tree.village1aToken(), id).then().statusCode(200).contentType("image/jpeg")
                    .header("Cache-Control", "no-store").extract().asByteArray());
            assertEquals(360, small.getWidth(), "the thumbnail is turned upright (orientation 6) and at most 480 px");
            assertEquals(480, small.getHeight());
        }

        @Test
        @DisplayName("a PNG loses its text and eXIf chunks and what follows its end")
        void pngLosesText() throws IOException {
            byte[] png = TestImages.pngWithText(50, 40);
            assertTrue(contains(png, "tEXt") && contains(png, "eXIf"));
            long id = uploaded(tree.village1aToken(), tree.village1a, "map.png", png);
            byte[] stored = download(tree.village1aToken(), id).then().statusCode(200).contentType("image/png").extract().asByteArray();
            for (String trace : List.of("tEXt", "eXIf", "GPS", "TRAILER")) {
                assertFalse(contains(stored, trace), "left in the file: " + trace);
            }
            assertEquals(50, decode(stored).getWidth());
        }

        @Test
        @DisplayName("POST /files for another village is refused: 400 naming unitId")
        void otherVillage() {
            upload(tree.village1aToken(), tree.village1b, "a.jpg", TestImages.jpeg(10, 10), null)
                    .then().statusCode(400).body("errors.field", hasItem("unitId"));
        }

        @Test
        @DisplayName("a file attached to a record of another village answers 404, exactly like an unknown id")
        void otherVillagesFile() {
            long id = uploaded(tree.adminToken(), tree.district, "b.jpg", TestImages.jpeg(10, 10));
            attach(tree.adminToken(), "minutes", 501, tree.village1b, "IMAGE", id).then().statusCode(200);
            download(tree.village1aToken(), id).then().statusCode(404).body("type", equalTo("urn:ggw:problem:not-found"));
            thumbnail(tree.village1aToken(), id).then().statusCode(404);
            download(tree.village1aToken(), Long.MAX_VALUE).then().statusCode(404);
            download(village1bToken(), id).then().statusCode(200);
        }
    }

    // ---- township staff ------------------------------------------------------------------

    @Nested
    @DisplayName("as township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("a file attached to a record in township 1 is 404 for township 2's staff and readable in township 1, down to the record's village")
        void attachedFileScope() {
            long id = uploaded(tree.township1Token(), tree.township1, "meeting.jpg", TestImages.jpeg(100, 80));
            download(tree.village1aToken(), id).then().statusCode(404); // unattached: it stays with the township
            attach(tree.township1Token(), "minutes", 7001, tree.village1a, "IMAGE", id).then().statusCode(200)
                    .body("[0].id", equalTo((int) id));
            download(tree.township1Token(), id).then().statusCode(200);
            download(tree.village1aToken(), id).then().statusCode(200);
            download(tree.adminToken(), id).then().statusCode(200);
            download(township2Token(), id).then().statusCode(404);
            download(village1bToken(), id).then().statusCode(404);
            Api.as(township2Token()).get("/api/v1/test-only/file-owners/minutes/7001").then().statusCode(200).body("size()", equalTo(0));
        }

        @Test
        @DisplayName("an upload for a unit of another township is refused: 400 naming unitId, nothing stored")
        void uploadOutsideScope() throws SQLException {
            long before = count("select count(*) from stored_file where org_unit_id = " + tree.village2a);
            upload(tree.township1Token(), tree.village2a, "a.pdf", PDF, null).then().statusCode(400).body("errors.field", hasItem("unitId"));
            assertEquals(before, count("select count(*) from stored_file where org_unit_id = " + tree.village2a));
        }

        @Test
        @DisplayName("claiming another township's upload is refused: 400 naming fileIds[0], as for an unknown id")
        void claimOutsideScope() {
            long theirs = uploaded(township2Token(), tree.township2, "t2.jpg", TestImages.jpeg(10, 10));
            attach(tree.township1Token(), "minutes", 7002, tree.township1, "IMAGE", theirs)
                    .then().statusCode(400).body("errors.field", hasItem("fileIds[0]"));
            attach(tree.township1Token(), "minutes", 7002, tree.township1, "IMAGE", Long.MAX_VALUE)
                    .then().statusCode(400).body("errors.field", hasItem("fileIds[0]"));
        }

        @Test
        @DisplayName("a file another record owns cannot be claimed; the same owner may claim it again; kinds are checked")
        void claimRules() {
            long photo = uploaded(tree.township1Token(), tree.township1, "p.jpg", TestImages.jpeg(10, 10));
            long pdf = uploaded(tree.township1Token(), tree.township1, "p.pdf", PDF);
            attach(tree.township1Token(), "minutes", 7003, tree.township1, "IMAGE", photo).then().statusCode(200);
            attach(tree.township1Token(), "minutes", 7003, tree.township1, "IMAGE", photo).then().statusCode(200);
            attach(tree.township1Token(), "minutes", 7004, tree.township1, "IMAGE", photo)
                    .then().statusCode(400).body("errors.field", hasItem("fileIds[0]")).body("detail", containsString("另一条记录"));
            attach(tree.township1Token(), "minutes", 7004, tree.township1, "IMAGE", pdf)
                    .then().statusCode(400).body("errors.field", hasItem("fileIds[0]")).body("detail", containsString("PDF"));
        }

        @Test
        @DisplayName("a record's files come back in the order claimed; replace keeps exactly the given ones; release deletes them")
        void ownedReplaceRelease() {
            String t = tree.township1Token();
            long a = uploaded(t, tree.township1, "a.jpg", TestImages.jpeg(10, 10));
            long b = uploaded(t, tree.township1, "b.png", TestImages.png(10, 10));
            long c = uploaded(t, tree.township1, "c.pdf", PDF);
            attach(t, "write-up", 8001, tree.township1, "ANY", b, a).then().statusCode(200);
            Api.as(t).get("/api/v1/test-only/file-owners/write-up/8001").then().statusCode(200)
                    .body("id", equalTo(List.of((int) b, (int) a)));
            Api.as(t).body(Map.of("unitId", tree.township1, "fileIds", List.of(c, b), "purpose", "ANY"))
                    .post("/api/v1/test-only/file-owners/write-up/8001/replace").then().statusCode(200);
            Api.as(t).get("/api/v1/test-only/file-owners/write-up/8001").then().statusCode(200)
                    .body("id", equalTo(List.of((int) c, (int) b)));
            download(t, a).then().statusCode(404);
            Api.as(t).delete("/api/v1/test-only/file-owners/write-up/8001").then().statusCode(204);
            download(t, b).then().statusCode(404);
            download(t, c).then().statusCode(404);
            Api.as(tree.adminToken()).get("/api/v1/audit-events?entityType=StoredFile&entityId=" + c).then().statusCode(200)
                    .body("items.action", equalTo(List.of("file.release", "file.attach", "file.upload")));
        }

        @Test
        @DisplayName("files follow their unit when a subtree moves")
        void subtreeMove() {
            long id = uploaded(tree.township1Token(), tree.village1a, "v.jpg", TestImages.jpeg(10, 10));
            int version = Api.as(tree.adminToken()).get("/api/v1/org-units/" + tree.village1a).then().statusCode(200)
                    .extract().jsonPath().getInt("version");
            Api.as(tree.adminToken()).body(Map.of("newParentId", tree.township2, "version", version))
                    .post("/api/v1/org-units/" + tree.village1a + "/move").then().statusCode(200);
            download(township2Token(), id).then().statusCode(200);
            download(tree.township1Token(), id).then().statusCode(404);
        }
    }

    // ---- district admin ------------------------------------------------------------------

    @Nested
    @DisplayName("as district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("GET /files/{id} sends the bytes with the UTF-8 name (RFC 5987), no-store, nosniff")
        void downloadHeaders() {
            long id = uploaded(tree.adminToken(), tree.township1, "2013年 会议纪要.pdf", PDF);
            byte[] body = download(tree.adminToken(), id).then().statusCode(200)
                    .contentType("application/pdf")
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", equalTo("attachment; filename=\"2013______.pdf\"; "
                            + "filename*=UTF-8''2013%E5%B9%B4%20%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.pdf"))
                    .extract().asByteArray();
            assertArrayEquals(PDF, body);
        }

        @Test
        @DisplayName("Word and Excel files are recognised by their parts; a name without extension gets the right one")
        void officeFiles() {
            upload(tree.adminToken(), tree.district, "工作总结", docx("总结"), "DOCUMENT").then().statusCode(201)
                    .body("kind", equalTo("DOCX")).body("mediaType", equalTo(DOCX)).body("name", equalTo("工作总结.docx"))
                    .body("widthPx", nullValue());
            upload(tree.adminToken(), tree.district, "名单.xlsx", xlsx(), "DOCUMENT").then().statusCode(201)
                    .body("kind", equalTo("XLSX")).body("mediaType", equalTo(XLSX));
            upload(tree.adminToken(), tree.district, "C:\\Users\\张三\\Desktop\\报告.pdf", PDF, null).then().statusCode(201)
                    .body("name", equalTo("报告.pdf"));
        }

        @Test
        @DisplayName("documents have no thumbnail: 404")
        void noThumbnail() {
            long id = uploaded(tree.adminToken(), tree.district, "a.pdf", PDF);
            thumbnail(tree.adminToken(), id).then().statusCode(404);
        }

        @Test
        @DisplayName("uploads and claims are audited with the file's unit path")
        void audited() {
            long id = uploaded(tree.adminToken(), tree.township1, "a.pdf", PDF);
            Api.as(tree.township1Token()).get("/api/v1/audit-events?entityType=StoredFile&entityId=" + id).then().statusCode(403);
            Api.as(tree.adminToken()).get("/api/v1/audit-events?entityType=StoredFile&entityId=" + id).then().statusCode(200)
                    .body("items[0].action", equalTo("file.upload")).body("items[0].after.name", equalTo("a.pdf"));
        }
    }

    // ---- other roles ---------------------------------------------------------------------

    @Nested
    @DisplayName("as district viewer (read-only)")
    class AsDistrictViewer {

        @Test
        @DisplayName("downloads files in the district; may not upload (403)")
        void readOnly() {
            long id = uploaded(tree.adminToken(), tree.village1a, "a.jpg", TestImages.jpeg(10, 10));
            download(tree.viewerToken(), id).then().statusCode(200);
            upload(tree.viewerToken(), tree.district, "b.jpg", TestImages.jpeg(10, 10), null).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("as the city system")
    class AsCityApi {

        @Test
        @DisplayName("the file API is not the city's: upload, download and thumbnails answer 403")
        void refused() {
            long id = uploaded(tree.adminToken(), tree.district, "a.jpg", TestImages.jpeg(10, 10));
            download(tree.cityToken(), id).then().statusCode(403);
            thumbnail(tree.cityToken(), id).then().statusCode(403);
            upload(tree.cityToken(), tree.district, "b.jpg", TestImages.jpeg(10, 10), null).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("anonymous")
    class AsAnonymous {

        @Test
        @DisplayName("every file endpoint answers 401")
        void unauthorised() {
            long id = uploaded(tree.adminToken(), tree.district, "a.jpg", TestImages.jpeg(10, 10));
            Api.anonymous().accept("*/*").get("/api/v1/files/" + id).then().statusCode(401);
            Api.anonymous().accept("*/*").get("/api/v1/files/" + id + "/thumbnail").then().statusCode(401);
            Api.anonymous().contentType(ContentType.MULTIPART).multiPart("file", "a.jpg", TestImages.jpeg(10, 10))
                    .post("/api/v1/files").then().statusCode(401);
        }
    }

    // ---- bad input -----------------------------------------------------------------------

    @Nested
    @DisplayName("bad input (as village staff), each a problem+json in the caller's language and nothing stored")
    class BadInput {

        String token;

        @BeforeEach
        void token() {
            token = tree.village1aToken();
        }

        void refused(Response r, int status, String detail) {
            r.then().statusCode(status).contentType("application/problem+json").body("errors.field", hasItem("file"))
                    .body("detail", containsString(detail));
        }

        @Test
        @DisplayName("a photo over 10 MB and a document over 20 MB: 413, nothing stored")
        void tooLarge() throws SQLException {
            long before = count("select count(*) from stored_file where org_unit_id = " + tree.village1a);
            byte[] photo = Arrays.copyOf(TestImages.jpeg(100, 100), 10 * 1024 * 1024 + 1);
            refused(upload(token, tree.village1a, "big.jpg", photo, null), 413, "10 MB");
            byte[] pdf = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
            refused(upload(token, tree.village1a, "big.pdf", pdf, null), 413, "20 MB");
            // Announced larger than the cap: refused before a byte is read, in the same words.
            upload(token, tree.village1a, "huge.pdf", Arrays.copyOf(PDF, 21 * 1024 * 1024), null).then().statusCode(413)
                    .contentType("application/problem+json").body("detail", containsString("文件超过 20 MB"));
            assertEquals(before, count("select count(*) from stored_file where org_unit_id = " + tree.village1a));
        }

        @Test
        @DisplayName("a kind the purpose does not take: a PDF as a photo is 400")
        void wrongKind() {
            refused(upload(token, tree.village1a, "a.pdf", PDF, "IMAGE"), 400, "这里不收PDF 文件，只收：JPEG 图片、PNG 图片");
            refused(upload(token, tree.village1a, "a.jpg", TestImages.jpeg(10, 10), "DOCUMENT"), 400, "这里不收JPEG 图片");
        }

        @Test
        @DisplayName("a name lying about its type: a PDF named .jpg is refused, in Chinese and in English")
        void nameLies() {
            refused(upload(token, tree.village1a, "photo.jpg", PDF, null), 400, "文件名是 .jpg，内容却是PDF 文件");
            multipart(Api.as(token).header("Accept-Language", "en"))
                    .multiPart("file", "photo.JPG", PDF, "image/jpeg").post("/api/v1/files")
                    .then().statusCode(400).body("detail", containsString("The name ends in .jpg but the content is a PDF file"));
        }

        @Test
        @DisplayName("HTML renamed .jpg is refused as a web page")
        void htmlAsJpeg() {
            byte[] html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
            refused(upload(token, tree.village1a, "cute.jpg", html, null), 400, "文件名是 .jpg，内容却是网页（HTML）");
            refused(upload(token, tree.village1a, "page", html, null), 400, "网页（HTML）");
        }

        @Test
        @DisplayName("a zip bomb named .docx is refused before it fills the memory")
        void zipBomb() {
            byte[] bomb = zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(), "word/document.xml", new byte[64 * 1024 * 1024]));
            assertTrue(bomb.length < 200_000, "the bomb is small: " + bomb.length);
            refused(upload(token, tree.village1a, "report.docx", bomb, null), 400, "压缩炸弹");
        }

        @Test
        @DisplayName("a zip that is not a Word file, named .docx, is refused; a damaged one too")
        void notReallyDocx() {
            refused(upload(token, tree.village1a, "report.docx", zip(Map.of("notes.txt", "hello".getBytes())), null), 400,
                    "文件名是 .docx，内容却是压缩包");
            refused(upload(token, tree.village1a, "report.docx", zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(),
                    "ppt/presentation.xml", "<p/>".getBytes())), null), 400, "既不是 Word 也不是 Excel");
            byte[] damaged = Arrays.copyOf(docx("x"), 600);
            refused(upload(token, tree.village1a, "report.docx", damaged, null), 400, "已损坏");
            refused(upload(token, tree.village1a, "macro.docx", zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(),
                    "word/document.xml", "<w/>".getBytes(), "word/vbaProject.bin", new byte[] {1})), null), 400, "带宏");
        }

        @Test
        @DisplayName("an empty file is refused")
        void empty() {
            refused(upload(token, tree.village1a, "empty.jpg", new byte[0], null), 400, "文件是空的");
        }

        @Test
        @DisplayName("a NUL or a direction override in the file name is refused")
        void controlCharactersInName() {
            refused(upload(token, tree.village1a, "photo\u0000.jpg", TestImages.jpeg(10, 10), null), 400, "控制字符");
            refused(upload(token, tree.village1a, "photo\u202Egpj.exe", TestImages.jpeg(10, 10), null), 400, "控制字符");
        }

        @Test
        @DisplayName("a damaged JPEG is refused")
        void damagedJpeg() {
            byte[] jpeg = TestImages.jpeg(50, 50);
            refused(upload(token, tree.village1a, "cut.jpg", Arrays.copyOf(jpeg, 120), null), 400, "图片已损坏");
        }

        @Test
        @DisplayName("a GIF, an old .doc and a HEIC photo are named in the refusal")
        void otherKinds() {
            refused(upload(token, tree.village1a, "a.gif", "GIF89a....".getBytes(StandardCharsets.ISO_8859_1), null), 400, "GIF 动图");
            byte[] ole = new byte[64];
            System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole, 0, 8);
            refused(upload(token, tree.village1a, "old.doc", ole, null), 400, "旧版 Word/Excel");
            byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1);
            refused(upload(token, tree.village1a, "IMG_0002.HEIC", heic, null), 400, "HEIC 照片");
        }

        @Test
        @DisplayName("no file part, an unknown purpose or a unitId that is not a number: 400 naming them")
        void badForm() {
            multipart(Api.as(token)).multiPart("unitId", String.valueOf(tree.village1a))
                    .post("/api/v1/files").then().statusCode(400).body("errors.field", hasItem("file"));
            upload(token, tree.village1a, "a.jpg", TestImages.jpeg(10, 10), "VIDEO").then().statusCode(400)
                    .body("errors.field", hasItem("purpose"));
            multipart(Api.as(token)).multiPart("file", "a.jpg", TestImages.jpeg(10, 10), "image/jpeg")
                    .multiPart("unitId", "abc").post("/api/v1/files").then().statusCode(400).body("errors.field", hasItem("unitId"));
        }
    }

    // ---- clean-up ------------------------------------------------------------------------

    @Nested
    @DisplayName("clean-up of unattached uploads")
    class Cleanup {

        @Test
        @DisplayName("uploads no record claimed within a day are deleted and audited; claimed and recent ones stay")
        void deletesOldUnattached() throws SQLException {
            String t = tree.township1Token();
            long abandoned = uploaded(t, tree.township1, "abandoned.jpg", TestImages.jpeg(10, 10));
            long claimed = uploaded(t, tree.township1, "claimed.jpg", TestImages.jpeg(10, 10));
            long recent = uploaded(t, tree.township1, "recent.jpg", TestImages.jpeg(10, 10));
            attach(t, "minutes", 9001, tree.township1, "IMAGE", claimed).then().statusCode(200);
            execute("update stored_file set created_at = now() - interval '25 hours' where id in (" + abandoned + ", " + claimed + ")");

            int deleted = cleanup.deleteUnattached(Instant.now().minus(Duration.ofHours(24)));

            assertTrue(deleted >= 1);
            download(t, abandoned).then().statusCode(404);
            download(t, claimed).then().statusCode(200);
            download(t, recent).then().statusCode(200);
            assertEquals(0, count("select count(*) from stored_file_content where file_id = " + abandoned));
            Api.as(tree.adminToken()).get("/api/v1/audit-events?entityType=StoredFile&entityId=" + abandoned).then().statusCode(200)
                    .body("items[0].action", equalTo("file.expire")).body("items[0].actor", equalTo("system"));
        }
    }

    @Test
    @DisplayName("FileService.bytes follows the scope; the stored bytes are what GET /files/{id} sends")
    void bytesFollowScope() {
        long id = uploaded(tree.township1Token(), tree.township1, "a.pdf", PDF);
        byte[] bytes = Api.as(tree.township1Token()).accept("*/*").get("/api/v1/test-only/file-owners/bytes/" + id)
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(PDF, bytes);
        Api.as(township2Token()).accept("*/*").get("/api/v1/test-only/file-owners/bytes/" + id).then().statusCode(404);
        assertNotNull(cleanup);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
