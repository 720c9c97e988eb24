package cn.ggw.fleet;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures are answered 503 with Retry-After (the database, not the request). */
class DatabaseOutageTest {

    @Test
    @DisplayName("a lost connection, a shutdown, and a commit the transaction manager rolled back are outages; a duplicate or a bug is not")
    void outages() {
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new SQLException("gone", "08006"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01")));
        // What FleetFaultTest met: PostgreSQL stopped during COMMIT; Narayana rolled back without the driver's exception.
        assertTrue(DatabaseOutage.isCause(new ArcUndeclaredThrowableException("Error invoking subclass method",
                new RollbackException("ARJUNA016053: Could not commit transaction."))));
        assertFalse(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("a bug")));
    }
}
