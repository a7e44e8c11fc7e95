package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Kind, LinkRole and Modality: their words and parsing. */
class VocabularyTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindParsesFromItsWordAndName(Kind kind) {
        assertThat(Kind.parse(kind.word())).isSameAs(kind);
        assertThat(Kind.parse(kind.name())).isSameAs(kind);
        assertThat(kind.word()).isLowerCase().doesNotContain("_");
        assertThat(kind).hasToString(kind.word());
    }

    @ParameterizedTest
    @EnumSource(LinkRole.class)
    void everyRoleParsesFromItsWord(LinkRole role) {
        assertThat(LinkRole.parse(role.word())).isSameAs(role);
    }

    @ParameterizedTest
    @EnumSource(Modality.class)
    void everyModalityParsesFromItsWord(Modality modality) {
        assertThat(Modality.parse(modality.word())).isSameAs(modality);
    }

    @ParameterizedTest
    @CsvSource({"数据集, DATASET", "Datasets, DATASET", "knowledge graph, KNOWLEDGE_GRAPH", "知识图谱, KNOWLEDGE_GRAPH",
        "比赛, COMPETITION", "论文, PAPER", "link-collection, LINK_COLLECTION"})
    void kindsParseFromSynonyms(String text, Kind kind) {
        assertThat(Kind.parse(text)).isSameAs(kind);
    }

    @ParameterizedTest
    @CsvSource({"论文地址, PAPER", "arXiv, PAPER", "项目地址, CODE", "GitHub, CODE", "HF, WEIGHTS", "地址, HOMEPAGE"})
    void rolesParseFromLabels(String text, LinkRole role) {
        assertThat(LinkRole.parse(text)).isSameAs(role);
    }

    @ParameterizedTest
    @CsvSource({"VLM, VISION_LANGUAGE", "vision language, VISION_LANGUAGE", "多模态, MULTIMODAL", "text, TEXT"})
    void modalitiesParseFromSynonyms(String text, Modality modality) {
        assertThat(Modality.parse(text)).isSameAs(modality);
    }

    @Test
    void unknownWordsAreRejectedListingTheAcceptedOnes() {
        assertThatThrownBy(() -> Kind.parse("spaceship")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind 'spaceship' is not one of: benchmark, competition, dataset");
        assertThatThrownBy(() -> LinkRole.parse("x")).hasMessageContaining("homepage, paper, code");
        assertThatThrownBy(() -> Modality.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("modality must not be null");
        assertThatThrownBy(() -> Kind.parse(" ")).hasMessage("kind must not be blank");
    }
}
