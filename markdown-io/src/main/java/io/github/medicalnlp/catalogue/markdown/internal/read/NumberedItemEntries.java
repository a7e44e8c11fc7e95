package io.github.medicalnlp.catalogue.markdown.internal.read;

import java.util.List;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;

/** An item of a numbered list: {@code 1. name 论文地址：url}, or {@code 1. [name](url)}. */
final class NumberedItemEntries implements EntryRecogniser {

    @Override
    public int read(Reading r, List<Unit> units, int at) {
        Unit u = units.get(at);
        if (u.block() instanceof ListItem item && item.getParent() instanceof OrderedList) {
            return ListItemEntry.read(r, u, item) < 0 ? -1 : at;
        }
        return -1;
    }
}
