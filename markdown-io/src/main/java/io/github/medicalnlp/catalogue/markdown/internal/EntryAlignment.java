package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Entry;
import java.util.ArrayList;
import java.util.List;

/** What becomes of each entry of a section as read in the section as edited. */
final class EntryAlignment {

    /** What becomes of an old entry. */
    enum Op { KEEP, REPLACE, DELETE }

    /** For each old entry, what becomes of it. */
    final Op[] ops;
    /** For each kept or replaced old entry, the index of the new entry it is or gives way to. */
    final int[] partner;
    /** {@code inserts.get(k + 1)}: the new entries to write after old entry {@code k} ({@code k = -1}: before the first). */
    final List<List<Integer>> inserts;

    /**
     * Aligns old and new entries: a longest common subsequence of equal entries is kept; between two
     * kept entries, old and new ones pair up as replacements, the rest of the old ones are deleted
     * and the rest of the new ones inserted after the last kept or replaced old entry.
     */
    EntryAlignment(List<Entry> before, List<Entry> after) {
        int n = before.size();
        int m = after.size();
        ops = new Op[n];
        partner = new int[n];
        inserts = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            inserts.add(new ArrayList<>());
        }
        int prefix = 0;
        while (prefix < n && prefix < m && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && before.get(n - 1 - suffix).equals(after.get(m - 1 - suffix))) {
            suffix++;
        }
        int a = n - prefix - suffix;
        int b = m - prefix - suffix;
        int[][] lcs = new int[a + 1][b + 1];
        for (int i = a - 1; i >= 0; i--) {
            for (int j = b - 1; j >= 0; j--) {
                lcs[i][j] = before.get(prefix + i).equals(after.get(prefix + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> kept = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            kept.add(new int[] {k, k});
        }
        int i = 0;
        int j = 0;
        while (i < a && j < b) {
            if (before.get(prefix + i).equals(after.get(prefix + j))) {
                kept.add(new int[] {prefix + i, prefix + j});
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        for (int k = 0; k < suffix; k++) {
            kept.add(new int[] {n - suffix + k, m - suffix + k});
        }
        kept.add(new int[] {n, m}); // sentinel
        int lastOld = -1;
        int lastNew = -1;
        for (int[] anchor : kept) {
            int oldFrom = lastOld + 1;
            int newFrom = lastNew + 1;
            int oldCount = anchor[0] - oldFrom;
            int newCount = anchor[1] - newFrom;
            int pairs = Math.min(oldCount, newCount);
            for (int k = 0; k < pairs; k++) {
                ops[oldFrom + k] = Op.REPLACE;
                partner[oldFrom + k] = newFrom + k;
            }
            for (int k = pairs; k < oldCount; k++) {
                ops[oldFrom + k] = Op.DELETE;
            }
            int attach = pairs > 0 ? oldFrom + pairs - 1 : lastOld;
            for (int k = pairs; k < newCount; k++) {
                inserts.get(attach + 1).add(newFrom + k);
            }
            if (anchor[0] < n) {
                ops[anchor[0]] = Op.KEEP;
                partner[anchor[0]] = anchor[1];
            }
            lastOld = anchor[0];
            lastNew = anchor[1];
        }
    }
}
