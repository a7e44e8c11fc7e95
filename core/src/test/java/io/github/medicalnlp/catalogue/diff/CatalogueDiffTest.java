package io.github.medicalnlp.catalogue.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueDiffTest {

    private final Catalogue seed = SeedSample.catalogue();
    private final Entry huatuo = seed.allEntries().get(0);

    @Test
    void equalCataloguesHaveNoChanges() {
        CatalogueDiff diff = CatalogueDiff.between(seed, SeedSample.catalogue());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.describe()).isEqualTo("no changes");
        assertThat(diff).hasToString("CatalogueDiff[no changes]");
    }

    @Test
    void reportsAddedAndRemovedEntriesWithTheirSections() {
        Entry added = Entry.of("CMtMedQA", "https://github.com/example/CMtMedQA");
        Catalogue newer = seed.addEntry("3.1", added).removeEntry(huatuo);
        CatalogueDiff diff = CatalogueDiff.between(seed, newer);
        assertThat(diff.added()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.ADDED);
            assertThat(c.after()).contains(added);
            assertThat(c.path()).isEqualTo("3 > 3.1");
        });
        assertThat(diff.removed()).singleElement().satisfies(c -> assertThat(c.before()).contains(huatuo));
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.sections()).isEmpty();
        assertThat(diff.describe()).isEqualTo("- 3 > 3.1: Huatuo-26M\n+ 3 > 3.1: CMtMedQA");
        assertThat(diff).hasToString("CatalogueDiff[1 added, 1 removed, 0 changed entries]");
    }

    @Test
    void matchesByPrimaryUrlSoARenameIsAChange() {
        Catalogue newer = seed.replaceEntry(huatuo, huatuo.withName("Huatuo-26M (Lite)"));
        CatalogueDiff diff = CatalogueDiff.between(seed, newer);
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.aspects()).containsExactly(EntryChange.Aspect.NAME);
            assertThat(c.before()).contains(huatuo);
            assertThat(c).hasToString("~ 3 > 3.1: Huatuo-26M -> Huatuo-26M (Lite) (name)");
        });
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
    }

    @Test
    void urlsAreComparedNormalised() {
        Entry moved = huatuo.withLinks(List.of(Link.of("http://www.github.com/freedomintelligence/huatuo-26m/",
                "地址", LinkRole.HOMEPAGE)));
        CatalogueDiff diff = CatalogueDiff.between(seed, seed.replaceEntry(huatuo, moved));
        assertThat(diff.changed()).singleElement().extracting(EntryChange::aspects)
                .isEqualTo(java.util.Set.of(EntryChange.Aspect.LINKS));
    }

    @Test
    void matchesByNameWhenTheUrlChanged() {
        Entry relinked = huatuo.toBuilder().links(List.of(Link.of("https://huggingface.co/datasets/FreedomIntelligence/Huatuo26M-Lite")))
                .kind(Kind.BENCHMARK).build();
        CatalogueDiff diff = CatalogueDiff.between(seed, seed.replaceEntry(huatuo, relinked));
        assertThat(diff.changed()).singleElement().extracting(EntryChange::aspects)
                .isEqualTo(java.util.Set.of(EntryChange.Aspect.LINKS, EntryChange.Aspect.KIND));
    }

    @Test
    void aMoveToAnotherSectionOrWithinOneIsAChange() {
        Entry apollo = seed.section("5.2.1").entries().get(1);
        CatalogueDiff moved = CatalogueDiff.between(seed, seed.moveEntry(apollo, "5.2.2"));
        assertThat(moved.changed()).singleElement().satisfies(c -> {
            assertThat(c.aspects()).containsExactly(EntryChange.Aspect.SECTION);
            assertThat(c.pathBefore()).contains("5 > 5.2 > 5.2.1");
            assertThat(c.pathAfter()).contains("5 > 5.2 > 5.2.2");
            assertThat(c).hasToString("~ 5 > 5.2 > 5.2.1 -> 5 > 5.2 > 5.2.2: Apollo (section)");
        });
        // ApolloMoE, Apollo, MMedLM -> ApolloMoE, MMedLM, Apollo: the entries off the longest run kept in order moved
        CatalogueDiff last = CatalogueDiff.between(seed, seed.moveEntry(apollo, "5.2.1", 2));
        assertThat(last.changed()).singleElement().satisfies(c -> {
            assertThat(c.aspects()).containsExactly(EntryChange.Aspect.POSITION);
            assertThat(c.valueBefore(EntryChange.Aspect.POSITION)).isEqualTo("#2");
            assertThat(c.valueAfter(EntryChange.Aspect.POSITION)).isEqualTo("#3");
            assertThat(c).hasToString("~ 5 > 5.2 > 5.2.1: Apollo (position)");
        });
        assertThat(last.summary()).isEqualTo("0 added, 0 removed, 1 changed entries");
    }

    @Test
    void duplicatesArePairedInDocumentOrder() {
        // 3.1 of the seed has the same URL under two names: removing the second one removes it, not the first.
        Entry second = seed.section("3.1").entries().stream()
                .filter(e -> e.name().equals("中文医药方面的问答数据集")).findFirst().orElseThrow();
        CatalogueDiff diff = CatalogueDiff.between(seed, seed.removeEntry(second));
        assertThat(diff.removed()).singleElement().extracting(EntryChange::name).isEqualTo("中文医药方面的问答数据集");
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void reportsSectionsAddedRemovedAndRenamed() {
        Catalogue newer = seed.renameSection("3.1", "中文数据集")
                .addSection(Section.of("4", "VLM数据集"))
                .removeSection("5.2.3");
        CatalogueDiff diff = CatalogueDiff.between(seed, newer);
        assertThat(diff.sections(ChangeType.RENAMED)).singleElement()
                .hasToString("~ section 3 > 3.1: 中文 -> 中文数据集");
        assertThat(diff.sections(ChangeType.ADDED)).singleElement().hasToString("+ section 4 VLM数据集");
        assertThat(diff.sections(ChangeType.REMOVED)).singleElement().hasToString("- section 5 > 5.2 > 5.2.3 英文医疗大语言模型");
        assertThat(diff.removed()).hasSize(SeedSample.englishModels().size());
        assertThat(diff.changed()).as("a renamed section keeps its entries' paths").isEmpty();
    }

    @Test
    void unnumberedSectionsAtTheSamePlaceAreRenamed() {
        Catalogue older = Catalogue.of("T", List.of(Section.of("Datasets"), Section.of("Models"), Section.of("Papers")));
        Catalogue newer = Catalogue.of("T", List.of(Section.of("Datasets"), Section.of("Pretrained models"),
                Section.of("Papers")));
        CatalogueDiff diff = CatalogueDiff.between(older, newer);
        assertThat(diff.sections()).singleElement().hasToString("~ section Pretrained models: Models -> Pretrained models");
        CatalogueDiff removed = CatalogueDiff.between(older, Catalogue.of("T", List.of(Section.of("Datasets"),
                Section.of("Papers"))));
        assertThat(removed.sections()).singleElement().hasToString("- section Models Models");
    }

    @Test
    void reportsTitleIntroductionCitationAndNews() {
        Catalogue older = seed.toBuilder().introduction("旧的介绍").newsItem("2024/11/14", "新增 3.1").build().withoutCitation();
        Catalogue newer = older.withTitle("Awesome-AI4Med").withIntroduction("新的介绍\n第二段")
                .withCitation("@misc{medical_nlp}").withNews(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(NewsItem.of("2024/11/26", "新增 4. VLM数据集")), older.news().stream()).toList());
        CatalogueDiff diff = CatalogueDiff.between(older, newer);
        assertThat(diff.isEmpty()).isFalse();
        assertThat(diff.entries()).isEmpty();
        assertThat(diff.part(CatalogueChange.Part.TITLE)).hasValueSatisfying(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.CHANGED);
            assertThat(c.before()).contains(seed.title());
            assertThat(c.after()).contains("Awesome-AI4Med");
        });
        assertThat(diff.part(CatalogueChange.Part.INTRODUCTION)).hasValueSatisfying(c ->
                assertThat(c.after()).contains("新的介绍\n第二段"));
        assertThat(diff.part(CatalogueChange.Part.CITATION)).hasValueSatisfying(c ->
                assertThat(c.type()).isEqualTo(ChangeType.ADDED));
        assertThat(diff.news()).containsExactly(new NewsChange(ChangeType.ADDED, NewsItem.of("2024/11/26", "新增 4. VLM数据集")));
        assertThat(diff.describe()).isEqualTo("""
                ~ title: %s -> Awesome-AI4Med
                ~ introduction: 旧的介绍 -> 新的介绍 第二段
                + citation: @misc{medical_nlp}
                + news 2024/11/26: 新增 4. VLM数据集""".formatted(seed.title()));
        assertThat(diff.summary()).isEqualTo("0 added, 0 removed, 0 changed entries; 1 added, 0 removed, 0 moved news items;"
                + " title, introduction, citation changed");
        CatalogueDiff back = CatalogueDiff.between(newer, older);
        assertThat(back.part(CatalogueChange.Part.CITATION)).hasValueSatisfying(c ->
                assertThat(c.type()).isEqualTo(ChangeType.REMOVED));
        assertThat(back.news()).extracting(NewsChange::type).containsExactly(ChangeType.REMOVED);
    }

    @Test
    void addedAndRemovedEntriesCarryTheirSectionTitleAndPrimaryUrl() {
        Entry added = Entry.builder("CMtMedQA").link("https://arxiv.org/abs/2401.01234", "论文", LinkRole.PAPER)
                .link("https://github.com/example/CMtMedQA", "地址", LinkRole.HOMEPAGE).build();
        CatalogueDiff diff = CatalogueDiff.between(seed, seed.addEntry("3.1", added).removeEntry(huatuo));
        assertThat(diff.added()).singleElement().satisfies(c -> {
            assertThat(c.sectionTitle()).isEqualTo("中文");
            assertThat(c.primaryUrl()).contains("https://github.com/example/CMtMedQA");
            assertThat(c.indexAfter()).contains(seed.section("3.1").entries().size() - 1);
        });
        assertThat(diff.removed()).singleElement().satisfies(c -> {
            assertThat(c.sectionTitle()).isEqualTo("中文");
            assertThat(c.primaryUrl()).contains("https://github.com/FreedomIntelligence/Huatuo-26M");
        });
    }

    @Test
    void changedEntriesCarryTheValuesBeforeAndAfter() {
        Entry changed = huatuo.toBuilder().name("Huatuo-26M (Lite)").kind(Kind.BENCHMARK).tag("lite")
                .fields(List.of(io.github.medicalnlp.catalogue.TextField.of("简介", "精简版"))).build();
        CatalogueDiff diff = CatalogueDiff.between(seed, seed.replaceEntry(huatuo, changed));
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.aspects()).containsExactlyInAnyOrder(EntryChange.Aspect.NAME, EntryChange.Aspect.KIND,
                    EntryChange.Aspect.TAGS, EntryChange.Aspect.FIELDS);
            assertThat(c.valueBefore(EntryChange.Aspect.NAME)).isEqualTo("Huatuo-26M");
            assertThat(c.valueAfter(EntryChange.Aspect.NAME)).isEqualTo("Huatuo-26M (Lite)");
            assertThat(c.valueBefore(EntryChange.Aspect.KIND)).isEqualTo("dataset");
            assertThat(c.valueAfter(EntryChange.Aspect.KIND)).isEqualTo("benchmark");
            assertThat(c.valueBefore(EntryChange.Aspect.TAGS)).isEqualTo("(none)");
            assertThat(c.valueAfter(EntryChange.Aspect.TAGS)).isEqualTo("lite");
            assertThat(c.valueBefore(EntryChange.Aspect.FIELDS)).isEqualTo("简介：Huatuo-26M 是迄今为止最大的中医问答数据集。");
            assertThat(c.valueAfter(EntryChange.Aspect.FIELDS)).isEqualTo("简介：精简版");
            assertThatThrownBy(() -> c.valueBefore(EntryChange.Aspect.LINKS)).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void reportsSectionsRenumberedAndMoved() {
        Section english = seed.section("5.2.3");
        Catalogue renumbered = seed.withSections(seed.sections().stream().map(s -> s.number().equals(java.util.Optional.of("3"))
                ? s.withNumber("4") : s).toList());
        CatalogueDiff diff = CatalogueDiff.between(seed, renumbered);
        assertThat(diff.sections()).extracting(SectionChange::type).contains(ChangeType.RENUMBERED);
        assertThat(diff.sections(ChangeType.RENUMBERED)).first().hasToString("~ section 3 -> 4: LLM数据集 (number)");
        assertThat(diff.changed()).as("its entries stay in it").isEmpty();
        Catalogue moved = seed.removeSection("5.2.3").addSection(english);
        CatalogueDiff m = CatalogueDiff.between(seed, moved);
        assertThat(m.sections()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.MOVED);
            assertThat(c.aspects()).contains(SectionChange.Aspect.PARENT);
            assertThat(c.pathBefore()).contains("5 > 5.2 > 5.2.3");
            assertThat(c.pathAfter()).contains("5.2.3");
        });
        assertThat(m.entries()).isEmpty();
        assertThat(m.summary()).isEqualTo("0 added, 0 removed, 0 changed entries; 0 added, 0 removed, 1 changed sections");
    }

    @Test
    void theTwoArgumentConstructorStillWorks() {
        CatalogueDiff diff = new CatalogueDiff(List.of(), List.of());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.parts()).isEmpty();
        assertThat(diff.news()).isEmpty();
    }

    @Test
    void listsAreImmutableAndArgumentsChecked() {
        CatalogueDiff diff = CatalogueDiff.between(seed, seed.removeEntry(huatuo));
        assertThatThrownBy(() -> diff.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CatalogueDiff.between(null, seed)).hasMessage("older must not be null");
        assertThatThrownBy(() -> CatalogueDiff.between(seed, null)).hasMessage("newer must not be null");
        assertThat(diff).isEqualTo(CatalogueDiff.between(seed, seed.removeEntry(huatuo)));
    }
}
