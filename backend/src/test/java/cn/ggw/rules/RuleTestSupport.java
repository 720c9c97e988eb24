package cn.ggw.rules;

import cn.ggw.testsupport.Api;
import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds rules and bodies for the rules tests through the API. */
final class RuleTestSupport {

    private RuleTestSupport() {
    }

    static Map<String, Object> clause(String number, String text) {
        return Map.of("type", "CLAUSE", "number", number, "text", text);
    }

    static Map<String, Object> body(Map<?, ?>... blocks) {
        return Map.of("blocks", List.of(blocks));
    }

    static Map<String, Object> ruleRequest(String code, String title, Map<String, Object> body, Map<String, Object> obligation) {
        Map<String, Object> r = new HashMap<>();
        r.put("code", code);
        r.put("title", title);
        r.put("category", "MEETING");
        r.put("body", body);
        r.put("appliesTo", List.of("TOWNSHIP", "STREET", "VILLAGE", "COMMUNITY"));
        if (obligation != null) {
            r.put("obligation", obligation);
        }
        return r;
    }

    static Map<String, Object> monthlyMeeting() {
        return Map.of("kind", "MEETING", "frequency", "MONTHLY", "evidence", "会议记录和照片");
    }

    /** Creates a rule (draft 1) as the given writer; returns the version. */
    static JsonPath createRule(String token, String code, Map<String, Object> body) {
        return Api.as(token).body(ruleRequest(code, "例会制度", body, monthlyMeeting()))
                .post("/api/v1/rules").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath publish(String token, long versionId, String effectiveFrom) {
        long version = Api.as(token).get("/api/v1/rule-versions/{id}", versionId).then().statusCode(200).extract().jsonPath().getLong("version");
        return Api.as(token).body(Map.of("effectiveFrom", effectiveFrom, "version", version))
                .post("/api/v1/rule-versions/{id}/publication", versionId).then().statusCode(200).extract().jsonPath();
    }

    /** A published rule of the token's unit in force from the given day; returns its rule id and version id. */
    static long[] publishedRule(String token, String code, String effectiveFrom) {
        JsonPath draft = createRule(token, code, body(clause("第一条", "每月召开一次例会。"), clause("第二条", "例会须有记录。")));
        publish(token, draft.getLong("id"), effectiveFrom);
        return new long[] {draft.getLong("ruleId"), draft.getLong("id")};
    }
}
