package io.github.medicalnlp.catalogue.markdown.internal.read;

import java.util.List;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;

/** A classic awesome-list item: {@code - [Name](url) - Description.}, or {@code - [Name](<url>) text}. */
final class ClassicItemEntries implements EntryRecogniser {

    @Override
    public int read(Reading r, List<Unit> units, int at) {
        Unit u = units.get(at);
        if (u.block() instanceof ListItem item && !(item.getParent() instanceof OrderedList) && ListItemEntry.startsWithLink(item)) {
            return ListItemEntry.read(r, u, item) < 0 ? -1 : at;
        }
        return -1;
    }
}
