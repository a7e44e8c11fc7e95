package io.github.medicalnlp.catalogue.markdown.internal;

import java.util.Arrays;

/** Where each line of a text starts ({@code \n}, {@code \r\n} and {@code \r} end lines), for offset ↔ line. */
public final class LineIndex {

    private final int length;
    private final int[] starts;

    /** The index of a text's lines. */
    public LineIndex(String text) {
        this.length = text.length();
        int[] s = new int[16];
        int n = 1;
        if (text.indexOf('\r') < 0) { // the usual text, with \n endings only: found by the library's fast search
            for (int i = text.indexOf('\n'); i >= 0 && i + 1 < length; i = text.indexOf('\n', i + 1)) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
            this.starts = Arrays.copyOf(s, n);
            return;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if ((c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) && i + 1 < length) {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    /** The number of lines (0 for an empty text). */
    public int count() {
        return length == 0 ? 0 : starts.length;
    }

    /** The offset where a 0-based line starts; the text's length past the last line. */
    public int start(int line) {
        return line >= starts.length ? length : starts[line];
    }

    /** The 0-based line of an offset. */
    public int lineOf(int offset) {
        return lineOf(offset, 0, starts.length - 1);
    }

    /** The 0-based line of an offset known to be on one of the lines {@code lo} to {@code hi}. */
    public int lineOf(int offset, int lo, int hi) {
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
