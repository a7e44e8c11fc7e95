package io.github.medicalnlp.catalogue.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text the writer gives entries in the paragraph styles of the 2020 to 2023 lists, {@link EntryStyle.BoldTitle}
 * and {@link EntryStyle.LinkParagraph}, alone and as new entries among such entries. The reader does not read
 * them yet: these pin the text it is to read back.
 */
class ParagraphStylesTest {

    private static final EntryStyle.BoldTitle BOLD = new EntryStyle.BoldTitle("：", "\n");
    private static final EntryStyle.LinkParagraph LINK = new EntryStyle.LinkParagraph(" - ", "\n");

    /** The metadata the headings {@code titles} imply. */
    private static Annotation.Metadata implied(String... titles) {
        return Annotation.Metadata.of(Inference.facts(List.of(titles)));
    }

    /** An entry with the metadata its headings imply, as the reader gives it. */
    private static Entry.Builder entry(String name, Annotation.Metadata implied) {
        return implied.applyTo(Entry.builder(name));
    }

    // ------------------------------------------------------------------ bold titles

    @Test
    void boldTitleWritesTheNameInBoldThenEachLinkAndFieldAsAParagraph() {
        Annotation.Metadata implied = implied("Papers");
        Entry e = entry("ChatDoctor", implied)
                .link("https://arxiv.org/abs/2303.14070", "论文地址", LinkRole.PAPER)
                .link("https://github.com/Kent0n-Li/ChatDoctor", "", LinkRole.HOMEPAGE)
                .field("论文概要", "A medical chat model fine-tuned on LLaMA.")
                .build();
        assertThat(EntryRenderer.render(e, BOLD, implied)).isEqualTo("""
                **ChatDoctor**

                论文地址：https://arxiv.org/abs/2303.14070

                <https://github.com/Kent0n-Li/ChatDoctor>

                论文概要：A medical chat model fine-tuned on LLaMA.
                """);
    }

    @Test
    void boldTitleIsTheHeadingStyleWithTheNameInBold() {
        Annotation.Metadata implied = implied("Papers");
        Entry e = entry("Med-PaLM", implied)
                .link("https://arxiv.org/abs/2212.13138", "论文地址", LinkRole.PAPER)
                .field("note", "a: b")
                .build();
        String heading = EntryRenderer.render(e, new EntryStyle.Heading(4, "：", "\n"), implied);
        String bold = EntryRenderer.render(e, BOLD, implied);
        assertThat(bold).isEqualTo("**Med-PaLM**" + heading.substring(heading.indexOf('\n')));
    }

    @Test
    void boldTitleWithoutLinksOrFieldsCarriesItsAnnotation() {
        Annotation.Metadata implied = implied("Papers");
        Entry e = entry("Lonely", implied).build();
        assertThat(EntryRenderer.render(e, BOLD, implied)).isEqualTo("**Lonely**\n\n"
                + Annotation.write(Annotation.Metadata.of(e)) + "\n");
    }

    @Test
    void boldTitleWithOtherMetadataCarriesItsAnnotationLast() {
        Annotation.Metadata implied = implied("Papers");
        Entry e = entry("Tagged", implied).link("https://example.org/t").kind(Kind.DATASET).tag("exam").build();
        assertThat(EntryRenderer.render(e, new EntryStyle.BoldTitle(":", "\r\n"), implied)).isEqualTo(
                "**Tagged**\r\n\r\n<https://example.org/t>\r\n\r\n" + Annotation.write(Annotation.Metadata.of(e)) + "\r\n");
    }

    @Test
    void boldTitleEscapesTheNameAsText() {
        Annotation.Metadata implied = implied("Papers");
        Entry e = entry("*Star* [draft] 1. #", implied).link("https://example.org/s").build();
        assertThat(EntryRenderer.render(e, BOLD, implied))
                .isEqualTo("**\\*Star\\* \\[draft\\] 1. #**\n\n<https://example.org/s>\n");
    }

    // ------------------------------------------------------------------ link paragraphs

    @Test
    void linkParagraphIsAClassicItemWithoutItsMarker() {
        Annotation.Metadata implied = implied("Products");
        Entry e = entry("BioGPT", implied)
                .link("https://github.com/microsoft/BioGPT")
                .link("https://arxiv.org/abs/2210.10341", "论文", LinkRole.PAPER)
                .field("", "Generative pre-trained transformer for biomedical text.")
                .build();
        String classic = EntryRenderer.render(e, ParagraphEntryRenderer.listItem(LINK), implied);
        String paragraph = EntryRenderer.render(e, LINK, implied);
        assertThat(paragraph).isEqualTo("[BioGPT](https://github.com/microsoft/BioGPT)"
                + " [论文](https://arxiv.org/abs/2210.10341) - Generative pre-trained transformer for biomedical text.\n");
        assertThat("- " + paragraph).isEqualTo(classic);
    }

    @Test
    void linkParagraphOfALinkAlone() {
        Annotation.Metadata implied = implied("Products");
        Entry e = entry("Ada Health", implied).link("https://ada.com/").build();
        assertThat(EntryRenderer.render(e, new EntryStyle.LinkParagraph("：", "\r\n"), implied))
                .isEqualTo("[Ada Health](https://ada.com/)\r\n");
    }

    @Test
    void linkParagraphWritesALabelledFieldAfterTheSeparator() {
        Annotation.Metadata implied = implied("Products");
        Entry e = entry("Babylon", implied).link("https://www.babylonhealth.com/")
                .field("简介", "AI doctor, UK").build();
        assertThat(EntryRenderer.render(e, new EntryStyle.LinkParagraph("：", "\n"), implied))
                .isEqualTo("[Babylon](https://www.babylonhealth.com/)：简介：AI doctor, UK\n");
    }

    @Test
    void anEntryWithoutAnUnlabelledHomepageFirstIsWrittenAsAListItem() {
        Annotation.Metadata implied = implied("Products");
        Entry e = entry("MedDialog", implied).link("https://arxiv.org/abs/2004.03329", "论文地址", LinkRole.PAPER)
                .build();
        assertThat(EntryRenderer.render(e, LINK, implied))
                .isEqualTo("- MedDialog\n  - 论文地址：https://arxiv.org/abs/2004.03329\n");
    }

    @Test
    void anEntryWithTwoFieldsIsWrittenAsAClassicListItem() {
        Annotation.Metadata implied = implied("Products");
        Entry e = entry("Glass", implied).link("https://glass.health/")
                .field("", "Clinical notes.").field("价格", "free").build();
        assertThat(EntryRenderer.render(e, LINK, implied))
                .isEqualTo("- [Glass](https://glass.health/) - Clinical notes.\n  - 价格：free\n");
    }

    @Test
    void anEntryWithOtherMetadataIsWrittenAsAClassicListItem() {
        Annotation.Metadata implied = implied("Products");
        Entry e = entry("Tagged", implied).link("https://example.org/t").tag("exam").build();
        assertThat(EntryRenderer.render(e, LINK, implied)).isEqualTo("- [Tagged](https://example.org/t)\n  "
                + Annotation.write(Annotation.Metadata.of(e)) + "\n");
    }

    // ------------------------------------------------------------------ new entries beside such entries

    /** A document of one section whose entries are written in {@code style}, each in {@code entryLines}. */
    private static Parsed document(String section, EntryStyle style, List<Entry> entries, String... entryTexts) {
        StringBuilder text = new StringBuilder();
        Segments.Builder b = new Segments.Builder();
        b.add(0, 4, Parsed.Type.TITLE, -1, -1, null, Segments.GIVEN);
        text.append("# T\n");
        add(b, text, "\n", Parsed.Type.GAP, -1, -1, null);
        add(b, text, "## " + section + "\n", Parsed.Type.HEADING, 0, -1, null);
        for (int i = 0; i < entryTexts.length; i++) {
            add(b, text, "\n", Parsed.Type.GAP, 0, -1, null);
            add(b, text, entryTexts[i], Parsed.Type.ENTRY, 0, i, style);
        }
        List<Parsed.SectionInfo> infos = List.of(new Parsed.SectionInfo(-1, 2, 2, "## ", "\n"));
        Catalogue catalogue = Catalogue.builder("T").section(Section.builder(section).entries(entries).build()).build();
        return new Parsed(text.toString(), new LineIndex(text.toString()), b.build(), infos, catalogue, List.of());
    }

    private static void add(Segments.Builder b, StringBuilder text, String s, Parsed.Type type, int section, int entry,
            EntryStyle style) {
        b.add(text.length(), text.length() + s.length(), type, section, entry, style, Segments.GIVEN);
        text.append(s);
    }

    @Test
    void aNewEntryAmongBoldTitlesIsWrittenAsOne() {
        Annotation.Metadata implied = implied("Papers");
        Entry a = entry("A", implied).link("https://arxiv.org/abs/1", "论文地址", LinkRole.PAPER).build();
        Entry b = entry("B", implied).link("https://arxiv.org/abs/2", "论文地址", LinkRole.PAPER).build();
        Parsed parsed = document("Papers", BOLD, List.of(a, b),
                "**A**\n\n论文地址：https://arxiv.org/abs/1\n", "**B**\n\n论文地址：https://arxiv.org/abs/2\n");
        Entry c = entry("C", implied).link("https://arxiv.org/abs/3", "论文地址", LinkRole.PAPER)
                .field("论文概要", "Third.").build();
        Entry first = entry("Zero", implied).link("https://arxiv.org/abs/0", "论文地址", LinkRole.PAPER).build();
        Catalogue edited = parsed.catalogue().addEntry("Papers", c).addEntry("Papers", 0, first);
        assertThat(EditRenderer.render(parsed, edited).toString()).isEqualTo("""
                # T

                ## Papers

                **Zero**

                论文地址：https://arxiv.org/abs/0

                **A**

                论文地址：https://arxiv.org/abs/1

                **B**

                论文地址：https://arxiv.org/abs/2

                **C**

                论文地址：https://arxiv.org/abs/3

                论文概要：Third.
                """);
    }

    @Test
    void newEntriesBesideALoneLinkParagraphStandApartByABlankLine() {
        Annotation.Metadata implied = implied("Products");
        Entry a = entry("A", implied).link("https://a.example/").field("", "First.").build();
        Parsed parsed = document("Products", LINK, List.of(a), "[A](https://a.example/) - First.\n");
        Entry fits = entry("B", implied).link("https://b.example/").field("", "Second.").build();
        Entry falls = entry("Z", implied).link("https://arxiv.org/abs/9", "论文地址", LinkRole.PAPER).build();
        Catalogue edited = parsed.catalogue().addEntry("Products", fits).addEntry("Products", 0, falls);
        assertThat(EditRenderer.render(parsed, edited).toString()).isEqualTo("""
                # T

                ## Products

                - Z
                  - 论文地址：https://arxiv.org/abs/9

                [A](https://a.example/) - First.

                [B](https://b.example/) - Second.
                """);
    }

    @Test
    void aChangedLinkParagraphIsRewrittenInPlace() {
        Annotation.Metadata implied = implied("Products");
        Entry a = entry("A", implied).link("https://a.example/").build();
        Entry b = entry("B", implied).link("https://b.example/").build();
        Parsed parsed = document("Products", LINK, List.of(a, b), "[A](https://a.example/)\n",
                "[B](https://b.example/)\n");
        Entry changed = entry("A", implied).link("https://a.example/").field("", "Now described.")
                .field("价格", "free").build();
        Catalogue edited = parsed.catalogue().replaceEntry(a, changed);
        assertThat(EditRenderer.render(parsed, edited).toString()).isEqualTo("""
                # T

                ## Products

                - [A](https://a.example/) - Now described.
                  - 价格：free

                [B](https://b.example/)
                """);
    }
}
