package cn.ggw.security;

import cn.ggw.fleet.ClusterCache;
import cn.ggw.fleet.ClusterEvents;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unit code → the unit's id, name and path, for resolving callers' scopes. Cached because every
 * request needs it, and exact across replicas: any committed change of org_unit, made by any replica
 * or in plain SQL, notifies every replica (trigger org_unit_cache_changed, {@link ClusterEvents}),
 * which empties this cache; while a replica cannot hear those notifications it reads the database
 * on every call. Entries also expire after a minute, a last line of defence.
 */
@ApplicationScoped
public class UnitDirectory implements ClusterCache {

    private static final long TTL_NANOS = 60_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ClusterEvents events;

    private final ConcurrentHashMap<String, Entry> byCode = new ConcurrentHashMap<>();
    /** Bumped by every invalidation: a value read before one is never stored after it. */
    private final AtomicLong generation = new AtomicLong();

    /** The active unit with this code, if any. */
    public Optional<ScopeRoot> activeUnit(String code) {
        if (!events.listening()) {
            return load(code);
        }
        Entry cached = byCode.get(code);
        long now = System.nanoTime();
        if (cached != null && now - cached.loadedAt < TTL_NANOS) {
            return cached.unit;
        }
        long before = generation.get();
        Optional<ScopeRoot> unit = load(code);
        if (byCode.size() >= MAX_ENTRIES) {
            byCode.clear();
        }
        byCode.put(code, new Entry(unit, now));
        if (generation.get() != before) {
            // The tree changed while we read: what we read may be older than the change.
            byCode.remove(code);
        }
        return unit;
    }

    /** This replica's own changes: at once, not only when the notification comes back. */
    void onScopeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScopeChanged change) {
        invalidate();
    }

    @Override
    public String cacheName() {
        return "unit-directory";
    }

    @Override
    public void invalidate() {
        generation.incrementAndGet();
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
