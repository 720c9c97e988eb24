package cn.ggw.committees;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.volunteers.IdNumber;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.equalTo;

/** People and seats for the committee tests, made through the API. */
final class CommitteeTestSupport {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final int RUN = cn.ggw.testsupport.TestRun.offset("CommitteeTestSupport", 400);

    private CommitteeTestSupport() {
    }

    /** A valid ID number, unique in this run (a region the volunteer tests do not use). */
    static String idNumber(int age) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = TODAY.minusYears(age).minusDays(1 + n % 300);
        int sequence = ((n / 300 + RUN) % 480) * 2 + 1;
        String first17 = "130102" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumber.checkChar(first17);
    }

    /** Registers someone at a unit and moves them to ACTIVE; returns the id. */
    static long person(TestTree tree, long unitId, String name, int age) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("name", name);
        body.put("idNumber", idNumber(age));
        body.put("phone", "13912345678");
        body.put("categories", List.of("CADRE"));
        long id = Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers").then().statusCode(201).extract().jsonPath().getLong("id");
        status(tree, id, "CONTACTED");
        status(tree, id, "ACTIVE");
        return id;
    }

    static long person(TestTree tree, long unitId, String name) {
        return person(tree, unitId, name, 66);
    }

    static void status(TestTree tree, long volunteerId, String status) {
        Api.as(tree.adminToken()).body(Map.of("status", status)).post("/api/v1/volunteers/{id}/status", volunteerId)
                .then().statusCode(200).body("status", equalTo(status));
    }

    static Map<String, Object> appointment(long unitId, String role, long volunteerId, LocalDate startedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("role", role);
        body.put("volunteerId", volunteerId);
        body.put("startedOn", startedOn.toString());
        return body;
    }

    static Response appoint(String token, long unitId, String role, long volunteerId, LocalDate startedOn) {
        return Api.as(token).body(appointment(unitId, role, volunteerId, startedOn)).post("/api/v1/appointments");
    }

    static long appointed(String token, long unitId, String role, long volunteerId, LocalDate startedOn) {
        return appoint(token, unitId, role, volunteerId, startedOn).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response end(String token, long appointmentId, LocalDate endedOn, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("endedOn", endedOn.toString());
        body.put("reason", reason);
        return Api.as(token).body(body).post("/api/v1/appointments/{id}/end", appointmentId);
    }

    /** A complete village team (主任, 常务副主任, three 委员) from people of that village; returns the appointment ids by role order. */
    static long[] staffVillage(TestTree tree, long villageId, LocalDate from) {
        String[] roles = {"DIRECTOR", "EXECUTIVE_VICE_DIRECTOR", "MEMBER", "MEMBER", "MEMBER"};
        String[] names = {"赵主任", "钱常务", "孙委员", "李委员", "周委员"};
        long[] ids = new long[roles.length];
        for (int i = 0; i < roles.length; i++) {
            ids[i] = appointed(tree.adminToken(), villageId, roles[i], person(tree, villageId, names[i]), from);
        }
        return ids;
    }
}
