package cn.ggw.exemplars;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static cn.ggw.exemplars.ExemplarTestSupport.nomination;
import static cn.ggw.exemplars.ExemplarTestSupport.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, Numbers: a 40-exemplar booklet with 80 phone-sized photos exported to DOCX (target < 10 s with the heap
 * bounded), and the district's review queue through HTTP (target p95 < 50 ms). A benchmark, not a test (tag "bench"):
 * {@code ./ggw bench exemplars}; results recorded in bench/results/exemplars-*.md.
 */
@QuarkusTest
@Tag("bench")
class ExemplarBench {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("a 40-exemplar booklet with 80 photos exports in under 10 s; the district's review queue answers with p95 under 50 ms")
    void booklet() throws Exception {
        TestTree tree = TestTree.build();
        // Test tokens live 5 minutes and preparing 80 photos on a loaded machine takes longer: a fresh one per call.
        Random random = new Random(12);
        List<Long> ids = new ArrayList<>();
        long photoBytes = 0;
        for (int i = 0; i < 40; i++) {
            List<Map<String, Object>> blocks = new ArrayList<>();
            blocks.add(Map.of("type", "HEADING", "level", 1, "text", "基本情况"));
            for (int p = 0; p < 6; p++) {
                blocks.add(Map.of("type", "PARAGRAPH", "text", "小组坚持自我组织、自我管理、自我教育、自我服务，带动青年农民学技术闯市场。".repeat(4)));
            }
            for (int k = 0; k < 2; k++) {
                byte[] photo = photo(random);
                photoBytes += photo.length;
                long id = upload(tree.adminToken(), tree.village1a, "照片" + i + "-" + k + ".jpg", photo).then().statusCode(201)
                        .extract().jsonPath().getLong("id");
                blocks.add(Map.of("type", "IMAGE", "fileId", id, "caption", "第" + (i + 1) + "个典型的照片" + (k + 1)));
            }
            ids.add(Api.as(tree.adminToken()).body(nomination(tree.village1a, "FOUR_SELF_GROUP", "典型" + (i + 1), Map.of("blocks", blocks)))
                    .post("/api/v1/exemplars").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        sql("update exemplar set status = 'APPROVED', approved_at = now() where id in (" + join(ids) + ")");
        Map<String, Object> b = new HashMap<>();
        b.put("title", "基准测试汇编");
        b.put("foreword", "前言。");
        b.put("exemplarIds", ids);
        long booklet = Api.as(tree.adminToken()).body(b).post("/api/v1/booklets").then().statusCode(201).extract().jsonPath().getLong("id");

        // Downloaded to a file with the JDK's client: the bench shares the server's (bounded) heap, so the 55 MB
        // answer must not sit in it as REST Assured's byte array.
        List<Double> times = new ArrayList<>();
        java.nio.file.Path docx = java.nio.file.Files.createTempFile("bench-booklet-", ".docx");
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest download = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + io.restassured.RestAssured.port + "/api/v1/booklets/" + booklet + "/docx"))
                .header("Authorization", "Bearer " + tree.adminToken()).build();
        Runtime rt = Runtime.getRuntime();
        long peakUsed = 0;
        for (int run = 0; run < 3; run++) {
            System.gc();
            long t = System.nanoTime();
            var response = client.send(download, java.net.http.HttpResponse.BodyHandlers.ofFile(docx));
            times.add((System.nanoTime() - t) / 1e6);
            assertEquals(200, response.statusCode());
            peakUsed = Math.max(peakUsed, rt.totalMemory() - rt.freeMemory());
        }
        long media;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            media = zip.stream().filter(e -> e.getName().startsWith("word/media/")).count();
        }
        assertEquals(80, media);
        System.out.printf("| booklet DOCX, 40 exemplars, 80 photos (%.1f MB of JPEG) | %.1f MB | runs %s ms | max heap %d MB, heap in use after a run %d MB |%n",
                photoBytes / 1048576.0, java.nio.file.Files.size(docx) / 1048576.0, times, rt.maxMemory() / 1048576, peakUsed / 1048576);
        java.nio.file.Files.delete(docx);

        // The district's queue: 400 exemplars waiting for it among 2,000 in the district.
        sql("insert into exemplar (org_unit_id, org_path, nominating_unit_id, category, year, title, subject_name, body, status,"
                + " township_review, nominated_at, nominated_by, updated_at, updated_by)"
                + " select u.id, u.org_path, u.id, 'OTHER', 2013, '队列' || g, '对象' || g, '{\"blocks\":[]}', "
                + " case when g % 5 = 0 then 'FORWARDED' else 'APPROVED' end, true, now(), 'bench', now(), 'bench'"
                + " from org_unit u, generate_series(1, 2000) g where u.id = " + tree.village1b);
        sql("analyze exemplar");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet plan = s.executeQuery("explain (analyze, buffers) select id, org_unit_id, category, year, title from exemplar"
                     + " where status = 'FORWARDED' and (org_path = '" + tree.district + "' or org_path like '" + tree.district
                     + ".%') order by id desc limit 51")) {
            while (plan.next()) {
                System.out.println("    " + plan.getString(1));
            }
        }
        String url = "/api/v1/exemplars?awaiting=DISTRICT";
        List<Double> queue = times(tree.adminToken(), url, 100);
        double p95 = queue.get((int) Math.ceil(queue.size() * 0.95) - 1);
        System.out.printf("| district review queue (400 waiting of 2,040), first page of 50 | p50 %.1f ms | p95 %.1f ms | max %.1f ms |%n",
                queue.get(queue.size() / 2), p95, queue.get(queue.size() - 1));
        assertTrue(Collections.max(times) < 10_000, "booklet export took " + times);
        assertTrue(p95 < 50, "queue p95 " + p95);
    }

    /** A phone-sized JPEG (2400×1800, noisy enough to weigh ~1–2 MB). */
    private static byte[] photo(Random random) throws IOException {
        BufferedImage img = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (int i = 0; i < 3000; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(2400), random.nextInt(1800), 10 + random.nextInt(120), 10 + random.nextInt(120));
        }
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(img, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** Timed with the JDK's HTTP client: REST Assured's own overhead (and the contract check) would dominate. */
    private static List<Double> times(String token, String url, int runs) {
        Api.as(token).get(url).then().statusCode(200);
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + url))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs + 10; i++) {
            long t = System.nanoTime();
            try {
                var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new AssertionError(url + " answered " + response.statusCode());
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (i >= 10) {
                times.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(times);
        return times;
    }
}
