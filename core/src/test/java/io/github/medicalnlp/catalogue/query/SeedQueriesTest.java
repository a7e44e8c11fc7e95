package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.SeedSample;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The realistic queries of the foundation issue, over sections 3.1 and 5.2 of the seed built in code. */
class SeedQueriesTest {

    private final Catalogue seed = SeedSample.catalogue();

    @Test
    void chineseDatasetsWhoseTextContainsQuestionAnswering() {
        List<Match> found = seed.query().kind(Kind.DATASET).language(Language.CHINESE).text("问答").list();
        assertThat(found).extracting(Match::name).containsExactly(
                "Huatuo-26M", "中文医疗对话数据集", "cMedQA2 (108K)", "中文医药方面的问答数据集", "中文医患问答对话数据");
        assertThat(found).extracting(Match::path).containsOnly("3 > 3.1");
    }

    @Test
    void entriesUnder52WithAGitHubRepository() {
        List<Match> found = seed.query().section("5.2").hasGitHubRepository().list();
        assertThat(found).hasSize(20);
        assertThat(found).extracting(Match::name).doesNotContain("Galactica").contains("HuatuoGPT-II", "ApolloMoE");
        assertThat(found).extracting(m -> m.entry().gitHubRepositories().get(0))
                .contains("FreedomIntelligence/HuatuoGPT-II", "microsoft/LLaVA-Med");
    }

    @Test
    void groupedByKind() {
        Map<Optional<Kind>, List<Match>> byKind = seed.query().groupBy(Match::kind);
        assertThat(byKind).containsOnlyKeys(Optional.of(Kind.DATASET), Optional.of(Kind.KNOWLEDGE_GRAPH),
                Optional.of(Kind.MODEL));
        assertThat(byKind.get(Optional.of(Kind.DATASET))).hasSize(13);
        assertThat(byKind.get(Optional.of(Kind.KNOWLEDGE_GRAPH))).extracting(Match::name)
                .containsExactly("xywy-KG(294K三元组)", "39Health-KG (210K三元组)", "CPubMed-KG (4.4M三元组)",
                        "中文医学知识图谱 CMeKG (1M三元组)");
        assertThat(byKind.get(Optional.of(Kind.MODEL))).hasSize(21);
    }
}
