package io.github.medicalnlp.catalogue.markdown.internal;

/**
 * Escapes text from the model so that, written into Markdown, it reads back as the same text and
 * never becomes structure it was not: links, emphasis, code, HTML, headings, list items or table
 * cells.
 */
public final class Escaping {

    private Escaping() {
    }

    /**
     * Text for an inline position (a name, a field value, a heading title). ASCII punctuation that can
     * start inline structure is backslash-escaped; a {@code #}, {@code -}, {@code +}, {@code >} or
     * {@code N.} at the start of a line is escaped; line breaks become {@code \n} plus the
     * continuation indent so that the text stays inside its block.
     *
     * @param continuation the indent of continuation lines
     */
    public static String inline(String text, String continuation) {
        return escape(text, continuation, true);
    }

    /**
     * {@link #inline} for text that continues a line (after {@code label：}): its first line needs no
     * line-start escapes, its continuation lines do.
     */
    public static String afterLabel(String text, String continuation) {
        int nl = text.indexOf('\n');
        if (nl < 0) {
            return escape(text, continuation, false);
        }
        String first = escape(text.substring(0, nl), continuation, false);
        String rest = escape(text.substring(nl + 1), continuation, true, true);
        String head = first;
        while (head.endsWith(" ")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "\n" + continuation + rest;
    }

    /**
     * Text in the middle of a line (a heading's title, a link's text, a table cell): like
     * {@link #inline} on one line, without the escapes only the start of a line needs.
     */
    public static String text(String text) {
        return escape(text, "", false, false, true);
    }

    /** A heading text escaped for an ATX heading line: {@link #text}, and a trailing {@code #}, which would close it. */
    public static String heading(String text) {
        String escaped = text(text);
        return escaped.endsWith("#") ? escaped.substring(0, escaped.length() - 1) + "\\#" : escaped;
    }

    /**
     * {@link #heading} for a heading text that is not to be read with a number: when it starts as a number
     * does ({@code 1.1 Title}), its first character is written as a character reference, which reads as the
     * same text but is no number to the reader (a section's title, an entry written as a heading).
     */
    public static String unnumberedHeading(String text) {
        if (!text.isEmpty() && Syntax.sectionNumber(text) != null) {
            int first = text.codePointAt(0);
            return "&#" + first + ";" + heading(text.substring(Character.charCount(first)));
        }
        return heading(text);
    }

    private static String escape(String text, String continuation, boolean blockStart) {
        return escape(text, continuation, blockStart, false, false);
    }

    private static String escape(String text, String continuation, boolean blockStart, boolean startsAfterBreak) {
        return escape(text, continuation, blockStart, startsAfterBreak, false);
    }

    /**
     * {@code startsAfterBreak}: the text continues right after a line break already written;
     * {@code oneLine}: line breaks are written as {@code &#10;}, not as line breaks. A carriage return is
     * always written as {@code &#13;}: Markdown would read it as a line ending.
     */
    private static String escape(String text, String continuation, boolean blockStart, boolean startsAfterBreak,
            boolean oneLine) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = blockStart;
        boolean atBreak = startsAfterBreak;
        int contentStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append("&#13;");
                lineStart = false;
                atBreak = false;
                continue;
            }
            if (c == '\n' && oneLine) {
                out.append("&#10;");
                lineStart = false;
                continue;
            }
            if (c == '\n') {
                // spaces before a line break would vanish (or make a hard break): write them as references
                int end = out.length();
                while (end > contentStart && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
                    end--;
                }
                if (end < out.length()) {
                    String tail = out.substring(end).replace(" ", "&#32;").replace("\t", "&#9;");
                    out.setLength(end);
                    out.append(tail);
                }
                if (atBreak) {
                    // an empty line would end the paragraph: a line break of its own is a reference
                    out.append("&#10;");
                    atBreak = false;
                    lineStart = false;
                    continue;
                }
                out.append('\n').append(continuation);
                contentStart = out.length();
                lineStart = blockStart;
                atBreak = true;
                continue;
            }
            atBreak = false;
            if (lineStart && (c == ' ' || c == '\t')) {
                out.append(c == ' ' ? "&#32;" : "&#9;");
                continue;
            }
            if (lineStart && (c == '#' || c == '-' || c == '+' || c == '=' || c == '>' || c == '~')) {
                out.append('\\').append(c);
                lineStart = false;
                continue;
            }
            if (lineStart && Character.isDigit(c)) {
                int j = i;
                while (j < text.length() && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                out.append(text, i, j);
                if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                    out.append('\\').append(text.charAt(j));
                    j++;
                }
                i = j - 1;
                lineStart = false;
                continue;
            }
            lineStart = false;
            char prev = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '|' -> out.append('\\').append(c);
                case '_' -> out.append(Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)
                        ? "_" : "\\_");
                case '!' -> out.append(next == '[' ? "\\!" : "!");
                case '&' -> out.append(Labels.isReference(text, i) ? "&amp;" : "&"); // only what would read as a reference
                case '\u0000' -> out.append("&#0;");
                default -> out.append(c);
            }
        }
        // trailing spaces would vanish on reading (or make a hard break)
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end < out.length()) {
            String tail = out.substring(end).replace(" ", "&#32;").replace("\t", "&#9;");
            out.setLength(end);
            out.append(tail);
        }
        return out.toString();
    }

    /**
     * Already escaped text in bold, {@code **text**}: a space character at either end (such as U+00A0,
     * which the model keeps) is written as a character reference, or the asterisks would not make bold.
     */
    public static String bold(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length() + 16).append("**");
        int first = escaped.codePointAt(0);
        int from = 0;
        if (Character.isWhitespace(first) || Character.isSpaceChar(first)) {
            out.append("&#").append(first).append(';');
            from = Character.charCount(first);
        }
        int last = escaped.codePointBefore(escaped.length());
        int to = escaped.length();
        if (to > from && (Character.isWhitespace(last) || Character.isSpaceChar(last))) {
            to -= Character.charCount(last);
            return out.append(escaped, from, to).append("&#").append(last).append(";**").toString();
        }
        return out.append(escaped, from, to).append("**").toString();
    }

    /** {@link #inline} for a single-line context: line breaks are written as {@code &#10;}. */
    public static String singleLine(String text) {
        return escape(text, "", true, false, true);
    }

    /**
     * A field label for {@code label：value}: {@link #singleLine} with every character that could end
     * the label early or start inline structure escaped too: colons as references ({@code &#58;},
     * {@code &#65306;}, so that the first colon written is the one after the label), {@code & ( ) >}
     * backslash-escaped. {@link Labels#read} reads it back as the label.
     */
    public static String label(String label) {
        String escaped = singleLine(label);
        StringBuilder out = new StringBuilder(escaped.length() + 8);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                out.append(c).append(escaped.charAt(++i));
            } else if (c == ':') {
                out.append("&#58;");
            } else if (c == '：') {
                out.append("&#65306;");
            } else if (c == '(' || c == ')' || c == '>') {
                out.append('\\').append(c);
            } else if (c == '&' && !Labels.isReference(escaped, i)) {
                out.append("\\&");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the URL can be written as plain text after a label and read back as one whole URL. */
    public static boolean isPlainUrl(String url) {
        return url.matches("https?://[A-Za-z0-9\\-._~:/?#@$'+=%&]+") && !url.endsWith(".") && !url.endsWith(":")
                && !url.matches(".*&#?[A-Za-z0-9]+;.*")
                && !url.matches(".*(?:[^A-Za-z0-9]_|_[^A-Za-z0-9]|_$).*");
    }

    /**
     * A link destination inside {@code (...)} that commonmark reads back as exactly {@code url}: written in
     * angle brackets when it holds white space, parentheses, angle brackets, backslashes or control
     * characters (C0, DEL, C1), with {@code \\ < >} backslash-escaped and line breaks as {@code &#10;} and
     * {@code &#13;}; an {@code &} that would start a character reference is backslash-escaped.
     */
    public static String destination(String url) {
        boolean angle = false;
        for (int i = 0; i < url.length() && !angle; i++) {
            char c = url.charAt(i);
            angle = c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' || (c >= 0x7F && c <= 0x9F)
                    || Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
        StringBuilder out = new StringBuilder(url.length() + 2);
        if (angle) {
            out.append('<');
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            switch (c) {
                case '\\', '<', '>' -> out.append('\\').append(c);
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '&' -> out.append(Labels.isReference(url, i) ? "\\&" : "&");
                default -> out.append(c);
            }
        }
        return angle ? out.append('>').toString() : out.toString();
    }
}
