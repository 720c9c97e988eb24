package cn.ggw.figures;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * How the figures stay both fast and true (issue 13, item 2). They are computed on read from the raw rows —
 * so they always equal a recount — and each computed result is kept in memory with the database's write
 * stamp (V18): the number of committed writing statements on every table a figure or an attention item
 * reads, counted by statement triggers in the writers' own transactions. A result is served again only while
 * the stamp is unchanged, i.e. while nothing it was computed from has changed; the first request after a
 * write recomputes it. Every replica keeps its own results and reads the one stamp of the shared database, so
 * no replica serves figures older than the last commit it can see.
 *
 * <p>Why not summaries for every line, as V12 keeps for the register: the lines' figures depend on the period
 * (any two days), on the state on its last day (appointments' periods, rules' versions in force) and on the
 * unit's kind (obligations), so a summary per unit and day for each would be as large as the rows it
 * summarises, and each new figure would need its own triggers. Leaders read the same few dashboards far more
 * often than the data changes; the one cost left is the first read after a write, which stays as fast as the
 * computation (its statements use the path indexes, one per source, not one per unit).
 *
 * <p>The stamp is read before the computation: a result cached under a stamp includes at least every write
 * counted in it; a write committed during the computation raises the stamp, so that result is never served.
 * Concurrent requests for the same missing result wait for one computation instead of each running it.
 *
 * <p>Why not the data version the city API's 304s read ({@code cn.ggw.cityapi.VersionStamps}, V17): that one moves
 * with every writing statement, committed or not, and with every commit anywhere — right for an ETag, which only has
 * to be cheap and never wrong, but a census import's thousand-row statements would make a province's figures
 * (seconds to compute) recompute continuously while it runs. This stamp counts committed writes to the tables the
 * figures read, and nothing else.
 */
@ApplicationScoped
public class FigureFreshness {

    /** Results kept per replica; past this many the oldest generation is dropped at once. */
    static final int MAX_ENTRIES = 128;

    @Inject
    EntityManager em;

    /** false: every read computes (the benchmark's "compute on read" baseline). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ggw.figures.keep-between-writes", defaultValue = "true")
    boolean keepBetweenWrites;

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    private record Entry(long stamp, CompletableFuture<Object> value) {
    }

    /** The write stamp as this transaction sees it. */
    public long stamp() {
        return ((Number) em.createNativeQuery("""
                select coalesce((select folded from figure_change_base where id = 1), 0) + (select count(*) from figure_change)""")
                .getSingleResult()).longValue();
    }

    /**
     * The value kept under {@code key} if nothing was written since it was computed, else {@code compute}'s,
     * kept for the next call. The key must name everything the value depends on besides the data (unit,
     * period, depth, day, language); the caller checks the scope before asking.
     */
    public <T> T get(Object key, Supplier<T> compute) {
        return get(key, compute, value -> true);
    }

    /**
     * As {@link #get(Object, Supplier)}, keeping the computed value only when {@code keep} says so (large results).
     * At most one computation per key runs at a time: a request that finds an older computation still running
     * waits for it to end and then computes once for everyone waiting with it — writes arriving faster than a
     * province's figures are computed must not start a computation each (they held the heap, in the benchmark).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute, java.util.function.Predicate<T> keep) {
        if (!keepBetweenWrites) {
            return compute.get();
        }
        while (true) {
            long stamp = stamp();
            CompletableFuture<Object> mine = new CompletableFuture<>();
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            Entry entry = entries.compute(key, (k, old) -> {
                if (old == null || old.value().isCompletedExceptionally()) {
                    return new Entry(stamp, mine);
                }
                // fresh enough, or an older computation still running (wait for it before starting another)
                return old.stamp() >= stamp || !old.value().isDone() ? old : new Entry(stamp, mine);
            });
            if (entry.value() != mine) {
                Object value;
                try {
                    value = entry.value().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (ExecutionException e) {
                    // the other request's computation failed: compute here, as if nothing had been kept
                    return compute.get();
                }
                if (entry.stamp() >= stamp) {
                    return (T) value;
                }
                continue; // that computation was older than what this request must see: now compute once for it
            }
            try {
                T value = compute.get();
                mine.complete(value);
                if (!keep.test(value)) {
                    entries.remove(key, entry);
                }
                return value;
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                entries.remove(key, entry);
                throw e;
            }
        }
    }

    /** Drops every kept result (tests that write behind the triggers' back, e.g. with triggers disabled). */
    public void clear() {
        entries.clear();
    }

    /**
     * Folds the change rows into the base count (the stamp does not move), so that reading the stamp stays a
     * count over a few rows. Every replica may run it; concurrent folds delete each row once.
     */
    @Scheduled(identity = "figure-change-fold", every = "${ggw.figures.fold-every:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void fold() {
        em.createNativeQuery("""
                with folded as (delete from figure_change returning 1)
                update figure_change_base set folded = folded + (select count(*) from folded)
                 where id = 1 and exists (select 1 from folded)""").executeUpdate();
    }
}
