package cn.ggw.committees;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.ggw.committees.CommitteeTestSupport.TODAY;
import static cn.ggw.committees.CommitteeTestSupport.appoint;
import static cn.ggw.committees.CommitteeTestSupport.appointed;
import static cn.ggw.committees.CommitteeTestSupport.end;
import static cn.ggw.committees.CommitteeTestSupport.person;
import static cn.ggw.committees.CommitteeTestSupport.staffVillage;
import static cn.ggw.committees.CommitteeTestSupport.status;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(cn.ggw.testsupport.TestRun.class)
class CommitteeResourceTest {

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.build();
    }

    JsonPath team(String token, long unitId) {
        return Api.as(token).get("/api/v1/committees/{id}", unitId).then().statusCode(200).extract().jsonPath();
    }

    JsonPath coverage(String token, long unitId) {
        return Api.as(token).queryParam("unitId", unitId).get("/api/v1/committee-coverage").then().statusCode(200).extract().jsonPath();
    }

    static String childStatus(JsonPath coverage, long childId) {
        return coverage.getString("children.find { it.unit.id == " + childId + " }.status");
    }

    List<String> auditActions(String entityType, long id) {
        return Api.as(tree.adminToken()).queryParam("entityType", entityType).queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200).extract().jsonPath().getList("items.action");
    }

    Map<String, Object> fillBody(long volunteerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteerId);
        body.put("startedOn", TODAY.toString());
        return body;
    }

    @Nested
    @DisplayName("As district admin")
    class AsDistrictAdmin {

        @Test
        @DisplayName("a new village team is EMPTY; staffing makes it COMPLETE; an ended seat is a vacancy; a fill closes it and coverage follows at once")
        void lifecycle() {
            team(tree.adminToken(), tree.village1a).getString("status").equals("EMPTY");
            Api.as(tree.adminToken()).get("/api/v1/committees/{id}", tree.village1a).then().statusCode(200)
                    .body("status", equalTo("EMPTY")).body("requiredSeats", equalTo(5)).body("filledSeats", equalTo(0))
                    .body("version", nullValue())
                    .body("seats.role", contains("DIRECTOR", "EXECUTIVE_VICE_DIRECTOR", "MEMBER"))
                    .body("seats[2].vacancies", hasSize(3));
            assertEquals("EMPTY", childStatus(coverage(tree.adminToken(), tree.township1), tree.village1a));

            long[] seats = staffVillage(tree, tree.village1a, TODAY.minusYears(3));
            JsonPath full = team(tree.adminToken(), tree.village1a);
            assertEquals("COMPLETE", full.getString("status"));
            assertEquals(5, full.getInt("filledSeats"));
            JsonPath cov = coverage(tree.adminToken(), tree.township1);
            assertEquals("COMPLETE", childStatus(cov, tree.village1a));
            assertEquals("EMPTY", childStatus(cov, tree.village1b));
            // Township itself (EMPTY) + village1a (COMPLETE) + village1b (EMPTY)
            assertEquals(3, cov.getInt("unit.subtree.teams"));
            assertEquals(1, cov.getInt("unit.subtree.complete"));

            // A 委员 leaves for health: the seat is vacant from that day.
            end(tree.adminToken(), seats[3], TODAY.minusDays(10), "HEALTH").then().statusCode(200)
                    .body("endReason", equalTo("HEALTH")).body("current", equalTo(false));
            assertEquals("INCOMPLETE", childStatus(coverage(tree.adminToken(), tree.township1), tree.village1a));
            Api.as(tree.adminToken()).queryParam("unitId", tree.village1a).get("/api/v1/vacancies").then().statusCode(200)
                    .body("items", hasSize(1))
                    .body("items[0].role", equalTo("MEMBER"))
                    .body("items[0].vacantSince", equalTo(TODAY.minusDays(10).toString()))
                    .body("items[0].daysOpen", equalTo(10))
                    .body("items[0].overdue", equalTo(false))
                    .body("items[0].previousAppointmentId", equalTo((int) seats[3]))
                    .body("items[0].previousHolderName", equalTo("李委员"));

            long successor = person(tree, tree.village1a, "吴新委员");
            long filled = Api.as(tree.adminToken()).body(Map.of("volunteerId", successor, "startedOn", TODAY.toString(),
                            "replacesAppointmentId", seats[3]))
                    .post("/api/v1/committees/{u}/vacancies/{r}/fill", tree.village1a, "MEMBER")
                    .then().statusCode(201).body("kind", equalTo("FILL")).body("replacesAppointmentId", equalTo((int) seats[3]))
                    .extract().jsonPath().getLong("id");
            Api.as(tree.adminToken()).queryParam("unitId", tree.village1a).get("/api/v1/vacancies").then().statusCode(200)
                    .body("items", empty());
            assertEquals("COMPLETE", childStatus(coverage(tree.adminToken(), tree.township1), tree.village1a));
            Api.as(tree.adminToken()).get("/api/v1/appointments/{id}", seats[3]).then().statusCode(200)
                    .body("replacedByAppointmentId", equalTo((int) filled));
            Api.as(tree.adminToken()).get("/api/v1/committees/{id}/appointments", tree.village1a).then().statusCode(200)
                    .body("id", hasItem((int) seats[3])).body("size()", equalTo(6));

            assertEquals(List.of("END", "CREATE"), auditActions("Appointment", seats[3]));
            assertEquals(List.of("CREATE"), auditActions("Appointment", filled));
            Api.as(tree.adminToken()).queryParam("unitId", tree.township1).queryParam("from", TODAY.minusDays(10).toString())
                    .get("/api/v1/committee-figures").then().statusCode(200)
                    .body("seatsFilled", equalTo(1)).body("appointmentsEnded", equalTo(1)).body("teamsCompleted", equalTo(1));
        }

        @Test
        @DisplayName("appointing to a seat that is held is 409, nothing written")
        void heldSeat() {
            appointed(tree.adminToken(), tree.village1a, "DIRECTOR", person(tree, tree.village1a, "甲主任"), TODAY.minusYears(1));
            appoint(tree.adminToken(), tree.village1a, "DIRECTOR", person(tree, tree.village1a, "乙主任"), TODAY)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:ggw:problem:conflict"))
                    .body("errors[0].field", equalTo("role"))
                    .body("detail", containsString("甲主任"));
            Api.as(tree.adminToken()).get("/api/v1/committees/{id}/appointments", tree.village1a).then().body("size()", equalTo(1));
        }

        @Test
        @DisplayName("overlapping date ranges for a max-1 seat are 409; starting on the day the predecessor left is fine")
        void overlappingRanges() {
            long first = appointed(tree.adminToken(), tree.village1a, "DIRECTOR", person(tree, tree.village1a, "甲主任"), LocalDate.of(2020, 1, 1));
            end(tree.adminToken(), first, LocalDate.of(2024, 1, 1), "AGE").then().statusCode(200);
            long next = person(tree, tree.village1a, "乙主任");
            appoint(tree.adminToken(), tree.village1a, "DIRECTOR", next, LocalDate.of(2023, 6, 1))
                    .then().statusCode(409).body("errors[0].field", equalTo("role"));
            appoint(tree.adminToken(), tree.village1a, "DIRECTOR", next, LocalDate.of(2024, 1, 1))
                    .then().statusCode(201).body("kind", equalTo("FILL"));
        }

        @Test
        @DisplayName("an end date before the start is 400 on endedOn; a future end, 400; a second end, 409; ADJUSTMENT outside the flow, 400")
        void endDates() {
            long a = appointed(tree.adminToken(), tree.village1a, "MEMBER", person(tree, tree.village1a, "甲委员"), TODAY.minusDays(5));
            end(tree.adminToken(), a, TODAY.minusDays(6), "AGE").then().statusCode(400)
                    .body("errors[0].field", equalTo("endedOn"));
            end(tree.adminToken(), a, TODAY.plusDays(1), "AGE").then().statusCode(400).body("errors[0].field", equalTo("endedOn"));
            end(tree.adminToken(), a, TODAY, "ADJUSTMENT").then().statusCode(400).body("errors[0].field", equalTo("reason"));
            end(tree.adminToken(), a, TODAY, "OTHER").then().statusCode(400).body("errors[0].field", equalTo("note"));
            end(tree.adminToken(), a, TODAY, "RESIGNATION").then().statusCode(200);
            end(tree.adminToken(), a, TODAY, "RESIGNATION").then().statusCode(409);
        }

        @Test
        @DisplayName("someone outside the unit and its township, or not in the registry, is 400 on volunteerId")
        void outsideOrUnknown() {
            long elsewhere = person(tree, tree.village2a, "外乡人");
            appoint(tree.adminToken(), tree.village1a, "MEMBER", elsewhere, TODAY).then().statusCode(400)
                    .body("errors[0].field", equalTo("volunteerId")).body("detail", containsString("外乡人"));
            appoint(tree.adminToken(), tree.village1a, "MEMBER", 987_654_321L, TODAY).then().statusCode(400)
                    .body("errors[0].field", equalTo("volunteerId"));
            // The township above is fine: someone of the neighbouring village.
            long neighbour = person(tree, tree.village1b, "邻村人");
            appoint(tree.adminToken(), tree.village1a, "MEMBER", neighbour, TODAY).then().statusCode(201).body("kind", equalTo("FILL"));
        }

        @Test
        @DisplayName("a second seat for the same person in one team is 409; withdrawn or deceased people are 409")
        void onePersonOneSeat() {
            long p = person(tree, tree.village1a, "甲");
            appointed(tree.adminToken(), tree.village1a, "MEMBER", p, TODAY.minusDays(3));
            appoint(tree.adminToken(), tree.village1a, "DIRECTOR", p, TODAY).then().statusCode(409)
                    .body("errors[0].field", equalTo("volunteerId"));
            long gone = person(tree, tree.village1a, "乙");
            status(tree, gone, "DECEASED");
            appoint(tree.adminToken(), tree.village1a, "DIRECTOR", gone, TODAY).then().statusCode(409)
                    .body("errors[0].field", equalTo("volunteerId"));
            long left = person(tree, tree.village1a, "丙");
            status(tree, left, "WITHDRAWN");
            appoint(tree.adminToken(), tree.village1a, "DIRECTOR", left, TODAY).then().statusCode(409);
        }

        @Test
        @DisplayName("the database itself refuses one person in two seats of a team at once (exclusion constraint)")
        void databaseBackstop() throws Exception {
            long p = person(tree, tree.village1a, "甲");
            appointed(tree.adminToken(), tree.village1a, "MEMBER", p, TODAY.minusDays(3));
            var ds = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get();
            try (var c = ds.getConnection(); var s = c.prepareStatement("""
                    insert into appointment (committee_id, org_unit_id, org_path, role, volunteer_id, volunteer_name, kind, started_on, created_by)
                    select committee_id, org_unit_id, org_path, 'DIRECTOR', volunteer_id, volunteer_name, 'FILL', current_date, 'test'
                    from appointment where volunteer_id = ?""")) {
                s.setLong(1, p);
                java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, s::executeUpdate);
                assertEquals("23P01", refused.getSQLState());
            }
        }

        @Test
        @DisplayName("bad dates and an unknown role are 400; a start more than 30 days ahead is 400")
        void badInput() {
            long p = person(tree, tree.village1a, "甲");
            appoint(tree.adminToken(), tree.village1a, "DIRECTOR", p, TODAY.plusDays(31)).then().statusCode(400)
                    .body("errors[0].field", equalTo("startedOn"));
            Map<String, Object> body = CommitteeTestSupport.appointment(tree.village1a, "KING", p, TODAY);
            Api.as(tree.adminToken()).body(body).post("/api/v1/appointments").then().statusCode(400);
            appoint(tree.adminToken(), tree.township1, "DIRECTOR", person(tree, tree.village1a, "老人", 85), TODAY)
                    .then().statusCode(400).body("errors[0].field", equalTo("volunteerId"));
        }

        @Test
        @DisplayName("two people filling the same vacancy at the same moment: one 201, one 409, one holder")
        void concurrentFills() throws Exception {
            long a = person(tree, tree.village1a, "快手甲");
            long b = person(tree, tree.village1a, "快手乙");
            String token = tree.adminToken();
            String port = String.valueOf(RestAssured.port);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            try {
                for (long volunteer : new long[] {a, b}) {
                    Callable<Integer> fill = () -> {
                        start.await();
                        return RestAssured.given().port(Integer.parseInt(port)).auth().oauth2(token).contentType(ContentType.JSON)
                                .body(fillBody(volunteer))
                                .post("/api/v1/committees/{u}/vacancies/{r}/fill", tree.village1a, "DIRECTOR")
                                .statusCode();
                    };
                    answers.add(pool.submit(fill));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : answers) {
                    codes.add(f.get());
                }
                codes.sort(Integer::compareTo);
                assertEquals(List.of(201, 409), codes);
            } finally {
                pool.shutdownNow();
            }
            Api.as(token).get("/api/v1/committees/{id}", tree.village1a).then().statusCode(200)
                    .body("seats.find { it.role == 'DIRECTOR' }.holders", hasSize(1))
                    .body("seats.find { it.role == 'DIRECTOR' }.vacancies", empty());
            Api.as(token).get("/api/v1/committees/{id}/appointments", tree.village1a).then().body("size()", equalTo(1));
        }

        @Test
        @DisplayName("filling a role without a vacancy is 409")
        void noVacancy() {
            staffVillage(tree, tree.village1a, TODAY.minusYears(1));
            Api.as(tree.adminToken()).body(fillBody(person(tree, tree.village1a, "多余")))
                    .post("/api/v1/committees/{u}/vacancies/{r}/fill", tree.village1a, "MEMBER")
                    .then().statusCode(409).body("errors[0].field", equalTo("role"));
            // A plain appointment above the required count is an ADDITIONAL seat.
            appoint(tree.adminToken(), tree.village1a, "MEMBER", person(tree, tree.village1a, "第四委员"), TODAY)
                    .then().statusCode(201).body("kind", equalTo("ADDITIONAL"));
        }

        @Test
        @DisplayName("a seat booked to start next week is still shown vacant but cannot be filled twice")
        void bookedSeat() {
            for (String name : List.of("甲", "乙", "丙")) {
                Map<String, Object> body = fillBody(person(tree, tree.village1a, name));
                body.put("startedOn", TODAY.plusDays(7).toString());
                Api.as(tree.adminToken()).body(body).post("/api/v1/committees/{u}/vacancies/{r}/fill", tree.village1a, "MEMBER")
                        .then().statusCode(201).body("current", equalTo(false));
            }
            Api.as(tree.adminToken()).get("/api/v1/committees/{id}", tree.village1a).then()
                    .body("seats.find { it.role == 'MEMBER' }.holders", empty())
                    .body("seats.find { it.role == 'MEMBER' }.vacancies", hasSize(3));
            Api.as(tree.adminToken()).body(fillBody(person(tree, tree.village1a, "丁")))
                    .post("/api/v1/committees/{u}/vacancies/{r}/fill", tree.village1a, "MEMBER").then().statusCode(409);
        }

        @Test
        @DisplayName("candidates: same unit first, then the township; active before contacted; no ID numbers or phones; not the seated or the too old")
        void candidates() {
            long seated = person(tree, tree.village1a, "已任");
            appointed(tree.adminToken(), tree.village1a, "MEMBER", seated, TODAY);
            long own = person(tree, tree.village1a, "本村");
            long neighbour = person(tree, tree.village1b, "邻村");
            long old = person(tree, tree.village1a, "高龄", 84);
            long far = person(tree, tree.village2a, "外乡");
            String body = Api.as(tree.adminToken()).get("/api/v1/committees/{u}/vacancies/{r}/candidates", tree.village1a, "DIRECTOR")
                    .then().statusCode(200)
                    .body("volunteerId", contains((int) own, (int) neighbour))
                    .body("[0].sameUnit", equalTo(true))
                    .body("[1].sameUnit", equalTo(false))
                    .body("[1].unit.name", equalTo("乙村"))
                    .extract().asString();
            assertFalse(body.contains("13912345678") || body.contains("idNumber") || body.contains("130102"), body);
            // 委员 has no age limit: the 84-year-old is a candidate there.
            Api.as(tree.adminToken()).get("/api/v1/committees/{u}/vacancies/{r}/candidates", tree.village1a, "MEMBER")
                    .then().statusCode(200).body("volunteerId", containsInAnyOrder((int) own, (int) neighbour, (int) old))
                    .body("volunteerId", not(hasItem((int) far))).body("volunteerId", not(hasItem((int) seated)));
        }

        @Test
        @DisplayName("the vacancy list is oldest first and flags seats open longer than the district's threshold")
        void vacancyThreshold() {
            long[] seats = staffVillage(tree, tree.village1a, TODAY.minusYears(2));
            end(tree.adminToken(), seats[2], TODAY.minusDays(40), "AGE").then().statusCode(200);
            end(tree.adminToken(), seats[0], TODAY.minusDays(5), "HEALTH").then().statusCode(200);
            Api.as(tree.adminToken()).queryParam("unitId", tree.village1a).get("/api/v1/vacancies").then().statusCode(200)
                    .body("items.role", contains("MEMBER", "DIRECTOR"))
                    .body("items.overdue", contains(true, false));
            Api.as(tree.adminToken()).queryParam("unitId", tree.village1a).queryParam("overdueOnly", true).get("/api/v1/vacancies")
                    .then().body("items.role", contains("MEMBER"));
            Api.as(tree.adminToken()).body(Map.of("vacancyOverdueDays", 3)).put("/api/v1/committee-settings").then().statusCode(200)
                    .body("vacancyOverdueDays", equalTo(3)).body("setBy.id", equalTo((int) tree.district));
            Api.as(tree.township1Token()).get("/api/v1/committee-settings").then().statusCode(200).body("vacancyOverdueDays", equalTo(3));
            Api.as(tree.adminToken()).queryParam("unitId", tree.village1a).queryParam("overdueOnly", true).get("/api/v1/vacancies")
                    .then().body("items.role", contains("MEMBER", "DIRECTOR"));
            // Paging keeps the order.
            var first = Api.as(tree.adminToken()).queryParam("unitId", tree.district).queryParam("limit", 2).get("/api/v1/vacancies")
                    .then().statusCode(200).extract().jsonPath();
            List<String> since = new ArrayList<>(first.getList("items.vacantSince"));
            String cursor = first.getString("nextCursor");
            while (cursor != null) {
                var page = Api.as(tree.adminToken()).queryParam("unitId", tree.district).queryParam("limit", 2).queryParam("cursor", cursor)
                        .get("/api/v1/vacancies").then().statusCode(200).extract().jsonPath();
                since.addAll(page.getList("items.vacantSince"));
                cursor = page.getString("nextCursor");
            }
            List<String> sorted = new ArrayList<>(since);
            sorted.sort(String::compareTo);
            assertEquals(sorted, since);
        }

        @Test
        @DisplayName("changing a template changes coverage at once; the new vacancy dates from the change")
        void templateChange() {
            long department = TestTree.create(tree.adminToken(), tree.district, tree.code("DP"), "测试局", "DEPARTMENT");
            appointed(tree.adminToken(), department, "DIRECTOR", person(tree, department, "局主任"), TODAY.minusYears(1));
            appointed(tree.adminToken(), department, "MEMBER", person(tree, department, "局委员一"), TODAY.minusYears(1));
            appointed(tree.adminToken(), department, "MEMBER", person(tree, department, "局委员二"), TODAY.minusYears(1));
            assertEquals("COMPLETE", team(tree.adminToken(), department).getString("status"));
            List<Map<String, Object>> original = Api.as(tree.adminToken()).get("/api/v1/seat-templates").then().statusCode(200)
                    .extract().jsonPath().getList("find { it.unitKind == 'DEPARTMENT' }.seats");
            try {
                List<Map<String, Object>> stricter = new ArrayList<>();
                for (Map<String, Object> seat : original) {
                    Map<String, Object> copy = new HashMap<>(seat);
                    if ("MEMBER".equals(seat.get("role"))) {
                        copy.put("minCount", 3);
                    }
                    stricter.add(copy);
                }
                Api.as(tree.adminToken()).body(Map.of("seats", stricter)).put("/api/v1/seat-templates/DEPARTMENT").then().statusCode(200)
                        .body("seats.find { it.role == 'MEMBER' }.minCount", equalTo(3));
                Api.as(tree.adminToken()).get("/api/v1/committees/{id}", department).then()
                        .body("status", equalTo("INCOMPLETE"))
                        .body("seats.find { it.role == 'MEMBER' }.vacancies[0].vacantSince", equalTo(TODAY.toString()));
                Map<String, Object> dup = new HashMap<>(original.get(0));
                Api.as(tree.adminToken()).body(Map.of("seats", List.of(dup, dup))).put("/api/v1/seat-templates/DEPARTMENT")
                        .then().statusCode(400).body("errors[0].field", equalTo("seats[1].role"));
            } finally {
                Api.as(tree.adminToken()).body(Map.of("seats", original)).put("/api/v1/seat-templates/DEPARTMENT").then().statusCode(200);
            }
            assertEquals("COMPLETE", team(tree.adminToken(), department).getString("status"));
        }

        @Test
        @DisplayName("term: set start and next election; past due is flagged in the team and in coverage")
        void term() {
            Api.as(tree.adminToken()).body(Map.of("termStart", "2019-03-01", "nextElectionDue", "2024-03-01"))
                    .put("/api/v1/committees/{id}/term", tree.village1a).then().statusCode(200)
                    .body("electionOverdue", equalTo(true)).body("termStart", equalTo("2019-03-01"));
            assertEquals(true, coverage(tree.adminToken(), tree.township1).getBoolean("children.find { it.unit.id == " + tree.village1a + " }.electionOverdue"));
            assertEquals(1, coverage(tree.adminToken(), tree.township1).getInt("unit.subtree.electionOverdue"));
            Api.as(tree.adminToken()).body(Map.of("termStart", "2024-03-01", "nextElectionDue", "2024-03-01"))
                    .put("/api/v1/committees/{id}/term", tree.village1a).then().statusCode(400)
                    .body("errors[0].field", equalTo("nextElectionDue"));
            assertEquals(List.of("TERM"), auditActions("Committee", committeeId()));
        }

        long committeeId() {
            return Api.as(tree.adminToken()).queryParam("entityType", "Committee").get("/api/v1/audit-events").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].entityId");
        }
    }

    @Nested
    @DisplayName("Adjusting an executive vice-director")
    class Adjustment {

        long evd;

        long propose(String token, long appointmentId) {
            return Api.as(token).body(Map.of("appointmentId", appointmentId, "reasons", "不动脑、不想事、敷衍塞责"))
                    .post("/api/v1/adjustments").then().statusCode(201)
                    .body("status", equalTo("PROPOSED")).body("nextStep", equalTo("CONSULTATION"))
                    .extract().jsonPath().getLong("id");
        }

        @BeforeEach
        void seat() {
            evd = staffVillage(tree, tree.village1a, TODAY.minusYears(2))[1];
        }

        @Test
        @DisplayName("every step in order: assessment → proposal → consultation → decision → completion; skipping a step is 409 naming it")
        void fullFlow() {
            Api.as(tree.adminToken()).body(Map.of("appointmentId", evd, "reasons", "考核不称职")).post("/api/v1/adjustments")
                    .then().statusCode(409).body("detail", containsString("年度考核"));
            Api.as(tree.adminToken()).body(Map.of("year", TODAY.getYear() - 1, "rating", "EXCELLENT"))
                    .post("/api/v1/appointments/{id}/assessments", evd).then().statusCode(201);
            Api.as(tree.adminToken()).body(Map.of("appointmentId", evd, "reasons", "考核不称职")).post("/api/v1/adjustments")
                    .then().statusCode(409).body("errors[0].field", equalTo("assessmentId"));
            Api.as(tree.adminToken()).body(Map.of("year", TODAY.getYear(), "rating", "INCOMPETENT", "notes", "不动脑、不想事"))
                    .post("/api/v1/appointments/{id}/assessments", evd).then().statusCode(201).body("rating", equalTo("INCOMPETENT"));
            long id = propose(tree.adminToken(), evd);
            Api.as(tree.adminToken()).body(Map.of("appointmentId", evd, "reasons", "再提一次")).post("/api/v1/adjustments")
                    .then().statusCode(409);

            long successor = person(tree, tree.village1a, "新常务");
            Map<String, Object> completion = Map.of("successorVolunteerId", successor, "effectiveOn", TODAY.toString());
            Api.as(tree.adminToken()).body(Map.of("decision", "APPROVED")).post("/api/v1/adjustments/{id}/decision", id)
                    .then().statusCode(409).body("detail", containsString("征求乡镇党委意见"));
            Api.as(tree.adminToken()).body(completion).post("/api/v1/adjustments/{id}/completion", id)
                    .then().statusCode(409).body("detail", containsString("征求乡镇党委意见"));
            Api.as(tree.adminToken()).body(Map.of("consultedOn", TODAY.toString(), "consultedWith", "一号镇党委", "outcome", "AGREED"))
                    .post("/api/v1/adjustments/{id}/consultation", id).then().statusCode(200)
                    .body("status", equalTo("CONSULTED")).body("consultation.consultedWith", equalTo("一号镇党委"));
            Api.as(tree.adminToken()).body(completion).post("/api/v1/adjustments/{id}/completion", id)
                    .then().statusCode(409).body("detail", containsString("审批决定"));
            Api.as(tree.adminToken()).body(Map.of("decision", "APPROVED", "notes", "同意调整"))
                    .post("/api/v1/adjustments/{id}/decision", id).then().statusCode(200).body("status", equalTo("APPROVED"));
            Api.as(tree.adminToken()).body(Map.of()).post("/api/v1/adjustments/{id}/withdrawal", id).then().statusCode(409);
            var done = Api.as(tree.adminToken()).body(completion).post("/api/v1/adjustments/{id}/completion", id)
                    .then().statusCode(200)
                    .body("status", equalTo("COMPLETED"))
                    .body("appointment.endReason", equalTo("ADJUSTMENT"))
                    .body("appointment.endedOn", equalTo(TODAY.toString()))
                    .body("completion.successor.kind", equalTo("ADJUSTMENT"))
                    .body("completion.successor.replacesAppointmentId", equalTo((int) evd))
                    .body("nextStep", nullValue())
                    .extract().jsonPath();
            Api.as(tree.adminToken()).get("/api/v1/committees/{id}", tree.village1a).then()
                    .body("status", equalTo("COMPLETE"))
                    .body("seats.find { it.role == 'EXECUTIVE_VICE_DIRECTOR' }.holders[0].volunteerName", equalTo("新常务"));
            Api.as(tree.adminToken()).queryParam("unitId", tree.township1).queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString())
                    .get("/api/v1/committee-figures").then().statusCode(200)
                    .body("executiveViceDirectorsAdjusted", equalTo(1)).body("seatsFilled", equalTo(0));
            assertEquals(List.of("COMPLETE", "DECIDE", "CONSULT", "PROPOSE"), auditActions("Adjustment", id));
            assertEquals(List.of("CREATE"), auditActions("Appointment", done.getLong("completion.successor.id")));
            Api.as(tree.adminToken()).queryParam("unitId", tree.township1).get("/api/v1/adjustments").then().statusCode(200)
                    .body("items.id", contains((int) id));
            Api.as(tree.adminToken()).queryParam("status", "COMPLETED").get("/api/v1/adjustments").then().statusCode(200)
                    .body("items.id", hasItem((int) id));
            Api.as(tree.adminToken()).queryParam("status", "DONE").get("/api/v1/adjustments").then().statusCode(400)
                    .body("errors[0].field", equalTo("status")).body("errors[0].message", equalTo("不认识的取值“DONE”。"));
        }

        @Test
        @DisplayName("a proposal can be withdrawn before the decision; a disagreeing party committee blocks approval")
        void withdrawAndDisagree() {
            Api.as(tree.adminToken()).body(Map.of("year", TODAY.getYear(), "rating", "BASICALLY_COMPETENT"))
                    .post("/api/v1/appointments/{id}/assessments", evd).then().statusCode(201);
            long id = propose(tree.adminToken(), evd);
            Api.as(tree.adminToken()).body(Map.of("consultedOn", TODAY.toString(), "consultedWith", "一号镇党委", "outcome", "DISAGREED"))
                    .post("/api/v1/adjustments/{id}/consultation", id).then().statusCode(200);
            Api.as(tree.adminToken()).body(Map.of("decision", "APPROVED")).post("/api/v1/adjustments/{id}/decision", id)
                    .then().statusCode(409).body("errors[0].field", equalTo("decision"));
            Api.as(tree.adminToken()).body(Map.of("note", "暂缓")).post("/api/v1/adjustments/{id}/withdrawal", id).then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN")).body("withdrawal.note", equalTo("暂缓"));
            // Closed: a new proposal may be made.
            propose(tree.adminToken(), evd);
        }

        @Test
        @DisplayName("village staff propose for their own team but cannot consult, decide or complete; township staff can")
        void villageProposes() {
            Api.as(tree.township1Token()).body(Map.of("year", TODAY.getYear(), "rating", "INCOMPETENT"))
                    .post("/api/v1/appointments/{id}/assessments", evd).then().statusCode(201);
            Api.as(tree.village1aToken()).body(Map.of("year", TODAY.getYear() - 1, "rating", "INCOMPETENT"))
                    .post("/api/v1/appointments/{id}/assessments", evd).then().statusCode(403);
            long id = propose(tree.village1aToken(), evd);
            Api.as(tree.village1aToken()).body(Map.of("consultedOn", TODAY.toString(), "consultedWith", "一号镇党委", "outcome", "AGREED"))
                    .post("/api/v1/adjustments/{id}/consultation", id).then().statusCode(403);
            Api.as(tree.township1Token()).body(Map.of("consultedOn", TODAY.toString(), "consultedWith", "一号镇党委", "outcome", "AGREED"))
                    .post("/api/v1/adjustments/{id}/consultation", id).then().statusCode(200);
            Api.as(tree.township1Token()).get("/api/v1/adjustments/{id}", id).then().statusCode(200);
            Api.as(Tokens.township2(tree)).get("/api/v1/adjustments/{id}", id).then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("As township staff")
    class AsTownshipStaff {

        @Test
        @DisplayName("appoints within the township; another township's teams are 404 to read and to touch")
        void ownTownshipOnly() {
            long p = person(tree, tree.village1a, "甲");
            appoint(tree.township1Token(), tree.village1a, "DIRECTOR", p, TODAY).then().statusCode(201);
            long other = person(tree, tree.village2a, "丙");
            String t1 = tree.township1Token();
            Api.as(t1).get("/api/v1/committees/{id}", tree.village2a).then().statusCode(404);
            Api.as(t1).get("/api/v1/committees/{id}", tree.township2).then().statusCode(404);
            appoint(t1, tree.village2a, "DIRECTOR", other, TODAY).then().statusCode(404);
            Api.as(t1).body(fillBody(other)).post("/api/v1/committees/{u}/vacancies/{r}/fill", tree.village2a, "DIRECTOR").then().statusCode(404);
            Api.as(t1).queryParam("unitId", tree.township2).get("/api/v1/committee-coverage").then().statusCode(404);
            Api.as(t1).queryParam("unitId", tree.township2).get("/api/v1/vacancies").then().statusCode(404);
            long theirs = appointed(tree.adminToken(), tree.village2a, "DIRECTOR", other, TODAY);
            Api.as(t1).get("/api/v1/appointments/{id}", theirs).then().statusCode(404);
            end(t1, theirs, TODAY, "AGE").then().statusCode(404);
            // Someone of the other township, seen through this township's eyes, is not in the registry.
            appoint(t1, tree.village1a, "MEMBER", other, TODAY).then().statusCode(400).body("errors[0].field", equalTo("volunteerId"));
            // The list across the scope holds only the township's own vacancies.
            List<Integer> units = Api.as(t1).queryParam("limit", 200).get("/api/v1/vacancies").then().statusCode(200)
                    .extract().jsonPath().getList("items.unit.id");
            assertFalse(units.contains((int) tree.village2a) || units.contains((int) tree.township2));
            Api.as(t1).get("/api/v1/committee-coverage").then().statusCode(200)
                    .body("unit.unit.id", equalTo((int) tree.township1))
                    .body("children.unit.id", containsInAnyOrder((int) tree.village1a, (int) tree.village1b));
        }

        @Test
        @DisplayName("a village moved to another township takes its team along: the new township sees it, the old one gets 404")
        void teamFollowsMove() {
            long holder = appointed(tree.adminToken(), tree.village1a, "DIRECTOR", person(tree, tree.village1a, "甲"), TODAY);
            long version = Api.as(tree.adminToken()).get("/api/v1/org-units/{id}", tree.village1a).then().statusCode(200)
                    .extract().jsonPath().getLong("version");
            Api.as(tree.adminToken()).body(Map.of("newParentId", tree.township2, "version", version))
                    .post("/api/v1/org-units/{id}/move", tree.village1a).then().statusCode(200);
            String t2 = cn.ggw.testsupport.Tokens.of(cn.ggw.security.Roles.TOWNSHIP_STAFF, tree.code("T2"));
            Api.as(t2).get("/api/v1/committees/{id}", tree.village1a).then().statusCode(200)
                    .body("seats.find { it.role == 'DIRECTOR' }.holders[0].id", equalTo((int) holder));
            Api.as(t2).get("/api/v1/appointments/{id}", holder).then().statusCode(200);
            Api.as(tree.township1Token()).get("/api/v1/committees/{id}", tree.village1a).then().statusCode(404);
            Api.as(tree.township1Token()).get("/api/v1/appointments/{id}", holder).then().statusCode(404);
            end(tree.township1Token(), holder, TODAY, "AGE").then().statusCode(404);
        }

        @Test
        @DisplayName("cannot change templates or the district's settings (403)")
        void noTemplates() {
            Api.as(tree.township1Token()).body(Map.of("seats", List.of())).put("/api/v1/seat-templates/VILLAGE").then().statusCode(403);
            Api.as(tree.township1Token()).body(Map.of("vacancyOverdueDays", 5)).put("/api/v1/committee-settings").then().statusCode(403);
            Api.as(tree.township1Token()).get("/api/v1/seat-templates").then().statusCode(200);
        }
    }

    @Nested
    @DisplayName("As village staff")
    class AsVillageStaff {

        @Test
        @DisplayName("reads the own team (200); another village's is 404; cannot appoint, end or fill (403)")
        void readsOwnTeam() {
            long[] seats = staffVillage(tree, tree.village1a, TODAY.minusYears(1));
            String v = tree.village1aToken();
            Api.as(v).get("/api/v1/committees/{id}", tree.village1a).then().statusCode(200).body("status", equalTo("COMPLETE"));
            Api.as(v).get("/api/v1/committees/{id}", tree.village1b).then().statusCode(404);
            Api.as(v).get("/api/v1/committees/{id}", tree.township1).then().statusCode(404);
            appoint(v, tree.village1a, "MEMBER", person(tree, tree.village1a, "甲"), TODAY).then().statusCode(403);
            end(v, seats[2], TODAY, "AGE").then().statusCode(403);
            Api.as(v).body(fillBody(1)).post("/api/v1/committees/{u}/vacancies/{r}/fill", tree.village1a, "MEMBER").then().statusCode(403);
            Api.as(v).get("/api/v1/committee-coverage").then().statusCode(200).body("unit.status", equalTo("COMPLETE"));
        }
    }

    @Nested
    @DisplayName("As district viewer")
    class AsDistrictViewer {

        @Test
        @DisplayName("reads teams and vacancies, changes nothing (403)")
        void readOnly() {
            long p = person(tree, tree.village1a, "甲");
            Api.as(tree.viewerToken()).get("/api/v1/committees/{id}", tree.village1a).then().statusCode(200);
            Api.as(tree.viewerToken()).get("/api/v1/vacancies").then().statusCode(200);
            appoint(tree.viewerToken(), tree.village1a, "DIRECTOR", p, TODAY).then().statusCode(403);
            Api.as(tree.viewerToken()).body(Map.of("termStart", "2024-03-01", "nextElectionDue", "2029-03-01"))
                    .put("/api/v1/committees/{id}/term", tree.village1a).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("As city-api")
    class AsCityApi {

        @Test
        @DisplayName("reads coverage and figures without a single name; teams, vacancies and candidates are 403")
        void figuresOnly() {
            staffVillage(tree, tree.village1a, TODAY.minusYears(1));
            String city = tree.cityToken();
            String cov = Api.as(city).get("/api/v1/committee-coverage").then().statusCode(200)
                    .body("unit.subtree.complete", equalTo(1)).extract().asString();
            String fig = Api.as(city).get("/api/v1/committee-figures").then().statusCode(200).body("seatsFilled", equalTo(5)).extract().asString();
            for (String name : List.of("赵主任", "钱常务", "孙委员")) {
                assertFalse(cov.contains(name) || fig.contains(name));
            }
            Api.as(city).get("/api/v1/committees/{id}", tree.village1a).then().statusCode(403);
            Api.as(city).get("/api/v1/vacancies").then().statusCode(403);
            Api.as(city).get("/api/v1/committees/{u}/vacancies/{r}/candidates", tree.village1a, "DIRECTOR").then().statusCode(403);
            Api.as(city).get("/api/v1/committees/{id}/appointments", tree.village1a).then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("As anonymous")
    class AsAnonymous {

        @Test
        @DisplayName("every committee and adjustment operation of the contract answers 401 problem+json without a token")
        void unauthenticated() {
            var operations = cn.ggw.testsupport.Contract.operations().stream()
                    .filter(op -> op.tags().contains("Committees") || op.tags().contains("Adjustments")).toList();
            org.junit.jupiter.api.Assertions.assertTrue(operations.size() >= 20, "the committee operations: " + operations);
            for (var op : operations) {
                org.junit.jupiter.api.Assertions.assertTrue(op.secured(), op + " is documented as needing a token");
                var answer = op.call(null, String.valueOf(tree.village1a));
                org.junit.jupiter.api.Assertions.assertEquals(401, answer.statusCode(), op + " without a token");
                org.junit.jupiter.api.Assertions.assertTrue(answer.contentType().startsWith("application/problem+json"), op + ": problem+json");
            }
        }
    }

    /** Tokens the tree does not offer. */
    static final class Tokens {
        static String township2(TestTree tree) {
            return cn.ggw.testsupport.Tokens.of(cn.ggw.security.Roles.TOWNSHIP_STAFF, tree.code("T2"));
        }
    }
}
