package io.github.medicalnlp.catalogue.table.internal;

/**
 * The text of a cell made safe to lay out: what could break a line, move the cursor or reorder what is shown
 * becomes visible or plain, so that a cell can never forge a row, a column or an escape sequence.
 *
 * <ul>
 *   <li>a line break ({@code CR LF}, {@code CR}, {@code LF}, U+2028, U+2029) becomes one {@code '\n'}, which each
 *       renderer turns into its own break (a space in text, {@code <br>} in Markdown and HTML);</li>
 *   <li>a tab becomes a space;</li>
 *   <li>every other C0 control and DEL becomes its Unicode control picture ({@code ESC} → {@code ␛});</li>
 *   <li>a C1 control (U+0080–U+009F) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *       U+2066–U+2069) become {@code <U+009B>}, as the command-line tool writes them;</li>
 *   <li>a lone surrogate becomes U+FFFD.</li>
 * </ul>
 *
 * <p>Linear in the text; a text that needs none of this is returned as it is.
 */
public final class CellText {

    private CellText() {
    }

    /** The text with the replacements above; line breaks as {@code '\n'}. */
    public static String clean(String s) {
        int i = 0;
        while (i < s.length() && !unsafe(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                appendVisible(out, c);
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Appends the visible form of a control or direction character, the one form the library and its tool show
     * them in: a C0 control as its control picture ({@code ESC} → {@code ␛}), DEL as {@code ␡}, any other (a C1
     * control, a bidirectional override or isolate, a line or paragraph separator) as {@code <U+202E>}.
     */
    public static void appendVisible(StringBuilder out, char c) {
        if (c < 0x20) {
            out.append((char) (0x2400 + c));
        } else if (c == 0x7F) {
            out.append('\u2421');
        } else {
            out.append("<U+").append(Integer.toHexString(0x10000 | c).substring(1).toUpperCase(java.util.Locale.ROOT))
                    .append('>');
        }
    }

    /** Whether the char at {@code i} needs replacing (a surrogate only when it is not half of a pair). */
    private static boolean unsafe(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == '\u2028' || c == '\u2029') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
