package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.internal.SectionNumbers;

/**
 * Written-out scanners for the pieces of syntax the reader looks for in user text: a section number
 * before a heading's title, the parts of an ATX heading line, images, a paragraph that is one link
 * (addresses are {@link Urls}'s). Each runs in time linear in its input and without recursion, where the regular
 * expressions they replace backtracked (cubic on a heading with a long run of spaces, quadratic on many
 * {@code ![a](}) or overflowed the stack (a repeated group over thousands of {@code 1.} or of addresses).
 * {@code SyntaxTest} holds each to the expression it stands for on generated strings.
 */
public final class Syntax {

    /** Where a GitHub star badge's image is: {@code ![](https://img.shields.io/github/stars/owner/repo)}. */
    public static final String STAR_BADGE_HOST = "img.shields.io/github/stars/";

    private Syntax() {
    }

    /** The star badge of a GitHub repository ({@code owner/repo}), as the writer writes it on its own line. */
    public static String starBadge(String repository) {
        return "![](https://" + STAR_BADGE_HOST + repository + ")";
    }

    // ------------------------------------------------------------------ section numbers

    /**
     * The section number at the start of a heading's text: one to three digits, then more such groups
     * after single dots ({@code 3}, {@code 3.1}, {@code 1.2.3}), or Chinese numerals ({@code 三}); then a
     * separator ({@code .}, {@code 、} or {@code ．} not followed by a digit, then blanks; or blanks) and
     * more text. What
     * {@code ^(\d{1,3}(?:\.\d{1,3})*|[一二三四五六七八九十百]+)(?:[.、．](?!\d)\s*|\s+)(?=\S)} finds.
     *
     * @return {@code {end of the number, start of the title}}, or null when the text does not start so
     */
    public static int[] sectionNumber(String s) {
        int n = s.length();
        int end;
        if (n > 0 && SectionNumbers.isChineseNumeral(s.charAt(0))) {
            end = 1;
            while (end < n && SectionNumbers.isChineseNumeral(s.charAt(end))) {
                end++;
            }
        } else {
            end = digitGroup(s, 0);
            if (end < 0) {
                return null;
            }
            // more groups; a group of more than three digits ends the number where the last good one did,
            // and then the dot before it is followed by a digit, so there is no number at all
            while (end + 1 < n && s.charAt(end) == '.' && isDigit(s.charAt(end + 1))) {
                int next = digitGroup(s, end + 1);
                if (next < 0) {
                    return null;
                }
                end = next;
            }
        }
        int at = end;
        if (at >= n) {
            return null;
        }
        char c = s.charAt(at);
        if (c == '.' || c == '、' || c == '．') {
            if (at + 1 < n && isDigit(s.charAt(at + 1))) {
                return null;
            }
            at++;
        } else if (!isRegexSpace(c)) {
            return null;
        }
        while (at < n && isRegexSpace(s.charAt(at))) {
            at++;
        }
        return at < n ? new int[] {end, at} : null;
    }

    /** The end of one to three digits at {@code from} followed by a non-digit or the end, or -1. */
    private static int digitGroup(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        int len = k - from;
        return len >= 1 && len <= 3 ? k : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} of {@code java.util.regex} without flags: space, tab, line feed, VT, form feed, CR. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    // ------------------------------------------------------------------ ATX headings

    /**
     * Where the title of an ATX heading line starts and ends: after up to three spaces, one to six
     * {@code #} and at least one blank; before the closing blanks, {@code #} and blanks and the line
     * ending. What {@code ^( {0,3}#{1,6}[ \t]+)(.*?)([ \t]*#*[ \t]*(?:\r\n|\r|\n)?)$} (dot matching all)
     * gives as its second group, when that holds no line feed.
     *
     * @return {@code {start, end}} of the title, or null when {@code raw} is not such a line
     */
    public static int[] atxTitle(String raw) {
        int n = raw.length();
        int k = 0;
        while (k < n && k < 3 && raw.charAt(k) == ' ') {
            k++;
        }
        int hashes = 0;
        while (k < n && raw.charAt(k) == '#' && hashes < 7) {
            k++;
            hashes++;
        }
        if (hashes < 1 || hashes > 6 || k >= n || !isBlank(raw.charAt(k))) {
            return null;
        }
        while (k < n && isBlank(raw.charAt(k))) {
            k++;
        }
        int end = n;
        if (raw.endsWith("\r\n")) {
            end -= 2;
        } else if (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
            end--;
        }
        // the longest closing "[ \t]*#*[ \t]*" before the line ending, never reaching into the prefix
        int close = end;
        while (close > k && isBlank(raw.charAt(close - 1))) {
            close--;
        }
        while (close > k && raw.charAt(close - 1) == '#') {
            close--;
        }
        while (close > k && isBlank(raw.charAt(close - 1))) {
            close--;
        }
        for (int i = k; i < close; i++) {
            if (raw.charAt(i) == '\n') {
                return null;
            }
        }
        return new int[] {k, close};
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    // ------------------------------------------------------------------ inline pieces

    /**
     * {@code s} without its images written {@code ![text](target)}: what replacing
     * {@code !\[[^\]]*]\([^)]*\)} with nothing gives. Each bracket and parenthesis is looked for once.
     */
    public static String removeImages(String s) {
        int at = s.indexOf("![");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        int closeBracket = -1; // the first ']' after the last place looked from, reused while still ahead
        int closeParen = -1;
        for (int i = at; i >= 0 && i < s.length(); i = s.indexOf("![", i)) {
            if (closeBracket < i + 2) {
                closeBracket = s.indexOf(']', i + 2);
            }
            if (closeBracket < 0) {
                break; // no ']' after here: no image further on either
            }
            if (closeBracket + 1 >= s.length() || s.charAt(closeBracket + 1) != '(') {
                i++;
                continue;
            }
            if (closeParen < closeBracket + 2) {
                closeParen = s.indexOf(')', closeBracket + 2);
            }
            if (closeParen < 0) {
                break; // no ')' after here: no image further on either
            }
            out.append(s, copied, i);
            copied = closeParen + 1;
            i = copied;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /**
     * Whether {@code s} is written as one link: it starts with {@code [}, ends with {@code )}, and has a
     * {@code ](} between (what {@code (?s)^\[.*]\(.*\)$} matches).
     */
    public static boolean isSingleLink(String s) {
        if (s.length() < 4 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ')') {
            return false;
        }
        int at = s.indexOf("](", 1);
        return at >= 1 && at + 2 <= s.length() - 1;
    }

    /** {@code s} without the colons ({@code :} or {@code ：}) it ends with. */
    public static String stripTrailingColons(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || s.charAt(end - 1) == '：')) {
            end--;
        }
        return s.substring(0, end);
    }
}
