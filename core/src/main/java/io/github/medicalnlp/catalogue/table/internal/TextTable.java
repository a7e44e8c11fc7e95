package io.github.medicalnlp.catalogue.table.internal;

import java.util.List;

/**
 * A table as plain text for a terminal or a notebook's text output: one line per row after the header line, the
 * columns lined up by {@linkplain DisplayWidth display width} with two spaces between them, the last column not
 * padded, every line ended by {@code '\n'}. Cells are {@linkplain CellText#clean cleaned} and line breaks
 * become spaces, so a row is always one line.
 *
 * <p>With a maximum width, the widest columns are cut first (to the same width, with an ellipsis), as little as
 * makes every line fit; when even one column each of the width of an ellipsis does not fit, each line is cut
 * too. Each cell is cleaned and measured once: the time is linear in the size of the table.
 */
public final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    /**
     * The table as text, every line at most {@code maxWidth} columns wide, or uncut when {@code maxWidth} is
     * {@link Integer#MAX_VALUE}.
     *
     * @param maxWidth at least 1
     */
    public static String render(List<String> header, List<List<String>> rows, int maxWidth) {
        int n = header.size();
        String[][] cells = new String[rows.size() + 1][];
        int[][] widths = new int[rows.size() + 1][];
        int[] column = new int[n];
        for (int r = 0; r <= rows.size(); r++) {
            List<String> row = r == 0 ? header : rows.get(r - 1);
            cells[r] = new String[n];
            widths[r] = new int[n];
            for (int c = 0; c < n; c++) {
                String text = CellText.clean(row.get(c)).replace('\n', ' ');
                cells[r][c] = text;
                widths[r][c] = DisplayWidth.of(text);
                column[c] = Math.max(column[c], widths[r][c]);
            }
        }
        long natural = sum(column) + (long) GAP.length() * (n - 1);
        boolean cutLines = false;
        if (natural > maxWidth) {
            int[] caps = caps(column, maxWidth - GAP.length() * (n - 1));
            cutLines = sum(caps) + (long) GAP.length() * (n - 1) > maxWidth;
            java.util.Arrays.fill(column, 0);
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < n; c++) {
                    if (widths[r][c] > caps[c]) {
                        cells[r][c] = DisplayWidth.cut(cells[r][c], caps[c]);
                        widths[r][c] = DisplayWidth.of(cells[r][c]);
                    }
                    column[c] = Math.max(column[c], widths[r][c]);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < cells.length; r++) {
            line.setLength(0);
            for (int c = 0; c < n; c++) {
                line.append(cells[r][c]);
                if (c < n - 1) {
                    line.append(" ".repeat(column[c] - widths[r][c])).append(GAP);
                }
            }
            out.append(cutLines ? DisplayWidth.cut(line.toString(), maxWidth) : line).append('\n');
        }
        return out.toString();
    }

    /**
     * The widths the columns are cut to so that they sum to at most {@code budget}: the widest are lowered to one
     * common cap, the largest that fits, and the columns above it get one column more each, left to right, while
     * the budget lasts. No column is cut below 1 (an ellipsis), even when the budget is smaller.
     */
    private static int[] caps(int[] natural, int budget) {
        int low = 1;
        int high = 1;
        for (int w : natural) {
            high = Math.max(high, w);
        }
        if (capped(natural, 1) > budget) {
            high = 1;
        }
        while (low < high) { // the largest cap in [1, high] whose columns fit the budget
            int mid = low + (high - low + 1) / 2;
            if (capped(natural, mid) <= budget) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int[] caps = new int[natural.length];
        long left = budget - capped(natural, low);
        for (int c = 0; c < natural.length; c++) {
            caps[c] = Math.min(natural[c], low);
            if (natural[c] > low && left > 0) {
                caps[c]++;
                left--;
            }
        }
        return caps;
    }

    private static long capped(int[] natural, int cap) {
        long sum = 0;
        for (int w : natural) {
            sum += Math.min(w, cap);
        }
        return sum;
    }

    private static long sum(int[] values) {
        long sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }
}
