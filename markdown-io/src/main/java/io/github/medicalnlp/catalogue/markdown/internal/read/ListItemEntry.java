package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.markdown.internal.Segments;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * Reads a list item as an entry, for the three list shapes: its first paragraph is the head
 * ({@link EntryParts#head}), the rest its body. The style is worked out from the text only when the
 * document is edited.
 */
final class ListItemEntry {

    private ListItemEntry() {
    }

    /** Whether an item's first paragraph starts with a link: {@code - [Name](url) …}. */
    static boolean startsWithLink(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p)) {
            return false;
        }
        Node first = p.getFirstChild();
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        return first instanceof Link;
    }

    /** Reads the item of unit {@code at}; -1, after a warning, when it has no head paragraph or no name. */
    static int read(Reading r, Unit u, ListItem item) {
        Node head = item.getFirstChild();
        if (!(head instanceof Paragraph)) {
            return -1;
        }
        Draft d = new Draft();
        r.parts.head(d, (Paragraph) head);
        for (Node c = head.getNext(); c != null; c = c.getNext()) {
            r.parts.body(d, c);
        }
        if (d.name == null || d.name.isBlank()) {
            r.src.warn(r.src.offsetOf(item), "unnamed-entry", "a list item without a name is kept as written, not as an entry");
            return -1;
        }
        r.entry(u.first(), u.last(), d, r.src.offsetOf(item), null,
                item.getParent() instanceof OrderedList ? Segments.NUMBERED : Segments.BULLET);
        return 0;
    }
}
