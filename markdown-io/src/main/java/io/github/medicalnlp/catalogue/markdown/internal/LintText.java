package io.github.medicalnlp.catalogue.markdown.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * The linter's readings of heading and Contents text, written out as scanners that take time linear in
 * the text: each does what a regular expression did before (the expression is given in its
 * documentation), without backtracking and without recursion, whatever the input.
 */
public final class LintText {

    private LintText() {
    }

    /**
     * The text of a heading line as GitHub makes its anchor from it: without the opening hashes, the
     * closing hashes, images and link targets, {@code *} and {@code `}. Does what this did:
     * <pre>{@code
     * t = line.strip().replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s*#*$", "");
     * t = t.replaceAll("!\\[[^\\]]*]\\([^)]*\\)", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
     *         .replaceAll("[*`]", "");
     * return t.strip();
     * }</pre>
     */
    public static String headingText(String line) {
        String t = line.strip();
        t = withoutOpeningHashes(t);
        t = withoutClosingHashes(t);
        t = withoutImages(t);
        t = withLinkTexts(t);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '*' && c != '`') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** {@code replaceFirst("^#{1,6}\\s*", "")}. */
    static String withoutOpeningHashes(String t) {
        int i = 0;
        while (i < t.length() && i < 6 && t.charAt(i) == '#') {
            i++;
        }
        if (i == 0) {
            return t;
        }
        while (i < t.length() && isSpace(t.charAt(i))) {
            i++;
        }
        return t.substring(i);
    }

    /**
     * {@code replaceFirst("\\s*#*$", "")}: the leftmost run of white space then hashes that ends where
     * {@code $} matches (at the end, or before a line terminator that ends the text).
     */
    static String withoutClosingHashes(String t) {
        int n = t.length();
        int start = n;
        for (int end = Math.max(0, n - 2); end <= n; end++) {
            if (isDollar(t, end)) {
                int h = end;
                while (h > 0 && t.charAt(h - 1) == '#') {
                    h--;
                }
                int w = h;
                while (w > 0 && isSpace(t.charAt(w - 1))) {
                    w--;
                }
                start = Math.min(start, w);
            }
        }
        // the expression, at the leftmost start: white space and hashes greedily, then back to the last $
        int r = start;
        while (r < n && isSpace(t.charAt(r))) {
            r++;
        }
        while (r < n && t.charAt(r) == '#') {
            r++;
        }
        int end = r;
        while (!isDollar(t, end)) {
            end--;
        }
        return end == start ? t : t.substring(0, start) + t.substring(end);
    }

    /** Whether {@code $} (not multi-line) matches at {@code i}. */
    private static boolean isDollar(String t, int i) {
        int n = t.length();
        if (i == n) {
            return true;
        }
        if (i == n - 2) {
            return t.charAt(i) == '\r' && t.charAt(i + 1) == '\n';
        }
        if (i == n - 1) {
            char c = t.charAt(i);
            return c == '\n' ? i == 0 || t.charAt(i - 1) != '\r'
                    : c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
        return false;
    }

    /** {@code replaceAll("!\\[[^\\]]*]\\([^)]*\\)", "")}. */
    static String withoutImages(String t) {
        return links(t, true);
    }

    /** {@code replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")}. */
    static String withLinkTexts(String t) {
        return links(t, false);
    }

    /** Images removed, or links replaced by their text: {@code [text](target)}, {@code text} without ']', target without ')'. */
    private static String links(String t, boolean images) {
        int n = t.length();
        Next bracket = new Next(t, ']', n);
        Next paren = new Next(t, ')', n);
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            int open = images ? i + 1 : i;
            if (open < n && t.charAt(open) == '[' && (!images || t.charAt(i) == '!')) {
                int close = bracket.from(open + 1);
                if (close + 1 < n && t.charAt(close + 1) == '(') {
                    int end = paren.from(close + 2);
                    if (end < n) {
                        if (out == null) {
                            out = new StringBuilder(n);
                        }
                        out.append(t, copied, i);
                        if (!images) {
                            out.append(t, open + 1, close);
                        }
                        copied = end + 1;
                        i = end + 1;
                        continue;
                    }
                }
            }
            i++;
        }
        return out == null ? t : out.append(t, copied, n).toString();
    }

    /**
     * Every anchor link {@code ](#anchor)} in {@code [from, to)}, as {@code ]\(#([^)\s]*)\)} finds them in
     * that region: {@code found} gets the anchor and its offset.
     */
    public static void anchorLinks(String text, int from, int to, BiConsumer<String, Integer> found) {
        Next end = new Next(text, to) {
            @Override
            boolean is(char c) {
                return c == ')' || isSpace(c);
            }
        };
        int i = from;
        while (i + 3 < to) {
            if (text.charAt(i) == ']' && text.charAt(i + 1) == '(' && text.charAt(i + 2) == '#') {
                int close = end.from(i + 3);
                if (close < to && text.charAt(close) == ')') {
                    found.accept(text.substring(i + 3, close), i + 3);
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
    }

    /**
     * An anchor as {@code URLDecoder.decode(anchor.replace("+", "%2B"), UTF_8)} decodes it, except that a
     * {@code %} that does not start two hexadecimal digits stays as written, where URLDecoder throws.
     */
    public static String decodeAnchor(String written) {
        if (written.indexOf('%') < 0) {
            return written;
        }
        String anchor = written.replace("+", "%2B");
        StringBuilder out = new StringBuilder(anchor.length());
        byte[] bytes = new byte[anchor.length() / 3 + 1];
        int i = 0;
        int n = anchor.length();
        while (i < n) {
            int pos = 0;
            while (i + 2 < n && anchor.charAt(i) == '%') {
                int v = hex(anchor, i + 1);
                if (v < 0) {
                    break;
                }
                bytes[pos++] = (byte) v;
                i += 3;
            }
            if (pos > 0) {
                out.append(new String(bytes, 0, pos, StandardCharsets.UTF_8));
            } else {
                out.append(anchor.charAt(i++)); // a character, or a '%' that starts no escape
            }
        }
        return out.toString();
    }

    /** The value of two hexadecimal digits as URLDecoder reads them (Integer.parseInt, radix 16), or -1. */
    private static int hex(String s, int at) {
        try {
            return Integer.parseInt(s, at, at + 2, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@code \s} of java.util.regex without flags: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The next position of a kind of character at or after a position, for positions asked in
     * increasing order: each character of the text is looked at once over all questions.
     */
    private static class Next {
        private final String text;
        private final char wanted;
        private final int limit;
        private int found = -1;

        Next(String text, char wanted, int limit) {
            this.text = text;
            this.wanted = wanted;
            this.limit = limit;
        }

        Next(String text, int limit) {
            this(text, '\0', limit);
        }

        boolean is(char c) {
            return c == wanted;
        }

        /** The first position at or after {@code from} (never less than the one asked before) holding the character, or the limit. */
        int from(int from) {
            if (found >= from) {
                return found;
            }
            int i = from;
            while (i < limit && !is(text.charAt(i))) {
                i++;
            }
            found = i;
            return i;
        }
    }
}
