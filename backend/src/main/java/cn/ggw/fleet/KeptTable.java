package cn.ggw.fleet;

import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A small table that many requests read whole (an installation's settings), kept in this replica's memory until its
 * rows change: a trigger on the table notifies every replica ({@code ggw_cache_changed} with {@link #cacheName()}),
 * and this replica's own writing transaction forgets it when it completes. A transaction that wrote the table reads
 * it from the database until it ends (its own uncommitted rows); while the replica cannot hear notifications, every
 * read goes to the database.
 */
public abstract class KeptTable<T> implements ClusterCache {

    @Inject
    ClusterEvents events;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Bumped by every invalidation: a value read before one is never served after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Kept<T> kept;

    /** Reads the table from the database (the caller's connection and transaction, if any). */
    protected abstract T load();

    /** The table, from memory when nothing can have changed it since it was read. */
    public T get() {
        if (!events.listening() || writtenInThisTransaction()) {
            return load();
        }
        long current = generation.get();
        Kept<T> k = kept;
        if (k != null && k.generation == current) {
            return k.value;
        }
        T value = load();
        kept = new Kept<>(value, current); // tagged with the generation it was read in: stale once that moves on
        return value;
    }

    /** Call in a transaction before writing the table: it reads its own rows, and every reader forgets it at the end. */
    public void changing() {
        if (transactions.getResource(this) != null) {
            return;
        }
        transactions.putResource(this, Boolean.TRUE);
        invalidate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                invalidate();
            }
        });
    }

    @Override
    public void invalidate() {
        generation.incrementAndGet();
        kept = null;
    }

    private boolean writtenInThisTransaction() {
        return transactions.getTransactionKey() != null && transactions.getResource(this) != null;
    }

    private record Kept<T>(T value, long generation) {
    }
}
