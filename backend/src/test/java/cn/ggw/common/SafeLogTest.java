package cn.ggw.common;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeLogTest {

    private static String printed(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    @DisplayName("A database failure is logged with its state and constraint, never the row values it quotes")
    void withholdsRowValues() {
        // What PostgreSQL sends for a duplicate ID number (fields as in the wire protocol).
        ServerErrorMessage server = new ServerErrorMessage("SERROR\0C23505\0Mduplicate key value violates unique constraint \"volunteer_id_number_unique\"\0"
                + "DKey (id_number)=(22080219500101123X) already exists.\0tvolunteer\0nvolunteer_id_number_unique\0");
        PSQLException sql = new PSQLException(server);
        assertTrue(printed(sql).contains("22080219500101123X"), "the driver's own message does carry the value");
        RuntimeException wrapped = new RuntimeException("could not execute statement [" + sql.getMessage() + "]", sql);

        String logged = printed(SafeLog.redacted(wrapped));

        assertFalse(logged.contains("22080219500101123X"), logged);
        assertTrue(logged.contains("SQLState 23505, constraint volunteer_id_number_unique, table volunteer"), logged);
        assertTrue(logged.contains("SafeLogTest.withholdsRowValues"), "the stack trace is kept");
    }

    @Test
    @DisplayName("Other failures keep their message")
    void keepsOtherMessages() {
        assertEquals("java.lang.IllegalStateException: broken", SafeLog.redacted(new IllegalStateException("broken")).getMessage());
    }
}
