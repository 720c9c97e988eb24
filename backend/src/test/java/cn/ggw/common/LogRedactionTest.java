package cn.ggw.common;

import cn.ggw.testsupport.Api;
import cn.ggw.testsupport.TestTree;
import cn.ggw.volunteers.IdNumber;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, item 3: no personal value in any log line. Provokes each kind of failure that carries row values
 * (a unique violation logged by Hibernate's JDBC error logger, a not-null violation's "Failing row contains",
 * an unexpected failure whose message holds an ID number, our own log lines), then reads the test log file.
 */
@QuarkusTest
@DisplayName("Logs: no ID number, phone or address in any line, whoever writes it")
class LogRedactionTest {

    private static final Path LOG = Path.of("target/ggw-test.log");
    private static final String PHONE = "13704361987";
    private static final String ADDRESS = "洮北区青山路十七号";

    @Inject
    EntityManager em;

    @Test
    @DisplayName("item 3: after a duplicate insert, a not-null failure and logged messages, the log holds no ID number, phone or address")
    void noPersonalValueInTheLog() throws IOException {
        TestTree tree = TestTree.build();
        String id = uniqueIdNumber();
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", tree.village1a);
        body.put("name", "郑红梅");
        body.put("idNumber", id);
        body.put("phone", PHONE);
        body.put("address", ADDRESS);
        long volunteer = Api.as(tree.adminToken()).body(body).post("/api/v1/volunteers").then().statusCode(201).extract().jsonPath().getLong("id");

        // A second row with the same ID number: PostgreSQL says "Key (id_number)=(…) already exists", Hibernate logs it.
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into volunteer (org_unit_id, org_path, name, id_number, gender, birth_date, phone, address, categories, skills,
                  activity_areas, status, status_changed_at, version, created_at, created_by, updated_at, updated_by)
                select org_unit_id, org_path, name, id_number, gender, birth_date, phone, address, categories, skills,
                  activity_areas, status, status_changed_at, 0, created_at, created_by, updated_at, updated_by
                from volunteer where id = ?1""").setParameter(1, volunteer).executeUpdate()));
        // A not-null violation: "Failing row contains (…, id number, …, phone, address, …)".
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update volunteer set name = null where id = ?1").setParameter(1, volunteer).executeUpdate()));
        // Our own code, or a library, writing a value into a message or an exception.
        Logger.getLogger(LogRedactionTest.class).errorf(new IllegalStateException("bad row " + id + " / " + PHONE),
                "Import of %s failed for phone +86 %s", id, PHONE.substring(0, 3) + " " + PHONE.substring(3, 7) + " " + PHONE.substring(7));

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertTrue(log.contains("23505"), "the duplicate insert was logged (else this test checks nothing)");
        assertTrue(log.contains("Import of [ID number] failed"), "our line is there, redacted");
        for (String value : List.of(id, id.substring(0, 17), PHONE, "137 0436 1987", ADDRESS)) {
            assertFalse(log.contains(value), "the log contains a personal value: " + value);
        }
    }

    @Test
    @DisplayName("item 3: the redaction rules themselves (PostgreSQL details, IDs in both widths, mobiles with +86)")
    void redactionRules() {
        assertEquals("Detail: Key (id_number)=(…) already exists.",
                LogRedaction.redact("Detail: Key (id_number)=(229998195909091191) already exists."));
        assertEquals("Detail: Failing row contains (…)", LogRedaction.redact("Detail: Failing row contains (12, 1.2, 王, 22999819590909119X, 平台镇)"));
        assertEquals("id [ID number] and [ID number]", LogRedaction.redact("id 22999819590909119x and ２２９９９８１９５９０９０９１１９１"));
        assertEquals("call [phone] or [phone]", LogRedaction.redact("call +86 138 0436 1234 or 13804361234"));
        assertEquals("request 2026-12-06 12:00:01,123 took 1765000000000 ms", LogRedaction.redact("request 2026-12-06 12:00:01,123 took 1765000000000 ms"));
    }

    private static String uniqueIdNumber() {
        java.util.Random random = new java.util.Random();
        String birth = java.time.LocalDate.of(1940, 1, 1).plusDays(random.nextInt(7000)).toString().replace("-", "");
        String first17 = "220802" + birth + String.format("%03d", random.nextInt(1000));
        return first17 + IdNumber.checkChar(first17);
    }
}
