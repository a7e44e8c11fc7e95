package io.github.medicalnlp.catalogue.markdown.internal.read;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * A run of whole lines and the block on them: a top-level block, one item of a top-level list, the head
 * of a table or one of its rows; the block is null for blank lines and for lines no block claims.
 * Recognisers claim runs of units; every line of the text is in exactly one unit.
 *
 * @param first the first line
 * @param last the last line
 * @param block the block, or null
 * @param container the list or table of an item or row, otherwise null
 */
record Unit(int first, int last, Node block, Node container) {

    /** The units of a document, in order, covering every line. */
    static List<Unit> of(Node document, Source src) {
        List<Unit> units = new ArrayList<>();
        int next = 0;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            int[] r = src.range(block);
            if (r == null || r[0] < next) {
                continue; // a node without spans, or one inside lines already taken: its lines stay in a gap
            }
            if (r[0] > next) {
                units.add(new Unit(next, r[0] - 1, null, null));
            }
            if (block instanceof ListBlock list) {
                next = items(list, r, units, src);
            } else if (block instanceof TableBlock table) {
                next = rows(table, r, units, src);
            } else {
                units.add(new Unit(r[0], r[1], block, null));
                next = r[1] + 1;
            }
        }
        if (next < src.lineCount()) {
            units.add(new Unit(next, src.lineCount() - 1, null, null));
        }
        return units;
    }

    private static int items(ListBlock list, int[] whole, List<Unit> units, Source src) {
        int next = whole[0];
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            int[] r = src.range(item);
            if (r == null || r[0] < next) {
                continue;
            }
            if (r[0] > next) {
                units.add(new Unit(next, r[0] - 1, null, null));
            }
            units.add(new Unit(r[0], r[1], item, list));
            next = r[1] + 1;
        }
        if (next <= whole[1]) {
            units.add(new Unit(next, whole[1], null, null));
        }
        return whole[1] + 1;
    }

    private static int rows(TableBlock table, int[] whole, List<Unit> units, Source src) {
        Node body = null;
        for (Node c = table.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableBody) {
                body = c;
            }
        }
        int firstRow = whole[1] + 1;
        if (body != null) {
            int[] br = src.range(body);
            if (br != null) {
                firstRow = br[0];
            }
        }
        units.add(new Unit(whole[0], firstRow - 1, table, null));
        int next = firstRow;
        if (body != null) {
            for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                int[] r = src.range(row);
                if (r == null || r[0] < next) {
                    continue;
                }
                units.add(new Unit(r[0], r[1], row, table));
                next = r[1] + 1;
            }
        }
        if (next <= whole[1]) {
            units.add(new Unit(next, whole[1], null, null));
        }
        return whole[1] + 1;
    }
}
