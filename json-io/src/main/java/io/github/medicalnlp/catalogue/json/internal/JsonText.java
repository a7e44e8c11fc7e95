package io.github.medicalnlp.catalogue.json.internal;

/**
 * Text checks shared by the reader, the writer, JSON Lines and the snapshot, and the one-line form of
 * text quoted in error messages.
 *
 * <p>A lone surrogate (a UTF-16 code unit U+D800–U+DFFF not part of a high-low pair, which JSON can
 * spell as <code>"&#92;ud800"</code>) is not Unicode text: UTF-8 cannot encode it, Markdown cannot hold it,
 * RFC 8259 §8.2 leaves its meaning to the implementation and I-JSON (RFC 7493 §2.1) forbids it. The
 * format is UTF-8 text, so every part of the module refuses it with the same message instead of turning
 * it into {@code ?} on the way out.
 */
public final class JsonText {

    /** The longest piece of user text quoted in a message. */
    private static final int QUOTE_LIMIT = 80;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonText() {
    }

    /** The index of the first lone surrogate of {@code s}, or -1 when it is well-formed UTF-16. */
    public static int loneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * What is wrong with a text holding a lone surrogate at {@code index}, without the place; the
     * reader, the writer and the snapshot all say it in these words.
     */
    public static String loneSurrogateProblem(String s, int index) {
        char c = s.charAt(index);
        return "the text holds a lone surrogate \\u" + hex(c) + " (UTF-16 unit " + (index + 1) + " of "
                + s.length() + "), which is not Unicode and which UTF-8 and this format cannot hold; a character"
                + " beyond U+FFFF is written as a high-low pair, e.g. \\uD83D\\uDE00 for U+1F600";
    }

    /**
     * Throws {@link IllegalArgumentException} naming {@code where} when {@code s} holds a lone
     * surrogate; returns {@code s}.
     */
    public static String requireUnicode(String s, String where) {
        int at = loneSurrogate(s);
        if (at >= 0) {
            throw new IllegalArgumentException(where + ": " + loneSurrogateProblem(s, at));
        }
        return s;
    }

    /**
     * {@code s} as a one-line, printable quotation for a message: in single quotes, control characters,
     * line and paragraph separators, lone surrogates, quotes and backslashes as JSON-style escapes, cut
     * after {@value #QUOTE_LIMIT} characters.
     */
    public static String quote(String s) {
        return quote(s, '\'');
    }

    /** {@code s} as {@link #quote(String)} does, in double quotes: a JSON key. */
    public static String quoteKey(String s) {
        return quote(s, '"');
    }

    private static String quote(String s, char q) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), QUOTE_LIMIT) + 8).append(q);
        escapeInto(b, s, QUOTE_LIMIT, q);
        return b.append(q).toString();
    }

    /**
     * Jackson's message as one clean line: the {@code [Source: …; line: …, column: …]} parts (which
     * repeat the place the exception names anyway, and name a Java class instead of the user's file)
     * are dropped, a start marker's place is given as {@code line:column}, and control characters are
     * escaped.
     *
     * @param original Jackson's message without its location ({@code getOriginalMessage()})
     * @param openedLine the line of the innermost open object or array, or 0
     * @param openedColumn its column, or 0
     */
    public static String cleanJacksonMessage(String original, int openedLine, int openedColumn) {
        String m = original == null ? "" : original;
        int source = m.indexOf("[Source:");
        if (source >= 0) {
            m = m.substring(0, source);
            String marker = "(start marker at ";
            if (m.endsWith(marker)) {
                m = m.substring(0, m.length() - marker.length())
                        + (openedLine > 0 ? "(opened at " + openedLine + ":" + openedColumn + ")" : "");
            }
        }
        m = m.strip();
        if (m.endsWith(" at")) { // "…\n at [Source: …]"
            m = m.substring(0, m.length() - 3).strip();
        }
        StringBuilder b = new StringBuilder(m.length());
        escapeInto(b, m, Integer.MAX_VALUE, (char) 0);
        return b.length() == 0 ? "malformed JSON" : b.toString();
    }

    /** {@code s} on one line: control characters, separators and lone surrogates as escapes. */
    public static String oneLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                StringBuilder b = new StringBuilder(s.length() + 16);
                escapeInto(b, s, Integer.MAX_VALUE, (char) 0);
                return b.toString();
            }
        }
        return s;
    }

    private static void escapeInto(StringBuilder b, String s, int limit, char quote) {
        int n = Math.min(s.length(), limit);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                b.append(c).append(s.charAt(++i));
            } else if (c == quote || (c == '\\' && quote != 0)) {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c)) {
                b.append("\\u").append(hex(c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > n) {
            b.append("…");
        }
    }

    private static String hex(char c) {
        return new String(new char[] {HEX[c >> 12 & 0xF], HEX[c >> 8 & 0xF], HEX[c >> 4 & 0xF], HEX[c & 0xF]});
    }
}
