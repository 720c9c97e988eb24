package cn.ggw.volunteers.census;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/** Collects one row's cells (in any column order, with gaps) into a {@link CensusRow}. */
final class CensusRowBuilder {

    private final List<String> cells = new ArrayList<>();
    private BitSet numeric = new BitSet();
    private BitSet uncomputed = new BitSet();

    void set(int column, String rawText, boolean isNumeric, boolean isUncomputed) {
        if (column < 0 || column >= CensusText.MAX_COLUMNS) {
            return;
        }
        String text = CensusText.clean(rawText);
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, text);
        numeric.set(column, isNumeric && !text.isEmpty());
        uncomputed.set(column, isUncomputed);
    }

    /** The row, or null when every cell is empty (and no formula is waiting to be computed). */
    CensusRow build(int number) {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isEmpty() && !uncomputed.get(last)) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        CensusRow row = new CensusRow(number, Collections.unmodifiableList(new ArrayList<>(cells.subList(0, last + 1))),
                numeric, uncomputed);
        return row;
    }

    void reset() {
        cells.clear();
        numeric = new BitSet();
        uncomputed = new BitSet();
    }
}
