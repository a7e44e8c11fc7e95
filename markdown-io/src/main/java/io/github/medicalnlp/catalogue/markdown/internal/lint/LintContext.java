package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Location;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.markdown.internal.LintLocator;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.util.List;
import java.util.Optional;

/** What the rules of one lint of one document share: its segments, sections and lines, indexed once. */
public final class LintContext {

    final Parsed parsed;
    final String text;
    final List<Tree.Node> nodes;
    final List<String> paths;
    final LintLocator locator;

    /**
     * Indexes a document.
     *
     * @param parsed the document as read
     * @param sourceName the name of its source, for the locations
     */
    public LintContext(Parsed parsed, String sourceName) {
        this.parsed = parsed;
        this.text = parsed.text();
        this.nodes = Tree.nodes(parsed.catalogue());
        this.paths = nodes.stream().map(Tree.Node::path).toList();
        this.locator = new LintLocator(parsed, sourceName, paths);
    }

    /** The document as read. */
    public Parsed parsed() {
        return parsed;
    }

    /** The sections in document order, as the catalogue holds them. */
    public List<Tree.Node> nodes() {
        return nodes;
    }

    /** The location of an offset. */
    public Location at(int offset) {
        return locator.at(offset);
    }

    /** The entry an entry segment carries. */
    public Entry entry(Parsed.Segment s) {
        return nodes.get(s.section()).section().entries().get(s.entry());
    }

    /** A finding of a text rule at an offset, about a section (index, or -1) and an entry (or null). */
    Finding finding(RuleInfo rule, String message, int section, Parsed.Segment entrySegment, int offset) {
        Entry e = entrySegment == null ? null : entry(entrySegment);
        return new Finding(rule.rule(), rule.severity(), message,
                section < 0 ? Optional.empty() : Optional.of(paths.get(section)),
                Optional.ofNullable(e).map(Entry::name),
                entrySegment == null ? Optional.empty() : Optional.of(entrySegment.entry()),
                Optional.empty(), Optional.of(at(offset)));
    }
}
