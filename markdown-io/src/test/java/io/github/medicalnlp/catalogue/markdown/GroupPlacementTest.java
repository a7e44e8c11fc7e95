package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Groups in sections whose entries are not list items, through the minimal-diff writer: every entry's group
 * reads back after any single edit (adding an entry at every place in every group, changing any entry's group,
 * removing any entry), and what the writer writes for it: a group label or the end-of-group mark with the table
 * closed and opened again around it for table rows, a label before link paragraphs, the {@code group=} key of
 * the annotation for entries under a bold name or a heading, where a label would read as an entry.
 */
class GroupPlacementTest {

    private static MarkdownDocument read(String text) {
        return MarkdownReader.create().read(text);
    }

    private static Entry entry(Catalogue c, String name) {
        return c.allEntries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** A row a two-column table holds: its one link is an unlabelled homepage. */
    private static final Entry FITS_ROW = Entry.builder("Fresh").link("https://fresh.org").build();
    /** An entry with a field a table has no column for, and a description a link paragraph holds. */
    private static final Entry WITH_FIELD = Entry.builder("Added entry").link("https://example.org/added")
            .field("简介", "a new entry").build();
    private static final List<Optional<String>> GROUPS = List.of(Optional.empty(), Optional.of("G1"),
            Optional.of("G2"), Optional.of("New group"));

    private static Entry inGroup(Entry e, Optional<String> group) {
        return group.map(e::withGroup).orElseGet(e::withoutGroup);
    }

    /**
     * The single edits of section {@code section}: each new entry added at each place in each group, each entry
     * put in each group, each entry removed.
     */
    private static List<UnaryOperator<Catalogue>> edits(Catalogue c, String section, boolean removals) {
        List<UnaryOperator<Catalogue>> edits = new ArrayList<>();
        int n = c.allEntries().size();
        for (Entry fresh : List.of(FITS_ROW, WITH_FIELD)) {
            for (Optional<String> g : GROUPS) {
                for (int at = 0; at <= n; at++) {
                    int index = at;
                    edits.add(x -> x.addEntry(section, index, inGroup(fresh, g)));
                }
            }
        }
        for (Entry e : c.allEntries()) {
            for (Optional<String> g : GROUPS) {
                edits.add(x -> x.replaceEntry(entry(x, e.name()), inGroup(entry(x, e.name()), g)));
            }
            if (removals) {
                edits.add(x -> x.removeEntry(entry(x, e.name())));
            }
        }
        return edits;
    }

    /** The edits whose render does not read back as the edited catalogue, each with what was written. */
    private static List<String> failures(String text, int sectionIndex, boolean removals) {
        MarkdownDocument doc = read(text);
        String section = doc.catalogue().pathOf(doc.catalogue().allSections().get(sectionIndex)).orElseThrow();
        List<String> failures = new ArrayList<>();
        for (UnaryOperator<Catalogue> edit : edits(doc.catalogue(), section, removals)) {
            Catalogue edited = edit.apply(doc.catalogue());
            String written = doc.withCatalogue(edited).render();
            Catalogue back = read(written).catalogue();
            if (!back.equals(edited)) {
                failures.add(written + "\n--- read back as " + back.allEntries() + "\n--- wanted " + edited.allEntries());
            }
        }
        return failures;
    }

    // ------------------------------------------------------------------ table rows

    private static final String TABLES = "# T\n\n## A\n\n| Name | Link |\n|---|---|\n| w | [l](https://w.org) |\n\n"
            + "**G1**\n\n| Name | Link |\n|---|---|\n| x | [l](https://x.org) |\n| y | [l](https://y.org) |\n\n"
            + "**G2**\n\n| Name | Link |\n|---|---|\n| z | [l](https://z.org) |\n";

    @Test
    void tablesRead() {
        Catalogue c = read(TABLES).catalogue();
        assertThat(c.allEntries()).extracting(Entry::group).containsExactly(Optional.empty(), Optional.of("G1"),
                Optional.of("G1"), Optional.of("G2"));
    }

    @Test
    void everyRowKeepsItsGroupAfterAnySingleEdit() {
        assertThat(failures(TABLES, 0, true)).isEmpty();
    }

    @Test
    void aRowInAnotherGroupSplitsTheTableWithItsLabelAndTheSameHeader() {
        MarkdownDocument doc = read(TABLES);
        Catalogue c = doc.catalogue();
        String written = doc.withCatalogue(c.addEntry("A", 2, FITS_ROW.withGroup("G2"))).render();
        assertThat(written).contains("| x | [l](https://x.org) |\n\n**G2**\n\n| Name | Link |\n|---|---|\n"
                + "|[Fresh](https://fresh.org)|-|\n\n**G1**\n\n| Name | Link |\n|---|---|\n| y | [l](https://y.org) |\n");
    }

    @Test
    void aRowInNoGroupAfterAGroupedOneFollowsTheEndOfGroupMark() {
        MarkdownDocument doc = read(TABLES);
        String written = doc.withCatalogue(doc.catalogue().addEntry("A", FITS_ROW)).render();
        assertThat(written).startsWith(TABLES).endsWith("| z | [l](https://z.org) |\n\n<!-- catalogue: end of group -->\n\n"
                + "| Name | Link |\n|---|---|\n|[Fresh](https://fresh.org)|-|\n");
    }

    /** An entry added before the first entry, which stands under a label, not in its group: before the label. */
    @Test
    void entriesAddedBeforeALabelledFirstEntryAreWrittenBeforeTheLabel() {
        String text = "# T\n\n## A\n\n**G1**\n\n| Name | Link |\n|---|---|\n| x | [l](https://x.org) |\n";
        MarkdownDocument doc = read(text);
        String written = doc.withCatalogue(doc.catalogue().addEntry("A", 0, FITS_ROW)).render();
        assertThat(written).isEqualTo("# T\n\n## A\n\n| Name | Link |\n|---|---|\n|[Fresh](https://fresh.org)|-|\n\n"
                + text.substring("# T\n\n## A\n\n".length()));
        String list = "# T\n\n## A\n\n**G1**\n\n- [x](https://x.org) - text\n";
        doc = read(list);
        written = doc.withCatalogue(doc.catalogue().addEntry("A", 0, FITS_ROW.withGroup("G2"))).render();
        assertThat(written).isEqualTo("# T\n\n## A\n\n**G2**\n\n- [Fresh](https://fresh.org)\n\n**G1**\n\n"
                + "- [x](https://x.org) - text\n");
        assertThat(read(written).catalogue().allEntries()).extracting(Entry::group)
                .containsExactly(Optional.of("G2"), Optional.of("G1"));
    }

    // ------------------------------------------------------------------ bold titles and headings

    private static final String BOLD = "# T\n\n## A\n\n**G1**\n\n- [X](https://x.org) - text\n\n**Bio**\n\n"
            + "[论文地址](https://bio.org)\n\n**Bio2**\n\n论文概要：y\n";

    @Test
    void boldTitlesRead() {
        assertThat(read(BOLD).catalogue().allEntries()).extracting(Entry::group).containsOnly(Optional.of("G1"));
    }

    @Test
    void everyBoldTitleEntryKeepsItsGroupAfterAnySingleEdit() {
        assertThat(failures(BOLD, 0, true)).isEmpty();
    }

    @Test
    void aBoldTitleEntryInAnotherGroupCarriesItInItsAnnotation() {
        MarkdownDocument doc = read(BOLD);
        Catalogue c = doc.catalogue();
        Catalogue edited = c.replaceEntry(entry(c, "Bio2"), entry(c, "Bio2").withGroup("Some group; -->"));
        String written = doc.withCatalogue(edited).render();
        assertThat(written).contains("**Bio2**\n\n论文概要：y\n\n<!-- catalogue: kind=; languages=; modalities=; tasks=;"
                + " tags=; group=Some+group%3B+--%3E -->\n");
        assertThat(read(written).catalogue()).isEqualTo(edited);
        Catalogue none = c.replaceEntry(entry(c, "Bio2"), entry(c, "Bio2").withoutGroup());
        assertThat(doc.withCatalogue(none).render()).contains("; group= -->");
        assertThat(read(doc.withCatalogue(none).render()).catalogue()).isEqualTo(none);
    }

    /**
     * A kept bold-title entry that a changed label before it would put in another group keeps its bytes, with
     * an annotation after them that gives its group.
     */
    @Test
    void aKeptBoldTitleEntryGetsItsGroupAnnotatedAfterItsBytes() {
        MarkdownDocument doc = read(BOLD);
        Catalogue c = doc.catalogue();
        Catalogue edited = c.replaceEntry(entry(c, "X"), entry(c, "X").withoutGroup());
        String written = doc.withCatalogue(edited).render();
        assertThat(written).contains("**Bio**\n\n[论文地址](https://bio.org)\n\n<!-- catalogue: kind=; languages=;"
                + " modalities=; tasks=; tags=; group=G1 -->\n\n**Bio2**\n\n论文概要：y\n\n<!-- catalogue:");
        assertThat(read(written).catalogue()).isEqualTo(edited);
    }

    /**
     * A label whose list items were all removed, over bold-title entries, would be read as one of them: it goes
     * with them, and the bold-title entries in its group carry it in their annotations.
     */
    @Test
    void aLabelLeftOverBoldTitlesByARemovalGoes() {
        MarkdownDocument doc = read(BOLD);
        Catalogue c = doc.catalogue();
        Catalogue edited = c.removeEntry(entry(c, "X"));
        String written = doc.withCatalogue(edited).render();
        assertThat(written).startsWith("# T\n\n## A\n\n**Bio**\n\n[论文地址](https://bio.org)\n\n<!-- catalogue:");
        assertThat(read(written).catalogue()).isEqualTo(edited);
    }

    @Test
    void headingEntriesKeepTheirGroupAfterAnySingleEdit() {
        String text = "# T\n\n## A\n\n### B\n\n**G1**\n\n- [X](https://x.org) - text\n\n#### H1\n\n说明：one\n\n"
                + "#### H2\n\n说明：two\n";
        Catalogue c = read(text).catalogue();
        Assumptions.assumeTrue(c.allEntries().size() == 3 && c.allEntries().get(1).group().equals(Optional.of("G1")),
                "heading entries after a labelled list are read in its group");
        assertThat(failures(text, 1, true)).isEmpty();
    }

    // ------------------------------------------------------------------ link paragraphs

    private static final String LINK_PARAGRAPHS = "# T\n\n## A\n\n[P](https://p.org) - text\n\n**G1**\n\n"
            + "[A](https://a.org) - text\n\n[B](https://b.org)\n\n**G2**\n\n[C](https://c.org) - more text\n";

    @Test
    void everyLinkParagraphKeepsItsGroupAfterAnySingleEdit() {
        Catalogue c = read(LINK_PARAGRAPHS).catalogue();
        // the reader reads a bold line over link paragraphs as their group label (the lead's reader fix)
        Assumptions.assumeTrue(c.allEntries().size() == 4, "a bold line over link paragraphs is a group label");
        assertThat(c.allEntries()).extracting(Entry::group).containsExactly(Optional.empty(), Optional.of("G1"),
                Optional.of("G1"), Optional.of("G2"));
        assertThat(failures(LINK_PARAGRAPHS, 0, true)).isEmpty();
    }

    @Test
    void aLinkParagraphInAnotherGroupStandsUnderItsLabel() {
        MarkdownDocument doc = read(LINK_PARAGRAPHS);
        Catalogue c = doc.catalogue();
        Assumptions.assumeTrue(c.allEntries().size() == 4, "a bold line over link paragraphs is a group label");
        Catalogue edited = c.replaceEntry(entry(c, "B"), entry(c, "B").withGroup("G2"));
        String written = doc.withCatalogue(edited).render();
        assertThat(written).contains("[A](https://a.org) - text\n\n**G2**\n\n[B](https://b.org)\n\n**G2**\n\n[C]");
        assertThat(read(written).catalogue()).isEqualTo(edited);
    }

    // ------------------------------------------------------------------ the annotation

    @Test
    void theGroupOfAnAnnotationOverridesTheLabelInEffectAndOldAnnotationsDoNot() {
        String head = "# T\n\n## A\n\n**G1**\n\n- [X](https://x.org) - text\n\n**Bio**\n\n[论文地址](https://bio.org)\n\n";
        String note = "<!-- catalogue: kind=; languages=; modalities=; tasks=; tags=";
        assertThat(read(head + note + "; group=Some%20group -->\n").catalogue().allEntries().get(1).group())
                .contains("Some group");
        assertThat(read(head + note + "; group=Some+group -->\n").catalogue().allEntries().get(1).group())
                .contains("Some group");
        assertThat(read(head + note + "; group= -->\n").catalogue().allEntries().get(1).group()).isEmpty();
        assertThat(read(head + note + " -->\n").catalogue().allEntries().get(1).group()).contains("G1");
        MarkdownDocument blank = read(head + note + "; group=%20 -->\n");
        assertThat(blank.catalogue().allEntries().get(1).group()).contains("G1");
        assertThat(blank.diagnostics()).extracting(Diagnostic::rule).contains("bad-annotation");
    }

    @Test
    void theCanonicalWriterWritesNoGroupKey() {
        Catalogue c = read(BOLD).catalogue();
        assertThat(MarkdownWriter.canonical().write(c)).doesNotContain("group=");
        assertThat(Arrays.asList(MarkdownWriter.canonical().write(c).split("\n"))).contains("**G1**");
    }
}
