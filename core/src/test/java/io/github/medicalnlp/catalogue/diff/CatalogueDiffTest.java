package io.github.medicalnlp.catalogue.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueDiffTest {

    private final Catalogue seed = SeedSample.catalogue();
    private final Entry huatuo = seed.entries().get(0);

    @Test
    void equalCataloguesHaveNoChanges() {
        CatalogueDiff diff = CatalogueDiff.between(seed, SeedSample.catalogue());
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff).hasToString("no changes");
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
        assertThat(diff).hasToString("- 3 > 3.1: Huatuo-26M\n+ 3 > 3.1: CMtMedQA");
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
    void aMoveToAnotherSectionIsAChangeAndAMoveWithinOneIsNot() {
        Entry apollo = seed.section("5.2.1").orElseThrow().entries().get(1);
        CatalogueDiff moved = CatalogueDiff.between(seed, seed.moveEntry(apollo, "5.2.2"));
        assertThat(moved.changed()).singleElement().satisfies(c -> {
            assertThat(c.aspects()).containsExactly(EntryChange.Aspect.SECTION);
            assertThat(c.pathBefore()).contains("5 > 5.2 > 5.2.1");
            assertThat(c.pathAfter()).contains("5 > 5.2 > 5.2.2");
            assertThat(c).hasToString("~ 5 > 5.2 > 5.2.1 -> 5 > 5.2 > 5.2.2: Apollo (section)");
        });
        assertThat(CatalogueDiff.between(seed, seed.moveEntry(apollo, "5.2.1", 0)).isEmpty()).isTrue();
    }

    @Test
    void duplicatesArePairedInDocumentOrder() {
        // 3.1 of the seed has the same URL under two names: removing the second one removes it, not the first.
        Entry second = seed.section("3.1").orElseThrow().entries().stream()
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
    void listsAreImmutableAndArgumentsChecked() {
        CatalogueDiff diff = CatalogueDiff.between(seed, seed.removeEntry(huatuo));
        assertThatThrownBy(() -> diff.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CatalogueDiff.between(null, seed)).hasMessage("older must not be null");
        assertThatThrownBy(() -> CatalogueDiff.between(seed, null)).hasMessage("newer must not be null");
        assertThat(diff).isEqualTo(CatalogueDiff.between(seed, seed.removeEntry(huatuo)));
    }
}
