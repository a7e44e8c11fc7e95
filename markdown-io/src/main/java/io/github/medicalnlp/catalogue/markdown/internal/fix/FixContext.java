package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import java.util.List;

/**
 * What the fixers of one fix read: the document as read, its sections, and every detection of the lint
 * (so that a fixer can see what other rules found about the same entry).
 *
 * @param parsed the document as read
 * @param nodes its sections in document order
 * @param detections every detection of the lint, in the order of the file
 */
public record FixContext(Parsed parsed, List<Tree.Node> nodes, List<Detection> detections) {

    /** The document's text. */
    public String text() {
        return parsed.text();
    }

    /** The entry a segment carries. */
    public Entry entry(int segment) {
        Parsed.Segment s = parsed.segments().get(segment);
        return nodes.get(s.section()).section().entries().get(s.entry());
    }

    /** Whether a segment index names an entry's segment. */
    public boolean isEntry(int segment) {
        if (segment < 0 || segment >= parsed.segments().size()) {
            return false;
        }
        Parsed.Segment s = parsed.segments().get(segment);
        return s.type() == Parsed.Type.ENTRY && s.section() >= 0 && s.section() < nodes.size() && s.entry() >= 0
                && s.entry() < nodes.get(s.section()).section().entries().size();
    }

    /** The text of a segment. */
    public String text(int segment) {
        return parsed.text(parsed.segments().get(segment));
    }
}
