package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The concise toString() of catalogues, sections and entries (issue 16): one line a person recognises. */
class SummaryTest {

    private final Catalogue seed = SeedSample.catalogue();

    @Test
    void aCatalogueSaysItsTitleAndSize() {
        assertThat(seed.toString()).isEqualTo("Catalogue[" + seed.title() + ": " + seed.allSections().size()
                + " sections, " + seed.entryCount() + " entries]").hasSizeLessThan(100);
        assertThat(Catalogue.builder("t").build()).hasToString("Catalogue[t: 0 sections, 0 entries]");
    }

    @Test
    void aSectionSaysItsNumberTitleChildrenAndEntries() {
        Section s = Section.builder("中文").number("3.1").entry(Entry.of("a")).build();
        assertThat(s).hasToString("Section[3.1 中文: 1 entry]");
        assertThat(Section.builder("LLM数据集").number("3").child(s).child(Section.of("英文")).build())
                .hasToString("Section[3 LLM数据集: 2 sections, 1 entry]");
        assertThat(Section.of("Other")).hasToString("Section[Other: 0 entries]");
    }

    @Test
    void anEntrySaysItsNameKindAndLanguages() {
        assertThat(Entry.builder("Huatuo-26M").kind(Kind.DATASET).language(Language.CHINESE).build())
                .hasToString("Entry[Huatuo-26M · dataset · zh]");
        assertThat(Entry.builder("x").language(Language.CHINESE).language(Language.ENGLISH).build())
                .hasToString("Entry[x · zh,en]");
        assertThat(Entry.of("plain")).hasToString("Entry[plain]");
        assertThat(Entry.of("n".repeat(10_000)).toString()).hasSizeLessThan(80).endsWith("…]");
    }

    @Test
    void everySectionAndEntryOfTheSeedIsOneShortLine() {
        assertThat(seed.allSections()).allSatisfy(s -> assertThat(s.toString()).doesNotContain("\n").hasSizeLessThan(120));
        assertThat(seed.allEntries()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("\n").hasSizeLessThan(120));
    }
}
