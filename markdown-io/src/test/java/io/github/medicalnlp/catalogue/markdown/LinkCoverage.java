package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of the addresses written in a Markdown list reach the catalogue read from it: a measure of
 * how much of a list the reader understands, on the public API only.
 *
 * <p>Every {@code http(s)} URL in the text counts, each occurrence with its line, except those in HTML
 * comments, in fenced code blocks and image sources ({@code ![alt](src)} and {@code <img src=…>}; the link
 * around a badge counts). Written as text, as a link destination, an autolink {@code <https://…>} or an
 * {@code <a href="…">} alike. A URL <em>reaches</em> the catalogue when it equals or is contained in a
 * link URL of an entry, a field value, the introduction, a news item's text or the citation.
 *
 * <pre>{@code
 * List<LinkCoverage> rows = List.of(LinkCoverage.read(Path.of("README.md")));
 * System.out.print(LinkCoverage.table(rows));
 * }</pre>
 *
 * or from the command line, with the test classpath: {@code java ... LinkCoverage README.md other.md}.
 */
public final class LinkCoverage {

    /** An address written in the text: the URL, its 1-based line, and whether it reaches the catalogue. */
    public record Url(String url, int line, boolean reached) {
    }

    /**
     * A URL written as text: a scheme, then anything but white space, angle brackets, quotes, brackets,
     * parentheses, backticks and the CJK punctuation a list writes around addresses. One possessive
     * character class: no backtracking, linear in the text.
     */
    private static final Pattern URL = Pattern.compile(
            "https?://[^\\s<>\"'()\\[\\]`，。；、）（！【】「」《》]++");

    private final String name;
    private final List<Url> urls;

    private LinkCoverage(String name, List<Url> urls) {
        this.name = name;
        this.urls = List.copyOf(urls);
    }

    /** Reads a UTF-8 file with {@link MarkdownReader#create()} and measures it; named by its file name. */
    public static LinkCoverage read(Path file) throws IOException {
        String text = Files.readString(file);
        return of(file.getFileName().toString(), text, MarkdownReader.create().read(text).catalogue());
    }

    /** Measures how much of {@code markdown} reaches {@code catalogue}, the catalogue read from it. */
    public static LinkCoverage of(String name, String markdown, Catalogue catalogue) {
        Objects.requireNonNull(name, "name must not be null");
        String reachable = reachable(Objects.requireNonNull(catalogue, "catalogue must not be null"));
        List<Url> urls = new ArrayList<>();
        for (Url u : urlsIn(markdown)) {
            urls.add(new Url(u.url(), u.line(), reachable.contains(u.url())));
        }
        return new LinkCoverage(name, urls);
    }

    /** The name given, e.g. the file name. */
    public String name() {
        return name;
    }

    /** Every URL counted, in document order. */
    public List<Url> urls() {
        return urls;
    }

    /** How many URLs are counted. */
    public int total() {
        return urls.size();
    }

    /** How many of them reach the catalogue. */
    public int reached() {
        return (int) urls.stream().filter(Url::reached).count();
    }

    /** The share reached, in percent; 100 when there is nothing to reach. */
    public double percent() {
        return total() == 0 ? 100.0 : 100.0 * reached() / total();
    }

    /** The URLs that do not reach the catalogue, in document order. */
    public List<Url> unreached() {
        return urls.stream().filter(u -> !u.reached()).toList();
    }

    /**
     * {@code file  reached/total  percent}, one line per measure and one for all together, e.g.
     * {@code medical-nlp-2020-08-14.md   41/117   35.0 %}.
     */
    public static String table(List<LinkCoverage> rows) {
        int width = "all".length();
        for (LinkCoverage r : rows) {
            width = Math.max(width, r.name().length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + width + "s  %9s  %7s%n", "file", "reached", "percent"));
        int reached = 0;
        int total = 0;
        for (LinkCoverage r : rows) {
            sb.append(row(width, r.name(), r.reached(), r.total()));
            reached += r.reached();
            total += r.total();
        }
        sb.append(row(width, "all", reached, total));
        return sb.toString();
    }

    private static String row(int width, String name, int reached, int total) {
        double percent = total == 0 ? 100.0 : 100.0 * reached / total;
        return String.format(Locale.ROOT, "%-" + width + "s  %9s  %5.1f %%%n", name, reached + "/" + total, percent);
    }

    /** {@code file  reached/total  percent} on one line, e.g. {@code medical-nlp-2020-08-14.md  20/57  35.1 %}. */
    public String summary() {
        return row(name.length(), name, reached(), total()).strip();
    }

    @Override
    public String toString() {
        return summary();
    }

    /** The URLs not reached, one per line: {@code   line 12: https://…}. */
    public String unreachedReport() {
        StringBuilder sb = new StringBuilder(name).append(": ").append(total() - reached())
                .append(" of ").append(total()).append(" URLs do not reach the catalogue\n");
        for (Url u : unreached()) {
            sb.append("  line ").append(u.line()).append(": ").append(u.url()).append('\n');
        }
        return sb.toString();
    }

    /** Prints the table for the files named. */
    public static void main(String... files) throws IOException {
        List<LinkCoverage> rows = new ArrayList<>();
        for (String f : files) {
            rows.add(read(Path.of(f)));
        }
        System.out.print(table(rows));
    }

    // ------------------------------------------------------------------ what the catalogue holds

    /** Everything a URL may be found in, joined by line breaks (which no URL holds). */
    private static String reachable(Catalogue catalogue) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : catalogue.allEntries()) {
            for (Link l : e.links()) {
                sb.append(l.url()).append('\n');
            }
            for (TextField f : e.fields()) {
                sb.append(f.value()).append('\n');
            }
        }
        sb.append(catalogue.introduction()).append('\n');
        for (NewsItem n : catalogue.news()) {
            sb.append(n.text()).append('\n');
        }
        catalogue.citation().ifPresent(c -> sb.append(c).append('\n'));
        return sb.toString();
    }

    // ------------------------------------------------------------------ what the text holds

    /** Every URL counted in {@code markdown}, with its line; {@code reached} is false. */
    public static List<Url> urlsIn(String markdown) {
        char[] masked = markdown.toCharArray();
        maskCommentsAndFences(markdown, masked);
        maskImageSources(masked);
        List<Url> urls = new ArrayList<>();
        Matcher m = URL.matcher(java.nio.CharBuffer.wrap(masked));
        int line = 1;
        int counted = 0;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                if (masked[counted] == '\n') {
                    line++;
                }
            }
            String url = trimEnd(m.group()).replace("&amp;", "&");
            if (url.indexOf("://") + 3 < url.length()) { // not a scheme alone
                urls.add(new Url(url, line, false));
            }
        }
        return urls;
    }

    /** Without the sentence punctuation a URL written as text is followed by. */
    private static String trimEnd(String url) {
        int end = url.length();
        while (end > 0 && ".,:;".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    /**
     * Blanks out (keeping line breaks) HTML comments and fenced code blocks, in one pass over the lines:
     * a fence is {@code ```} or {@code ~~~} (three or more) at the start of a line after any indentation,
     * closed by a line of at least as many of the same character; a comment runs from {@code <!--} to the
     * next {@code -->}.
     */
    private static void maskCommentsAndFences(String text, char[] masked) {
        int n = text.length();
        int lineStart = 0;
        boolean inComment = false;
        char fence = 0;
        int fenceLength = 0;
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int first = lineStart;
            while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            int run = 0;
            char c = first < lineEnd ? text.charAt(first) : 0;
            if (c == '`' || c == '~') {
                while (first + run < lineEnd && text.charAt(first + run) == c) {
                    run++;
                }
            }
            if (fence != 0) {
                if (c == fence && run >= fenceLength && text.substring(first + run, lineEnd).isBlank()) {
                    fence = 0;
                }
                blank(masked, lineStart, lineEnd);
            } else if (!inComment && run >= 3
                    && (c == '~' || text.substring(first + run, lineEnd).indexOf('`') < 0)) {
                fence = c;
                fenceLength = run;
                blank(masked, lineStart, lineEnd);
            } else {
                int i = lineStart;
                while (i < lineEnd) {
                    if (inComment) {
                        int close = indexOf(text, "-->", i, lineEnd);
                        int end = close < 0 ? lineEnd : close + 3;
                        blank(masked, i, end);
                        inComment = close < 0;
                        i = end;
                    } else {
                        int open = indexOf(text, "<!--", i, lineEnd);
                        if (open < 0) {
                            break;
                        }
                        inComment = true;
                        blank(masked, open, open + 4);
                        i = open + 4;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Blanks out the sources of images: {@code ![alt](src)} (the source and an optional title), and the
     * {@code src} attribute of {@code <img …>}. Each scan goes forward only.
     */
    private static void maskImageSources(char[] t) {
        int n = t.length;
        int i = 0;
        boolean tagsClosed = true; // false once an <img has no > after it: no later one has
        while (i < n) {
            if (t[i] == '!' && i + 1 < n && t[i + 1] == '[') {
                i = markdownImage(t, i);
            } else if (t[i] == '<' && i + 4 < n && (t[i + 1] | 0x20) == 'i' && (t[i + 2] | 0x20) == 'm'
                    && (t[i + 3] | 0x20) == 'g' && (Character.isWhitespace(t[i + 4]) || t[i + 4] == '>')
                    && tagsClosed) {
                int end = htmlImage(t, i);
                tagsClosed = end < n;
                i = tagsClosed ? end : i + 4;
            } else {
                i++;
            }
        }
    }

    /** At {@code ![}: blanks the source if an {@code ](…)} follows on the line; where to scan on. */
    private static int markdownImage(char[] t, int at) {
        int n = t.length;
        int close = at + 2;
        while (close < n && t[close] != ']' && t[close] != '\n') {
            close++;
        }
        if (close >= n || t[close] != ']') {
            return close; // no ] on this line: no image starts before it either
        }
        if (close + 1 >= n || t[close + 1] != '(') {
            return close + 1;
        }
        int depth = 1;
        int k = close + 2;
        while (k < n && t[k] != '\n') {
            if (t[k] == '(') {
                depth++;
            } else if (t[k] == ')' && --depth == 0) {
                break;
            }
            k++;
        }
        if (k >= n || t[k] != ')') {
            return k; // unclosed to the end of the line: nothing after it on the line closes either
        }
        blank(t, close + 2, k);
        return k + 1;
    }

    /** At {@code <img}: blanks the value of its {@code src} attribute; where to scan on. */
    private static int htmlImage(char[] t, int at) {
        int n = t.length;
        int end = at + 4;
        while (end < n && t[end] != '>') {
            end++;
        }
        for (int k = at + 4; k + 3 < end; k++) {
            if (Character.isWhitespace(t[k - 1]) && (t[k] | 0x20) == 's' && (t[k + 1] | 0x20) == 'r'
                    && (t[k + 2] | 0x20) == 'c') {
                int v = k + 3;
                while (v < end && Character.isWhitespace(t[v])) {
                    v++;
                }
                if (v >= end || t[v] != '=') {
                    continue;
                }
                v++;
                while (v < end && Character.isWhitespace(t[v])) {
                    v++;
                }
                int valueEnd;
                if (v < end && (t[v] == '"' || t[v] == '\'')) {
                    char q = t[v];
                    valueEnd = v + 1;
                    while (valueEnd < end && t[valueEnd] != q) {
                        valueEnd++;
                    }
                } else {
                    valueEnd = v;
                    while (valueEnd < end && !Character.isWhitespace(t[valueEnd])) {
                        valueEnd++;
                    }
                }
                blank(t, v, valueEnd);
                break;
            }
        }
        return end;
    }

    /** Where {@code s} starts in {@code text} between {@code from} and {@code to}, or -1: bounded to a line. */
    private static int indexOf(String text, String s, int from, int to) {
        for (int k = from; k + s.length() <= to; k++) {
            if (text.startsWith(s, k)) {
                return k;
            }
        }
        return -1;
    }

    private static void blank(char[] t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t[k] != '\n' && t[k] != '\r') {
                t[k] = ' ';
            }
        }
    }
}
