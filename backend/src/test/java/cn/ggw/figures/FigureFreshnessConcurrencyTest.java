package cn.ggw.figures;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writes arriving while a kept result is being computed do not start a second computation of the same key beside
 * it: the later request waits for the running one, then computes once for what it must see — or, for a result
 * slow to compute, gets the previous one meanwhile.
 */
@QuarkusTest
class FigureFreshnessConcurrencyTest {

    @Inject
    FigureFreshness freshness;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("A write during a computation: the next request waits for it, then computes once more — never two at once")
    void oneComputationAtATime() throws Exception {
        Object key = "concurrency-" + System.nanoTime();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Supplier<Integer> compute = () -> {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            int n = computations.incrementAndGet();
            try {
                if (n == 1) {
                    firstStarted.countDown();
                    assertTrue(releaseFirst.await(30, TimeUnit.SECONDS));
                }
                return n;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(() -> inRequest(() -> freshness.get(key, Set.of("test"), compute)));
            assertTrue(firstStarted.await(30, TimeUnit.SECONDS));
            write(); // committed while the first computation runs: the stamp moves on
            Future<Integer> second = pool.submit(() -> inRequest(() -> freshness.get(key, Set.of("test"), compute)));
            Thread.sleep(300); // the second request is now waiting on the first computation
            assertEquals(1, computations.get(), "the second request must not compute beside the first");
            releaseFirst.countDown();
            assertEquals(1, first.get(30, TimeUnit.SECONDS));
            assertEquals(2, second.get(30, TimeUnit.SECONDS), "the second request sees a computation after the write");
            assertEquals(1, mostAtOnce.get());
            assertEquals(2, inRequest(() -> freshness.get(key, Set.of("test"), compute)), "nothing written since: the kept result");
        } finally {
            releaseFirst.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("A slow result after a write: the request that found the write waits for the new one, others get the previous meanwhile")
    void slowResultServedPreviousWhileComputed() throws Exception {
        Object key = "slow-" + System.nanoTime();
        Set<String> tables = Set.of("test_slow");
        Duration slow = Duration.ofMillis(200);
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        Supplier<Integer> compute = () -> {
            int n = computations.incrementAndGet();
            try {
                if (n == 1) {
                    Thread.sleep(slow.toMillis() + 50); // the first computation is slow
                } else if (n == 2) {
                    secondStarted.countDown();
                    assertTrue(releaseSecond.await(30, TimeUnit.SECONDS));
                }
                return n;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(1, inRequest(() -> get(key, tables, compute, slow)));
        assertEquals(1, inRequest(() -> get(key, tables, compute, slow)), "nothing written: the kept result");
        write("test_slow");
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Future<Integer> finder = pool.submit(() -> inRequest(() -> get(key, tables, compute, slow)));
            assertTrue(secondStarted.await(30, TimeUnit.SECONDS));
            assertEquals(1, inRequest(() -> get(key, tables, compute, slow)), "while the new result is computed: the previous one");
            assertEquals(2, computations.get(), "and no second computation beside it");
            releaseSecond.countDown();
            assertEquals(2, finder.get(30, TimeUnit.SECONDS), "the request that found the write gets the new result");
            assertEquals(2, inRequest(() -> get(key, tables, compute, slow)), "and so does everyone after it");
        } finally {
            releaseSecond.countDown();
            pool.shutdownNow();
        }

        // a quick result (under the threshold) is never served old: the next request waits, as in oneComputationAtATime
        Object quick = "quick-" + System.nanoTime();
        AtomicInteger quickComputations = new AtomicInteger();
        CountDownLatch quickStarted = new CountDownLatch(1);
        CountDownLatch releaseQuick = new CountDownLatch(1);
        Supplier<Integer> quickCompute = () -> {
            int n = quickComputations.incrementAndGet();
            if (n == 2) {
                quickStarted.countDown();
                try {
                    assertTrue(releaseQuick.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return n;
        };
        assertEquals(1, inRequest(() -> get(quick, tables, quickCompute, slow)));
        write("test_slow");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> finder = two.submit(() -> inRequest(() -> get(quick, tables, quickCompute, slow)));
            assertTrue(quickStarted.await(30, TimeUnit.SECONDS));
            Future<Integer> other = two.submit(() -> inRequest(() -> get(quick, tables, quickCompute, slow)));
            Thread.sleep(300);
            assertFalse(other.isDone(), "a quick result's next reader waits for the new one");
            releaseQuick.countDown();
            assertEquals(2, finder.get(30, TimeUnit.SECONDS));
            assertEquals(2, other.get(30, TimeUnit.SECONDS));
        } finally {
            releaseQuick.countDown();
            two.shutdownNow();
        }
    }

    private Integer get(Object key, Set<String> tables, Supplier<Integer> compute, Duration slow) {
        return freshness.get(key, freshness.stamps().of(tables), compute, v -> 1_024, slow);
    }

    @Test
    @DisplayName("A write to another table keeps the result; a write to one of its tables recomputes it; folding moves nothing")
    void stampPerTable() throws Exception {
        Object key = "per-table-" + System.nanoTime();
        Set<String> tables = Set.of("test_ledger", "org_unit_test");
        AtomicInteger computations = new AtomicInteger();
        Supplier<Integer> compute = computations::incrementAndGet;
        assertEquals(1, inRequest(() -> freshness.get(key, tables, compute)));
        write("test_register"); // a census import beside: another line's table
        assertEquals(1, inRequest(() -> freshness.get(key, tables, compute)), "a write elsewhere keeps the result");
        write("org_unit_test");
        assertEquals(2, inRequest(() -> freshness.get(key, tables, compute)), "a write to a table it reads recomputes it");
        long before = inRequest(() -> freshness.stamps().of(tables));
        inRequest(() -> {
            freshness.fold();
            return null;
        });
        assertEquals(before, inRequest(() -> freshness.stamps().of(tables)), "folding moves no stamp");
        assertEquals(2, inRequest(() -> freshness.get(key, tables, compute)), "nor recomputes anything");
        write("test_ledger");
        assertEquals(3, inRequest(() -> freshness.get(key, tables, compute)), "a write after the fold is still seen");
    }

    @Test
    @DisplayName("Kept results stay within the memory budget: one too heavy is computed on every read; past the budget all are dropped")
    void weightBudget() {
        Set<String> tables = Set.of("test_budget");
        long budget = freshness.keptBytesBudget();
        AtomicInteger computations = new AtomicInteger();
        Object heavy = "heavy-" + System.nanoTime();
        long stamp = inRequest(() -> freshness.stamps().of(tables));
        freshness.get(heavy, stamp, computations::incrementAndGet, v -> budget / 8 + 1);
        freshness.get(heavy, stamp, computations::incrementAndGet, v -> budget / 8 + 1);
        assertEquals(2, computations.get(), "a result heavier than an eighth of the budget is not kept");
        Object light = "light-" + System.nanoTime();
        freshness.get(light, stamp, computations::incrementAndGet, v -> budget / 8);
        freshness.get(light, stamp, computations::incrementAndGet, v -> budget / 8);
        assertEquals(3, computations.get(), "one within it is kept");
        assertTrue(freshness.keptBytes() >= budget / 8, "and weighed: " + freshness.keptBytes());
        for (int i = 0; i < 8; i++) { // eight more of an eighth each: past the budget
            freshness.get("filler-" + i + "-" + System.nanoTime(), stamp, () -> 0, v -> budget / 8);
        }
        freshness.get(light, stamp, computations::incrementAndGet, v -> budget / 8);
        assertEquals(4, computations.get(), "past the budget the kept results were dropped, so this one is computed again");
        assertTrue(freshness.keptBytes() <= budget, "kept after the drop: " + freshness.keptBytes());
    }

    private void write() throws Exception {
        write("test");
    }

    private void write(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into figure_change (table_name) values ('" + table + "')");
        }
    }

    private static <T> T inRequest(Supplier<T> work) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            return work.get();
        } finally {
            request.terminate();
        }
    }
}
