package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.Segments;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * An entry written as a paragraph that is only its bold name, then paragraphs up to the next such name or
 * heading (the papers of the 2020 and 2023 lists):
 * <pre>
 * **Bio-bert**
 *
 * [论文地址](https://…)
 *
 * 论文概要：…
 * </pre>
 * The body is read as a heading entry's is. A bold paragraph followed by list items or a table is a group
 * label, not an entry; so is one followed by nothing before the next heading.
 */
final class BoldTitleEntries implements EntryRecogniser {

    /** For each unit, once decided: 1 an empty bold line that is an entry, 2 one that is a group label. */
    private byte[] decided = new byte[0];

    @Override
    public void prepare(Reading r, List<Unit> units) {
        decided = new byte[units.size()];
    }

    @Override
    public int read(Reading r, List<Unit> units, int at) {
        if (!(units.get(at).block() instanceof Paragraph title) || !r.inline.isBoldLine(title)) {
            return -1;
        }
        int[] extent = extent(r, units, at);
        if (extent == null) {
            return -1;
        }
        int end = extent[0];
        int lastContent = extent[1];
        Draft d = new Draft();
        d.name = r.inline.plain(title).strip();
        for (int j = at + 1; j <= lastContent; j++) {
            Node b = units.get(j).block();
            if (b instanceof ListItem item) {
                for (Node x = item.getFirstChild(); x != null; x = x.getNext()) {
                    if (x instanceof Paragraph p) {
                        r.parts.child(d, p);
                    } else {
                        r.parts.body(d, x);
                    }
                }
            } else if (b != null) {
                r.parts.body(d, b);
            }
        }
        Unit head = units.get(at);
        String written = r.src.lines(head.first(), units.get(lastContent).last());
        String colon = written.indexOf('：') >= 0 || written.indexOf(':') < 0 ? "：" : ":";
        r.entry(head.first(), units.get(lastContent).last(), d, r.src.offsetOf(title),
                new EntryStyle.BoldTitle(colon, r.src.eol(r.src.lines(head.first(), head.last()))), Segments.GIVEN);
        for (int j = lastContent + 1; j <= end; j++) {
            r.segment(units.get(j), Parsed.Type.GAP);
        }
        return end;
    }

    /**
     * How far the entry under the bold line at {@code at} goes: {end, last unit with content}; null when
     * the line is a group label: followed by list items or a table, or by nothing but an empty bold line
     * or heading. A run of bold lines without bodies is decided by the first one after it that has a body.
     */
    private int[] extent(Reading r, List<Unit> units, int at) {
        int[] first = null;
        List<Integer> empty = new java.util.ArrayList<>();
        if (decided[at] == 2) {
            return null;
        }
        for (int title = at; ; ) {
            if (title != at && decided[title] != 0) {
                return decide(empty, decided[title] == 1, first);
            }
            int end = title;
            int lastContent = title;
            int j = title + 1;
            for (; j < units.size(); j++) {
                Node b = units.get(j).block();
                if (b instanceof Heading || (b instanceof Paragraph p && r.inline.isBoldLine(p))) {
                    break;
                }
                if (b instanceof TableBlock || b instanceof TableRow || (b instanceof ListItem item
                        && !(item.getFirstChild() instanceof Paragraph p && isLabelled(r, p)))) {
                    return decide(empty, false, first); // a group label over list or table entries
                }
                end = j;
                if (b != null) {
                    lastContent = j;
                }
            }
            if (first == null) {
                first = new int[] {end, lastContent};
            }
            if (lastContent > title) {
                return decide(empty, true, first); // the first bold line after empty ones has a body: all entries
            }
            empty.add(title);
            if (j >= units.size() || !(units.get(j).block() instanceof Paragraph)) {
                return decide(empty, false, first); // nothing under it up to a heading: a group label
            }
            title = j;
        }
    }

    /** Records the decision for a run of empty bold lines, so that each is looked at once. */
    private int[] decide(List<Integer> empty, boolean entries, int[] first) {
        for (int k : empty) {
            decided[k] = (byte) (entries ? 1 : 2);
        }
        return entries ? first : null;
    }

    /** Whether a list item's first paragraph is {@code label：value}, part of an entry's body. */
    private static boolean isLabelled(Reading r, Paragraph p) {
        return EntryParts.isLabelWithValue(r.src.source(p).strip());
    }
}
