package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryTest {

    private final Catalogue seed = SeedSample.catalogue();

    private static List<String> names(Query q) {
        return q.entries().stream().map(Entry::name).toList();
    }

    @Test
    void anEmptyQueryMatchesEverythingInSourceOrder() {
        assertThat(seed.query().count()).isEqualTo(seed.entryCount());
        assertThat(seed.query().entries()).isEqualTo(seed.allEntries());
        assertThat(seed.query().catalogue()).isSameAs(seed);
    }

    @Test
    void everyStepReturnsANewQueryAndLeavesTheOldOneAlone() {
        Query all = seed.query();
        Query datasets = all.kind(Kind.DATASET);
        Query limited = datasets.limit(2);
        assertThat(datasets).isNotSameAs(all);
        assertThat(all.count()).isEqualTo(seed.entryCount());
        assertThat(datasets.count()).isEqualTo(13);
        assertThat(limited.count()).isEqualTo(2);
        assertThat(datasets.count()).isEqualTo(13);
    }

    @Test
    void filtersByKindLanguageModalityTaskAndTag() {
        assertThat(seed.query().kind(Kind.KNOWLEDGE_GRAPH).count()).isEqualTo(4);
        assertThat(seed.query().kind(Kind.KNOWLEDGE_GRAPH, Kind.DATASET).count()).isEqualTo(17);
        assertThat(names(seed.query().language(Language.MULTILINGUAL))).containsExactly("ApolloMoE", "Apollo", "MMedLM");
        assertThat(seed.query().language("English").count()).isEqualTo(12);
        assertThat(names(seed.query().modality(Modality.IMAGE)))
                .containsExactly("Visual Med-Alpaca", "LLaVA-Med", "Med-Flamingo");
        assertThat(names(seed.query().multimodal())).containsExactly("Visual Med-Alpaca", "LLaVA-Med", "Med-Flamingo");
        assertThat(seed.query().task(Task.QUESTION_ANSWERING).count()).isEqualTo(seed.query().task("问答").count());
        assertThat(seed.query().task("named-entity-recognition").count())
                .isEqualTo(seed.query().task("token-classification").count()).isEqualTo(seed.query().task("NER").count())
                .isPositive();
        assertThatThrownBy(() -> seed.query().task("exam")).isInstanceOf(IllegalArgumentException.class);
        assertThat(names(seed.query().repository("FreedomIntelligence").kind(Kind.MODEL))).contains("HuatuoGPT")
                .doesNotContain("ChatDoctor");
        assertThat(names(seed.query().repository("freedomintelligence/"))).as("a trailing slash is the owner")
                .isEqualTo(names(seed.query().repository("FreedomIntelligence")));
        assertThat(seed.query().repository("FreedomIntelligence/HuatuoGPT").count()).isEqualTo(1);
        assertThat(seed.query().repository("Freedom").count()).as("an owner, not a prefix").isZero();
        assertThatThrownBy(() -> seed.query().repository(" ")).hasMessage("repository must not be blank");
        assertThat(seed.query().task("QA").count()).isEqualTo(seed.query().task("qa").count()).isPositive();
        Catalogue tagged = seed.replaceEntry("3.1", 0, seed.allEntries().get(0).withTags(List.of("Huatuo")));
        assertThat(names(tagged.query().tag("huatuo"))).containsExactly("Huatuo-26M");
        assertThat(tagged.query().tag("nothing").count()).isZero();
    }

    @Test
    void filtersBySectionNumberTitlePathOrAnchorIncludingDescendants() {
        assertThat(seed.query().section("5.2").count()).isEqualTo(21);
        assertThat(seed.query().section("5").count()).isEqualTo(21);
        assertThat(seed.query().section("中文").count()).isEqualTo(17);
        assertThat(seed.query().section("5 > 5.2 > 5.2.1").count()).isEqualTo(3);
        assertThat(seed.query().section("5 > 5.2").count()).isEqualTo(21);
        assertThat(seed.query().section("#31-中文").count()).isEqualTo(17);
        assertThatThrownBy(() -> seed.query().section("4.1")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no section '4.1'");
    }

    @Test
    void textSearchIsCaseInsensitiveNfkcAndFindsChineseSubstrings() {
        assertThat(names(seed.query().text("CHATDOCTOR"))).containsExactly("ChatDoctor");
        assertThat(names(seed.query().text("ＣｈａｔＤｏｃｔｏｒ"))).containsExactly("ChatDoctor");
        assertThat(names(seed.query().text("三元组"))).containsExactly("xywy-KG(294K三元组)", "39Health-KG (210K三元组)",
                "CPubMed-KG (4.4M三元组)", "中文医学知识图谱 CMeKG (1M三元组)");
        assertThat(seed.query().text("简介").count()).as("field labels are searched").isPositive();
        assertThat(seed.query().text("地址").count()).as("link labels are searched").isEqualTo(seed.entryCount());
        assertThat(seed.query().text("github.com").count()).as("addresses are text")
                .isEqualTo(seed.query().host("github.com").count());
    }

    @Test
    void filtersByLinkHostAndRole() {
        assertThat(names(seed.query().host("openkg.cn"))).containsExactly("Yidu-S4K", "Yidu-N7K");
        assertThat(names(seed.query().host("aliyun.com"))).contains("瑞金医院糖尿病数据集 (糖尿病)");
        assertThat(names(seed.query().host("GALACTICA.ORG"))).containsExactly("Galactica");
        assertThat(seed.query().hasGitHubRepository().count()).isEqualTo(seed.entryCount() - 8);
        assertThat(seed.query().hasLink(LinkRole.HOMEPAGE).count()).isEqualTo(seed.entryCount());
        assertThat(seed.query().hasLink(LinkRole.PAPER).count()).isZero();
        Catalogue withPaper = seed.replaceEntry("3.1", 0, seed.allEntries().get(0).toBuilder()
                .link("https://arxiv.org/abs/2305.01526", "论文地址", LinkRole.PAPER)
                .link("https://huggingface.co/datasets/FreedomIntelligence/Huatuo26M-Lite", "HF", LinkRole.DATA).build());
        assertThat(names(withPaper.query().hasPaper())).containsExactly("Huatuo-26M");
        assertThat(names(withPaper.query().hasLink(LinkRole.PAPER))).containsExactly("Huatuo-26M");
        assertThat(names(withPaper.query().hasHuggingFaceRepository())).containsExactly("Huatuo-26M");
    }

    @Test
    void filtersByGroup() {
        Catalogue grouped = seed.replaceEntry("3.1", 1, seed.allEntries().get(1).withGroup("对话"));
        assertThat(names(grouped.query().group("对话"))).containsExactly("中文医疗对话数据集");
    }

    @Test
    void stepsCombineWithAndWhileAnyOfAndNotGiveOrAndNot() {
        Query q = seed.query().kind(Kind.MODEL).language(Language.CHINESE);
        assertThat(q.count()).isEqualTo(6);
        assertThat(seed.query().anyOf(EntryFilter.language(Language.MULTILINGUAL), EntryFilter.text("ChatDoctor"))
                .count()).isEqualTo(4);
        assertThat(seed.query().kind(Kind.MODEL).not(EntryFilter.language(Language.ENGLISH)).count()).isEqualTo(9);
        assertThat(seed.query().anyOf().count()).isZero();
        assertThat(seed.query().where((Entry e) -> e.name().startsWith("Med")).count()).isEqualTo(4);
    }

    @Test
    void ordersByNameOrSectionOrAComparatorStably() {
        List<String> byName = names(seed.query().section("5.2.1").orderBy(Order.NAME));
        assertThat(byName).containsExactly("Apollo", "ApolloMoE", "MMedLM");
        List<Match> bySection = seed.query().orderBy(Order.SECTION).list();
        assertThat(bySection.get(0).path()).isEqualTo("3 > 3.1");
        assertThat(bySection).last().extracting(Match::path).isEqualTo("5 > 5.2 > 5.2.3");
        assertThat(names(seed.query().orderBy(Order.SOURCE))).isEqualTo(names(seed.query()));
        List<String> byLength = names(seed.query().section("5.2.1")
                .orderBy((Match a, Match b) -> Integer.compare(a.name().length(), b.name().length())));
        assertThat(byLength).containsExactly("Apollo", "MMedLM", "ApolloMoE");
        assertThatThrownBy(() -> seed.query().orderBy((Order) null)).hasMessage("order must not be null");
    }

    @Test
    void sectionOrderComparesNumbersAsNumbers() {
        Catalogue c = Catalogue.of("T", List.of(
                Section.builder("ten").number("10").entry(Entry.of("x")).build(),
                Section.builder("two").number("2").entry(Entry.of("y")).build()));
        assertThat(c.query().orderBy(Order.SECTION).list()).extracting(Match::name).containsExactly("y", "x");
    }

    @Test
    void skipAndLimitSliceAfterOrdering() {
        assertThat(names(seed.query().section("5.2.1").skip(1))).containsExactly("Apollo", "MMedLM");
        assertThat(names(seed.query().section("5.2.1").orderBy(Order.NAME).skip(1).limit(1))).containsExactly("ApolloMoE");
        assertThat(seed.query().limit(0).count()).isZero();
        assertThatThrownBy(() -> seed.query().limit(-1)).hasMessage("maxSize must not be negative, was -1");
        assertThatThrownBy(() -> seed.query().skip(-2)).hasMessage("count must not be negative, was -2");
    }

    @Test
    void terminalOperations() {
        Query q = seed.query().section("5.2.1");
        assertThat(q.first()).map(Match::name).contains("ApolloMoE");
        assertThat(q.text("nothing-like-this").first()).isEmpty();
        assertThat(q.stream().map(Match::name)).containsExactly("ApolloMoE", "Apollo", "MMedLM");
        assertThat(q.list()).allSatisfy(m -> assertThat(m.path()).isEqualTo("5 > 5.2 > 5.2.1"));
        assertThatThrownBy(() -> q.list().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void groupByKeepsKeysInOrderOfFirstAppearance() {
        Map<Optional<Kind>, List<Match>> byKind = seed.query().groupBy(Match::kind);
        assertThat(byKind.keySet()).containsExactly(Optional.of(Kind.DATASET), Optional.of(Kind.KNOWLEDGE_GRAPH),
                Optional.of(Kind.MODEL));
        assertThat(byKind.get(Optional.of(Kind.MODEL))).hasSize(21);
        assertThatThrownBy(() -> byKind.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> seed.query().groupBy(m -> null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("classifier returned null for Match[Huatuo-26M · dataset · zh · 3.1]");
    }

    @Test
    void toCatalogueKeepsAncestorsOfMatchesAndDropsEmptyBranches() {
        Catalogue pruned = seed.query().language(Language.MULTILINGUAL).toCatalogue();
        assertThat(pruned.title()).isEqualTo(seed.title());
        assertThat(pruned.news()).isEqualTo(seed.news());
        assertThat(pruned.citation()).isEqualTo(seed.citation());
        assertThat(pruned.allSections()).extracting(Section::label).containsExactly("5", "5.2", "5.2.1");
        assertThat(pruned.allEntries()).extracting(Entry::name).containsExactly("ApolloMoE", "Apollo", "MMedLM");
        assertThat(pruned.section("5.2").title()).isEqualTo("医疗LLM");

        Catalogue sortedStillInSourceOrder = seed.query().section("5.2.1").orderBy(Order.NAME).toCatalogue();
        assertThat(sortedStillInSourceOrder.allEntries()).extracting(Entry::name)
                .containsExactly("ApolloMoE", "Apollo", "MMedLM");
        assertThat(seed.query().text("no such text").toCatalogue().sections()).isEmpty();
        assertThat(seed.query().toCatalogue()).isEqualTo(seed);
    }

    @Test
    void describesItself() {
        assertThat(seed.query().kind(Kind.DATASET).text("问答").limit(3))
                .hasToString("Query[kind=dataset, text=\"问答\", limit=3] → 3 matches");
        assertThat(seed.query()).hasToString("Query[all] → " + seed.entryCount() + " matches");
        assertThat(seed.query().text("Huatuo-26M")).hasToString("Query[text=\"Huatuo-26M\"] → 1 match");
        assertThat(seed.query().orderBy(Order.NAME).skip(1)).hasToString("Query[all, order=name, skip=1] → "
                + (seed.entryCount() - 1) + " matches");
        assertThat(seed.query().where(e -> {
            throw new IllegalStateException("a user's predicate");
        }).toString()).startsWith("Query[where(").endsWith("] → ?");
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> Query.of(null)).hasMessage("catalogue must not be null");
        assertThatThrownBy(() -> seed.query().where((EntryFilter) null)).hasMessage("filter must not be null");
        assertThatThrownBy(() -> seed.query().text(" ")).hasMessage("text must not be blank");
        assertThatThrownBy(() -> seed.query().kind((Kind) null)).hasMessage("kinds[0] must not be null");
    }
}
