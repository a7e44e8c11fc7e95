package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.query.Match;
import io.github.medicalnlp.catalogue.table.internal.CellText;
import java.util.Collection;

/**
 * The one-line {@code toString()} of the model's values and results, as java.time prints a date: what a person at
 * a JShell prompt or in a notebook needs to recognise the value, never its whole content (the bundled catalogue's
 * record form was 40,337 characters). One vocabulary for all of them: {@code Type[what · facts]}, names and titles
 * cut to {@value #MAX} characters, texts to {@value #TEXT}, addresses without their scheme. {@link Descriptions}
 * gives every field, over several lines.
 */
public final class Summaries {

    /** The longest title or name shown. */
    public static final int MAX = 60;

    /** The longest piece of free text (a news item, a field's value) shown. */
    public static final int TEXT = 40;

    /** The most languages of an entry shown. */
    static final int LANGUAGES = 3;

    /** Between the parts of a summary. */
    public static final String DOT = " · ";

    private Summaries() {
    }

    /** {@code Catalogue[Medical_NLP: 27 sections, 118 entries]}. */
    public static String of(Catalogue c) {
        return "Catalogue[" + cut(c.title()) + ": " + count(c.allSections().size(), "section") + ", "
                + count(c.entryCount(), "entry") + "]";
    }

    /** {@code Section[3.1 中文: 5 entries]}, or {@code Section[3 LLM数据集: 2 sections, 17 entries]}. */
    public static String of(Section s) {
        String label = s.number().map(n -> n + " ").orElse("") + cut(s.title());
        return "Section[" + label + ": " + (s.children().isEmpty() ? "" : count(s.children().size(), "section") + ", ")
                + count(s.allEntries().size(), "entry") + "]";
    }

    /** {@code Entry[Huatuo-26M · dataset · zh]}: the name, then the kind and languages when it has them. */
    public static String of(Entry e) {
        return "Entry[" + entry(e) + "]";
    }

    /**
     * {@code Huatuo-26M · dataset · zh}: an entry's name, kind and languages (the first three, then how many more:
     * {@code en,zh,fr +9}), the inside of its summary.
     */
    public static String entry(Entry e) {
        StringBuilder b = new StringBuilder(cut(e.name()));
        e.kind().ifPresent(k -> b.append(DOT).append(k.word()));
        int n = e.languages().size();
        if (n > 0) { // a multilingual model may name a dozen: the first three and how many more
            b.append(DOT).append(joined(e.languages().subList(0, Math.min(n, LANGUAGES)), ","))
                    .append(n > LANGUAGES ? " +" + (n - LANGUAGES) : "");
        }
        return b.toString();
    }

    /** {@code Match[Huatuo-26M · dataset · zh · 3.1]}: the entry, then the label of its section. */
    public static String of(Match m) {
        return "Match[" + entry(m.entry()) + DOT + cut(m.section().label()) + "]";
    }

    /** {@code Link[paper · arxiv.org/abs/2305.01526]}: the role and the address without its scheme. */
    public static String of(Link l) {
        return "Link[" + l.role().word() + DOT + address(l.url()) + "]";
    }

    /** {@code NewsItem[2024/11/14 · 新增 4. VLM数据集、5.3 医疗VLM]}, the text cut. */
    public static String of(NewsItem n) {
        return "NewsItem[" + (n.date().isEmpty() ? "" : cut(n.date()) + DOT) + text(n.text()) + "]";
    }

    /** {@code TextField[简介: Huatuo-26M 是迄今为止最大的中医问答数据集。]}, the value cut. */
    public static String of(TextField f) {
        return "TextField[" + (f.isLabelled() ? cut(f.label()) + ": " : "") + text(f.value()) + "]";
    }

    /** {@code Translation[Chinese Medical Dialogue Dataset: 2 fields]}. */
    public static String of(Translation t) {
        return "Translation[" + cut(t.name()) + ": " + count(t.fields().size(), "field")
                + t.group().map(g -> DOT + "group " + cut(g)).orElse("") + "]";
    }

    /** {@code CatalogueTranslation[Medical NLP: 3 news items]}. */
    public static String of(CatalogueTranslation t) {
        return "CatalogueTranslation[" + cut(t.title()) + ": " + count(t.news().size(), "news item") + "]";
    }

    /** {@code RuleInfo[duplicate-entry · warning: Two entries with the same URL…]}. */
    public static String of(RuleInfo r) {
        return "RuleInfo[" + r.rule() + DOT + r.severity() + ": " + cut(r.description()) + "]";
    }

    /** {@code EntryRow[3.1/huatuo-26m · Huatuo-26M · 3 > 3.1]}. */
    public static String of(EntryRow r) {
        return "EntryRow[" + cut(r.id()) + DOT + cut(r.name()) + DOT + cut(r.sectionPath()) + "]";
    }

    /** A title or name, cut to {@value #MAX} characters, its line breaks as spaces. */
    public static String cut(String title) {
        return Text.abbreviate(oneLine(title), MAX);
    }

    /** A free text, cut to {@value #TEXT} characters, its line breaks as spaces. */
    public static String text(String text) {
        return Text.abbreviate(oneLine(text), TEXT);
    }

    /**
     * An address as text search reads it ({@link Urls#withoutScheme}: without the scheme, user information and
     * {@code www.}), cut to {@value #MAX} characters.
     */
    public static String address(String url) {
        String u = Urls.withoutScheme(url);
        return cut(u.isEmpty() ? url : u);
    }

    /**
     * {@code Query[kind=dataset, language=zh, text="问答"] → 4 matches}: the filters' descriptions (at most 400
     * characters in all), the order when not the source order, the slice, and the number of matches; {@code ?} when
     * counting fails (a predicate of {@code where(...)} may throw: a toString must not; errors that mean the JVM is
     * failing are not caught).
     */
    public static String query(java.util.List<?> filters, String order, long skip, long limit,
            java.util.function.LongSupplier count) {
        String where = filters.isEmpty() ? "all" : Text.abbreviate(filters.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")), 400);
        String matches;
        try {
            matches = count(count.getAsLong(), "match");
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            matches = "?";
        }
        return "Query[" + where + (order == null ? "" : ", order=" + order) + (skip > 0 ? ", skip=" + skip : "")
                + (limit >= 0 ? ", limit=" + limit : "") + "] → " + matches;
    }

    /** {@code 1 entry}, {@code 2 entries}, {@code 3 sections}, {@code 4 matches}. */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun.endsWith("ch") ? noun + "es" : noun + "s");
    }

    /** The values' words joined by {@code separator}: {@code zh,en}. */
    public static String joined(Collection<?> values, String separator) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            b.append(b.length() == 0 ? "" : separator).append(v);
        }
        return b.toString();
    }

    /**
     * {@code text} cut to at most {@code max} characters on one line: its line breaks as spaces, its controls and
     * bidirectional overrides shown, not obeyed, as in a table's cells.
     */
    public static String line(String text, int max) {
        return Text.abbreviate(oneLine(text), max);
    }

    /**
     * The text on one line, as a person should see it: every control, bidirectional override and lone surrogate
     * made visible ({@link CellText#clean}: an ESC cannot clear a terminal, U+202E cannot reverse what follows),
     * and every run of white space holding a line break (LF, CR, and also VT, FF, U+2028 and U+2029, which
     * {@code \R}, JShell and editors break lines at) one space. One pass: linear in the text.
     */
    private static String oneLine(String text) {
        String s = CellText.clean(text);
        if (s.indexOf('\n') < 0 && s.indexOf('\u240B') < 0 && s.indexOf('\u240C') < 0) {
            return s;
        }
        s = s.strip();
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (!isSpace(s.charAt(i))) {
                b.append(s.charAt(i++));
                continue;
            }
            int j = i;
            boolean lineBreak = false;
            while (j < n && isSpace(s.charAt(j))) {
                char c = s.charAt(j++);
                lineBreak |= c == '\n' || c == '\u240B' || c == '\u240C';
            }
            if (lineBreak) {
                b.append(' ');
            } else {
                b.append(s, i, j);
            }
            i = j;
        }
        return b.toString().strip();
    }

    /** White space, or the control pictures that {@link CellText#clean} gives a vertical tab and a form feed. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u240B' || c == '\u240C';
    }
}
