package cn.ggw.rules;

import cn.ggw.documents.RichText.Block;
import cn.ggw.documents.RichText.BlockType;
import cn.ggw.rules.RuleDtos.DiffChange;
import cn.ggw.rules.RuleDtos.DiffRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A clause-level diff of two bodies: the longest common subsequence of blocks, then within each run of
 * differences a removed and an added clause with the same number (第三条) — or else the same type at the
 * same position — are one CHANGED row, so a reworded clause shows side by side with its old text.
 */
final class RuleDiff {

    private RuleDiff() {
    }

    static List<DiffRow> of(List<Block> before, List<Block> after) {
        int n = before.size();
        int m = after.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(before.get(i), after.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<DiffRow> rows = new ArrayList<>();
        List<Block> removed = new ArrayList<>();
        List<Block> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(before.get(i), after.get(j))) {
                flush(removed, added, rows);
                rows.add(new DiffRow(DiffChange.SAME, before.get(i), after.get(j)));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(after.get(j++));
            } else {
                removed.add(before.get(i++));
            }
        }
        flush(removed, added, rows);
        return rows;
    }

    private static void flush(List<Block> removed, List<Block> added, List<DiffRow> rows) {
        Block[] partner = new Block[removed.size()];
        boolean[] taken = new boolean[added.size()];
        for (int r = 0; r < removed.size(); r++) {
            String number = removed.get(r).number();
            for (int a = 0; number != null && a < added.size(); a++) {
                if (!taken[a] && number.equals(added.get(a).number())) {
                    partner[r] = added.get(a);
                    taken[a] = true;
                    break;
                }
            }
        }
        for (int r = 0; r < removed.size(); r++) {
            if (partner[r] == null && r < added.size() && !taken[r] && removed.get(r).type() == added.get(r).type()
                    && removed.get(r).type() != BlockType.CLAUSE) {
                partner[r] = added.get(r);
                taken[r] = true;
            }
        }
        for (int r = 0; r < removed.size(); r++) {
            rows.add(partner[r] == null ? new DiffRow(DiffChange.REMOVED, removed.get(r), null)
                    : new DiffRow(DiffChange.CHANGED, removed.get(r), partner[r]));
        }
        for (int a = 0; a < added.size(); a++) {
            if (!taken[a]) {
                rows.add(new DiffRow(DiffChange.ADDED, null, added.get(a)));
            }
        }
        removed.clear();
        added.clear();
    }

    private static boolean same(Block a, Block b) {
        return a.type() == b.type() && Objects.equals(a.level(), b.level()) && Objects.equals(a.number(), b.number())
                && Objects.equals(a.ordered(), b.ordered()) && Objects.equals(a.text(), b.text())
                && Objects.equals(a.fileId(), b.fileId()) && Objects.equals(a.caption(), b.caption());
    }
}
