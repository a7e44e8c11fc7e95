package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Renders an edited catalogue into the text of the document it was read from, rewriting only what
 * changed: every segment whose part of the catalogue is unchanged keeps its bytes; new and changed
 * entries are written in the style of their neighbours; removed ones take their lines with them.
 *
 * <p>The parts: {@link PreludeRenderer} writes what comes before the first section, {@link SectionMatch}
 * tells which section as read each edited section is, {@link EntryAlignment} what becomes of each entry
 * of a section, and {@link EntryPlacement} puts entries among its groups and tables.
 */
public final class EditRenderer {

    private final EditText t;
    private final Parsed parsed;
    private final Catalogue edited;
    private final Output out;
    private final SectionMatch match;
    private final List<List<Integer>> segmentsOf = new ArrayList<>();
    private final List<Integer> prelude = new ArrayList<>();
    /** The depth-first index of the next edited section {@link #section} writes. */
    private int nextNew;
    private boolean hasCitationSegment;
    private final EntryStyle defaultStyle;
    private final EntryPlacement placement;

    private EditRenderer(Parsed parsed, Catalogue edited) {
        this.t = new EditText(parsed, edited);
        this.parsed = parsed;
        this.edited = edited;
        this.out = t.out;
        this.match = new SectionMatch(parsed.catalogue().sections(), edited.sections());
        for (int i = 0; i < match.oldSections.size(); i++) {
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
        this.placement = new EntryPlacement(t, defaultStyle);
    }

    /** The text of {@code parsed} with {@code edited} in place of the catalogue it holds, as pieces. */
    public static Output render(Parsed parsed, Catalogue edited) {
        return new EditRenderer(parsed, edited).run();
    }

    private Output run() {
        new PreludeRenderer(t, prelude).write();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < edited.sections().size(); i++) {
            section(edited.sections().get(i), 0, titles);
        }
        if (edited.citation().isPresent() && !hasCitationSegment) {
            t.newBlock();
            out.append("\n```bibtex\n").append(edited.citation().get()).append("\n```\n");
        }
        return out;
    }

    private static <T> List<T> append(List<T> list, T x) {
        List<T> copy = new ArrayList<>(list);
        copy.add(x);
        return copy;
    }

    // ------------------------------------------------------------------ sections

    private void section(Section s, int parentLevel, List<String> parentTitles) {
        List<String> titles = append(parentTitles, s.title());
        Implied implied = new Implied(titles);
        int o = match.matchOfNew[nextNew++];
        int level;
        if (o >= 0) {
            Parsed.SectionInfo info = parsed.sections().get(o);
            level = info.level();
            Section before = match.oldSections.get(o);
            t.newBlock();
            if (before.number().equals(s.number()) && before.title().equals(s.title())) {
                t.emit(info.heading());
            } else {
                out.append("#".repeat(level)).append(' ')
                        .append(CanonicalRenderer.sectionHeadingMarkdown(s, CanonicalRenderer.headingText(s, new HashMap<>())))
                        .append(info.suffix().isBlank() ? info.suffix() : EditText.eol(info.suffix()));
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
            t.newBlock();
            if (out.length() > 0 && !t.endsWithBlankLine()) {
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

    private void body(int sectionIndex, List<Entry> before, List<Entry> after, Implied implied, boolean fragile) {
        List<Integer> segs = segmentsOf.get(sectionIndex);
        if (before.equals(after)) { // the usual case when one entry elsewhere was edited: every segment as read
            for (int i : segs) {
                t.citationOr(i);
            }
            return;
        }
        if (after.isEmpty() || fragile) {
            // what is left under the heading must not make the reader take it for an entry
            t.newBlock();
            out.append(Annotation.SECTION).append(Lines.ending(parsed.text()));
        }
        EntryAlignment plan = new EntryAlignment(before, after);
        if (before.isEmpty()) {
            emptySection(segs, after, plan.inserts.get(0), implied);
            return;
        }
        int n = before.size();
        int[] entrySeg = new int[n];
        for (int p = 0; p < segs.size(); p++) {
            Parsed.Segment s = t.seg(segs.get(p));
            if (s.type() == Parsed.Type.ENTRY) {
                entrySeg[s.entry()] = p;
            }
        }
        boolean[] drop = new boolean[segs.size()];
        for (int e = 0; e < n; e++) {
            if (plan.ops[e] != EntryAlignment.Op.DELETE) {
                continue;
            }
            int p = entrySeg[e];
            if (isGap(segs, p + 1) && isEntry(segs, p + 2)) {
                drop[p + 1] = true;
            } else if (isGap(segs, p - 1) && isEntry(segs, p - 2)) {
                drop[p - 1] = true;
            }
        }
        Object[] labelOf = placement.groupLabels(segs, before);
        placement.startSection();
        int hoist = hoistedInserts(segs, entrySeg[0], labelOf, after, plan.inserts.get(0));
        dropEmptiedLabels(segs, plan, drop, hoist);
        for (int p = 0; p < segs.size(); p++) {
            int i = segs.get(p);
            Parsed.Segment s = t.seg(i);
            if (p == hoist) {
                writeHoisted(segs, p, entrySeg[0], after, plan.inserts.get(0), implied);
            }
            if (s.type() != Parsed.Type.ENTRY) {
                if (!drop[p]) {
                    t.citationOr(i);
                    if (s.type() == Parsed.Type.GROUP) {
                        placement.groupLabel(labelOf[p]);
                    } else if (s.type() == Parsed.Type.TABLE_HEAD) {
                        placement.tableHead(t.text(i));
                    }
                }
                continue;
            }
            int e = s.entry();
            EntryStyle given = parsed.styleOf(i);
            EntryStyle style = given != null ? given : defaultStyle;
            if (e == 0 && !plan.inserts.get(0).isEmpty() && hoist < 0) {
                String sep = isGap(segs, p + 1) && isEntry(segs, p + 2) ? t.text(segs.get(p + 1)) : "";
                if (sep.isEmpty() && EntryRenderer.isParagraphs(style)) {
                    sep = style.eol(); // a paragraph entry's last paragraph and the next entry apart
                }
                for (int j : plan.inserts.get(0)) {
                    t.newBlock();
                    placement.write(after.get(j), style, implied.get());
                    out.append(sep);
                }
            }
            switch (plan.ops[e]) {
                case KEEP -> placement.keep(before.get(e), style, i, implied::get);
                case REPLACE -> {
                    t.newBlock();
                    placement.write(after.get(plan.partner[e]), style, implied.get());
                }
                default -> {
                }
            }
            List<Integer> next = plan.inserts.get(e + 1);
            if (!next.isEmpty()) {
                String sep;
                if (isGap(segs, p + 1) && isEntry(segs, p + 2)) {
                    sep = t.text(segs.get(p + 1));
                } else if (isGap(segs, p - 1) && isEntry(segs, p - 2)) {
                    sep = t.text(segs.get(p - 1));
                } else {
                    sep = "";
                }
                int number = style instanceof EntryStyle.Numbered num ? num.number() : 0;
                if (sep.isEmpty() && EntryRenderer.isParagraphs(style)) {
                    sep = style.eol();
                }
                for (int j : next) {
                    t.newBlock();
                    out.append(sep);
                    EntryStyle st = style;
                    if (style instanceof EntryStyle.Numbered num) {
                        number++;
                        st = new EntryStyle.Numbered(num.indent(), number, num.delimiter(), num.afterMarker(),
                                num.linkedName(), num.labelColon(), num.separator(), num.eol());
                    }
                    placement.write(after.get(j), st, implied.get());
                }
            }
        }
    }

    /**
     * Where entries added before the first entry of a section are written when that entry stands under a group
     * label and the first of them is not in its group: before the label (the segment returned), in no group as
     * every section starts, rather than after it with the end-of-group mark or another label under a label
     * that then labels nothing. -1 to write them before the first entry.
     */
    private int hoistedInserts(List<Integer> segs, int firstEntry, Object[] labelOf, List<Entry> after,
            List<Integer> inserts) {
        if (inserts.isEmpty()) {
            return -1;
        }
        for (int p = 0; p < firstEntry; p++) {
            if (t.seg(segs.get(p)).type() == Parsed.Type.GROUP) {
                return after.get(inserts.get(0)).group().equals(labelOf[p]) ? -1 : p;
            }
        }
        return -1;
    }

    /**
     * Writes the entries added before the first entry at the group label {@code at} before it, in the style of
     * the first entry; rows in a table of their own, with the header of the first entry's table.
     */
    private void writeHoisted(List<Integer> segs, int at, int firstEntry, List<Entry> after, List<Integer> inserts,
            Implied implied) {
        EntryStyle given = parsed.styleOf(segs.get(firstEntry));
        EntryStyle style = given != null ? given : defaultStyle;
        for (int p = at; p < firstEntry; p++) {
            if (t.seg(segs.get(p)).type() == Parsed.Type.TABLE_HEAD) {
                placement.closedTableHead(t.text(segs.get(p)));
            }
        }
        for (int k = 0; k < inserts.size(); k++) {
            t.newBlock();
            if (k > 0 && EntryRenderer.isParagraphs(style)) {
                t.blankLine(style.eol());
            }
            placement.write(after.get(inserts.get(k)), style, implied.get());
        }
        t.blankLine(style.eol());
    }

    /**
     * Marks for dropping, with the blank lines after it, a bold group label whose list items, rows or link
     * paragraphs were all removed and that now stands over nothing the reader reads a label over: over entries
     * written under a bold name, it would be read as one of them (those entries get their group from their
     * annotation instead, {@link EntryPlacement#keep}).
     */
    private void dropEmptiedLabels(List<Integer> segs, EntryAlignment plan, boolean[] drop, int hoist) {
        for (int p = 0; p < segs.size(); p++) {
            if (t.seg(segs.get(p)).type() != Parsed.Type.GROUP || Annotation.isEndOfGroup(t.text(segs.get(p)))) {
                continue;
            }
            boolean removed = false;
            boolean labels = false;
            for (int q = p + 1; q < segs.size() && t.seg(segs.get(q)).type() != Parsed.Type.GROUP; q++) {
                Parsed.Segment x = t.seg(segs.get(q));
                if (x.type() != Parsed.Type.ENTRY) {
                    continue;
                }
                int e = x.entry();
                EntryStyle given = parsed.styleOf(segs.get(q));
                boolean labelled = !EntryRenderer.carriesGroup(given != null ? given : defaultStyle);
                removed |= plan.ops[e] == EntryAlignment.Op.DELETE;
                labels |= labelled && (plan.ops[e] != EntryAlignment.Op.DELETE || !plan.inserts.get(e + 1).isEmpty()
                        || (e == 0 && hoist < 0 && !plan.inserts.get(0).isEmpty()));
            }
            if (removed && !labels) {
                drop[p] = true;
                for (int g = p + 1; isGap(segs, g); g++) {
                    drop[g] = true;
                }
            }
        }
    }

    /** A section without entries as read: new entries after the leading blank lines, before the rest. */
    private void emptySection(List<Integer> segs, List<Entry> after, List<Integer> inserts, Implied implied) {
        int end = segs.size();
        while (end > 0 && isGap(segs, end - 1)) {
            end--;
        }
        boolean label = false; // a group label without entries: the reader would put new entries in its group
        for (int q = 0; q < end; q++) {
            t.citationOr(segs.get(q));
            label |= t.seg(segs.get(q)).type() == Parsed.Type.GROUP;
        }
        if (!inserts.isEmpty()) {
            t.newBlock();
            if (!t.endsWithBlankLine()) {
                out.append('\n');
            }
            List<Entry> fresh = new ArrayList<>();
            for (int j : inserts) {
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
            t.emit(segs.get(q));
        }
    }

    private boolean isGap(List<Integer> segs, int p) {
        return p >= 0 && p < segs.size() && t.seg(segs.get(p)).type() == Parsed.Type.GAP;
    }

    private boolean isEntry(List<Integer> segs, int p) {
        return p >= 0 && p < segs.size() && t.seg(segs.get(p)).type() == Parsed.Type.ENTRY;
    }
}
