package cn.ggw.exemplars;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestImages;
import io.restassured.RestAssured;
import io.restassured.config.HeaderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Requests the exemplar tests share: uploads, nominations, reviews. */
final class ExemplarTestSupport {

    private ExemplarTestSupport() {
    }

    static Response upload(String token, long unitId, String name, byte[] content) {
        return Api.as(token).config(RestAssured.config()
                        .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Accept-Language"))
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .contentType(ContentType.MULTIPART)
                .multiPart("file", name, content, "application/octet-stream")
                .multiPart("unitId", String.valueOf(unitId))
                .post("/api/v1/files");
    }

    static long photo(String token, long unitId) {
        return upload(token, unitId, "活动照片.jpg", TestImages.phonePhotoWithGps(64, 48)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A write-up: a heading, a paragraph, and the photos with captions. */
    static Map<String, Object> body(String text, Long... photoIds) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "HEADING", "level", 1, "text", "基本情况"));
        blocks.add(Map.of("type", "PARAGRAPH", "text", text));
        for (Long id : photoIds) {
            blocks.add(Map.of("type", "IMAGE", "fileId", id, "caption", "小组活动"));
        }
        return Map.of("blocks", blocks);
    }

    static Map<String, Object> nomination(long unitId, String category, String title, Map<String, Object> body) {
        Map<String, Object> n = new HashMap<>();
        n.put("unitId", unitId);
        n.put("category", category);
        n.put("year", 2013);
        n.put("title", title);
        n.put("subjectName", title + "的主人公");
        n.put("body", body);
        return n;
    }

    static Response nominate(String token, Map<String, Object> nomination) {
        return Api.as(token).body(nomination).post("/api/v1/exemplars");
    }

    static long nominated(String token, long unitId, String title) {
        return nominate(token, nomination(unitId, "FOUR_SELF_GROUP", title, body("带领青年农民学技术、闯市场。")))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response review(String token, long id, String decision, String comment) {
        Map<String, Object> r = new HashMap<>();
        r.put("decision", decision);
        if (comment != null) {
            r.put("comment", comment);
        }
        return Api.as(token).body(r).post("/api/v1/exemplars/{id}/reviews", id);
    }

    static JsonPath get(String token, long id) {
        return Api.as(token).get("/api/v1/exemplars/{id}", id).then().statusCode(200).extract().jsonPath();
    }
}
