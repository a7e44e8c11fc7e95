package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.markdown.internal.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The replaced parts of a text as whole lines: each run of lines that a replacement touches, as it was
 * and as it is, with its line numbers before and after. What a unified diff shows, found in time linear
 * in the text, where a diff algorithm would take the product of the text and the changes.
 */
public final class LineChanges {

    /**
     * A run of changed lines.
     *
     * @param line the 1-based number of its first line in the text as read (for an insertion, the number
     *     of the line it comes before)
     * @param removed the lines as read, each with its line ending
     * @param newLine the 1-based number of its first line in the new text
     * @param added the lines written instead, each with its line ending
     */
    public record Change(int line, List<String> removed, int newLine, List<String> added) {
    }

    private LineChanges() {
    }

    /**
     * The changes of a text.
     *
     * @param source the text as read
     * @param lines its line index
     * @param replacements its replaced parts, in order, none overlapping
     */
    public static List<Change> of(String source, LineIndex lines, List<Composer.Replacement> replacements) {
        List<Change> out = new ArrayList<>();
        int delta = 0;
        int i = 0;
        while (i < replacements.size()) {
            Composer.Replacement first = replacements.get(i);
            int from = lineStart(source, lines, first.start());
            int to = lineEnd(source, lines, first);
            int j = i + 1;
            // replacements on the same lines or the lines right after: one run, as a diff shows them
            while (j < replacements.size() && lineStart(source, lines, replacements.get(j).start()) <= to) {
                to = Math.max(to, lineEnd(source, lines, replacements.get(j)));
                j++;
            }
            StringBuilder now = new StringBuilder();
            int at = from;
            for (int k = i; k < j; k++) {
                Composer.Replacement r = replacements.get(k);
                now.append(source, at, r.start()).append(r.text());
                at = r.end();
            }
            now.append(source, at, to);
            List<String> removed = split(source.substring(from, to));
            List<String> added = split(now.toString());
            // lines a rewritten entry writes as they were are not changes
            int same = 0;
            while (same < removed.size() && same < added.size() && removed.get(same).equals(added.get(same))) {
                same++;
            }
            int tail = 0;
            while (tail < removed.size() - same && tail < added.size() - same
                    && removed.get(removed.size() - 1 - tail).equals(added.get(added.size() - 1 - tail))) {
                tail++;
            }
            if (same < removed.size() || same < added.size()) {
                int line = (from == source.length() && from > 0 ? lines.count() + 1 : lines.lineOf(from) + 1) + same;
                out.add(new Change(line, removed.subList(same, removed.size() - tail), line + delta,
                        added.subList(same, added.size() - tail)));
                delta += added.size() - removed.size();
            }
            i = j;
        }
        return out;
    }

    /** The start of the line an offset is on; the offset itself when a line ends just before it. */
    private static int lineStart(String source, LineIndex lines, int offset) {
        if (offset == 0 || offset == source.length() && endsLine(source, offset)) {
            return offset;
        }
        return lines.start(lines.lineOf(offset));
    }

    private static boolean endsLine(String source, int offset) {
        char c = source.charAt(offset - 1);
        return c == '\n' || c == '\r';
    }

    /**
     * The end (after its line ending) of the last line a replacement touches; for an insertion at the start
     * of a line, which touches none, its offset.
     */
    private static int lineEnd(String source, LineIndex lines, Composer.Replacement r) {
        if (r.start() == r.end() && (r.start() == 0 || endsLine(source, r.start()))) {
            return r.start();
        }
        int last = r.end() > r.start() ? r.end() - 1 : r.start();
        if (last >= source.length()) {
            return source.length();
        }
        return lines.start(lines.lineOf(last) + 1);
    }

    /** The lines of a text, each with its ending ({@code \n}, {@code \r\n} or {@code \r}). */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
