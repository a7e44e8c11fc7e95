package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.query.Match;
import java.util.Map;

/**
 * The {@code describe()} of the catalogue, sections, entries and matches: every field, uncut, one per line and
 * indented under its owner, where {@link Summaries} gives one short line. A part that is empty (no tags, no
 * group) is left out; nothing that holds a value is.
 */
public final class Descriptions {

    private static final String INDENT = "  ";

    private Descriptions() {
    }

    /** The catalogue: title, introduction, news, citation, translations, then every section in full. */
    public static String of(Catalogue c) {
        StringBuilder b = new StringBuilder("Catalogue ").append(c.title()).append('\n');
        if (!c.introduction().isEmpty()) {
            line(b, 1, "introduction: " + c.introduction());
        }
        news(b, 1, c.news());
        c.citation().ifPresent(t -> line(b, 1, "citation: " + t));
        for (Map.Entry<Language, CatalogueTranslation> t : c.translations().entrySet()) {
            CatalogueTranslation ct = t.getValue();
            line(b, 1, "title (" + t.getKey() + "): " + ct.title());
            if (!ct.introduction().isEmpty()) {
                line(b, 1, "introduction (" + t.getKey() + "): " + ct.introduction());
            }
            news(b, 1, ct.news());
        }
        for (Section s : c.sections()) {
            section(b, 1, s);
        }
        return b.toString().stripTrailing();
    }

    /** The section: number, title, anchor, titles, then its entries and children in full. */
    public static String of(Section s) {
        StringBuilder b = new StringBuilder();
        section(b, 0, s);
        return b.toString().stripTrailing();
    }

    /** The entry: name, metadata, every link with label and role, every field, every translation. */
    public static String of(Entry e) {
        StringBuilder b = new StringBuilder();
        entry(b, 0, e);
        return b.toString().stripTrailing();
    }

    /** The match: its section path and index, then the entry in full. */
    public static String of(Match m) {
        StringBuilder b = new StringBuilder("at ").append(m.path()).append(" #").append(m.index()).append('\n');
        entry(b, 0, m.entry());
        return b.toString().stripTrailing();
    }

    private static void section(StringBuilder b, int depth, Section s) {
        line(b, depth, "Section " + s.number().map(n -> n + " ").orElse("") + s.title());
        if (!s.anchor().isEmpty()) {
            line(b, depth + 1, "anchor: #" + s.anchor());
        }
        s.titles().forEach((language, title) -> line(b, depth + 1, "title (" + language + "): " + title));
        for (Entry e : s.entries()) {
            entry(b, depth + 1, e);
        }
        for (Section child : s.children()) {
            section(b, depth + 1, child);
        }
    }

    private static void entry(StringBuilder b, int depth, Entry e) {
        line(b, depth, "Entry " + e.name());
        int d = depth + 1;
        e.group().ifPresent(g -> line(b, d, "group: " + g));
        e.kind().ifPresent(k -> line(b, d, "kind: " + k));
        list(b, d, "languages", e.languages());
        list(b, d, "modalities", e.modalities());
        list(b, d, "tasks", e.tasks());
        list(b, d, "tags", e.tags());
        for (Link l : e.links()) {
            line(b, d, "link " + l.role().word() + (l.label().isEmpty() ? "" : " (" + l.label() + ")") + ": " + l.url());
        }
        fields(b, d, e.fields(), "");
        for (Map.Entry<Language, Translation> t : e.translations().entrySet()) {
            String in = " (" + t.getKey() + ")";
            Translation tr = t.getValue();
            line(b, d, "name" + in + ": " + tr.name());
            tr.group().ifPresent(g -> line(b, d, "group" + in + ": " + g));
            fields(b, d, tr.fields(), in);
        }
    }

    private static void fields(StringBuilder b, int depth, Iterable<TextField> fields, String in) {
        for (TextField f : fields) {
            line(b, depth, (f.isLabelled() ? "field " + f.label() : "text") + in + ": " + f.value());
        }
    }

    private static void news(StringBuilder b, int depth, Iterable<NewsItem> news) {
        for (NewsItem n : news) {
            line(b, depth, "news " + (n.date().isEmpty() ? "" : n.date() + " ") + "· " + n.text());
        }
    }

    private static void list(StringBuilder b, int depth, String name, java.util.Collection<?> values) {
        if (!values.isEmpty()) {
            line(b, depth, name + ": " + Summaries.joined(values, ", "));
        }
    }

    private static void line(StringBuilder b, int depth, String text) {
        b.append(INDENT.repeat(depth)).append(text).append('\n');
    }
}
