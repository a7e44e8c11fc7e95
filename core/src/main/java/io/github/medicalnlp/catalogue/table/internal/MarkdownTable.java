package io.github.medicalnlp.catalogue.table.internal;

import java.util.List;

/**
 * A table as a GitHub Flavored Markdown pipe table: the header row, the delimiter row ({@code | --- |}), one row
 * per row, every line ended by {@code '\n'}. Each cell is {@linkplain CellText#clean cleaned} and escaped so that
 * GFM (GitHub, commonmark-java with its tables extension, Jupyter) shows its text as it is, not as Markdown:
 *
 * <ul>
 *   <li>{@code \ | ` * [ ] < ~ $} get a backslash (the pipe so that it does not end the cell, the backslash so
 *       that it does not escape what follows, {@code $} so that a notebook does not start mathematics);</li>
 *   <li>{@code _} gets one unless it stands between two letters or digits ({@code primary_url} stays as it is,
 *       since GFM never starts emphasis inside a word with it);</li>
 *   <li>{@code &} gets one when it starts what could be a character reference ({@code &amp;}, {@code &#38;});</li>
 *   <li>a line break becomes {@code <br>}, which GitHub and notebooks show as a break within the cell.</li>
 * </ul>
 *
 * <p>Leading and trailing spaces of a cell are not kept: GFM strips them. Linear in the size of the table.
 */
public final class MarkdownTable {

    /** The longest character reference name HTML5 knows is 31 characters ({@code &CounterClockwiseContourIntegral;}). */
    private static final int LONGEST_REFERENCE = 32;

    private MarkdownTable() {
    }

    /** The table in GFM. */
    public static String render(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        row(out, header);
        out.append('|');
        for (int c = 0; c < header.size(); c++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            row(out, row);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ');
            escape(out, CellText.clean(cell));
            out.append(" |");
        }
        out.append('\n');
    }

    /** Appends the cleaned text escaped as above. */
    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '|', '`', '*', '[', ']', '<', '~', '$' -> out.append('\\').append(c);
                case '_' -> {
                    if (!(i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1))
                            && Character.isLetterOrDigit(s.charAt(i + 1)))) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                case '&' -> out.append(reference(s, i + 1) ? "\\&" : "&");
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
    }

    /**
     * Whether the text from {@code from} is a character reference's rest: a name or {@code #} number of ASCII
     * letters and digits, then {@code ;}. Looks at most {@value #LONGEST_REFERENCE} characters ahead, so that
     * the whole scan stays linear.
     */
    private static boolean reference(String s, int from) {
        int end = Math.min(s.length(), from + LONGEST_REFERENCE + 1);
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == ';') {
                return i > from;
            }
            boolean ascii = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#' && i == from;
            if (!ascii) {
                return false;
            }
        }
        return false;
    }
}
