package cn.ggw.cityapi;

import cn.ggw.common.ProblemException;
import cn.ggw.security.Subtree;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The positions of a change table written by a trigger ({@code org_unit_change}, {@code exemplar_change}): rows are
 * ordered by (tx, seq) and only rows of transactions older than every running one are served, so a change that commits
 * late is never skipped; a companion {@code *_pruned} row remembers how far old rows were deleted. The table names are
 * constants of this package, never input.
 */
final class ChangeLog {

    record Position(String tx, long seq) {
    }

    private final String table;
    private final String prunedTable;

    ChangeLog(String table) {
        this.table = table;
        this.prunedTable = table + "_pruned";
    }

    /**
     * Where a page starts: after the cursor, after the first change after updatedSince, or (neither) a full read of the
     * scope followed by the changes after the current head.
     */
    FeedCursor start(EntityManager em, String feed, String scopeCode, String cursor, Instant updatedSince, byte[] key, Duration retention) {
        Position pruned = prunedUpTo(em);
        if (cursor != null) {
            FeedCursor at = FeedCursor.decode(cursor, key, feed, scopeCode);
            if (before(new Position(at.tx(), at.seq()), pruned)) {
                throw stale(retention);
            }
            return at;
        }
        if (updatedSince != null) {
            if (updatedSince.isAfter(Instant.now())) {
                throw ProblemException.invalid("updatedSince", "cityapi.updated-since.future");
            }
            if (!updatedSince.isAfter(prunedTime(em))) {
                throw ProblemException.invalid("updatedSince", "cityapi.cursor.stale", retention.toDays());
            }
            Position start = firstAfter(em, updatedSince);
            return new FeedCursor(feed, scopeCode, false, start.tx(), start.seq(), null);
        }
        Position head = head(em, pruned);
        return new FeedCursor(feed, scopeCode, true, head.tx(), head.seq(), null);
    }

    /** One page of a feed: the rows shown and whether more follow. */
    record Rows(List<Object[]> shown, boolean more) {

        /** The cursor after the last row shown (the same position when the page is empty). */
        FeedCursor next(FeedCursor at, String feed, String scopeCode) {
            if (shown.isEmpty()) {
                return at;
            }
            Object[] last = shown.get(shown.size() - 1);
            return new FeedCursor(feed, scopeCode, false, (String) last[0], ((Number) last[1]).longValue(), null);
        }
    }

    /**
     * The changes after {@code at} whose row lies in the subtree now or did before (a move out of it is a tombstone);
     * each row is tx, seq and then {@code columns}. Served only below the oldest running transaction.
     */
    Rows after(EntityManager em, String columns, Subtree subtree, FeedCursor at, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select tx::text as position_tx, seq, %s
                          from %s
                         where (tx, seq) > (cast(?1 as xid8), ?2)
                           and tx < pg_snapshot_xmin(pg_current_snapshot())
                           and (%s or %s)
                         order by tx, seq limit ?7""".formatted(columns, table, subtree.sql("org_path", 3), subtree.sql("previous_path", 5)))
                .setParameter(1, at.tx())
                .setParameter(2, at.seq())
                .setParameter(3, subtree.path())
                .setParameter(4, subtree.end())
                .setParameter(5, subtree.path())
                .setParameter(6, subtree.end())
                .setParameter(7, limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        return new Rows(more ? rows.subList(0, limit) : rows, more);
    }

    /** The last change every transaction has finished writing (or the pruning mark when none is left). */
    Position head(EntityManager em, Position pruned) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select tx::text as position_tx, seq from %s
                 where tx < pg_snapshot_xmin(pg_current_snapshot())
                 order by tx desc, seq desc limit 1""".formatted(table)).getResultList();
        if (rows.isEmpty()) {
            return pruned;
        }
        Position last = new Position((String) rows.get(0)[0], ((Number) rows.get(0)[1]).longValue());
        return before(last, pruned) ? pruned : last;
    }

    /** The position just before the first change after the given time (the head when there is none). */
    private Position firstAfter(EntityManager em, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select tx::text as position_tx, seq from %s
                         where changed_at > ?1 and tx < pg_snapshot_xmin(pg_current_snapshot())
                         order by tx, seq limit 1""".formatted(table))
                .setParameter(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getResultList();
        if (rows.isEmpty()) {
            return head(em, prunedUpTo(em));
        }
        return new Position((String) rows.get(0)[0], ((Number) rows.get(0)[1]).longValue() - 1);
    }

    Position prunedUpTo(EntityManager em) {
        Object[] row = (Object[]) em.createNativeQuery("select upto_tx::text, upto_seq from %s where id = 1".formatted(prunedTable))
                .getSingleResult();
        return new Position((String) row[0], ((Number) row[1]).longValue());
    }

    private Instant prunedTime(EntityManager em) {
        Object value = em.createNativeQuery(
                "select case when upto_time = '-infinity' then null else upto_time end from %s where id = 1".formatted(prunedTable))
                .getSingleResult();
        return value == null ? Instant.EPOCH : instant(value);
    }

    /** Deletes the changes before the cut-off and remembers how far: cursors before it answer 400 (stale). */
    int prune(EntityManager em, Instant cutoff) {
        OffsetDateTime at = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("""
                        select tx::text as position_tx, seq from %s
                         where changed_at < ?1 and tx < pg_snapshot_xmin(pg_current_snapshot())
                         order by tx desc, seq desc limit 1""".formatted(table))
                .setParameter(1, at).getResultList();
        if (last.isEmpty()) {
            return 0;
        }
        String tx = (String) last.get(0)[0];
        long seq = ((Number) last.get(0)[1]).longValue();
        em.createNativeQuery("""
                        update %s set upto_tx = cast(?1 as xid8), upto_seq = ?2, upto_time = greatest(upto_time, ?3)
                         where id = 1 and (upto_tx, upto_seq) < (cast(?1 as xid8), ?2)""".formatted(prunedTable))
                .setParameter(1, tx).setParameter(2, seq).setParameter(3, at).executeUpdate();
        return em.createNativeQuery("delete from %s where (tx, seq) <= (cast(?1 as xid8), ?2)".formatted(table))
                .setParameter(1, tx).setParameter(2, seq).executeUpdate();
    }

    static boolean before(Position a, Position b) {
        int byTx = Long.compareUnsigned(Long.parseUnsignedLong(a.tx()), Long.parseUnsignedLong(b.tx()));
        return byTx < 0 || (byTx == 0 && a.seq() < b.seq());
    }

    static ProblemException stale(Duration retention) {
        return ProblemException.invalid("cursor", "cityapi.cursor.stale", retention.toDays());
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
