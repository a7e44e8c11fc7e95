package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown text into {@link Parsed}, in stages: commonmark-java finds the blocks (with source
 * spans); {@link Source} maps them back to lines; {@link Unit} cuts the lines into units; each unit of a
 * section is offered to the {@linkplain EntryRecogniser recognisers}, one per shape of entry, and what
 * none claims goes to the {@link Outline}. Instances hold no state between calls and are safe to share.
 */
public final class DocumentReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Reads {@code text}; never throws for any input. */
    public Parsed read(String text) {
        Reading r = new Reading(text);
        Outline outline = new Outline(r);
        // in this order: a heading entry before a section, a bold-title entry before a group label
        List<EntryRecogniser> recognisers = List.of(new HeadingEntries(), new TableRowEntries(),
                new LabelBulletEntries(), new ClassicItemEntries(), new NumberedItemEntries(), new BoldTitleEntries(),
                new LinkParagraphEntries());
        Node document = PARSER.parse(r.src.parsedText());
        List<Unit> units = new java.util.ArrayList<>(Unit.of(document, r.src));
        for (EntryRecogniser recogniser : recognisers) {
            recogniser.prepare(r, units);
        }
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            int last = -1;
            if (!outline.claimsFirst(u)) {
                for (int k = 0; k < recognisers.size() && last < 0; k++) {
                    last = recognisers.get(k).read(r, units, i);
                }
            }
            if (last < 0) {
                outline.read(u);
                last = i;
            }
            for (int k = i; k <= last; k++) {
                release(units, k);
            }
            i = last;
        }
        String title = outline.title();
        if (title == null) {
            title = "Untitled";
            r.src.warn(0, "missing-title", "the document has no H1 title; the catalogue is called 'Untitled'");
        }
        Catalogue catalogue = new Catalogue(title, outline.introduction(), outline.news(), r.topLevel(),
                Optional.ofNullable(outline.citation()));
        List<Parsed.SectionInfo> infos = r.sectionInfos();
        return new Parsed(text, r.src.lineIndex(), r.segments().build(text, infos, catalogue), infos, catalogue,
                r.src.diagnostics());
    }

    /**
     * Lets the parser's nodes of a unit already read go: the unit is dropped and its block unlinked from
     * its siblings (which would otherwise keep it reachable), so that the tree of a long document is not
     * held whole beside the segments and entries made from it.
     */
    private static void release(List<Unit> units, int k) {
        Unit u = units.get(k);
        if (u != null && u.block() != null) {
            u.block().unlink();
        }
        units.set(k, null);
    }
}
