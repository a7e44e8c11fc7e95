package io.github.medicalnlp.catalogue.markdown.internal;

/**
 * The label of a {@code label：value} line, read from the Markdown as written, and the decoding of the
 * escapes the writer uses inside labels and dates. Written out as scans (every one linear in its input),
 * no regular expression.
 *
 * <p>A label is the text before the first colon ({@code ：} or {@code :}) written as such on the line: at
 * most {@value #MAX} characters once read, not blank, on one line. Inside it a backslash escape
 * ({@code \*}) or a character reference ({@code &#58;}, {@code &amp;}) stands for its character, and is
 * never the colon that ends the label. The characters that start links, code, emphasis or HTML
 * ({@code [ ] ( ) < > ` *}) and an {@code &} that is not a reference may appear only escaped: written
 * bare, the text is not a label.
 */
public final class Labels {

    /** The most characters a label read from {@code label：value} may have. */
    public static final int MAX = 24;

    /**
     * A label as the writer must not let written text look like: short, on one line, without brackets,
     * followed by a colon. The reader takes text after a name or link that starts so as a labelled field.
     */
    public static final java.util.regex.Pattern LABEL_PREFIX = java.util.regex.Pattern.compile(
            "^([^\\s：:\\[\\]()<>`*]{1,12}|[^：:\\[\\]()<>`*\\n]{1,24}?)\\s*[：:]");

    private Labels() {
    }

    /**
     * Whether a link's text is a label rather than a name: a word of the link-role vocabulary
     * ({@code 论文}, {@code Paper}, {@code Demo}), a short text ending in an address word ({@code 论文地址},
     * {@code 项目地址}, {@code Paper Address}, {@code 任务网址}, {@code dataset link}), or text that starts with
     * {@code label：} ({@code 论文解析:FedED…}, {@code Paper Analysis: …}). {@code [论文地址](url)} gives an
     * entry its paper; {@code [灵医智慧](url)} names an entry.
     */
    public static boolean isLabelText(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        try {
            io.github.medicalnlp.catalogue.LinkRole.parse(t);
            return true;
        } catch (IllegalArgumentException e) {
            // not a word of the vocabulary
        }
        if (read(t) != null) {
            return true;
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        return t.length() <= MAX && (lower.endsWith("地址") || lower.endsWith("链接") || lower.endsWith("网址")
                || lower.endsWith("address") || lower.endsWith("link") || lower.endsWith("url")
                || lower.endsWith("website") || lower.endsWith("homepage"));
    }

    /**
     * A label read: its text and where, in the Markdown, the value after its colon starts.
     *
     * @param label the label, decoded, without surrounding white space
     * @param valueStart the index just after the colon
     */
    public record Label(String label, int valueStart) {
    }

    /** The label at the start of {@code raw}, or null when it does not start with one. */
    public static Label read(String raw) {
        // the usual label, without escapes or references: read where it is written, without a copy
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ':' || c == '：') {
                String l = raw.substring(0, i).strip();
                return l.isEmpty() || l.length() > MAX ? null : new Label(l, i + 1);
            }
            if (i > MAX + 64) {
                return null;
            }
            switch (c) {
                case '\\', '&':
                    return readDecoding(raw);
                case '[', ']', '(', ')', '<', '>', '`', '*', '\n', '\r':
                    return null;
                default:
                    break;
            }
        }
        return null;
    }

    /** {@link #read} for a label with an escape or a reference in it. */
    private static Label readDecoding(String raw) {
        StringBuilder label = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == ':' || c == '：') {
                String l = label.toString().strip();
                return l.isEmpty() || l.length() > MAX ? null : new Label(l, i + 1);
            }
            if (label.length() > MAX + 64) {
                return null; // far too long, and only white space could still be stripped: stop early
            }
            if (c == '\\' && i + 1 < raw.length() && isAsciiPunctuation(raw.charAt(i + 1))) {
                label.append(raw.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '&') {
                int end = referenceEnd(raw, i);
                if (end < 0) {
                    return null;
                }
                String decoded = decodeReference(raw.substring(i, end));
                if (decoded == null) {
                    return null;
                }
                label.append(decoded);
                i = end;
                continue;
            }
            switch (c) {
                case '[', ']', '(', ')', '<', '>', '`', '*', '\n', '\r':
                    return null;
                default:
                    label.append(c);
                    i++;
            }
        }
        return null;
    }

    /**
     * Whether {@code s} at {@code i} holds a character reference commonmark would read as a character:
     * {@code &#digits;}, {@code &#xhex;} or {@code &name;}. A writer escapes the {@code &} of such text.
     */
    public static boolean isReference(String s, int i) {
        return referenceEnd(s, i) > 0;
    }

    /** The index after the {@code ;} of a reference at {@code i}, or -1. */
    private static int referenceEnd(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '&') {
            return -1;
        }
        int k = i + 1;
        if (k < s.length() && s.charAt(k) == '#') {
            k++;
            boolean hex = k < s.length() && (s.charAt(k) == 'x' || s.charAt(k) == 'X');
            if (hex) {
                k++;
            }
            int start = k;
            while (k < s.length() && k - start < 8 && (hex ? Character.digit(s.charAt(k), 16) >= 0
                    : s.charAt(k) >= '0' && s.charAt(k) <= '9')) {
                k++;
            }
            return k > start && k - start <= (hex ? 6 : 7) && k < s.length() && s.charAt(k) == ';' ? k + 1 : -1;
        }
        int start = k;
        while (k < s.length() && k - start < 32 && isAsciiLetterOrDigit(s.charAt(k))) {
            k++;
        }
        return k > start && isAsciiLetter(s.charAt(start)) && k < s.length() && s.charAt(k) == ';' ? k + 1 : -1;
    }

    /**
     * The character a reference stands for as commonmark reads it (U+FFFD for zero and for code points
     * that are not characters), or null for a named reference other than {@code amp lt gt quot}.
     */
    private static String decodeReference(String ref) {
        if (ref.startsWith("&#")) {
            boolean hex = ref.charAt(2) == 'x' || ref.charAt(2) == 'X';
            String digits = ref.substring(hex ? 3 : 2, ref.length() - 1);
            int cp = Integer.parseInt(digits, hex ? 16 : 10);
            if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                cp = 0xFFFD;
            }
            return new String(Character.toChars(cp));
        }
        return switch (ref) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&quot;" -> "\"";
            default -> null;
        };
    }

    /**
     * {@code raw} with its backslash escapes and the references {@link #read} knows decoded; other text
     * as it is. For text the writer escaped with {@link Escaping#text}, e.g. a news item's date.
     */
    public static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && isAsciiPunctuation(raw.charAt(i + 1))) {
                out.append(raw.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '&') {
                int end = referenceEnd(raw, i);
                String decoded = end < 0 ? null : decodeReference(raw.substring(i, end));
                if (decoded != null) {
                    out.append(decoded);
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * The date and the text of a news item {@code 🟡*date* text} as written: up to four characters
     * without white space, then the date between asterisks (escapes inside it decoded, on one line), then
     * white space and the text; or null when {@code raw} has no date. {@code ** text} has an empty date:
     * the writer's way to keep an undated text that would otherwise read as dated.
     */
    public static String[] newsDate(String raw) {
        for (int star = 0; star <= 4 && star < raw.length(); star++) {
            char p = raw.charAt(star);
            if (Character.isWhitespace(p)) {
                return null;
            }
            if (p != '*') {
                continue;
            }
            int k = star + 1;
            while (k < raw.length() && raw.charAt(k) != '*' && raw.charAt(k) != '\n') {
                k += raw.charAt(k) == '\\' && k + 1 < raw.length() && isAsciiPunctuation(raw.charAt(k + 1)) ? 2 : 1;
            }
            if (k >= raw.length() || raw.charAt(k) != '*') {
                continue;
            }
            boolean empty = k == star + 1;
            String rest = raw.substring(k + 1);
            boolean spaced = rest.isEmpty() || Character.isWhitespace(rest.charAt(0));
            if ((empty && star == 0 && spaced && !rest.isBlank()) || (!empty && spaced && !rest.isBlank())) {
                return new String[] {decode(raw.substring(star + 1, k)).strip(), rest.strip()};
            }
        }
        return null;
    }

    /** Whether {@code c} is one of {@code !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~}, which a backslash escapes. */
    public static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
