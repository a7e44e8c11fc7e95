package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes any catalogue in the house style of the seed README: title, introduction, News, a Contents
 * list regenerated from the sections, the sections with their entries as bullets with nested
 * {@code label：value} bullets and star badges, and the citation.
 */
public final class CanonicalRenderer {

    /** The heading of the news list. */
    public static final String NEWS = "News";
    /** The heading of the contents list. */
    public static final String CONTENTS = "Contents";

    private final Map<String, Integer> anchorCounts = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    /**
     * The heading level of top-level sections: 2 below the title, or 1 for a catalogue of six levels
     * ({@link Section#MAX_DEPTH}), which would otherwise need a seventh.
     */
    private int top = 2;

    private CanonicalRenderer() {
    }

    /**
     * The canonical Markdown of a catalogue.
     *
     * @throws IllegalArgumentException naming the place of a U+0000 in the catalogue's text: CommonMark
     *     reads that character (even written as {@code &#0;}) as U+FFFD, so no Markdown can carry it
     */
    public static String render(Catalogue catalogue) {
        return render(catalogue, EntryStyle.Bullet.SEED);
    }

    /** The canonical Markdown with entries in this bullet style ({@link EntryStyle.Bullet#ENGLISH}, say). */
    public static String render(Catalogue catalogue, EntryStyle.Bullet style) {
        checkNoNul(catalogue);
        CanonicalRenderer r = new CanonicalRenderer();
        r.style = style;
        return r.write(catalogue);
    }

    /** The style of the entries' bullets. */
    private EntryStyle.Bullet style = EntryStyle.Bullet.SEED;

    private static void checkNoNul(Catalogue c) {
        nul(c.title(), "title");
        nul(c.introduction(), "introduction");
        for (int i = 0; i < c.news().size(); i++) {
            nul(c.news().get(i).date(), "news[" + i + "].date");
            nul(c.news().get(i).text(), "news[" + i + "].text");
        }
        for (int i = 0; i < c.sections().size(); i++) {
            nul(c.sections().get(i), "sections[" + i + "]");
        }
        c.citation().ifPresent(citation -> nul(citation, "citation"));
    }

    private static void nul(Section s, String at) {
        s.number().ifPresent(n -> nul(n, at + ".number"));
        nul(s.title(), at + ".title");
        for (int i = 0; i < s.entries().size(); i++) {
            Entry e = s.entries().get(i);
            String place = at + ".entries[" + i + "]";
            nul(e.name(), place + ".name");
            for (int k = 0; k < e.links().size(); k++) {
                nul(e.links().get(k).url(), place + ".links[" + k + "].url");
                nul(e.links().get(k).label(), place + ".links[" + k + "].label");
            }
            for (int k = 0; k < e.fields().size(); k++) {
                nul(e.fields().get(k).label(), place + ".fields[" + k + "].label");
                nul(e.fields().get(k).value(), place + ".fields[" + k + "].value");
            }
            e.tags().forEach(t -> nul(t, place + ".tags"));
            e.group().ifPresent(g -> nul(g, place + ".group"));
        }
        for (int i = 0; i < s.children().size(); i++) {
            nul(s.children().get(i), at + ".sections[" + i + "]");
        }
    }

    private static void nul(String text, String at) {
        int k = text.indexOf('\u0000');
        if (k >= 0) {
            throw new IllegalArgumentException(at + " holds the character U+0000 at index " + k
                    + ": Markdown cannot carry it (CommonMark reads it as U+FFFD); remove or replace it");
        }
    }

    private String write(Catalogue c) {
        for (Section s : c.sections()) {
            if (s.levels() + 1 > 6) {
                top = 1;
            }
        }
        out.append("# ").append(Escaping.heading(c.title())).append("\n\n");
        count(Section.anchorOf(c.title()));
        if (!c.introduction().isBlank()) {
            out.append(c.introduction().strip()).append("\n\n");
        }
        if (!c.news().isEmpty()) {
            out.append("#### ").append(NEWS).append("\n\n");
            count(Section.anchorOf(NEWS));
            for (NewsItem n : c.news()) {
                out.append(newsLine(n)).append('\n');
            }
            out.append('\n');
        }
        List<String[]> headings = new ArrayList<>();
        if (!c.sections().isEmpty()) {
            count(Section.anchorOf(CONTENTS));
            for (Section s : c.sections()) {
                headings(s, 0, headings);
            }
            out.append("#### ").append(CONTENTS).append("\n\n");
            for (String[] h : headings) {
                out.append("  ".repeat(Integer.parseInt(h[2]))).append("* [").append(Escaping.text(h[0]))
                        .append("](#").append(h[1]).append(")\n");
            }
            out.append('\n');
        }
        int[] next = {0};
        for (Section s : c.sections()) {
            section(s, 0, List.of(), headings, next);
        }
        c.citation().ifPresent(citation -> {
            String fence = "`".repeat(Math.max(3, longestRun(citation, '`') + 1)); // longer than any fence inside
            out.append(fence).append("bibtex\n").append(citation).append('\n').append(fence).append('\n');
        });
        return out.toString();
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /**
     * A news item line: {@code - 🟡*date* text}, the date escaped ({@link Escaping#text}), the text as
     * written (Markdown). An undated text that would read as dated, or as a thematic break, is written
     * after an empty date {@code **}.
     */
    public static String newsLine(NewsItem n) {
        String text = n.text().strip().replace("\r\n", "\n").replace("\n", "\n  ");
        if (!n.date().isBlank()) {
            return "- 🟡*" + Escaping.text(n.date()) + "* " + text;
        }
        boolean rule = text.chars().allMatch(ch -> ch == '-' || ch == '*' || ch == '_' || ch == ' ' || ch == '\t');
        return "- " + (rule || Labels.newsDate(text) != null ? "** " : "") + text;
    }

    private void count(String slug) {
        anchorCounts.merge(slug, 1, Integer::sum);
    }

    /** Chooses each section's heading text (so that its anchor is the one it holds) in document order. */
    private void headings(Section s, int depth, List<String[]> out) {
        String text = headingText(s, anchorCounts);
        out.add(new String[] {text, s.anchor(), String.valueOf(depth)});
        for (Section child : s.children()) {
            headings(child, depth + 1, out);
        }
    }

    /**
     * The heading text for a section: its canonical heading, or the variant of the separator after
     * its number that gives the anchor it holds (the reader keeps anchors as written, e.g.
     * {@code 11--中文} for {@code 1.1  中文}). Counts the chosen anchor in {@code counts}.
     */
    public static String headingText(Section s, Map<String, Integer> counts) {
        List<String> candidates = new ArrayList<>();
        candidates.add(s.heading());
        s.number().ifPresent(n -> {
            String t = s.title();
            for (String sep : List.of(". ", " ", "  ", ".  ", ".", "、", "、 ", ":", ": ", "：")) {
                candidates.add(n + sep + t);
            }
        });
        String chosen = s.heading();
        for (String candidate : candidates) {
            String slug = Section.anchorOf(candidate);
            int seen = counts.getOrDefault(slug, 0);
            String anchor = seen == 0 ? slug : slug + "-" + seen;
            if (anchor.equals(s.anchor())) {
                chosen = candidate;
                break;
            }
        }
        counts.merge(Section.anchorOf(chosen), 1, Integer::sum);
        return chosen;
    }

    private void section(Section s, int depth, List<String> titles, List<String[]> headings, int[] next) {
        String text = headings.get(next[0]++)[0];
        out.append("#".repeat(depth + top)).append(' ').append(sectionHeadingMarkdown(s, text)).append("\n\n");
        List<String> path = new ArrayList<>(titles);
        path.add(s.title());
        // under a heading of level 3 or more the reader asks whether the heading is an entry of its own
        boolean deep = depth + top >= 3;
        entries(s.entries(), Annotation.Metadata.of(Inference.facts(path)), style, deep, out);
        for (Section child : s.children()) {
            section(child, depth + 1, path, headings, next);
        }
    }

    /**
     * A section's heading text escaped for an ATX heading line. The title of a section without a number
     * that starts as a number does ({@code 1.1 Title}) has its first character written as a character
     * reference ({@link Escaping#unnumberedHeading}), so that the reader, which takes a number only as
     * written, keeps it in the title.
     */
    public static String sectionHeadingMarkdown(Section s, String text) {
        return s.number().isEmpty() ? Escaping.unnumberedHeading(text) : Escaping.heading(text);
    }

    /**
     * Entries as bullet lists, a bold group label before each group, a blank line after each list; the section's
     * heading taken for one that may be read as an entry ({@link #entries(List, Annotation.Metadata, EntryStyle,
     * boolean, StringBuilder)}).
     */
    static void entries(List<Entry> entries, Annotation.Metadata implied, EntryStyle style, StringBuilder out) {
        entries(entries, implied, style, true, out);
    }

    /**
     * Entries as bullet lists, a bold group label before each group, a blank line after each list. The first item
     * of a list after a group label or the end-of-group mark, and the first of the section when {@code deep} (its
     * heading is one the reader may take for an entry, level 3 or more), are written so that their names do not
     * start as {@code label：value}; the others keep the colons of their names as they are.
     */
    static void entries(List<Entry> entries, Annotation.Metadata implied, EntryStyle style, boolean deep,
            StringBuilder out) {
        Optional<String> group = Optional.empty();
        boolean open = false;
        boolean leads = deep;
        for (Entry e : entries) {
            if (!Objects.equals(e.group(), group)) {
                if (open) {
                    out.append('\n');
                }
                out.append(e.group().map(g -> Escaping.bold(Escaping.text(g))).orElse(Annotation.END_OF_GROUP))
                        .append("\n\n");
                open = false;
                leads = true;
            }
            group = e.group();
            out.append(EntryRenderer.render(e, style, implied, false, leads));
            open = true;
            leads = false;
        }
        if (open) {
            out.append('\n');
        }
    }
}
