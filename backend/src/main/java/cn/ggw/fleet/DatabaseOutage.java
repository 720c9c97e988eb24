package cn.ggw.fleet;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a failure of the database connection (server down, restarting, unreachable, or the pool
 * unable to hand out a connection in time) from a failure of the request itself. The first is
 * answered 503 with Retry-After (try again shortly, nothing was written), the second as before.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** True when the failure, or any of its causes, says that the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // The commit itself failed and the transaction manager rolled back (PostgreSQL shut down during COMMIT:
            // Narayana reports it without the driver's exception): nothing was written, try again.
            if (t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exception; 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
            // (starting up or shutting down); 53300: too many connections.
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                    || state.equals("53300");
        }
        // Agroal: no connection became free (or could be opened) within the acquisition timeout.
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
