package cn.ggw.common;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.resource.jdbc.spi.LogicalConnectionImplementor;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Lets the statements of a {@link PreparedOnServer} read be prepared on the server, and only those: the connection
 * the read runs on gets pgjdbc's default threshold while the read runs (whether the session already holds it or
 * leases it for the read), and every connection leased or handed back outside such a read has server-side
 * preparation off again.
 */
@PreparedOnServer
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PreparedOnServerInterceptor {

    /** pgjdbc's default: a statement is prepared on the server from its fifth execution on a connection. */
    static final int THRESHOLD = 5;
    static final ThreadLocal<Boolean> IN_READ = new ThreadLocal<>();
    private static final Logger LOG = Logger.getLogger(PreparedOnServerInterceptor.class);

    @Inject
    EntityManager em;

    /** Off: every statement is planned for its parameters (for an A/B measurement, or a server whose generic plans go wrong). */
    @ConfigProperty(name = "ggw.jdbc.prepared-on-server", defaultValue = "true")
    boolean enabled;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        if (!enabled || Boolean.TRUE.equals(IN_READ.get())) {
            return ctx.proceed();
        }
        IN_READ.set(Boolean.TRUE);
        try {
            threshold(held(), THRESHOLD);
            return ctx.proceed();
        } finally {
            IN_READ.remove();
            threshold(held(), 0);
        }
    }

    /** The connection the session holds now, or null when it holds none (it leases one on its next statement). */
    private Connection held() {
        try {
            LogicalConnectionImplementor logical = em.unwrap(SessionImplementor.class).getJdbcCoordinator().getLogicalConnection();
            return logical.isPhysicallyConnected() ? logical.getPhysicalConnection() : null;
        } catch (ContextNotActiveException e) {
            return null; // no session here (no request, no transaction): the read itself will say so
        } catch (RuntimeException e) {
            return null; // a session the read's failure closed: the pool resets its connection when it comes back
        }
    }

    /**
     * Sets the connection's threshold; on a connection that is closed or broken (the database went away under it) there
     * is nothing to set: it is not used for another statement, and the read's own failure says what happened.
     */
    static void threshold(Connection connection, int threshold) {
        if (connection == null) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).setPrepareThreshold(threshold);
        } catch (SQLException e) {
            LOG.debugf("No prepare threshold set on a closed connection: %s", e.getMessage());
        }
    }
}
