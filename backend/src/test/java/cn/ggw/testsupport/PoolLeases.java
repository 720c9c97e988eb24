package cn.ggw.testsupport;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the connections leased from the pool while serving requests (tests only; see {@link SqlLog#costOf}): a
 * datasource-level count that also sees the JDBC that bypasses Hibernate, e.g. resolving the caller's unit.
 */
@ApplicationScoped
public class PoolLeases implements AgroalPoolInterceptor {

    private static final AtomicInteger LEASES = new AtomicInteger();
    private static volatile boolean counting;

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (counting && inRequest()) {
            LEASES.incrementAndGet();
        }
    }

    static boolean inRequest() {
        return Arc.container() != null && Arc.container().requestContext().isActive();
    }

    static void start() {
        LEASES.set(0);
        counting = true;
    }

    static int stop() {
        counting = false;
        return LEASES.get();
    }
}
