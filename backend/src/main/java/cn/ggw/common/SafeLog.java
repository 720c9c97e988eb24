package cn.ggw.common;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;

/**
 * What a failure may show in the log. PostgreSQL's messages carry row values ("Key (id_number)=(…)",
 * "Failing row contains (…)"), i.e. ID numbers, phones and addresses: those become the SQL state
 * and the constraint's name. The stack trace stays, so the failure can still be found.
 */
public final class SafeLog {

    private SafeLog() {
    }

    /** The failure with every database message in its cause chain reduced to state and constraint. */
    public static Throwable redacted(Throwable failure) {
        if (failure == null) {
            return null;
        }
        Throwable cause = redacted(failure.getCause() == failure ? null : failure.getCause());
        String message = failure instanceof SQLException sql ? describe(sql)
                : containsSql(failure) ? failure.getClass().getName() + " (database message withheld)" : failure.getMessage();
        Redacted copy = new Redacted(failure.getClass().getName() + ": " + message, cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private static String describe(SQLException e) {
        StringBuilder s = new StringBuilder("SQLState ").append(e.getSQLState());
        if (e instanceof PSQLException p) {
            ServerErrorMessage server = p.getServerErrorMessage();
            if (server != null) {
                if (server.getConstraint() != null) {
                    s.append(", constraint ").append(server.getConstraint());
                }
                if (server.getTable() != null) {
                    s.append(", table ").append(server.getTable());
                }
            }
        }
        return s.toString();
    }

    /** Hibernate and Agroal repeat the driver's message in their own. */
    private static boolean containsSql(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** A stand-in that prints like the original without its data. */
    static final class Redacted extends RuntimeException {
        Redacted(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
