package io.github.medicalnlp.catalogue.markdown.internal.read;

import java.util.List;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;

/** A bullet whose head is the name, with child bullets {@code label：value} and star badges under
 * it (the seed's shape): {@code * Name}, then {@code   * 论文：https://…}. */
final class LabelBulletEntries implements EntryRecogniser {

    @Override
    public int read(Reading r, List<Unit> units, int at) {
        Unit u = units.get(at);
        if (u.block() instanceof ListItem item && !(item.getParent() instanceof OrderedList) && !ListItemEntry.startsWithLink(item)) {
            return ListItemEntry.read(r, u, item) < 0 ? -1 : at;
        }
        return -1;
    }
}
