package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders an edited catalogue into the text of the document it was read from, rewriting only what
 * changed: every segment whose part of the catalogue is unchanged keeps its bytes; new and changed
 * entries are written in the style of their neighbours; removed ones take their lines with them.
 */
public final class EditRenderer {

    private final Parsed parsed;
    private final Catalogue old;
    private final Catalogue edited;
    private final Output out;
    private final List<Section> oldSections = new ArrayList<>();
    private final List<List<Integer>> oldAddresses = new ArrayList<>();
    private final List<String> oldPaths = new ArrayList<>();
    private final List<List<Integer>> segmentsOf = new ArrayList<>();
    private final List<Integer> prelude = new ArrayList<>();
    private final Set<Integer> usedOld = new HashSet<>();
    /** For each section of the edited catalogue, in depth-first order, the old section it is, or -1. */
    private int[] matchOfNew;
    /** The depth-first index of the next edited section {@link #section} writes. */
    private int nextNew;
    private boolean hasCitationSegment;
    private final EntryStyle defaultStyle;

    private EditRenderer(Parsed parsed, Catalogue edited) {
        this.parsed = parsed;
        this.old = parsed.catalogue();
        this.edited = edited;
        this.out = new Output(parsed.text());
        collect(old.sections(), List.of(), "");
        for (int i = 0; i < oldSections.size(); i++) {
            segmentsOf.add(new ArrayList<>());
        }
        EntryStyle style = null;
        for (int i = 0; i < parsed.segments().size(); i++) {
            Parsed.Segment s = parsed.segments().get(i);
            if (s.section() < 0) {
                prelude.add(i);
            } else if (s.type() != Parsed.Type.HEADING) {
                segmentsOf.get(s.section()).add(i);
            }
            if (style == null && s.type() == Parsed.Type.ENTRY && parsed.styleOf(i) instanceof EntryStyle.Bullet b) {
                style = b;
            }
            hasCitationSegment |= s.type() == Parsed.Type.CITATION;
        }
        this.defaultStyle = style != null ? style : EntryStyle.Bullet.SEED;
        match();
    }

    /** The text of {@code parsed} with {@code edited} in place of the catalogue it holds, as pieces. */
    public static Output render(Parsed parsed, Catalogue edited) {
        return new EditRenderer(parsed, edited).run();
    }

    private void collect(List<Section> sections, List<Integer> address, String path) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<Integer> a = append(address, i);
            String p = path.isEmpty() ? s.label() : path + " > " + s.label();
            oldSections.add(s);
            oldAddresses.add(a);
            oldPaths.add(p);
            collect(s.children(), a, p);
        }
    }

    private static <T> List<T> append(List<T> list, T x) {
        List<T> copy = new ArrayList<>(list);
        copy.add(x);
        return copy;
    }

    // ------------------------------------------------------------------ matching sections

    private void match() {
        List<Object[]> fresh = new ArrayList<>();
        walkNew(edited.sections(), List.of(), "", fresh);
        matchOfNew = new int[fresh.size()];
        java.util.Arrays.fill(matchOfNew, -1);
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = oldPaths.size() - 1; i >= 0; i--) {
            byPath.put(oldPaths.get(i), i);
        }
        List<Integer> unmatched = new ArrayList<>();
        for (int k = 0; k < fresh.size(); k++) {
            Integer i = byPath.get((String) fresh.get(k)[1]);
            if (i != null && usedOld.add(i)) {
                matchOfNew[k] = i;
            } else {
                unmatched.add(k);
            }
        }
        for (int k : unmatched) {
            int i = oldAddresses.indexOf(castAddress(fresh.get(k)[0]));
            if (i >= 0 && usedOld.add(i)) {
                matchOfNew[k] = i;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> castAddress(Object o) {
        return (List<Integer>) o;
    }

    private void walkNew(List<Section> sections, List<Integer> address, String path, List<Object[]> out) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<Integer> a = append(address, i);
            String p = path.isEmpty() ? s.label() : path + " > " + s.label();
            out.add(new Object[] {a, p});
            walkNew(s.children(), a, p, out);
        }
    }

    // ------------------------------------------------------------------ the text

    private Output run() {
        preludeText();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < edited.sections().size(); i++) {
            section(edited.sections().get(i), 0, titles);
        }
        if (edited.citation().isPresent() && !hasCitationSegment) {
            newBlock();
            out.append("\n```bibtex\n").append(edited.citation().get()).append("\n```\n");
        }
        return out;
    }

    private String text(int segment) {
        return parsed.text(parsed.segments().get(segment));
    }

    /** Appends a segment's text without copying it first. */
    private void emit(int segment) {
        Parsed.Segment s = parsed.segments().get(segment);
        out.range(s.start(), s.end());
    }

    private Parsed.Segment seg(int segment) {
        return parsed.segments().get(segment);
    }

    /** Makes sure the next text starts on a line of its own. */
    private void newBlock() {
        if (out.length() > 0 && out.last() != '\n' && out.last() != '\r') {
            out.append(Lines.ending(parsed.text()));
        }
    }

    private void preludeText() {
        boolean titleChanged = !edited.title().equals(old.title());
        boolean introChanged = !edited.introduction().equals(old.introduction());
        boolean newsChanged = !edited.news().equals(old.news());
        int lastIntro = -1;
        int lastNews = -1;
        for (int i : prelude) {
            if (seg(i).type() == Parsed.Type.INTRO) {
                lastIntro = i;
            } else if (seg(i).type() == Parsed.Type.NEWS) {
                lastNews = i;
            }
        }
        boolean introDone = false;
        boolean newsDone = false;
        for (int k = 0; k < prelude.size(); k++) {
            int i = prelude.get(k);
            Parsed.Segment s = seg(i);
            String eol = eol(text(i));
            if (s.type() == Parsed.Type.TITLE && titleChanged) {
                out.append("# ").append(Escaping.heading(edited.title())).append(eol);
                if (lastIntro < 0 && introChanged && !edited.introduction().isBlank()) {
                    out.append(eol).append(edited.introduction().strip()).append(eol);
                    introDone = true;
                }
                continue;
            }
            if (s.type() == Parsed.Type.TITLE && lastIntro < 0 && introChanged && !edited.introduction().isBlank()) {
                emit(i);
                out.append(eol).append(edited.introduction().strip()).append(eol);
                introDone = true;
                continue;
            }
            if (introChanged && (s.type() == Parsed.Type.INTRO || s.type() == Parsed.Type.GAP && i < lastIntro
                    && firstOfType(Parsed.Type.INTRO) < i)) {
                if (!introDone) {
                    if (!edited.introduction().isBlank()) {
                        out.append(edited.introduction().strip()).append(eol);
                    }
                    introDone = true;
                }
                continue;
            }
            if (newsChanged && (s.type() == Parsed.Type.NEWS || s.type() == Parsed.Type.GAP && i < lastNews
                    && firstOfType(Parsed.Type.NEWS) < i)) {
                if (!newsDone) {
                    for (NewsItem n : edited.news()) {
                        out.append(CanonicalRenderer.newsLine(n)).append(eol);
                    }
                    newsDone = true;
                }
                continue;
            }
            citationOr(i);
        }
        if (newsChanged && !newsDone && !edited.news().isEmpty()) {
            newBlock();
            out.append("\n#### ").append(CanonicalRenderer.NEWS).append("\n\n");
            for (NewsItem n : edited.news()) {
                out.append(CanonicalRenderer.newsLine(n)).append('\n');
            }
            out.append('\n');
        }
    }

    private int firstOfType(Parsed.Type type) {
        for (int i : prelude) {
            if (seg(i).type() == type) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Emits a segment, or the new citation in place of the old one. */
    private void citationOr(int i) {
        if (seg(i).type() == Parsed.Type.CITATION && !edited.citation().equals(old.citation())) {
            edited.citation().ifPresent(c -> out.append("```bibtex\n").append(c).append("\n```").append(eol(text(i))));
            return;
        }
        emit(i);
    }

    private static String eol(String text) {
        if (text.endsWith("\r\n")) {
            return "\r\n";
        }
        return text.endsWith("\r") ? "\r" : "\n";
    }

    // ------------------------------------------------------------------ sections

    private void section(Section s, int parentLevel, List<String> parentTitles) {
        List<String> titles = append(parentTitles, s.title());
        Implied implied = new Implied(titles);
        int o = matchOfNew[nextNew++];
        int level;
        if (o >= 0) {
            Parsed.SectionInfo info = parsed.sections().get(o);
            level = info.level();
            Section before = oldSections.get(o);
            newBlock();
            if (before.number().equals(s.number()) && before.title().equals(s.title())) {
                emit(info.heading());
            } else {
                out.append("#".repeat(level)).append(' ')
                        .append(CanonicalRenderer.sectionHeadingMarkdown(s, CanonicalRenderer.headingText(s, new HashMap<>())))
                        .append(info.suffix().isBlank() ? info.suffix() : eol(info.suffix()));
            }
            // a leaf heading that loses entries may be read as an entry written as a heading in a document
            // that has such entries (the reader judges a heading by what is under it)
            boolean fragile = level >= 3 && s.children().isEmpty() && s.entries().size() < before.entries().size()
                    && hasHeadingEntries();
            body(o, before.entries(), s.entries(), implied, fragile);
        } else {
            level = parentLevel + 1 < 2 ? 2 : parentLevel + 1;
            if (level > 6) {
                throw new IllegalArgumentException("section '" + s.title() + "' would be a heading of level " + level
                        + ", and Markdown headings stop at 6: this document's sections start at level "
                        + topLevel() + ", so it holds at most " + (7 - topLevel())
                        + " levels; write the catalogue with MarkdownWriter.canonical(), which starts at level 1 when"
                        + " it must");
            }
            newBlock();
            if (out.length() > 0 && !out.endsWith("\n\n") && !out.endsWith("\r\n\r\n")) {
                out.append('\n');
            }
            out.append("#".repeat(level)).append(' ')
                    .append(CanonicalRenderer.sectionHeadingMarkdown(s, CanonicalRenderer.headingText(s, new HashMap<>())))
                    .append("\n\n");
            StringBuilder block = new StringBuilder();
            CanonicalRenderer.entries(s.entries(), implied.get(), defaultStyle, block);
            out.append(block);
        }
        for (int i = 0; i < s.children().size(); i++) {
            section(s.children().get(i), level, titles);
        }
    }

    private Boolean headingEntries;

    /** Whether the document as read has entries written as headings. */
    private boolean hasHeadingEntries() {
        if (headingEntries == null) {
            headingEntries = false;
            for (int i = 0; i < parsed.segments().size(); i++) {
                if (parsed.segments().get(i).givenStyle() instanceof EntryStyle.Heading) {
                    headingEntries = true;
                    break;
                }
            }
        }
        return headingEntries;
    }

    /** The heading level of the document's first section, 2 when it has none. */
    private int topLevel() {
        return parsed.sections().isEmpty() ? 2 : parsed.sections().get(0).level();
    }

    /** The metadata a section's headings imply, worked out only when an entry is written anew. */
    private static final class Implied {
        private final List<String> titles;
        private Annotation.Metadata value;

        Implied(List<String> titles) {
            this.titles = titles;
        }

        Annotation.Metadata get() {
            if (value == null) {
                value = Annotation.Metadata.of(Inference.facts(titles));
            }
            return value;
        }
    }

    // ------------------------------------------------------------------ entries of a section

    private enum Op { KEEP, REPLACE, DELETE }

    private void body(int sectionIndex, List<Entry> before, List<Entry> after, Implied implied, boolean fragile) {
        List<Integer> segs = segmentsOf.get(sectionIndex);
        if (before.equals(after)) { // the usual case when one entry elsewhere was edited: every segment as read
            for (int i : segs) {
                citationOr(i);
            }
            return;
        }
        if (after.isEmpty() || fragile) {
            // what is left under the heading must not make the reader take it for an entry
            newBlock();
            out.append(Annotation.SECTION).append(Lines.ending(parsed.text()));
        }
        int n = before.size();
        Op[] ops = new Op[n];
        int[] partner = new int[n];
        // inserts.get(k + 1): new entries to write after old entry k (k = -1: before the first)
        List<List<Integer>> inserts = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            inserts.add(new ArrayList<>());
        }
        plan(before, after, ops, partner, inserts);

        int[] entrySeg = new int[n];
        for (int p = 0; p < segs.size(); p++) {
            Parsed.Segment s = seg(segs.get(p));
            if (s.type() == Parsed.Type.ENTRY) {
                entrySeg[s.entry()] = p;
            }
        }
        boolean[] drop = new boolean[segs.size()];
        for (int e = 0; e < n; e++) {
            if (ops[e] != Op.DELETE) {
                continue;
            }
            int p = entrySeg[e];
            if (isGap(segs, p + 1) && isEntry(segs, p + 2)) {
                drop[p + 1] = true;
            } else if (isGap(segs, p - 1) && isEntry(segs, p - 2)) {
                drop[p - 1] = true;
            }
        }
        if (n == 0) {
            // an empty section: new entries after the leading blank lines, before the rest
            int end = segs.size();
            while (end > 0 && isGap(segs, end - 1)) {
                end--;
            }
            boolean label = false; // a group label without entries: the reader would put new entries in its group
            for (int q = 0; q < end; q++) {
                citationOr(segs.get(q));
                label |= seg(segs.get(q)).type() == Parsed.Type.GROUP;
            }
            if (!inserts.get(0).isEmpty()) {
                newBlock();
                if (!out.endsWith("\n\n") && !out.endsWith("\r\n\r\n")) {
                    out.append('\n');
                }
                List<Entry> fresh = new ArrayList<>();
                for (int j : inserts.get(0)) {
                    fresh.add(after.get(j));
                }
                if (label && fresh.get(0).group().isEmpty()) {
                    out.append(Annotation.END_OF_GROUP).append("\n\n");
                }
                StringBuilder block = new StringBuilder();
                CanonicalRenderer.entries(fresh, implied.get(), defaultStyle, block);
                out.append(end < segs.size() ? block.substring(0, block.length() - 1) : block);
            }
            for (int q = end; q < segs.size(); q++) {
                emit(segs.get(q));
            }
            return;
        }
        Object[] labelOf = groupLabels(segs, before);
        effectiveGroup = Optional.empty(); // the reader starts every section without a group
        tableHead = null;
        tableOpen = true;
        for (int p = 0; p < segs.size(); p++) {
            int i = segs.get(p);
            Parsed.Segment s = seg(i);
            if (s.type() != Parsed.Type.ENTRY) {
                if (!drop[p]) {
                    citationOr(i);
                    if (s.type() == Parsed.Type.GROUP) {
                        effectiveGroup = labelOf[p];
                    } else if (s.type() == Parsed.Type.TABLE_HEAD) {
                        tableHead = text(i);
                        tableOpen = true;
                    }
                }
                continue;
            }
            int e = s.entry();
            EntryStyle given = parsed.styleOf(i);
            EntryStyle style = given != null ? given : defaultStyle;
            if (e == 0 && !inserts.get(0).isEmpty()) {
                String sep = isGap(segs, p + 1) && isEntry(segs, p + 2) ? text(segs.get(p + 1)) : "";
                if (sep.isEmpty() && style instanceof EntryStyle.Heading) {
                    sep = style.eol(); // a heading entry's last paragraph and the next heading apart
                }
                for (int j : inserts.get(0)) {
                    newBlock();
                    group(after.get(j), style);
                    entry(after.get(j), style, implied);
                    out.append(sep);
                }
            }
            switch (ops[e]) {
                case KEEP -> {
                    group(before.get(e), style);
                    if (style instanceof EntryStyle.TableRow) {
                        reopenTable();
                    }
                    emit(i);
                }
                case REPLACE -> {
                    newBlock();
                    group(after.get(partner[e]), style);
                    entry(after.get(partner[e]), style, implied);
                }
                default -> {
                }
            }
            List<Integer> next = inserts.get(e + 1);
            if (!next.isEmpty()) {
                String sep;
                if (isGap(segs, p + 1) && isEntry(segs, p + 2)) {
                    sep = text(segs.get(p + 1));
                } else if (isGap(segs, p - 1) && isEntry(segs, p - 2)) {
                    sep = text(segs.get(p - 1));
                } else {
                    sep = "";
                }
                int number = style instanceof EntryStyle.Numbered num ? num.number() : 0;
                if (sep.isEmpty() && style instanceof EntryStyle.Heading) {
                    sep = style.eol();
                }
                for (int j : next) {
                    newBlock();
                    out.append(sep);
                    group(after.get(j), style);
                    EntryStyle st = style;
                    if (style instanceof EntryStyle.Numbered num) {
                        number++;
                        st = new EntryStyle.Numbered(num.indent(), number, num.delimiter(), num.afterMarker(),
                                num.linkedName(), num.labelColon(), num.separator(), num.eol());
                    }
                    entry(after.get(j), st, implied);
                }
            }
        }
    }

    /** The header and delimiter rows of the table the section's rows belong to, or null. */
    private String tableHead;
    /** Whether that table is open: false after an entry was written as a list item between its rows. */
    private boolean tableOpen = true;

    /**
     * Writes a new or changed entry in {@code style}. An entry that a row of its table could not give back
     * ({@link EntryRenderer#fitsRow}) is written as a list item between two tables instead: the table is
     * closed before it, and opened again with the same header before the next row.
     */
    private void entry(Entry e, EntryStyle style, Implied implied) {
        if (style instanceof EntryStyle.TableRow row) {
            if (EntryRenderer.fitsRow(e, row, implied.get())) {
                reopenTable();
                out.append(EntryRenderer.render(e, style, implied.get()));
                return;
            }
            blankLine(row.eol());
            out.append(EntryRenderer.render(e, defaultStyle, implied.get())).append(row.eol());
            tableOpen = false;
            return;
        }
        out.append(EntryRenderer.render(e, style, implied.get()));
    }

    private void reopenTable() {
        if (!tableOpen && tableHead != null) {
            blankLine(Lines.ending(tableHead));
            out.append(tableHead);
            tableOpen = true;
        }
    }

    /** Ends the line, then adds a blank line unless the text already ends with one. */
    private void blankLine(String eol) {
        newBlock();
        if (out.length() > 0 && !out.endsWith("\n\n") && !out.endsWith("\r\n\r\n") && !out.endsWith("\r\r")) {
            out.append(eol);
        }
    }

    /** The group the reader would give the next entry here: an {@code Optional<String>}, or {@link #UNKNOWN}. */
    private Object effectiveGroup = Optional.empty();

    /** A group label whose group is not known (no entry follows it in the document as read). */
    private static final Object UNKNOWN = new Object();

    /**
     * The group each group-label segment of a section starts, as the reader read it: the group of the
     * first entry after it, or {@link #UNKNOWN} when another label or the end comes first. One pass.
     */
    private Object[] groupLabels(List<Integer> segs, List<Entry> before) {
        Object[] labelOf = new Object[segs.size()];
        Object next = UNKNOWN;
        for (int p = segs.size() - 1; p >= 0; p--) {
            Parsed.Segment s = seg(segs.get(p));
            if (s.type() == Parsed.Type.ENTRY) {
                next = before.get(s.entry()).group();
            } else if (s.type() == Parsed.Type.GROUP) {
                labelOf[p] = next;
                next = UNKNOWN;
            }
        }
        return labelOf;
    }

    /**
     * Before an entry: when the group the reader would give it here is not its own, a group label (or the
     * end-of-group mark) in a paragraph of its own, as the canonical writer writes one. List styles only:
     * between table rows a label would end the table, and after a heading entry it would make the
     * heading a section.
     */
    private void group(Entry e, EntryStyle style) {
        boolean list = style instanceof EntryStyle.Bullet || style instanceof EntryStyle.Numbered;
        if (effectiveGroup.equals(e.group()) || !list) {
            effectiveGroup = e.group();
            return;
        }
        String eol = style.eol();
        blankLine(eol);
        out.append(e.group().map(g -> Escaping.bold(Escaping.text(g))).orElse(Annotation.END_OF_GROUP))
                .append(eol).append(eol);
        effectiveGroup = e.group();
    }

    private boolean isGap(List<Integer> segs, int p) {
        return p >= 0 && p < segs.size() && seg(segs.get(p)).type() == Parsed.Type.GAP;
    }

    private boolean isEntry(List<Integer> segs, int p) {
        return p >= 0 && p < segs.size() && seg(segs.get(p)).type() == Parsed.Type.ENTRY;
    }

    /**
     * Aligns old and new entries: a longest common subsequence of equal entries is kept; between two
     * kept entries, old and new ones pair up as replacements, the rest of the old ones are deleted
     * and the rest of the new ones inserted after the last kept or replaced old entry.
     */
    private static void plan(List<Entry> before, List<Entry> after, Op[] ops, int[] partner,
            List<List<Integer>> inserts) {
        int n = before.size();
        int m = after.size();
        int prefix = 0;
        while (prefix < n && prefix < m && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && before.get(n - 1 - suffix).equals(after.get(m - 1 - suffix))) {
            suffix++;
        }
        int a = n - prefix - suffix;
        int b = m - prefix - suffix;
        int[][] lcs = new int[a + 1][b + 1];
        for (int i = a - 1; i >= 0; i--) {
            for (int j = b - 1; j >= 0; j--) {
                lcs[i][j] = before.get(prefix + i).equals(after.get(prefix + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> kept = new ArrayList<>();
        for (int k = 0; k < prefix; k++) {
            kept.add(new int[] {k, k});
        }
        int i = 0;
        int j = 0;
        while (i < a && j < b) {
            if (before.get(prefix + i).equals(after.get(prefix + j))) {
                kept.add(new int[] {prefix + i, prefix + j});
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        for (int k = 0; k < suffix; k++) {
            kept.add(new int[] {n - suffix + k, m - suffix + k});
        }
        kept.add(new int[] {n, m}); // sentinel
        int lastOld = -1;
        int lastNew = -1;
        for (int[] anchor : kept) {
            int oldFrom = lastOld + 1;
            int newFrom = lastNew + 1;
            int oldCount = anchor[0] - oldFrom;
            int newCount = anchor[1] - newFrom;
            int pairs = Math.min(oldCount, newCount);
            for (int k = 0; k < pairs; k++) {
                ops[oldFrom + k] = Op.REPLACE;
                partner[oldFrom + k] = newFrom + k;
            }
            for (int k = pairs; k < oldCount; k++) {
                ops[oldFrom + k] = Op.DELETE;
            }
            int attach = pairs > 0 ? oldFrom + pairs - 1 : lastOld;
            for (int k = pairs; k < newCount; k++) {
                inserts.get(attach + 1).add(newFrom + k);
            }
            if (anchor[0] < n) {
                ops[anchor[0]] = Op.KEEP;
                partner[anchor[0]] = anchor[1];
            }
            lastOld = anchor[0];
            lastNew = anchor[1];
        }
    }
}
