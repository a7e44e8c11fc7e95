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
    @CsvSource({"VLM, TEXT IMAGE", "vision language, TEXT IMAGE", "多模态, TEXT IMAGE", "text, TEXT", "speech, AUDIO",
        "ECG, TIME_SERIES", "volume-3d, VOLUME_3D", "表格, TABULAR"})
    void modalitiesParseFromSynonyms(String text, String modalities) {
        assertThat(Modality.parseAll(text)).containsExactlyInAnyOrder(
                java.util.Arrays.stream(modalities.split(" ")).map(Modality::valueOf).toArray(Modality[]::new));
    }

    @ParameterizedTest
    @CsvSource({"QA, QUESTION_ANSWERING", "qa, QUESTION_ANSWERING", "question answering, QUESTION_ANSWERING",
        "NER, NAMED_ENTITY_RECOGNITION", "token-classification, NAMED_ENTITY_RECOGNITION", "NED, ENTITY_LINKING",
        "entity linking, ENTITY_LINKING", "STS, SEMANTIC_SIMILARITY", "sentence-similarity, SEMANTIC_SIMILARITY",
        "summarisation, SUMMARIZATION", "SUM, SUMMARIZATION", "问答, QUESTION_ANSWERING", "分词, WORD_SEGMENTATION",
        "text-mining, INFORMATION_EXTRACTION", "machine-reading, QUESTION_ANSWERING", "De_Identification, DE_IDENTIFICATION",
        "VQA, VISUAL_QUESTION_ANSWERING", "text-retrieval, RETRIEVAL"})
    void tasksParseFromTheirIdsBigBioAndHuggingFaceNamesAndSynonyms(String text, Task task) {
        assertThat(Task.parse(text)).isSameAs(task);
    }

    @Test
    void everyTaskHasAKebabIdAndItsMappings() {
        for (Task t : Task.values()) {
            assertThat(t.id()).matches("[a-z]+(-[a-z0-9]+)*");
            assertThat(Task.parse(t.id())).isSameAs(t);
            t.bigBioName().ifPresent(n -> assertThat(Task.parse(n)).isSameAs(t));
            t.huggingFaceName().ifPresent(n -> assertThat(Task.parse(n)).isSameAs(t));
        }
        assertThat(Task.QUESTION_ANSWERING.bigBioName()).contains("QA");
        assertThat(Task.NAMED_ENTITY_RECOGNITION.huggingFaceName()).contains("token-classification");
        assertThat(Task.DIALOGUE.bigBioName()).isEmpty();
        assertThatThrownBy(() -> Task.parse("ehr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question-answering");
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
