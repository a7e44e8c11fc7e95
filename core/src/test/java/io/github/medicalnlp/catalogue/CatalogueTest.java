package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private final Catalogue seed = SeedSample.catalogue();
    private final Entry newDataset = Entry.builder("CMtMedQA").link("https://github.com/williamliujl/CMExam")
            .kind(Kind.DATASET).language(Language.CHINESE).build();

    @Test
    void holdsTitleIntroductionNewsSectionsAndCitation() {
        assertThat(seed.title()).isEqualTo("Medical_NLP");
        assertThat(seed.introduction()).startsWith("医疗NLP领域");
        assertThat(seed.news()).extracting(NewsItem::date).containsExactly("2024/11/14");
        assertThat(seed.sections()).extracting(Section::number).extracting(o -> o.orElseThrow())
                .containsExactly("3", "5");
        assertThat(seed.citation()).hasValueSatisfying(c -> assertThat(c).startsWith("@misc"));
    }

    @Test
    void navigatesAllEntriesAndSectionsInDocumentOrder() {
        assertThat(seed.allEntries()).hasSize(seed.entryCount())
                .first().extracting(Entry::name).isEqualTo("Huatuo-26M");
        assertThat(seed.allEntries()).last().extracting(Entry::name).isEqualTo("Med-Flamingo");
        assertThat(seed.entryCount()).isEqualTo(SeedSample.chineseDatasets().size() + SeedSample.multilingualModels().size()
                + SeedSample.chineseModels().size() + SeedSample.englishModels().size());
        assertThat(seed.allSections()).map(Section::label)
                .containsExactly("3", "3.1", "5", "5.2", "5.2.1", "5.2.2", "5.2.3");
    }

    @Test
    void findsSectionsByNumberTitleAnchorAndPath() {
        assertThat(seed.section("3.1")).extracting(Section::title).isEqualTo("中文");
        assertThat(seed.section("3.1.")).extracting(Section::title).isEqualTo("中文");
        assertThat(seed.section("多语言医疗大模型")).extracting(Section::label).isEqualTo("5.2.1");
        assertThat(seed.section("医疗llm")).extracting(Section::label).isEqualTo("5.2");
        assertThat(seed.section("#52-医疗llm")).extracting(Section::label).isEqualTo("5.2");
        assertThat(seed.section("5 > 5.2 > 5.2.3")).extracting(Section::title).isEqualTo("英文医疗大语言模型");
        assertThat(seed.section("开源预训练模型 > 医疗LLM")).extracting(Section::label).isEqualTo("5.2");
        assertThat(seed.sections("9.9")).isEmpty();
        assertThatThrownBy(() -> seed.section("9.9")).isInstanceOf(java.util.NoSuchElementException.class)
                .hasMessageStartingWith("no section '9.9'; the sections are: 3 (LLM数据集), 3 > 3.1 (中文), 5 (开源预训练模型)");
        assertThatThrownBy(() -> seed.section(" ")).hasMessage("section must not be blank");
    }

    @Test
    void anAmbiguousSelectorIsAnErrorNamingTheCandidates() {
        Catalogue twoChinese = seed.addSection("5", Section.of("中文"));
        assertThatThrownBy(() -> twoChinese.section("中文")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("section '中文' is ambiguous: it names 3 > 3.1, 5 > 中文");
        assertThat(twoChinese.section("5 > 中文").title()).isEqualTo("中文");
        assertThat(twoChinese.sections("中文")).extracting(Section::label).containsExactly("3.1", "中文");
    }

    @Test
    void knowsThePathOfASection() {
        Section s = seed.section("5.2.2");
        assertThat(seed.pathOf(s)).contains("5 > 5.2 > 5.2.2");
        assertThat(seed.pathOf(Section.of("x"))).isEmpty();
    }

    @Test
    void addsEntriesAtTheEndOrAtAnIndexLeavingTheOriginalAlone() {
        Catalogue added = seed.addEntry("3.1", newDataset);
        assertThat(added.section("3.1").entries()).last().isEqualTo(newDataset);
        assertThat(seed.section("3.1").entries()).doesNotContain(newDataset);
        assertThat(added.entryCount()).isEqualTo(seed.entryCount() + 1);

        Catalogue first = seed.addEntry("3.1", 0, newDataset);
        assertThat(first.section("3.1").entries()).first().isEqualTo(newDataset);
        assertThatThrownBy(() -> seed.addEntry("3.1", 99, newDataset)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("index must be between 0 and");
        assertThatThrownBy(() -> seed.addEntry("9", newDataset)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no section '9'; the sections are: 3 (LLM数据集)");
        assertThatThrownBy(() -> seed.addEntry("3.1", null)).hasMessage("entry must not be null");
    }

    @Test
    void sharesTheSectionsAnEditDoesNotTouch() {
        Catalogue added = seed.addEntry("3.1", newDataset);
        assertThat(added.sections().get(1)).isSameAs(seed.sections().get(1));
    }

    @Test
    void replacesEntriesByValueOrPlace() {
        Entry huatuo = seed.section("3.1").entries().get(0);
        Entry renamed = huatuo.withName("Huatuo-26M (v2)");
        Catalogue replaced = seed.replaceEntry(huatuo, renamed);
        assertThat(replaced.section("3.1").entries().get(0)).isEqualTo(renamed);
        assertThat(seed.replaceEntry("3.1", 0, renamed)).isEqualTo(replaced);
        assertThatThrownBy(() -> seed.replaceEntry(newDataset, renamed)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no entry equal to 'CMtMedQA'");
        assertThatThrownBy(() -> seed.replaceEntry("3.1", 100, renamed)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void removesEntriesByValueOrPlace() {
        Entry huatuo = seed.section("3.1").entries().get(0);
        Catalogue removed = seed.removeEntry(huatuo);
        assertThat(removed.allEntries()).doesNotContain(huatuo).hasSize(seed.entryCount() - 1);
        assertThat(seed.removeEntry("3.1", 0)).isEqualTo(removed);
        assertThat(seed.allEntries()).contains(huatuo);
    }

    @Test
    void anEntryHeldTwiceMustBeNamedByPlace() {
        Catalogue twice = seed.addEntry("3.1", newDataset).addEntry("5.2.2", newDataset);
        assertThatThrownBy(() -> twice.removeEntry(newDataset)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is in the catalogue 2 times (in 3 > 3.1 #17, 5 > 5.2 > 5.2.2 #6)");
    }

    @Test
    void movesEntriesBetweenAndWithinSections() {
        Entry apollo = seed.section("5.2.1").entries().get(1);
        Catalogue moved = seed.moveEntry(apollo, "5.2.2");
        assertThat(moved.section("5.2.1").entries()).doesNotContain(apollo);
        assertThat(moved.section("5.2.2").entries()).last().isEqualTo(apollo);
        assertThat(moved.entryCount()).isEqualTo(seed.entryCount());

        Catalogue atFront = seed.moveEntry(apollo, "5.2.1", 0);
        assertThat(atFront.section("5.2.1").entries()).extracting(Entry::name)
                .containsExactly("Apollo", "ApolloMoE", "MMedLM");
        Catalogue atEnd = seed.moveEntry(apollo, "5.2.1");
        assertThat(atEnd.section("5.2.1").entries()).extracting(Entry::name)
                .containsExactly("ApolloMoE", "MMedLM", "Apollo");
        assertThatThrownBy(() -> seed.moveEntry(apollo, "5.2.1", 3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index must be between 0 and 2, was 3");
    }

    @Test
    void addsRemovesAndRenamesSections() {
        Catalogue withVlm = seed.addSection(Section.of("4", "VLM数据集"));
        assertThat(withVlm.sections()).extracting(Section::label).containsExactly("3", "5", "4");
        Catalogue child = seed.addSection("3", Section.of("3.2", "英文"));
        assertThat(child.section("3").children()).extracting(Section::label).containsExactly("3.1", "3.2");
        Catalogue front = seed.addSection("5.2", 0, Section.of("5.2.0", "通用"));
        assertThat(front.section("5.2").children()).first().extracting(Section::label).isEqualTo("5.2.0");

        Catalogue removed = seed.removeSection("5.2.2");
        assertThat(removed.sections("5.2.2")).isEmpty();
        assertThat(removed.entryCount()).isEqualTo(seed.entryCount() - SeedSample.chineseModels().size());

        Catalogue renamed = seed.renameSection("3.1", "中文数据集");
        Section s = renamed.section("3.1");
        assertThat(s.title()).isEqualTo("中文数据集");
        assertThat(s.anchor()).isEqualTo("31-中文数据集");
        assertThat(s.entries()).isEqualTo(seed.section("3.1").entries());
        assertThat(seed.section("3.1").title()).isEqualTo("中文");
        assertThatThrownBy(() -> seed.renameSection("3.1", "")).hasMessage("title must not be blank");
    }

    @Test
    void isImmutableWithValueEquality() {
        assertThat(SeedSample.catalogue()).isEqualTo(seed).hasSameHashCodeAs(seed);
        assertThatThrownBy(() -> seed.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> seed.news().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> seed.allEntries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(seed.toBuilder().build()).isEqualTo(seed);
    }

    @Test
    void withMethodsAndBuilder() {
        assertThat(seed.withTitle("Medical_NLP")).isSameAs(seed);
        assertThat(seed.withIntroduction(seed.introduction())).isSameAs(seed);
        assertThat(seed.withNews(seed.news())).isSameAs(seed);
        assertThat(seed.withSections(seed.sections())).isSameAs(seed);
        assertThat(seed.withCitation(seed.citation().orElseThrow())).isSameAs(seed);
        assertThat(seed.withoutCitation().citation()).isEmpty();
        assertThat(seed.withoutCitation().withoutCitation()).isEqualTo(seed.withoutCitation());
        assertThat(seed.withTitle("Awesome-AI4Med").title()).isEqualTo("Awesome-AI4Med");
        assertThat(seed.withNews(List.of()).news()).isEmpty();
        assertThat(Catalogue.of("T", List.of()).introduction()).isEmpty();
        assertThatThrownBy(() -> Catalogue.builder(" ")).hasMessage("title must not be blank");
        assertThatThrownBy(() -> Catalogue.builder("T").section(null)).hasMessage("section must not be null");
        assertThatThrownBy(() -> Catalogue.builder("T").introduction(null)).hasMessage("introduction must not be null");
        assertThatThrownBy(() -> seed.withCitation(" ")).hasMessage("citation must not be blank");
    }

    @Test
    void aPathResolvesAlsoWhenATitleHoldsTheSeparator() {
        Catalogue c = Catalogue.builder("T")
                .section(Section.builder("a > b").child(Section.of("c")).build())
                .build();
        Section child = c.sections().get(0).children().get(0);
        String path = c.pathOf(child).orElseThrow();
        assertThat(path).isEqualTo("a > b > c");
        Catalogue added = c.addEntry(path, Entry.of("e", "https://example.org"));
        assertThat(added.sections().get(0).children().get(0).entries()).extracting(Entry::name).containsExactly("e");
    }

    @Test
    void aMissingSectionIsNamedBriefly() {
        Catalogue.Builder b = Catalogue.builder("T");
        for (int i = 0; i < 1_000; i++) {
            b.section(Section.of("x".repeat(1_000) + i));
        }
        Catalogue c = b.build();
        assertThatThrownBy(() -> c.addEntry("nothing", Entry.of("e", "https://example.org")))
                .isInstanceOf(java.util.NoSuchElementException.class)
                .hasMessageContaining("(1000 in all)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(6_000));
    }

    @Test
    void newsItemAddsAndNewsReplaces() {
        Catalogue c = Catalogue.builder("t").newsItem("2024/01", "a").newsItem(NewsItem.of("2024/02", "b"))
                .news(List.of(NewsItem.of("2024/03", "c"))).newsItem("2024/04", "d").build();
        assertThat(c.news()).extracting(NewsItem::text).containsExactly("c", "d");
    }

    @Test
    @SuppressWarnings("removal")
    void theDeprecatedNamesDoWhatTheNewOnesDo() {
        assertThat(seed.entries()).isEqualTo(seed.allEntries());
        assertThat(seed.size()).isEqualTo(seed.entryCount());
        Catalogue c = Catalogue.builder("t").news("2024/01", "a").news(NewsItem.of("2024/02", "b")).build();
        assertThat(c.news()).extracting(NewsItem::text).containsExactly("a", "b");
    }
}
