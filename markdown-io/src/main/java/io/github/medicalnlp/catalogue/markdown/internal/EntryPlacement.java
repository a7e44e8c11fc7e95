package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Entry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
    /**
     * Where the list item written last ends ({@link Output#inkEnd}), -1 when none was in this section: while
     * nothing but blank lines follows it, a list item written next continues its list.
     */
    private int itemEnd = -1;
    /** Whether this writer wrote a group label (or end-of-group mark) after the entry written last. */
    private boolean freshLabel;

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
        itemEnd = -1;
        freshLabel = false;
    }

    /** Whether a list item written now continues the list of the one written before it. */
    private boolean continuesList() {
        return itemEnd >= 0 && out.inkEnd() == itemEnd;
    }

    /** After an entry in {@code style} was written: a list item ends where it ends; anything else ends no list. */
    private void wrote(EntryStyle style) {
        itemEnd = style instanceof EntryStyle.Bullet || style instanceof EntryStyle.Numbered ? out.inkEnd() : -1;
        freshLabel = false;
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

    /**
     * The header and delimiter rows of a table as read, not yet written: the next row written opens a table
     * with them.
     */
    void closedTableHead(String head) {
        tableHead = head;
        tableOpen = false;
    }

    /**
     * Writes an entry as read, segment {@code segment}, in its group and table. An entry that gives its group in
     * its annotation ({@link EntryRenderer#carriesGroup}) and would now be read in another group keeps its bytes
     * and gets an annotation after them that gives its group (the last annotation of an entry is the one read).
     * A bullet that now comes first in its list, after a label this writer wrote or where another item came
     * before it as read, is written anew when its line may start as {@code label：value}
     * ({@link #leadsAnew}); {@code implied} is the metadata its headings imply, asked only then.
     */
    void keep(Entry e, EntryStyle style, int segment, Supplier<Annotation.Metadata> implied) {
        if (style instanceof EntryStyle.TableRow row) {
            rowGroup(e, row);
            t.emit(segment);
            wrote(style);
            return;
        }
        if (EntryRenderer.carriesGroup(style)) {
            t.emit(segment);
            if (!effectiveGroup.equals(e.group()) && !Annotation.givesGroup(t.text(segment))) {
                t.newBlock();
                out.append(style.eol()).append(EntryText.noteWithGroup(e)).append(style.eol());
            }
            wrote(style);
            return;
        }
        group(e, style);
        if (style instanceof EntryStyle.Bullet && leadsAnew(segment)) {
            t.newBlock();
            out.append(EntryRenderer.render(e, style, implied.get(), false, true));
        } else {
            t.emit(segment);
        }
        wrote(style);
    }

    /**
     * Whether the list item of {@code segment}, kept, would now be the first of its list where it was not
     * (the items before it removed, or a label written before it) and its line may start as
     * {@code label：value}: the reader would then take the list for the body of an entry under the bold line or
     * heading before it ({@link EntryText#itemName}).
     */
    private boolean leadsAnew(int segment) {
        if (continuesList() || !EntryText.mayStartAsLabel(stripMarker(t.text(segment)))) {
            return false;
        }
        if (freshLabel) {
            return true;
        }
        Parsed.Segment s = t.seg(segment);
        for (int k = segment - 1; k >= 0; k--) { // as read: after another item of its section?
            Parsed.Segment before = t.seg(k);
            if (before.type() != Parsed.Type.GAP) {
                return before.type() == Parsed.Type.ENTRY && before.section() == s.section();
            }
        }
        return false;
    }

    /** A list item's text after its indent and bullet marker. */
    private static String stripMarker(String item) {
        int k = 0;
        while (k < item.length() && (item.charAt(k) == ' ' || item.charAt(k) == '\t')) {
            k++;
        }
        return k < item.length() && "*-+".indexOf(item.charAt(k)) >= 0 ? item.substring(k + 1) : item;
    }

    /**
     * Writes a new or changed entry in {@code style}, in its group. An entry that a row of its table could not
     * give back ({@link EntryRenderer#fitsRow}) is written as a list item between two tables instead: the table
     * is closed before it, and opened again with the same header before the next row. An entry written as
     * paragraphs under its name gives its group in its annotation when the group in effect is not its own.
     */
    void write(Entry e, EntryStyle style, Annotation.Metadata implied) {
        if (style instanceof EntryStyle.TableRow row) {
            if (tableHead != null && EntryRenderer.fitsRow(e, row, implied)) {
                rowGroup(e, row);
                out.append(EntryRenderer.render(e, style, implied));
                wrote(style);
                return;
            }
            t.blankLine(row.eol());
            group(e, listStyle);
            out.append(EntryRenderer.render(e, listStyle, implied, false, !continuesList())).append(row.eol());
            tableOpen = false;
            wrote(listStyle);
            return;
        }
        if (EntryRenderer.carriesGroup(style)) {
            out.append(EntryRenderer.render(e, style, implied, !effectiveGroup.equals(e.group())));
            wrote(style);
            return;
        }
        group(e, style);
        out.append(EntryRenderer.render(e, style, implied, false, !continuesList()));
        wrote(style);
    }

    /**
     * Before a row: when the group in effect is not its own, the table closed (a blank line), the group label
     * or end-of-group mark, and the table opened again with its header; otherwise the table opened again if an
     * entry written as a list item closed it.
     */
    private void rowGroup(Entry e, EntryStyle.TableRow row) {
        if (effectiveGroup.equals(e.group()) || tableHead == null) {
            effectiveGroup = e.group();
            reopenTable();
            return;
        }
        t.blankLine(row.eol());
        out.append(label(e)).append(row.eol()).append(row.eol()).append(tableHead);
        tableOpen = true;
        effectiveGroup = e.group();
    }

    private void reopenTable() {
        if (!tableOpen && tableHead != null) {
            t.blankLine(Lines.ending(tableHead));
            out.append(tableHead);
            tableOpen = true;
        }
    }

    /**
     * The group each group-label segment of a section starts, as the reader read it: none after the
     * end-of-group mark; after a label, the group of the first entry after it that takes the group in effect
     * (not one whose annotation gives its own), or {@link #UNKNOWN} when another label or the end comes first.
     * One pass.
     */
    Object[] groupLabels(List<Integer> segs, List<Entry> before) {
        Object[] labelOf = new Object[segs.size()];
        Object next = UNKNOWN;
        for (int p = segs.size() - 1; p >= 0; p--) {
            Parsed.Segment s = t.seg(segs.get(p));
            if (s.type() == Parsed.Type.ENTRY) {
                if (!Annotation.givesGroup(t.text(segs.get(p)))) {
                    next = before.get(s.entry()).group();
                }
            } else if (s.type() == Parsed.Type.GROUP) {
                labelOf[p] = Annotation.isEndOfGroup(t.text(segs.get(p))) ? Optional.empty() : next;
                next = UNKNOWN;
            }
        }
        return labelOf;
    }

    /**
     * Before a list item or a link paragraph: when the group the reader would give it here is not its own, a
     * group label (or the end-of-group mark) in a paragraph of its own, as the canonical writer writes one. The
     * reader reads a bold line as a label over the list items, table rows and link paragraphs under it.
     */
    private void group(Entry e, EntryStyle style) {
        if (effectiveGroup.equals(e.group())) {
            return;
        }
        String eol = style.eol();
        t.blankLine(eol);
        out.append(label(e)).append(eol).append(eol);
        effectiveGroup = e.group();
        freshLabel = true;
    }

    /** The group label of an entry's group, or the end-of-group mark when it is in none. */
    private static String label(Entry e) {
        return e.group().map(g -> Escaping.bold(Escaping.text(g))).orElse(Annotation.END_OF_GROUP);
    }
}
