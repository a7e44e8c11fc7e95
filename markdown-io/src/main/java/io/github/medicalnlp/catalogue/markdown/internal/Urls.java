package io.github.medicalnlp.catalogue.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reader, the writer's style capture and the linter know of addresses written as text: whether a
 * text is a well-formed URL, a list of them, where a {@code label：http...} pair is. Each check runs in
 * time linear in its input; the one expression ({@link #LABELLED_URL}) is searched from where a match can
 * start ({@link #labelledUrlSearchStart}).
 */
public final class Urls {

    /** An address in a text: {@code http(s)://} up to white space or a list separator. */
    private static final Pattern URL_TOKEN = Pattern.compile("https?://[^\\s;；,，、]+");

    /** {@code label：http...} in a name or a numbered item's text: the label is group 1, the address group 2. */
    public static final Pattern LABELLED_URL = Pattern.compile("(\\S{1,12}?)[：:]\\s*(https?://[^\\s;；,，、]+)");

    private Urls() {
    }

    /**
     * Whether {@code s} may hold {@code label：http...}: a colon followed (after blanks) by "http". A cheap
     * test before {@link #LABELLED_URL}, whose search is the costly part of reading numbered items.
     */
    public static boolean mayHaveLabelledUrl(String s) {
        for (int i = s.indexOf("http"); i >= 0; i = s.indexOf("http", i + 4)) {
            int k = i - 1;
            while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k--;
            }
            if (k >= 0 && (s.charAt(k) == ':' || s.charAt(k) == '：')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code url} is {@code scheme://rest}: a scheme of a letter then letters, digits, {@code + . -},
     * and a rest without white space, brackets, parentheses, angle brackets or quotes. Written out rather
     * than as a regular expression because every link of a document is tested.
     */
    public static boolean isWellFormedUrl(String url) {
        int sep = url.indexOf("://");
        if (sep < 1 || sep + 3 >= url.length() || !isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int k = 1; k < sep; k++) {
            char c = url.charAt(k);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        for (int k = sep + 3; k < url.length(); k++) {
            switch (url.charAt(k)) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '[', ']', '(', ')', '<', '>', '"':
                    return false;
                default:
                    break;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} is nothing but addresses, separated by {@code ; , 、} and blanks
     * ({@link #matchesUrlList}). The usual case, one address without blanks, is answered at once.
     */
    public static boolean isUrlList(String s) {
        if (!s.startsWith("http")) {
            return false;
        }
        if (!hasWhitespace(s)) {
            return (s.startsWith("http://") && s.length() > 7) || (s.startsWith("https://") && s.length() > 8);
        }
        return matchesUrlList(s);
    }

    /** The addresses in {@code s} ({@link #URL_TOKEN}); one address alone is taken as it is. */
    public static List<String> urlTokens(String s) {
        if (((s.startsWith("http://") && s.length() > 7) || (s.startsWith("https://") && s.length() > 8))
                && !hasWhitespaceOrSeparator(s)) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        Matcher t = URL_TOKEN.matcher(s);
        while (t.find()) {
            out.add(t.group());
        }
        return out;
    }

    private static boolean hasWhitespaceOrSeparator(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isUrlSeparator(c) || ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWhitespace(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) { // the others, the usual ones, are none
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Where a search for {@link #LABELLED_URL} in {@code s} may start and still find the first
     * match: no match starts more than 12 characters before its colon, and its colon is followed by blanks
     * and "http". Saves the expression trying every position of a long title.
     */
    public static int labelledUrlSearchStart(String s) {
        for (int c = 0; c < s.length(); c++) {
            char ch = s.charAt(c);
            if (ch == ':' || ch == '：') {
                int k = c + 1;
                while (k < s.length() && Syntax.isRegexSpace(s.charAt(k))) {
                    k++;
                }
                if (s.startsWith("http", k)) {
                    return Math.max(0, c - 12);
                }
            }
        }
        return s.length();
    }


    /**
     * The first match of {@link #LABELLED_URL} in {@code s}, as {@code find} from
     * {@link #labelledUrlSearchStart} gives it: {start, the colon's index, the address's start, end}, or
     * null. Written out, the expression tried at each start as its matcher would (the shortest label
     * first), since every head of a numbered list is searched.
     */
    public static int[] findLabelledUrl(String s) {
        int n = s.length();
        for (int start = labelledUrlSearchStart(s); start < n; start++) {
            for (int k = 1; k <= 12 && start + k < n; k++) {
                if (Syntax.isRegexSpace(s.charAt(start + k - 1))) {
                    break; // the label is no white space: no longer one from here either
                }
                char colon = s.charAt(start + k);
                if (colon != ':' && colon != '：') {
                    continue;
                }
                int at = start + k + 1;
                while (at < n && Syntax.isRegexSpace(s.charAt(at))) {
                    at++;
                }
                int rest = s.startsWith("https://", at) ? at + 8 : s.startsWith("http://", at) ? at + 7 : -1;
                if (rest < 0) {
                    continue;
                }
                int end = rest;
                while (end < n && !Syntax.isRegexSpace(s.charAt(end)) && !isUrlSeparator(s.charAt(end))) {
                    end++;
                }
                if (end > rest) {
                    return new int[] {start, start + k, at, end};
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ addresses

    private static final int H = 0;
    private static final int BODY_FIRST = 8;
    private static final int BODY = 9;
    private static final int SEP_BEFORE = 10;
    private static final int SEP_AFTER = 11;
    private static final int END_BEFORE = 12;
    private static final int END_AFTER = 13;

    /**
     * Whether {@code s} is nothing but addresses separated by {@code ; ； , ， 、} and blanks: what
     * {@code ^https?://\S+?(?:\s*[;；,，、]\s*https?://\S+?)*\s*[;；,，、]?\s*$} matches, decided by running
     * the expression's automaton over the text once (a set of at most 14 states per character).
     */
    static boolean matchesUrlList(String s) {
        int states = 1 << H;
        for (int i = 0; i < s.length() && states != 0; i++) {
            states = close(step(states, s.charAt(i)));
        }
        return (states & (1 << END_AFTER)) != 0;
    }

    private static int step(int states, char c) {
        boolean space = Syntax.isRegexSpace(c);
        boolean sep = isUrlSeparator(c);
        int next = 0;
        for (int st = 0; st <= END_AFTER; st++) {
            if ((states & (1 << st)) == 0) {
                continue;
            }
            int to = switch (st) {
                case 0 -> c == 'h' ? 1 : -1;
                case 1 -> c == 't' ? 2 : -1;
                case 2 -> c == 't' ? 3 : -1;
                case 3 -> c == 'p' ? 4 : -1;
                case 4 -> c == 's' ? 5 : c == ':' ? 6 : -1;
                case 5 -> c == ':' ? 6 : -1;
                case 6 -> c == '/' ? 7 : -1;
                case 7 -> c == '/' ? BODY_FIRST : -1;
                case BODY_FIRST, BODY -> space ? -1 : BODY;
                case SEP_BEFORE -> space ? SEP_BEFORE : sep ? SEP_AFTER : -1;
                case SEP_AFTER -> space ? SEP_AFTER : -1;
                case END_BEFORE -> space ? END_BEFORE : sep ? END_AFTER : -1;
                case END_AFTER -> space ? END_AFTER : -1;
                default -> -1;
            };
            if (to >= 0) {
                next |= 1 << to;
            }
        }
        return next;
    }

    /** The states reached without reading: the end of an address may go on to a separator or the end. */
    private static int close(int states) {
        if ((states & (1 << BODY)) != 0) {
            states |= (1 << SEP_BEFORE) | (1 << END_BEFORE);
        }
        if ((states & (1 << END_BEFORE)) != 0) {
            states |= 1 << END_AFTER;
        }
        if ((states & (1 << SEP_AFTER)) != 0) {
            states |= 1 << H;
        }
        return states;
    }

    /** The characters that separate addresses in a list of them: {@code ; ； , ， 、}. */
    public static boolean isUrlSeparator(int c) {
        return c == ';' || c == '；' || c == ',' || c == '，' || c == '、';
    }

}
