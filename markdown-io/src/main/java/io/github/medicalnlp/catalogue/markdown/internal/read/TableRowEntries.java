package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.Inference;
import io.github.medicalnlp.catalogue.markdown.internal.Segments;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.Node;

/**
 * A row of a GFM table whose first column names the entry (the lists from 2024-11-26 on): the links of
 * the first cell are the homepage, the links of the other cells take the role their column's header
 * implies, and the rest of each cell is a field labelled with the header.
 */
final class TableRowEntries implements EntryRecogniser {

    /** The header texts of each table, worked out once per table rather than once per row. */
    private final Map<Node, List<String>> headers = new IdentityHashMap<>();

    @Override
    public int read(Reading r, List<Unit> units, int at) {
        Unit u = units.get(at);
        if (!(u.block() instanceof TableRow row)) {
            return -1;
        }
        List<String> columns = headers.computeIfAbsent(u.container(), t -> headers(r, t));
        Draft d = new Draft();
        boolean codeName = false;
        boolean bracketed = false;
        int col = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), col++) {
            List<Inline.InlineLink> links = new ArrayList<>();
            String plain = r.inline.plain(cell, links).strip();
            String header = col < columns.size() ? columns.get(col) : "";
            if (col == 0) {
                d.name = plain;
                codeName = cell.getFirstChild() instanceof Code;
                for (Inline.InlineLink l : links) {
                    d.link(Link.of(l.url(), "", LinkRole.HOMEPAGE), l.offset());
                }
                continue;
            }
            for (Inline.InlineLink l : links) {
                d.link(Link.of(l.url(), l.autolink() ? "" : l.text(), Inference.role(header)), l.offset());
            }
            if (!links.isEmpty() && r.src.source(cell).strip().startsWith("[[")) {
                bracketed = true;
            }
            String rest = plain;
            for (Inline.InlineLink l : links) {
                rest = rest.replace(l.text(), "");
            }
            rest = withoutBrackets(rest).strip();
            if (!rest.isEmpty() && !rest.equals("-") && !rest.equals("—")) {
                d.field(TextField.of(header, links.isEmpty() ? plain : rest));
            }
        }
        if (d.name == null || d.name.isBlank()) {
            r.src.warn(r.src.offsetOf(row), "unnamed-entry", "a table row without a name in its first cell");
            return -1;
        }
        String raw = r.src.lines(u.first(), u.last());
        r.entry(u.first(), u.last(), d, r.src.offsetOf(row),
                new EntryStyle.TableRow(columns, codeName, bracketed, "-", r.src.eol(raw)), Segments.GIVEN);
        return at;
    }

    private static String withoutBrackets(String s) {
        return s.indexOf('[') < 0 && s.indexOf(']') < 0 ? s : s.replace("[", "").replace("]", "");
    }

    private static List<String> headers(Reading r, Node table) {
        List<String> headers = new ArrayList<>();
        for (Node c = table.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableHead head && head.getFirstChild() != null) {
                for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    headers.add(r.inline.plain(cell).strip());
                }
            }
        }
        return List.copyOf(headers);
    }
}
