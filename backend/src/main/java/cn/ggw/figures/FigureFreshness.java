package cn.ggw.figures;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * How the figures stay both fast and true (issue 13, item 2). They are computed on read from the raw rows —
 * so they always equal a recount — and each computed result is kept in memory with its write stamp (V18,
 * V25): the number of committed writing statements on the tables it was computed from (its line's,
 * {@link WorkLine#tables()}), counted by statement triggers in the writers' own transactions. A result is served
 * again only while the stamp is unchanged, i.e. while nothing it was computed from has changed; the first
 * request after a write recomputes it — and only the results that read the written table: a census import
 * recomputes the register's counts, not the rules' ledger. Every replica keeps its own results and reads the
 * stamps of the shared database, so no replica serves figures older than the last commit it can see.
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

    /**
     * Results kept per replica (one per source, unit, period and depth: a dashboard keeps about 17, a few KB each);
     * past this many the oldest generation is dropped at once.
     */
    static final int MAX_ENTRIES = 2_000;

    /**
     * What the kept results may weigh together on one replica, in bytes as their {@code weight} estimates them
     * (the production heap is 128 MB); past it the oldest generation is dropped at once. A result heavier than
     * an eighth of it is served but not kept. A city system asking for many periods of large subtrees must not
     * fill the heap with answers nobody asks for twice.
     */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ggw.figures.kept-bytes", defaultValue = "33554432")
    long maxWeight;

    @Inject
    EntityManager em;

    /** false: every read computes (the benchmark's "compute on read" baseline). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ggw.figures.keep-between-writes", defaultValue = "true")
    boolean keepBetweenWrites;

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    /** The estimated bytes of the kept results (approximate under races; reset with every drop of a generation). */
    private final AtomicLong keptWeight = new AtomicLong();

    private static final class Entry {
        final long stamp;
        final CompletableFuture<Object> value;
        /** The result this entry replaces, served while this one is computed when that is slow (else null). */
        volatile Object previous;
        volatile long weight;
        /** How long this entry's computation took; -1 while it runs. */
        volatile long computeNanos = -1;

        Entry(long stamp, CompletableFuture<Object> value, Object previous) {
            this.stamp = stamp;
            this.value = value;
            this.previous = previous;
        }

        long stamp() {
            return stamp;
        }

        CompletableFuture<Object> value() {
            return value;
        }
    }

    /** Committed writing statements per watched table, as this transaction sees them: one small read. */
    public Stamps stamps() {
        if (!keepBetweenWrites) {
            return Stamps.NONE;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select table_name, sum(n) from (
                    select table_name, folded as n from figure_change_folded
                    union all
                    select table_name, count(*) from figure_change group by table_name) s
                 group by table_name""").getResultList();
        Map<String, Long> byTable = new HashMap<>();
        for (Object[] row : rows) {
            byTable.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new Stamps(byTable);
    }

    /**
     * The write counts of every watched table, read once before a request computes anything: the stamp of a
     * result is the sum over the tables it reads, which only grows with commits to them (folding does not move it).
     */
    public record Stamps(Map<String, Long> byTable) {

        static final Stamps NONE = new Stamps(Map.of());

        public long of(Set<String> tables) {
            long sum = 0;
            for (String table : tables) {
                sum += byTable.getOrDefault(table, 0L);
            }
            return sum;
        }
    }

    /** As {@link #get(Object, long, Supplier, ToLongFunction)} under a fresh stamp of {@code tables}, for a small value. */
    public <T> T get(Object key, Set<String> tables, Supplier<T> compute) {
        return get(key, stamps().of(tables), compute, value -> 1_024);
    }

    /**
     * The value kept under {@code key} if none of the tables it was computed from has had a committed write since,
     * else {@code compute}'s, kept for the next call unless it would weigh more than an eighth of what all kept
     * results may weigh ({@code weight}: its estimated size in bytes, negative for "never keep"). The key must
     * name everything the value depends on besides the data (source, unit, period, depth, day, language) and always
     * come with the same tables; {@code stamp} is their {@link Stamps#of} read before computing. The caller checks
     * the scope before asking.
     *
     * <p>At most one computation per key runs at a time: a request that finds an older computation still running
     * waits for it to end and then computes once for everyone waiting with it — writes arriving faster than a
     * province's figures are computed must not start a computation each (they held the heap, in the benchmark).
     */
    public <T> T get(Object key, long stamp, Supplier<T> compute, ToLongFunction<T> weight) {
        return get(key, stamp, compute, weight, null);
    }

    /**
     * As {@link #get(Object, long, Supplier, ToLongFunction)}, except while a new result is computed after a write:
     * if the last computation of this key took at least {@code servePreviousAfter}, other requests get the result it
     * replaces at once instead of waiting — a province's dashboard takes seconds to compute, and during a bulk change
     * (a census import, a township's seats ended one by one) every leader would otherwise wait on it after each write.
     * The request that found the write still computes, waits and gets the new result; the next request after it
     * completes gets the new one too. So the previous result is served only while its successor is being computed,
     * and only where that takes long; the value must carry its own as-of time, which the screen shows. Quick keys
     * (a township, a test's small district) are never served old.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, long stamp, Supplier<T> compute, ToLongFunction<T> weight, java.time.Duration servePreviousAfter) {
        if (!keepBetweenWrites) {
            return compute.get();
        }
        long slowNanos = servePreviousAfter == null ? Long.MAX_VALUE : servePreviousAfter.toNanos();
        while (true) {
            CompletableFuture<Object> mine = new CompletableFuture<>();
            if (entries.size() >= MAX_ENTRIES || keptWeight.get() > maxWeight) {
                dropAll();
            }
            Entry entry = entries.compute(key, (k, old) -> {
                if (old == null || old.value().isCompletedExceptionally()) {
                    return new Entry(stamp, mine, null);
                }
                // fresh enough, or an older computation still running (wait for it before starting another)
                if (old.stamp() >= stamp || !old.value().isDone()) {
                    return old;
                }
                keptWeight.addAndGet(-old.weight);
                return new Entry(stamp, mine, old.computeNanos >= slowNanos ? old.value().join() : null);
            });
            Object previous = entry.previous;
            if (entry.value() != mine && previous != null && !entry.value().isDone()) {
                return (T) previous; // a slow successor is being computed: the result it replaces, with its as-of
            }
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
                long started = System.nanoTime();
                T value = compute.get();
                entry.computeNanos = System.nanoTime() - started;
                mine.complete(value);
                entry.previous = null;
                long bytes = weight.applyAsLong(value);
                if (bytes < 0 || bytes > maxWeight / 8) {
                    entries.remove(key, entry);
                } else {
                    entry.weight = bytes;
                    keptWeight.addAndGet(bytes);
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
        dropAll();
    }

    /** What the kept results may weigh together ({@code ggw.figures.kept-bytes}). */
    public long keptBytesBudget() {
        return maxWeight;
    }

    /** The estimated bytes of the results kept now (tests, metrics). */
    public long keptBytes() {
        return keptWeight.get();
    }

    private void dropAll() {
        entries.clear();
        keptWeight.set(0);
    }

    /**
     * Folds the change rows into each table's folded count (no stamp moves), so that reading the stamps stays a
     * count over a few rows. Every replica may run it; concurrent folds delete each row once.
     */
    @Scheduled(identity = "figure-change-fold", every = "${ggw.figures.fold-every:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void fold() {
        em.createNativeQuery("""
                with folded as (delete from figure_change returning table_name)
                insert into figure_change_folded (table_name, folded)
                select table_name, count(*) from folded group by table_name
                    on conflict (table_name) do update set folded = figure_change_folded.folded + excluded.folded""").executeUpdate();
    }
}
