package cn.ggw.cityapi;

import cn.ggw.cityapi.CityDtos.ExemplarChange;
import cn.ggw.cityapi.CityDtos.ExemplarChangePage;
import cn.ggw.cityapi.CityDtos.ExemplarChangeType;
import cn.ggw.cityapi.CityDtos.SubmittedExemplar;
import cn.ggw.common.ProblemException;
import cn.ggw.fleet.ClusterLocks;
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
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The change feed of exemplars submitted to the city (table exemplar_change, written by a trigger, V17), shaped like
 * the unit feed: without a cursor every exemplar submitted within the scope (by id), then the changes made since; with
 * a cursor the changes after it in commit-safe order. Cursors are signed for this feed and scope (a unit feed's cursor
 * is foreign here).
 */
@ApplicationScoped
public class ExemplarChangeFeed {

    static final String FEED = "exemplars";
    public static final int MAX_LIMIT = 1000;
    private static final ChangeLog CHANGES = new ChangeLog("exemplar_change");
    /** A change row after its position (tx, seq): what item(…) reads, from index 2 on. */
    private static final String COLUMNS = "changed_at, change, exemplar_id, unit_code, unit_name, category, year, title, subject_name, "
            + "submitted_on, adopted, decided_on, book, note, org_path";
    private static final Logger LOG = Logger.getLogger(ExemplarChangeFeed.class);

    @Inject
    EntityManager em;

    @Inject
    ClusterLocks locks;

    @ConfigProperty(name = "ggw.cityapi.cursor-key", defaultValue = "ggw-city-feed-cursor-key")
    String cursorKey;

    @ConfigProperty(name = "ggw.cityapi.change-retention", defaultValue = "P180D")
    Duration retention;

    @Transactional
    public ExemplarChangePage page(ScopeRoot scope, String cursor, Instant updatedSince, int limit) {
        byte[] key = cursorKey.getBytes(StandardCharsets.UTF_8);
        Subtree subtree = Subtree.of(scope.path());
        FeedCursor at = CHANGES.start(em, FEED, scope.code(), cursor, updatedSince, key, retention);
        return at.snapshot() ? snapshot(scope, subtree, at, limit, key) : changes(scope, subtree, at, limit, key);
    }

    private ExemplarChangePage snapshot(ScopeRoot scope, Subtree subtree, FeedCursor at, int limit, byte[] key) {
        long afterId = at.afterPath() == null ? 0 : parseAfter(at.afterPath());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = subtree.bind(em.createNativeQuery("""
                        select e.id, e.updated_at, u.code, u.name, e.category, e.year, e.title, e.subject_name,
                               e.submitted_to_city_on, e.city_adopted, e.city_decided_on, e.city_book, e.city_note
                          from exemplar e join org_unit u on u.id = e.org_unit_id
                         where %s and e.submitted_to_city_on is not null and e.id > ?3
                         order by e.id limit ?4""".formatted(subtree.sql("e.org_path", 1))), 1)
                .setParameter(3, afterId)
                .setParameter(4, limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> shown = more ? rows.subList(0, limit) : rows;
        List<ExemplarChange> items = new ArrayList<>();
        for (Object[] r : shown) {
            SubmittedExemplar exemplar = exemplar(((Number) r[0]).longValue(), r, 2);
            items.add(new ExemplarChange(ChangeLog.instant(r[1]),
                    Boolean.TRUE.equals(exemplar.adopted()) ? ExemplarChangeType.ADOPTED : ExemplarChangeType.SUBMITTED, exemplar.id(), exemplar));
        }
        FeedCursor next = more
                ? new FeedCursor(FEED, scope.code(), true, at.tx(), at.seq(), Long.toString(((Number) shown.get(shown.size() - 1)[0]).longValue()))
                : new FeedCursor(FEED, scope.code(), false, at.tx(), at.seq(), null);
        // After the last page of the full read, one more call brings the changes made meanwhile.
        return new ExemplarChangePage(items, next.encode(key), true);
    }

    private ExemplarChangePage changes(ScopeRoot scope, Subtree subtree, FeedCursor at, int limit, byte[] key) {
        ChangeLog.Rows page = CHANGES.after(em, COLUMNS, subtree, at, limit);
        List<ExemplarChange> items = new ArrayList<>();
        for (Object[] r : page.shown()) {
            items.add(item(subtree, r));
        }
        return new ExemplarChangePage(items, page.next(at, FEED, scope.code()).encode(key), page.more());
    }

    private static ExemplarChange item(Subtree subtree, Object[] r) {
        String change = (String) r[3];
        String path = (String) r[16];
        long id = ((Number) r[4]).longValue();
        Instant at = ChangeLog.instant(r[2]);
        if ("WITHDRAWN".equals(change)) {
            return new ExemplarChange(at, ExemplarChangeType.WITHDRAWN, id, null);
        }
        if ("DELETED".equals(change) || path == null || !subtree.covers(path)) {
            return new ExemplarChange(at, ExemplarChangeType.REMOVED, id, null);
        }
        return new ExemplarChange(at, ExemplarChangeType.valueOf(change), id, exemplar(id, r, 5));
    }

    /** The exemplar from a row whose columns from {@code first} on are: unit code, unit name, category … note. */
    private static SubmittedExemplar exemplar(long id, Object[] r, int first) {
        return new SubmittedExemplar(id, (String) r[first], (String) r[first + 1], (String) r[first + 2],
                ((Number) r[first + 3]).intValue(), (String) r[first + 4], (String) r[first + 5], date(r[first + 6]),
                (Boolean) r[first + 7], date(r[first + 8]), (String) r[first + 9], (String) r[first + 10]);
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + value);
    }

    private static long parseAfter(String afterId) {
        try {
            return Long.parseLong(afterId);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "cityapi.cursor.malformed");
        }
    }

    // ---- pruning -----------------------------------------------------------------------------

    @Scheduled(identity = "cityapi-exemplar-change-pruning", every = "${ggw.cityapi.prune-every:6h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPrune() {
        locks.tryRun("cityapi-exemplar-change-pruning", () -> {
            int deleted = prune(Instant.now().minus(retention));
            if (deleted > 0) {
                LOG.infof("Pruned %d exemplar changes older than %s", deleted, retention);
            }
        });
    }

    /** Deletes the changes before the cut-off and remembers how far: cursors before it answer 400 (stale). */
    @Transactional
    public int prune(Instant cutoff) {
        return CHANGES.prune(em, cutoff);
    }
}
