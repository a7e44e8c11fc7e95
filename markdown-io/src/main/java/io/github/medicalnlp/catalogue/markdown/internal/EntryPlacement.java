package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Entry;
import java.util.List;
import java.util.Optional;

/**
 * Places entries, kept or written anew, among the groups and tables of a section as read: a group label
 * before an entry that the reader would otherwise put in the wrong group, and a table closed before an
 * entry that a row cannot hold and opened again after it. One instance per edit; its state is that of the
 * section being written.
 */
final class EntryPlacement {

    /** A group label whose group is not known (no entry follows it in the document as read). */
    static final Object UNKNOWN = new Object();

    private final EditText t;
    private final Output out;
    /** The style of an entry that a table row cannot hold. */
    private final EntryStyle listStyle;
    /** The header and delimiter rows of the table the section's rows belong to, or null. */
    private String tableHead;
    /** Whether that table is open: false after an entry was written as a list item between its rows. */
    private boolean tableOpen = true;
    /** The group the reader would give the next entry here: an {@code Optional<String>}, or {@link #UNKNOWN}. */
    private Object effectiveGroup = Optional.empty();

    EntryPlacement(EditText t, EntryStyle listStyle) {
        this.t = t;
        this.out = t.out;
        this.listStyle = listStyle;
    }

    /** Starts the entries of a section: the reader starts every section without a group or table. */
    void startSection() {
        effectiveGroup = Optional.empty();
        tableHead = null;
        tableOpen = true;
    }

    /** A group label as read was written: the entries after it are in {@code group} ({@link #groupLabels}). */
    void groupLabel(Object group) {
        effectiveGroup = group;
    }

    /** The header and delimiter rows of a table as read were written. */
    void tableHead(String head) {
        tableHead = head;
        tableOpen = true;
    }

    /** Writes an entry as read, segment {@code segment}, in its group and table. */
    void keep(Entry e, EntryStyle style, int segment) {
        group(e, style);
        if (style instanceof EntryStyle.TableRow) {
            reopenTable();
        }
        t.emit(segment);
    }

    /**
     * Writes a new or changed entry in {@code style}, in its group. An entry that a row of its table could not
     * give back ({@link EntryRenderer#fitsRow}) is written as a list item between two tables instead: the table
     * is closed before it, and opened again with the same header before the next row.
     */
    void write(Entry e, EntryStyle style, Annotation.Metadata implied) {
        group(e, style);
        if (style instanceof EntryStyle.TableRow row) {
            if (EntryRenderer.fitsRow(e, row, implied)) {
                reopenTable();
                out.append(EntryRenderer.render(e, style, implied));
                return;
            }
            t.blankLine(row.eol());
            out.append(EntryRenderer.render(e, listStyle, implied)).append(row.eol());
            tableOpen = false;
            return;
        }
        out.append(EntryRenderer.render(e, style, implied));
    }

    private void reopenTable() {
        if (!tableOpen && tableHead != null) {
            t.blankLine(Lines.ending(tableHead));
            out.append(tableHead);
            tableOpen = true;
        }
    }

    /**
     * The group each group-label segment of a section starts, as the reader read it: the group of the
     * first entry after it, or {@link #UNKNOWN} when another label or the end comes first. One pass.
     */
    Object[] groupLabels(List<Integer> segs, List<Entry> before) {
        Object[] labelOf = new Object[segs.size()];
        Object next = UNKNOWN;
        for (int p = segs.size() - 1; p >= 0; p--) {
            Parsed.Segment s = t.seg(segs.get(p));
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
     * between table rows a label would end the table, and after an entry written as paragraphs it would be
     * read as part of it (after a heading entry it would make the heading a section).
     */
    private void group(Entry e, EntryStyle style) {
        boolean list = style instanceof EntryStyle.Bullet || style instanceof EntryStyle.Numbered;
        if (effectiveGroup.equals(e.group()) || !list) {
            effectiveGroup = e.group();
            return;
        }
        String eol = style.eol();
        t.blankLine(eol);
        out.append(e.group().map(g -> Escaping.bold(Escaping.text(g))).orElse(Annotation.END_OF_GROUP))
                .append(eol).append(eol);
        effectiveGroup = e.group();
    }
}
