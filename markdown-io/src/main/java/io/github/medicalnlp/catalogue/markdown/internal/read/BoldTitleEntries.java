package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.markdown.internal.Annotation;
import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.Labels;
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
        List<Inline.InlineLink> titleLinks = new java.util.ArrayList<>();
        d.name = r.inline.plain(title, titleLinks).strip();
        r.parts.titleLinks(d, titleLinks); // a linked name (**[BioBERT](url)**) is the homepage
        r.parts.bodyOf(d, units, at + 1, lastContent);
        Unit head = units.get(at);
        String eol = r.src.eol(r.src.lines(head.first(), head.last()));
        return r.bodyEntry(units, at, lastContent, end, d, r.src.offsetOf(title), colon -> new EntryStyle.BoldTitle(colon, eol));
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
            boolean content = false;
            int j = title + 1;
            for (; j < units.size(); j++) {
                Node b = units.get(j).block();
                if (b instanceof Heading || (b instanceof Paragraph p && r.inline.isBoldLine(p))) {
                    break;
                }
                if (startsEntries(r, b)) {
                    if (content) {
                        break; // an entry with a body, then entries of another shape
                    }
                    return decide(empty, false, first); // a group label over list, table or link-paragraph entries
                }
                end = j;
                if (b != null) {
                    lastContent = j;
                    content |= isContent(r, b);
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

    /**
     * Whether a block starts entries of another shape, which end a bold-title entry's body: a numbered
     * item, a bullet that is not {@code label：value}, a table, a paragraph that starts with a linked name,
     * the end-of-group or section mark.
     */
    private static boolean startsEntries(Reading r, Node b) {
        return b instanceof TableBlock || b instanceof TableRow
                || (b instanceof org.commonmark.node.HtmlBlock html && (Annotation.isEndOfGroup(html.getLiteral())
                        || Annotation.isSection(html.getLiteral())))
                || (b instanceof ListItem item && (item.getParent() instanceof org.commonmark.node.OrderedList
                        || !(item.getFirstChild() instanceof Paragraph p && isLabelled(r, p))))
                || (b instanceof Paragraph p && LinkParagraphEntries.startsWithNamedLink(r, p));
    }

    /**
     * Whether a block is what an entry's body holds, as a group label's text never does: a link, an
     * address, {@code label：value} (or a label whose value follows), a quote, an annotation.
     */
    private static boolean isContent(Reading r, Node b) {
        if (b instanceof Paragraph p) {
            String raw = r.src.source(p).strip();
            return r.inline.hasLink(p) || raw.startsWith("http") || Labels.read(raw) != null;
        }
        return b instanceof ListItem || b instanceof org.commonmark.node.BlockQuote
                || (b instanceof org.commonmark.node.HtmlBlock html && Annotation.isReadable(html.getLiteral()));
    }

    /** Whether a list item's first paragraph is {@code label：value}, part of an entry's body. */
    private static boolean isLabelled(Reading r, Paragraph p) {
        return LabelText.isLabelWithValue(r.src.source(p).strip());
    }
}
