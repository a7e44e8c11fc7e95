package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Section numbers, titles that look like numbers, and sections six levels deep come back from Markdown as
 * they were: through the canonical writer and through the minimal-diff writer.
 */
class SectionRoundTripTest {

    private static Catalogue withSection(Section s) {
        return Catalogue.builder("T").section(s).build();
    }

    private static void assertRoundTrips(Catalogue c) {
        String written = MarkdownWriter.canonical().write(c);
        Catalogue read = MarkdownReader.create().read(written).catalogue();
        assertThat(read).as(written).isEqualTo(c);
        assertThat(MarkdownWriter.canonical().write(read)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1 Title", "1. Title", "1 Title", "一 评测", "三、数据", "12.3.4 x", "1.Title",
        "9\tTab", "1.1", "2023 Year", "1.1234 x", "１. full width"})
    void aTitleThatStartsLikeANumberStaysTheTitleOfASectionWithoutOne(String title) {
        Section s = Section.builder(title).entry(Entry.builder("e").link("https://a.org").build()).build();
        assertRoundTrips(withSection(s));
        // and through the minimal-diff writer, as a new section of the seed and as a renamed one
        MarkdownDocument seed = MarkdownReader.create().read(Corpus.text(Corpus.SEED));
        Catalogue added = seed.catalogue().addSection(s);
        assertThat(MarkdownReader.create().read(seed.withCatalogue(added).render()).catalogue()).isEqualTo(added);
        Section first = seed.catalogue().sections().get(0);
        Catalogue renamed = seed.catalogue().withSections(replaceFirst(seed.catalogue(),
                new Section(java.util.Optional.empty(), title, first.anchor(), first.children(), first.entries())));
        Catalogue back = MarkdownReader.create().read(seed.withCatalogue(renamed).render()).catalogue();
        assertThat(back.sections().get(0).number()).isEmpty();
        assertThat(back.sections().get(0).title()).isEqualTo(title.strip());
    }

    private static java.util.List<Section> replaceFirst(Catalogue c, Section s) {
        java.util.List<Section> out = new java.util.ArrayList<>(c.sections());
        out.set(0, s);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3.1", "1.2.3", "一", "十二", "100.200"})
    void aNumberComesBackAsWritten(String number) {
        assertRoundTrips(withSection(Section.builder("2. Title").number(number).build()));
        assertRoundTrips(withSection(Section.builder("Title").number(number).build()));
    }

    @Test
    void sixLevelsOfSectionsComeBackFromTheCanonicalWriter() {
        Section deepest = Section.builder("L6").entry(Entry.builder("e").link("https://a.org").build()).build();
        Section s = deepest;
        for (int level = 5; level >= 1; level--) {
            s = Section.builder("L" + level).child(s).build();
        }
        Catalogue c = withSection(s);
        assertRoundTrips(c);
        assertThat(MarkdownWriter.canonical().write(c)).contains("\n# L1\n").contains("\n###### L6\n");
        // five levels keep the usual layout, below the title
        assertThat(MarkdownWriter.canonical().write(withSection(s.children().get(0)))).contains("\n## L2\n");
    }

    @Test
    void theMinimalDiffWriterRefusesASectionDeeperThanItsHeadingsCanGo() {
        MarkdownDocument seed = MarkdownReader.create().read(Corpus.text(Corpus.SEED)); // sections from level 2
        Section s = Section.of("L6");
        for (int level = 5; level >= 1; level--) {
            s = Section.builder("L" + level).child(s).build();
        }
        Catalogue deep = seed.catalogue().addSection(s);
        assertThatThrownBy(() -> seed.withCatalogue(deep)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'L6' would be a heading of level 7")
                .hasMessageContaining("MarkdownWriter.canonical()");
        Catalogue five = seed.catalogue().addSection(s.children().get(0));
        assertThat(MarkdownReader.create().read(seed.withCatalogue(five).render()).catalogue()).isEqualTo(five);
    }
}
