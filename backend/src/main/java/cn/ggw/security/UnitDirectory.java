package cn.ggw.security;

import cn.ggw.security.CallerScope.ScopeRoot;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unit code → the unit's id, name and path, for resolving callers' scopes. Cached because every
 * request needs it; emptied after any committed change of the tree, and entries expire after a
 * minute in any case (a change made outside the app, e.g. in SQL, is seen within that time).
 */
@ApplicationScoped
public class UnitDirectory {

    private static final long TTL_NANOS = 60_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    AgroalDataSource dataSource;

    private final ConcurrentHashMap<String, Entry> byCode = new ConcurrentHashMap<>();

    /** The active unit with this code, if any. */
    public Optional<ScopeRoot> activeUnit(String code) {
        Entry cached = byCode.get(code);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt < TTL_NANOS) {
            return cached.unit;
        }
        Optional<ScopeRoot> unit = load(code);
        if (byCode.size() >= MAX_ENTRIES) {
            byCode.clear();
        }
        byCode.put(code, new Entry(unit, now));
        return unit;
    }

    void onScopeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScopeChanged change) {
        byCode.clear();
    }

    private Optional<ScopeRoot> load(String code) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select id, code, name, kind, org_path from org_unit where code = ? and active")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ScopeRoot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not resolve the caller's unit", e);
        }
    }

    private record Entry(Optional<ScopeRoot> unit, long loadedAt) {
    }
}
