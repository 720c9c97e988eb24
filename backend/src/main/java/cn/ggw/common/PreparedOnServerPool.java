package cn.ggw.common;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;

/**
 * Sets each leased connection's threshold for what leases it, and turns it off for whoever leases it next. Never
 * throws: Agroal calls it while taking a connection back, and a failure there would keep a broken connection (the
 * database restarted under it) out of the pool and in its count.
 */
@ApplicationScoped
public class PreparedOnServerPool implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        PreparedOnServerInterceptor.threshold(connection,
                Boolean.TRUE.equals(PreparedOnServerInterceptor.IN_READ.get()) ? PreparedOnServerInterceptor.THRESHOLD : 0);
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        PreparedOnServerInterceptor.threshold(connection, 0);
    }
}
