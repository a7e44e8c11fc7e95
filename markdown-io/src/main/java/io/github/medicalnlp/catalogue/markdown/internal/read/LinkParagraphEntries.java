package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.Segments;
import java.util.List;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * An entry written as a paragraph that starts with its linked name, as a classic item without its
 * marker (the products, blogs and links of the 2020 to 2023 lists): {@code [灵医智慧](https://…)}, or
 * {@code [Name](url) - text [label](url)}. A link to an anchor ({@code [back to top](#top)}) or one
 * without text (a linked image) starts no entry.
 */
final class LinkParagraphEntries implements EntryRecogniser {

    @Override
    public int read(Reading r, List<Unit> units, int at) {
        Unit u = units.get(at);
        if (!(u.block() instanceof Paragraph p) || !startsWithNamedLink(r, p)) {
            return -1;
        }
        Draft d = new Draft();
        r.parts.head(d, p);
        if (d.name == null || d.name.isBlank()) {
            return -1;
        }
        String separator = r.parts.separatorAfterLink(p);
        String eol = r.src.eol(r.src.lines(u.first(), u.last()));
        r.entry(u.first(), u.last(), d, r.src.offsetOf(p),
                new EntryStyle.LinkParagraph(separator == null || separator.isEmpty() ? " - " : separator, eol),
                Segments.GIVEN);
        return at;
    }

    private static boolean startsWithNamedLink(Reading r, Paragraph p) {
        Node first = p.getFirstChild();
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        return first instanceof Link link && !link.getDestination().isBlank() && !link.getDestination().startsWith("#")
                && !r.inline.plain(link).isBlank();
    }
}
