package cn.ggw.volunteers.census;

import java.util.Arrays;

/**
 * The row where each ID number of a census file first appeared, for "repeated in row N" — kept as primitive
 * arrays: a valid ID number is fully determined by its first 17 digits (the 18th is their check character),
 * so one long is its key. For a 100,000-row file this holds ~3 MB where a map of strings held ~12 MB for the
 * whole dry run, on a replica whose heap is 128 MB (README, "Memory").
 */
final class FirstRows {

    private static final long EMPTY = -1;

    private long[] keys = new long[1 << 10];
    private int[] rows = new int[1 << 10];
    private int size;

    FirstRows() {
        Arrays.fill(keys, EMPTY);
    }

    /** Records the row (numbered from 1) for this valid ID number; the row it first appeared in if seen before, else 0. */
    int putIfAbsent(String validIdNumber, int row) {
        long key = Long.parseLong(validIdNumber, 0, 17, 10);
        int slot = slot(keys, key);
        if (keys[slot] == key) {
            return rows[slot];
        }
        keys[slot] = key;
        rows[slot] = row;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
