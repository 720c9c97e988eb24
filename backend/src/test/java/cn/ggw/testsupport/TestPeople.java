package cn.ggw.testsupport;

import cn.ggw.volunteers.IdNumber;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.equalTo;

/**
 * 五老 for tests of any feature, registered through the API: valid ID numbers (region 140101, which no
 * other test support uses) that are unique within a test run.
 */
public final class TestPeople {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestPeople() {
    }

    /** A valid ID number of someone {@code age} years old, unique in this run. */
    public static String idNumber(int age) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = TODAY.minusYears(age).minusDays(1 + n % 300);
        int sequence = (n / 300) % 999 + 1;
        String first17 = "140101" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdNumber.checkChar(first17);
    }

    /** Registers someone aged 66 at the unit as the given district admin; returns the id (status REGISTERED). */
    public static long register(String adminToken, long unitId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unitId);
        body.put("name", name);
        body.put("idNumber", idNumber(66));
        body.put("phone", "13912345678");
        body.put("categories", List.of("TEACHER"));
        return Api.as(adminToken).body(body).post("/api/v1/volunteers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Moves someone along the funnel to the status (REGISTERED → CONTACTED → ACTIVE). */
    public static void activate(String adminToken, long volunteerId) {
        for (String status : new String[] {"CONTACTED", "ACTIVE"}) {
            Api.as(adminToken).body(Map.of("status", status)).post("/api/v1/volunteers/{id}/status", volunteerId)
                    .then().statusCode(200).body("status", equalTo(status));
        }
    }
}
