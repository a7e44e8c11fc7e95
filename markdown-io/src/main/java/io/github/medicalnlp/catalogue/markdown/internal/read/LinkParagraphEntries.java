package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.Labels;
import io.github.medicalnlp.catalogue.markdown.internal.Segments;
import java.util.List;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * An entry written as a paragraph that starts with its linked name, as a classic item without its
 * marker (the products, blogs and links of the 2020 to 2023 lists): {@code [灵医智慧](https://…)}, or
 * {@code [Name](url) - text [label](url)}. A link to an anchor ({@code [back to top](#top)}), one without
 * text (a linked image) or one whose text is a label ({@code [论文地址](url)}) starts no entry.
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
        String separator = separatorAfterLink(r, p);
        String eol = r.src.eol(r.src.lines(u.first(), u.last()));
        r.entry(u.first(), u.last(), d, r.src.offsetOf(p),
                new EntryStyle.LinkParagraph(separator == null || separator.isEmpty() ? " - " : separator, eol),
                Segments.GIVEN);
        return at;
    }

    /**
     * Whether a paragraph starts with a link whose text names something: not a link to an anchor, not a
     * linked image, not a label ({@code [论文地址](url)}, which gives the entry before it its paper).
     */
    static boolean startsWithNamedLink(Reading r, Paragraph p) {
        Node first = p.getFirstChild();
        while (first instanceof Text t && t.getLiteral().isBlank()) {
            first = first.getNext();
        }
        return first instanceof Link link && !link.getDestination().isBlank() && !link.getDestination().startsWith("#")
                && !r.inline.plain(link).isBlank() && !Labels.isLabelText(r.inline.plain(link));
    }

    /** The separator written between a paragraph's first link and the text after it, or null. */
    private static String separatorAfterLink(Reading r, Paragraph p) {
        Node first = p.getFirstChild();
        int end = first == null ? -1 : r.src.endOf(first);
        int stop = r.src.endOf(p);
        if (end < 0 || end >= stop || r.src.charAt(end) == '\n' || r.src.charAt(end) == '\r') {
            return null;
        }
        int k = end;
        while (k < stop && (r.src.charAt(k) == ' ' || r.src.charAt(k) == '\t' || "-–—:：|".indexOf(r.src.charAt(k)) >= 0)) {
            k++;
        }
        return r.src.text().substring(end, k);
    }
}
