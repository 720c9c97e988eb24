package cn.ggw.exemplars;

import cn.ggw.security.Roles;
import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestPeople;
import cn.ggw.testsupport.TestTree;
import cn.ggw.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.ggw.exemplars.ExemplarTestSupport.body;
import static cn.ggw.exemplars.ExemplarTestSupport.get;
import static cn.ggw.exemplars.ExemplarTestSupport.nominate;
import static cn.ggw.exemplars.ExemplarTestSupport.nominated;
import static cn.ggw.exemplars.ExemplarTestSupport.nomination;
import static cn.ggw.exemplars.ExemplarTestSupport.photo;
import static cn.ggw.exemplars.ExemplarTestSupport.review;
import static cn.ggw.exemplars.ExemplarTestSupport.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ExemplarResourceTest {

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    String township2Token() {
        return Tokens.of(Roles.TOWNSHIP_STAFF, tree.code("T2"));
    }

    long count(String token, long unitId) {
        return Api.as(token).queryParam("unitId", unitId).get("/api/v1/exemplars").then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    /** Nominated by the village, forwarded by its township, approved by the district. */
    long approved(String title) {
        long id = nominated(tree.village1aToken(), tree.village1a, title);
        review(tree.township1Token(), id, "FORWARD", null).then().statusCode(200);
        review(tree.adminToken(), id, "APPROVE", null).then().statusCode(200).body("status", equalTo("APPROVED"));
        return id;
    }

    @Nested
    @DisplayName("As village staff (from a phone)")
    class AsVillageStaff {

        @Test
        @DisplayName("nominating in the own village with a photo: SUBMITTED, waiting for the township; the photo is attached without GPS; history and audit kept")
        void nominateWithPhoto() {
            long photo = photo(tree.village1aToken(), tree.village1a);
            JsonPath created = nominate(tree.village1aToken(),
                    nomination(tree.village1a, "FOUR_SELF_GROUP", "甲村四自小组", body("<script>alert(1)</script>带领青年致富", photo)))
                    .then().statusCode(201).contentType("application/json")
                    .body("status", equalTo("SUBMITTED"))
                    .body("awaiting", equalTo("TOWNSHIP"))
                    .body("townshipReview", equalTo(true))
                    .body("unit.id", equalTo((int) tree.village1a))
                    .body("nominatingUnit.id", equalTo((int) tree.village1a))
                    .body("photos", hasSize(1))
                    .body("photos[0].id", equalTo((int) photo))
                    .body("body.blocks[1].text", equalTo("<script>alert(1)</script>带领青年致富"))
                    .body("body.blocks[2].caption", equalTo("小组活动"))
                    .body("history.action", contains("NOMINATE"))
                    .extract().jsonPath();
            long id = created.getLong("id");
            // The township above sees it in its queue; the photo is read where the exemplar is.
            Api.as(tree.township1Token()).queryParam("awaiting", "TOWNSHIP").get("/api/v1/exemplars").then().statusCode(200)
                    .body("items.id", hasItem((int) id));
            Api.as(tree.township1Token()).accept("*/*").get("/api/v1/files/{id}", photo).then().statusCode(200);
            Api.as(tree.adminToken()).queryParam("entityType", "Exemplar").queryParam("entityId", id).get("/api/v1/audit-events")
                    .then().statusCode(200).body("items.action", contains("NOMINATE"));
        }

        @Test
        @DisplayName("nominating for another village is 400 on unitId, nothing written")
        void outsideScope() {
            nominate(tree.village1aToken(), nomination(tree.village1b, "FOUR_SELF_GROUP", "乙村小组", body("内容")))
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("unitId"));
            assertEquals(0, count(tree.adminToken(), tree.district));
        }

        @Test
        @DisplayName("bad input: a photo block without a file, a 五老 without the person, a PDF as a photo, a future year — each 400 naming the field, nothing written")
        void badInput() {
            Map<String, Object> noFile = Map.of("blocks", List.of(Map.of("type", "IMAGE", "caption", "照片")));
            nominate(tree.village1aToken(), nomination(tree.village1a, "FOUR_SELF_GROUP", "无图", noFile))
                    .then().statusCode(400).body("errors[0].field", equalTo("body.blocks[0].fileId"));
            nominate(tree.village1aToken(), nomination(tree.village1a, "FIVE_ELDERS", "某五老", body("事迹")))
                    .then().statusCode(400).body("errors[0].field", equalTo("volunteerId")).body("detail", containsString("五老"));
            byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
            long doc = upload(tree.village1aToken(), tree.village1a, "材料.pdf", pdf).then().statusCode(201).extract().jsonPath().getLong("id");
            nominate(tree.village1aToken(), nomination(tree.village1a, "FOUR_SELF_GROUP", "附件当照片", body("内容", doc)))
                    .then().statusCode(400).body("errors[0].field", equalTo("fileIds[0]"));
            Map<String, Object> future = nomination(tree.village1a, "FOUR_SELF_GROUP", "明年", body("内容"));
            future.put("year", TestPeople.TODAY.getYear() + 1);
            nominate(tree.village1aToken(), future).then().statusCode(400).body("errors[0].field", equalTo("year"));
            Map<String, Object> community = nomination(tree.village1a, "COMMUNITY_COMMITTEE", "村不是社区", body("内容"));
            nominate(tree.village1aToken(), community).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
            assertEquals(0, count(tree.adminToken(), tree.district));
        }

        @Test
        @DisplayName("a 五老 of the own village is linked; someone of another village is 400 on volunteerId")
        void fiveElders() {
            long own = TestPeople.register(tree.adminToken(), tree.village1a, "王老师");
            long other = TestPeople.register(tree.adminToken(), tree.village1b, "李老师");
            Map<String, Object> n = nomination(tree.village1a, "FIVE_ELDERS", "王老师义务辅导留守儿童", body("二十年如一日"));
            n.put("volunteerId", other);
            nominate(tree.village1aToken(), n).then().statusCode(400).body("errors[0].field", equalTo("volunteerId"));
            n.put("volunteerId", own);
            nominate(tree.village1aToken(), n).then().statusCode(201).body("volunteerId", equalTo((int) own));
        }

        @Test
        @DisplayName("village staff cannot review (403), and another village's exemplar answers 404")
        void boundaries() {
            long id = nominated(tree.adminToken(), tree.village1b, "乙村小组");
            review(tree.village1aToken(), id, "FORWARD", null).then().statusCode(403);
            Api.as(tree.village1aToken()).get("/api/v1/exemplars/{id}", id).then().statusCode(404)
                    .contentType("application/problem+json");
            Api.as(tree.village1aToken()).get("/api/v1/exemplars").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("return with comments → the village corrects and resubmits → forward; every step kept in order with who and why")
        void returnAndResubmit() {
            long id = nominated(tree.village1aToken(), tree.village1a, "甲村小组");
            review(tree.township1Token(), id, "RETURN", null).then().statusCode(400).body("errors[0].field", equalTo("comment"));
            review(tree.township1Token(), id, "APPROVE", null).then().statusCode(400).body("errors[0].field", equalTo("decision"));
            review(tree.township1Token(), id, "RETURN", "请补充照片").then().statusCode(200).body("status", equalTo("RETURNED"))
                    .body("awaiting", nullValue());
            long version = get(tree.village1aToken(), id).getLong("version");
            Map<String, Object> edit = new HashMap<>();
            edit.put("title", "甲村四自小组（修改稿）");
            edit.put("subjectName", "甲村四自小组");
            edit.put("body", body("补充了照片", photo(tree.village1aToken(), tree.village1a)));
            edit.put("version", version);
            Api.as(tree.village1aToken()).body(edit).put("/api/v1/exemplars/{id}", id).then().statusCode(200)
                    .body("title", equalTo("甲村四自小组（修改稿）")).body("photos", hasSize(1));
            Api.as(tree.village1aToken()).body(edit).put("/api/v1/exemplars/{id}", id).then().statusCode(409)
                    .body("errors[0].field", equalTo("version"));
            Api.as(tree.village1aToken()).body(Map.of("comment", "已补充")).post("/api/v1/exemplars/{id}/resubmission", id)
                    .then().statusCode(200).body("status", equalTo("SUBMITTED"));
            review(tree.township1Token(), id, "FORWARD", "同意报区").then().statusCode(200).body("status", equalTo("FORWARDED"))
                    .body("awaiting", equalTo("DISTRICT"))
                    .body("history.action", contains("NOMINATE", "RETURN", "EDIT", "RESUBMIT", "FORWARD"))
                    .body("history[1].comment", equalTo("请补充照片"))
                    .body("history[1].level", equalTo("TOWNSHIP"))
                    .body("history[1].actedBy", equalTo("township-staff." + tree.code("T1")));
            // Forwarded: now the district's turn, not the township's.
            review(tree.township1Token(), id, "FORWARD", null).then().statusCode(409).body("detail", containsString("等待区关工委"));
        }

        @Test
        @DisplayName("a reviewer of another township gets 404 for this township's exemplar, and does not see it in the queue")
        void otherTownship() {
            long id = nominated(tree.village1aToken(), tree.village1a, "甲村小组");
            review(township2Token(), id, "FORWARD", null).then().statusCode(404).contentType("application/problem+json");
            Api.as(township2Token()).queryParam("awaiting", "TOWNSHIP").get("/api/v1/exemplars").then().statusCode(200)
                    .body("items.id", not(hasItem((int) id)));
            assertEquals("SUBMITTED", get(tree.adminToken(), id).getString("status"));
        }
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("approving before the township reviewed is 409 (no level skipped); after forwarding, APPROVE; editing the approved write-up is 409 until returned")
        void levels() {
            long id = nominated(tree.village1aToken(), tree.village1a, "甲村小组");
            review(tree.adminToken(), id, "APPROVE", null).then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:ggw:problem:conflict")).body("detail", containsString("乡镇"));
            assertEquals("SUBMITTED", get(tree.adminToken(), id).getString("status"));
            review(tree.township1Token(), id, "FORWARD", null).then().statusCode(200);
            review(tree.adminToken(), id, "FORWARD", null).then().statusCode(400).body("errors[0].field", equalTo("decision"));
            review(tree.adminToken(), id, "APPROVE", "事迹突出").then().statusCode(200).body("status", equalTo("APPROVED"))
                    .body("approvedAt", not(nullValue()));
            JsonPath e = get(tree.village1aToken(), id);
            Map<String, Object> edit = new HashMap<>();
            edit.put("title", "改");
            edit.put("subjectName", "改");
            edit.put("body", body("改"));
            edit.put("version", e.getLong("version"));
            Api.as(tree.village1aToken()).body(edit).put("/api/v1/exemplars/{id}", id).then().statusCode(409)
                    .body("detail", containsString("退回"));
            review(tree.adminToken(), id, "RETURN", "数据需核实").then().statusCode(200).body("status", equalTo("RETURNED"));
            edit.put("version", get(tree.village1aToken(), id).getLong("version"));
            Api.as(tree.village1aToken()).body(edit).put("/api/v1/exemplars/{id}", id).then().statusCode(200);
        }

        @Test
        @DisplayName("a quota set by the district is shown to the village and refuses the nomination beyond it (409, nothing written); a rejection gives the place back")
        void quota() {
            Api.as(tree.township1Token()).body(Map.of("year", 2013, "category", "FOUR_SELF_GROUP", "quota", 1))
                    .put("/api/v1/exemplar-quotas").then().statusCode(403);
            Api.as(tree.adminToken()).body(Map.of("year", 2013, "category", "FOUR_SELF_GROUP", "quota", -1))
                    .put("/api/v1/exemplar-quotas").then().statusCode(400).body("errors[0].field", equalTo("quota"));
            Api.as(tree.adminToken()).body(Map.of("year", 2013, "category", "FOUR_SELF_GROUP", "quota", 1))
                    .put("/api/v1/exemplar-quotas").then().statusCode(200).body("quota", equalTo(1)).body("used", equalTo(0));
            long first = nominated(tree.village1aToken(), tree.village1a, "第一个");
            Api.as(tree.village1aToken()).queryParam("year", 2013).get("/api/v1/exemplar-quotas").then().statusCode(200)
                    .body("", hasSize(1)).body("[0].unit.id", equalTo((int) tree.district)).body("[0].used", equalTo(1));
            nominate(tree.township1Token(), nomination(tree.village1b, "FOUR_SELF_GROUP", "第二个", body("内容")))
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("category")).body("detail", containsString("名额为 1 个"));
            assertEquals(1, count(tree.adminToken(), tree.district));
            // Another category or year is not limited.
            Map<String, Object> other = nomination(tree.village1b, "OTHER", "其他典型", body("内容"));
            nominate(tree.township1Token(), other).then().statusCode(201);
            review(tree.township1Token(), first, "FORWARD", null).then().statusCode(200);
            review(tree.adminToken(), first, "REJECT", "不够典型").then().statusCode(200);
            nominate(tree.township1Token(), nomination(tree.village1b, "FOUR_SELF_GROUP", "第二个", body("内容"))).then().statusCode(201);
        }

        @Test
        @DisplayName("an exemplar of a unit not under a township (a district department) goes straight to the district")
        void noTownship() {
            long department = TestTree.create(tree.adminToken(), tree.district, tree.code("DEP"), "区教育局", "DEPARTMENT");
            long id = nominated(tree.adminToken(), department, "区教育局关工委");
            JsonPath e = get(tree.adminToken(), id);
            assertEquals("FORWARDED", e.getString("status"));
            assertEquals(false, e.getBoolean("townshipReview"));
            review(tree.adminToken(), id, "REJECT", null).then().statusCode(400).body("errors[0].field", equalTo("comment"));
            review(tree.adminToken(), id, "REJECT", "材料不足").then().statusCode(200).body("status", equalTo("REJECTED"));
            review(tree.adminToken(), id, "APPROVE", null).then().statusCode(409);
        }

        @Test
        @DisplayName("an exchange meeting takes approved exemplars only (400 naming exemplarIds[i]); the exemplar shows it was presented")
        void meeting() {
            long ok = approved("甲村小组");
            long pending = nominated(tree.village1aToken(), tree.village1a, "未审核");
            Map<String, Object> m = new HashMap<>();
            m.put("title", "全区四自小组经验交流会");
            m.put("heldOn", "2013-11-18");
            m.put("place", "区政府三楼会议室");
            m.put("leaders", "区委副书记");
            m.put("exemplarIds", List.of(ok, pending));
            Api.as(tree.adminToken()).body(m).post("/api/v1/exchange-meetings").then().statusCode(400)
                    .body("errors[0].field", equalTo("exemplarIds[1]")).body("detail", containsString("未审核"));
            Api.as(tree.adminToken()).get("/api/v1/exchange-meetings").then().statusCode(200).body("items", hasSize(0));
            m.put("exemplarIds", List.of(ok));
            long meeting = Api.as(tree.adminToken()).body(m).post("/api/v1/exchange-meetings").then().statusCode(201)
                    .body("exemplars.id", contains((int) ok)).body("place", equalTo("区政府三楼会议室"))
                    .extract().jsonPath().getLong("id");
            get(tree.village1aToken(), ok);
            Api.as(tree.village1aToken()).get("/api/v1/exemplars/{id}", ok).then().statusCode(200)
                    .body("meetings[0].id", equalTo((int) meeting))
                    .body("history.action", hasItem("PRESENT"));
            Api.as(tree.adminToken()).queryParam("unitId", tree.village1a).get("/api/v1/exemplars").then()
                    .body("items.find { it.id == " + ok + " }.presented", equalTo(true));
            // Township staff cannot record a meeting about another township's exemplars.
            m.put("exemplarIds", List.of(ok));
            Api.as(township2Token()).body(m).post("/api/v1/exchange-meetings").then().statusCode(400)
                    .body("errors[0].field", equalTo("exemplarIds[0]"));
        }

        @Test
        @DisplayName("a booklet takes approved exemplars only (400 naming exemplarIds[i]); its Word file holds the title, contents, write-ups and photos")
        void booklet() {
            long photo = photo(tree.village1aToken(), tree.village1a);
            long withPhoto = nominate(tree.village1aToken(), nomination(tree.village1a, "FOUR_SELF_GROUP", "甲村四自小组带富记",
                    body("小组五人，带动三十户种植大棚蔬菜。", photo))).then().statusCode(201).extract().jsonPath().getLong("id");
            review(tree.township1Token(), withPhoto, "FORWARD", null).then().statusCode(200);
            review(tree.adminToken(), withPhoto, "APPROVE", null).then().statusCode(200);
            long second = approved("乙组经验");
            long pending = nominated(tree.village1aToken(), tree.village1a, "尚未审核的材料");
            Map<String, Object> b = new HashMap<>();
            b.put("title", "洮北区四自小组典型材料汇编");
            b.put("foreword", "为总结推广经验，现将典型材料汇编成册。");
            b.put("issuedOn", "2013-12-20");
            b.put("exemplarIds", List.of(withPhoto, pending));
            Api.as(tree.adminToken()).body(b).post("/api/v1/booklets").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("exemplarIds[1]"));
            Api.as(tree.adminToken()).get("/api/v1/booklets").then().statusCode(200).body("items", hasSize(0));
            b.put("exemplarIds", List.of(withPhoto, second));
            long id = Api.as(tree.adminToken()).body(b).post("/api/v1/booklets").then().statusCode(201)
                    .body("exemplars.id", contains((int) withPhoto, (int) second))
                    .extract().jsonPath().getLong("id");
            byte[] docx = Api.as(tree.viewerToken()).accept("*/*").get("/api/v1/booklets/{id}/docx", id).then().statusCode(200)
                    .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    .header("Content-Disposition", containsString("attachment"))
                    .extract().asByteArray();
            cn.ggw.testsupport.Docx doc = cn.ggw.testsupport.Docx.read(docx);
            org.junit.jupiter.api.Assertions.assertTrue(doc.text().contains("洮北区四自小组典型材料汇编"), doc.text());
            org.junit.jupiter.api.Assertions.assertTrue(doc.text().contains("一、甲村四自小组带富记"), doc.text());
            org.junit.jupiter.api.Assertions.assertTrue(doc.text().contains("二、乙组经验"), doc.text());
            org.junit.jupiter.api.Assertions.assertTrue(doc.text().contains("带动三十户种植大棚蔬菜"), doc.text());
            org.junit.jupiter.api.Assertions.assertTrue(doc.text().contains("为总结推广经验"), doc.text());
            assertEquals(1, doc.imageCount());
            Api.as(township2Token()).accept("*/*").get("/api/v1/booklets/{id}/docx", id).then().statusCode(404);
        }

        @Test
        @DisplayName("submitting to the city needs approval (409 otherwise); the city reads it and records adoption, which the district sees")
        void city() {
            long pending = nominated(tree.village1aToken(), tree.village1a, "未审核");
            Api.as(tree.adminToken()).post("/api/v1/exemplars/{id}/city-submission", pending).then().statusCode(409);
            long ok = approved("甲村小组");
            Api.as(tree.township1Token()).post("/api/v1/exemplars/{id}/city-submission", ok).then().statusCode(403);
            Api.as(tree.adminToken()).post("/api/v1/exemplars/{id}/city-submission", ok).then().statusCode(200)
                    .body("city.submittedOn", equalTo(TestPeople.TODAY.toString()));
            Api.as(tree.adminToken()).post("/api/v1/exemplars/{id}/city-submission", ok).then().statusCode(409);
            // The city: submitted ones only; the pending one does not exist for it.
            Api.as(tree.cityToken()).get("/api/v1/city/exemplars").then().statusCode(200)
                    .body("items.id", contains((int) ok)).body("items[0].body.blocks", hasSize(2))
                    .body("items[0]", not(org.hamcrest.Matchers.hasKey("volunteerId")));
            Api.as(tree.cityToken()).get("/api/v1/city/exemplars/{id}", pending).then().statusCode(404);
            Api.as(tree.cityToken()).body(Map.of("adopted", true)).post("/api/v1/city/exemplars/{id}/adoption", pending)
                    .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("从未报送"));
            Api.as(tree.cityToken()).body(Map.of("adopted", true, "book", "《“五老”光彩映后人》"))
                    .post("/api/v1/city/exemplars/{id}/adoption", ok).then().statusCode(200).body("city.adopted", equalTo(true));
            Api.as(tree.adminToken()).get("/api/v1/exemplars/{id}", ok).then().statusCode(200)
                    .body("city.adopted", equalTo(true)).body("city.book", equalTo("《“五老”光彩映后人》"))
                    .body("history.action", hasItem("CITY_ADOPTED"));
            // Returning an exemplar that went to the city is refused.
            review(tree.adminToken(), ok, "RETURN", "再改改").then().statusCode(409);
        }

        @Test
        @DisplayName("figures: nominated, approved by category, presented, submitted and adopted, counted at the exemplar's unit and rolled up")
        void figures() {
            long ok = approved("甲村小组");
            nominated(tree.village1aToken(), tree.village1a, "未审核");
            Api.as(tree.adminToken()).post("/api/v1/exemplars/{id}/city-submission", ok).then().statusCode(200);
            Api.as(tree.cityToken()).body(Map.of("adopted", true)).post("/api/v1/city/exemplars/{id}/adoption", ok).then().statusCode(200);
            JsonPath f = Api.as(tree.adminToken()).queryParam("unitId", tree.district).queryParam("depth", 1).queryParam("line", "EXEMPLARS")
                    .get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
            String district = "units.find { it.unit.id == " + tree.district + " }.counts";
            assertEquals(2, f.getInt(district + "['exemplars.nominated']"));
            assertEquals(1, f.getInt(district + "['exemplars.approved']"));
            assertEquals(1, f.getInt(district + "['exemplars.fourSelfGroups']"));
            assertEquals(1, f.getInt(district + "['exemplars.submitted']"));
            assertEquals(1, f.getInt(district + "['exemplars.adopted']"));
            assertEquals(1, f.getInt("units.find { it.unit.id == " + tree.township1 + " }.counts['exemplars.approved']"));
            assertEquals(0, f.getInt("units.find { it.unit.id == " + tree.township2 + " }.counts['exemplars.approved']"));
        }
    }

    @Nested
    @DisplayName("As district viewer, city system and anonymous")
    class AsOthers {

        @Test
        @DisplayName("the viewer reads everything and changes nothing (403); the city cannot list exemplars (403); anonymous gets 401")
        void readOnly() {
            long id = nominated(tree.village1aToken(), tree.village1a, "甲村小组");
            Api.as(tree.viewerToken()).get("/api/v1/exemplars/{id}", id).then().statusCode(200);
            review(tree.viewerToken(), id, "FORWARD", null).then().statusCode(403);
            nominate(tree.viewerToken(), nomination(tree.village1a, "FOUR_SELF_GROUP", "x", body("x"))).then().statusCode(403);
            Api.as(tree.cityToken()).get("/api/v1/exemplars").then().statusCode(403);
            Api.as(tree.cityToken()).get("/api/v1/exemplars/{id}", id).then().statusCode(403);
            Api.anonymous().get("/api/v1/exemplars").then().statusCode(401);
            Api.as(tree.adminToken()).get("/api/v1/city/exemplars").then().statusCode(403);
        }
    }
}
