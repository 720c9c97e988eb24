package cn.ggw.common;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/** Sets each leased connection's threshold for what leases it, and turns it off for whoever leases it next. */
@ApplicationScoped
public class PreparedOnServerPool implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        set(connection, Boolean.TRUE.equals(PreparedOnServerInterceptor.IN_READ.get()) ? PreparedOnServerInterceptor.THRESHOLD : 0);
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        set(connection, 0);
    }

    private static void set(Connection connection, int threshold) {
        try {
            PreparedOnServerInterceptor.threshold(connection, threshold);
        } catch (SQLException e) {
            throw new IllegalStateException("not a PostgreSQL connection", e);
        }
    }
}
