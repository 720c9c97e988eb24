package cn.ggw.cityapi;

import cn.ggw.cityapi.CityDtos.CityUnit;
import cn.ggw.cityapi.CityDtos.UnitChange;
import cn.ggw.cityapi.CityDtos.UnitChangePage;
import cn.ggw.cityapi.CityDtos.UnitChangeType;
import cn.ggw.fleet.ClusterLocks;
import cn.ggw.hierarchy.OrgUnitKind;
import cn.ggw.security.CallerScope.ScopeRoot;
import cn.ggw.security.Subtree;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The change feed of units (table org_unit_change, written by a trigger). Without a cursor it first serves
 * the current state of every unit in scope (paged by path) and then continues with the changes made since
 * that first page; with a cursor it serves the changes after it, in commit-safe order: only changes of
 * transactions older than every running one are served, so a change that commits late is never skipped.
 */
@ApplicationScoped
public class UnitChangeFeed {

    static final String FEED = "units";
    public static final int MAX_LIMIT = 1000;
    private static final Logger LOG = Logger.getLogger(UnitChangeFeed.class);

    @Inject
    EntityManager em;

    @Inject
    ClusterLocks locks;

    @ConfigProperty(name = "ggw.cityapi.cursor-key", defaultValue = "ggw-city-feed-cursor-key")
    String cursorKey;

    @ConfigProperty(name = "ggw.cityapi.change-retention", defaultValue = "P180D")
    Duration retention;

    private static final ChangeLog CHANGES = new ChangeLog("org_unit_change");
    /** A change row after its position (tx, seq): what item(…) reads, from index 2 on. */
    private static final String COLUMNS = "changed_at, change, code, previous_code, name, kind, parent_code, previous_parent_code, depth, sort_order, "
            + "active, org_path, previous_path";

    @Transactional
    public UnitChangePage page(ScopeRoot scope, String cursor, Instant updatedSince, int limit) {
        byte[] key = cursorKey.getBytes(StandardCharsets.UTF_8);
        Subtree subtree = Subtree.of(scope.path());
        FeedCursor at = CHANGES.start(em, FEED, scope.code(), cursor, updatedSince, key, retention);
        return at.snapshot() ? snapshot(scope, subtree, at, limit, key) : changes(scope, subtree, at, limit, key);
    }

    private UnitChangePage snapshot(ScopeRoot scope, Subtree subtree, FeedCursor at, int limit, byte[] key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = subtree.bind(em.createNativeQuery("""
                        select u.updated_at, u.code, u.name, u.kind, p.code, u.depth, u.sort_order, u.active, u.org_path
                          from org_unit u left join org_unit p on p.id = u.parent_id
                         where %s and u.org_path > ?3
                         order by u.org_path limit ?4""".formatted(subtree.sql("u.org_path", 1))), 1)
                .setParameter(3, at.afterPath() == null ? "" : at.afterPath())
                .setParameter(4, limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> shown = more ? rows.subList(0, limit) : rows;
        List<UnitChange> items = new ArrayList<>();
        for (Object[] r : shown) {
            String path = (String) r[8];
            boolean active = (Boolean) r[7];
            CityUnit unit = new CityUnit((String) r[1], (String) r[2], OrgUnitKind.valueOf((String) r[3]),
                    path.equals(scope.path()) ? null : (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), active);
            items.add(new UnitChange(ChangeLog.instant(r[0]), active ? UnitChangeType.CREATED : UnitChangeType.DEACTIVATED, unit.code(), null, null, unit));
        }
        FeedCursor next = more
                ? new FeedCursor(FEED, scope.code(), true, at.tx(), at.seq(), (String) shown.get(shown.size() - 1)[8])
                : new FeedCursor(FEED, scope.code(), false, at.tx(), at.seq(), null);
        // After the last page of the full read, one more call brings the changes made meanwhile.
        return new UnitChangePage(items, next.encode(key), true);
    }

    private UnitChangePage changes(ScopeRoot scope, Subtree subtree, FeedCursor at, int limit, byte[] key) {
        ChangeLog.Rows page = CHANGES.after(em, COLUMNS, subtree, at, limit);
        List<UnitChange> items = new ArrayList<>();
        for (Object[] r : page.shown()) {
            items.add(item(scope, subtree, r));
        }
        return new UnitChangePage(items, page.next(at, FEED, scope.code()).encode(key), page.more());
    }

    private static UnitChange item(ScopeRoot scope, Subtree subtree, Object[] r) {
        String change = (String) r[3];
        String path = (String) r[13];
        String previousPath = (String) r[14];
        boolean inNow = path != null && subtree.covers(path);
        boolean inBefore = previousPath != null && subtree.covers(previousPath);
        Instant at = ChangeLog.instant(r[2]);
        String code = (String) r[4];
        if ("DELETED".equals(change) || !inNow) {
            return new UnitChange(at, UnitChangeType.REMOVED, code, (String) r[5], null, null);
        }
        UnitChangeType type = !inBefore && "UPDATED".equals(change) ? UnitChangeType.MOVED : UnitChangeType.valueOf(change);
        CityUnit unit = new CityUnit(code, (String) r[6], OrgUnitKind.valueOf((String) r[7]),
                path.equals(scope.path()) ? null : (String) r[8], ((Number) r[10]).intValue(), ((Number) r[11]).intValue(), (Boolean) r[12]);
        return new UnitChange(at, type, code, (String) r[5], (String) r[9], unit);
    }

    // ---- pruning -----------------------------------------------------------------------------

    @Scheduled(identity = "cityapi-change-pruning", every = "${ggw.cityapi.prune-every:6h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPrune() {
        locks.tryRun("cityapi-change-pruning", () -> {
            int deleted = prune(Instant.now().minus(retention));
            if (deleted > 0) {
                LOG.infof("Pruned %d unit changes older than %s", deleted, retention);
            }
        });
    }

    /** Deletes the changes before the cut-off and remembers how far: cursors before it answer 400 (stale). */
    @Transactional
    public int prune(Instant cutoff) {
        return CHANGES.prune(em, cutoff);
    }
}
