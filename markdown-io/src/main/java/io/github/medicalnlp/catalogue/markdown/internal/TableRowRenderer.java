package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.TextField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes an entry as a row of a GFM table ({@link EntryStyle.TableRow}), and tells whether a row can hold it. */
final class TableRowRenderer {

    private TableRowRenderer() {
    }

    static String row(Entry e, EntryStyle.TableRow s) {
        int n = s.columns().size();
        List<StringBuilder> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(new StringBuilder());
        }
        String name = cell(e.name());
        name = s.codeName() && !e.name().contains("`") ? "`" + e.name().replace("|", "\\|") + "`" : name;
        Link home = homeOf(e);
        // an unlabelled homepage is the link of the name, which the reader reads as such
        cells.get(0).append(home == null ? name : "[" + name + "](" + Escaping.destination(home.url()) + ")");
        List<LinkRole> roles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            roles.add(i == 0 ? null : Inference.role(s.columns().get(i)));
        }
        for (Link link : e.links()) {
            if (link == home) {
                continue;
            }
            int col = roles.indexOf(link.role());
            if (col < 0) {
                col = Math.min(1, n - 1);
            }
            String l = link.label().isEmpty() && Escaping.isPlainUrl(link.url()) ? "<" + link.url() + ">"
                    : "[" + cell(link.label().isEmpty() ? "link" : link.label()) + "](" + Escaping.destination(link.url()) + ")";
            cells.get(col).append(s.bracketed() ? "[" + l + "]" : l);
        }
        for (TextField f : e.fields()) {
            int col = -1;
            for (int i = 1; i < n; i++) {
                if (s.columns().get(i).strip().equalsIgnoreCase(f.label().strip())) {
                    col = i;
                }
            }
            StringBuilder c = cells.get(col < 0 ? n - 1 : col);
            if (c.length() > 0) {
                c.append(' ');
            }
            c.append(col < 0 && f.isLabelled() ? cell(f.label()) + "：" + cell(f.value()) : cell(f.value()));
        }
        StringBuilder out = new StringBuilder("|");
        for (StringBuilder c : cells) {
            out.append(c.length() == 0 ? s.empty() : c).append('|');
        }
        return out.append(s.eol()).toString();
    }

    /** The entry's one unlabelled homepage link, written as the link of its name in a table; or null. */
    private static Link homeOf(Entry e) {
        Link home = null;
        for (Link link : e.links()) {
            if (link.label().isEmpty() && link.role() == LinkRole.HOMEPAGE) {
                if (home != null) {
                    return null;
                }
                home = link;
            }
        }
        return home;
    }

    /**
     * Whether {@code e}, written as a row of a table in style {@code s}, reads back as itself: its metadata
     * is what the headings imply (a row cannot carry an annotation); each link has a column of its role
     * (or is its one unlabelled homepage); each field has a column of its label to itself, and a value that
     * a cell gives back (one line, no brackets, not a dash); the name is one line.
     */
    static boolean fits(Entry e, EntryStyle.TableRow s, Annotation.Metadata implied) {
        if (!Annotation.Metadata.of(e).equals(implied) || e.name().indexOf('\n') >= 0 || e.name().indexOf('\r') >= 0
                || !e.name().strip().equals(e.name())) {
            return false;
        }
        List<String> columns = s.columns();
        Link home = homeOf(e);
        Set<Integer> linkColumns = new HashSet<>();
        for (Link link : e.links()) {
            if (link == home) {
                continue;
            }
            int col = -1;
            for (int i = 1; i < columns.size() && col < 0; i++) {
                if (Inference.role(columns.get(i)) == link.role()) {
                    col = i;
                }
            }
            boolean labelReadsBack = link.label().isEmpty() ? Escaping.isPlainUrl(link.url())
                    : link.label().strip().equals(link.label()) && link.label().indexOf('\n') < 0
                            && link.label().indexOf('\r') < 0 && !link.label().equals("link");
            if (col < 0 || !labelReadsBack) {
                return false;
            }
            linkColumns.add(col);
        }
        Set<Integer> fieldColumns = new HashSet<>();
        for (TextField f : e.fields()) {
            int col = -1;
            for (int i = 1; i < columns.size(); i++) {
                if (columns.get(i).strip().equals(f.label())) {
                    col = i;
                }
            }
            String v = f.value();
            if (col < 0 || linkColumns.contains(col) || !fieldColumns.add(col) || v.isEmpty() || !v.strip().equals(v)
                    || v.equals("-") || v.equals("—") || v.indexOf('[') >= 0 || v.indexOf(']') >= 0
                    || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String cell(String text) {
        return Escaping.text(text);
    }
}
