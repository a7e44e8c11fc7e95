package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.util.List;

/**
 * {@code trailing-whitespace}: spaces and tabs before the end of a line of an entry (a line of white space
 * only included), each run found by one backward scan from the line's end.
 */
public final class TrailingWhitespaceRule {

    private TrailingWhitespaceRule() {
    }

    /** Receives each run of trailing white space found. */
    public interface Runs {
        /** A run {@code [start, end)} of spaces and tabs that ends a line. */
        void run(int start, int end);
    }

    /** Every run of spaces and tabs that ends a line in {@code [from, to)} (a line's ending is not part of it). */
    public static void runs(String text, int from, int to, Runs found) {
        int lineStart = from;
        int i = from;
        while (i <= to) {
            boolean end = i == to;
            char ch = end ? 0 : text.charAt(i);
            if (end || ch == '\n' || ch == '\r') {
                int w = i;
                while (w > lineStart && (text.charAt(w - 1) == ' ' || text.charAt(w - 1) == '\t')) {
                    w--;
                }
                if (w < i) {
                    found.run(w, i);
                }
                if (end) {
                    break;
                }
                if (ch == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
            i++;
        }
    }

    /** {@code a space}, {@code 2 tabs}, {@code 3 spaces and tabs}. */
    static String describe(String text, int start, int end) {
        int tabs = 0;
        for (int i = start; i < end; i++) {
            tabs += text.charAt(i) == '\t' ? 1 : 0;
        }
        int n = end - start;
        String kind = tabs == 0 ? "space" : tabs == n ? "tab" : null;
        if (kind == null) {
            return n + " spaces and tabs";
        }
        return n == 1 ? "a " + kind : n + " " + kind + "s";
    }

    static void check(LintContext c, List<Detection> out) {
        List<Parsed.Segment> segments = c.parsed.segments();
        for (int k = 0; k < segments.size(); k++) {
            Parsed.Segment s = segments.get(k);
            if (s.type() != Parsed.Type.ENTRY) {
                continue;
            }
            int segment = k;
            String[] name = {null};
            runs(c.text, s.start(), s.end(), (start, end) -> {
                if (name[0] == null) {
                    name[0] = Text.abbreviate(c.entry(s).name(), 80);
                }
                String what = describe(c.text, start, end);
                String message = "a line of '" + name[0] + "' ends in " + what + "; remove "
                        + (end - start == 1 ? "it" : "them");
                out.add(new Detection(c.finding(TextRules.TRAILING_WHITESPACE, message, s.section(), s, start),
                        segment, s.section(), start, end));
            });
        }
    }
}
