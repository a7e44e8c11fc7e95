package io.github.medicalnlp.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tables of {@link Vocabularies}: each word is used as its row says — a name gives its value to the
 * parser, a word found in a text gives it there too — and no name names two values.
 */
class VocabulariesTest {

    private record Table(String what, Vocabulary<?> vocabulary, Function<String, ?> parse) {
        @Override
        public String toString() {
            return what;
        }
    }

    private static final List<Table> TABLES = List.of(
            new Table("link roles", Vocabularies.LINK_ROLES, LinkRole::parse),
            new Table("kinds", Vocabularies.KINDS, Kind::parse),
            new Table("modalities", Vocabularies.MODALITIES, Modality::parseAll),
            new Table("tasks", Vocabularies.TASKS, Task::parse),
            new Table("languages", Vocabularies.LANGUAGES, Language::parse));

    static Stream<Arguments> everyWord() {
        List<Arguments> out = new ArrayList<>();
        for (Table t : TABLES) {
            for (Vocabulary.Row<?> row : t.vocabulary().rows()) {
                for (String word : row.words()) {
                    out.add(Arguments.of(t, row.use(), word, row.value()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {2} ({1}) -> {3}")
    @MethodSource("everyWord")
    void everyWordGivesItsValueTheWaysItsRowSays(Table t, Vocabulary.Use use, String word, Object value) {
        if (use != Vocabulary.Use.HINTS) {
            assertThat(t.parse().apply(word)).isEqualTo(value);
            assertThat(t.vocabulary().named(word).orElse(null)).isEqualTo(value);
        }
        if (use != Vocabulary.Use.NAMES) {
            assertThat(t.vocabulary().find(word).orElse(null)).isEqualTo(value);
            assertThat(t.vocabulary().find("[" + word.toUpperCase(Locale.ROOT) + "] 2024").orElse(null)).isEqualTo(value);
        }
    }

    @Test
    void noNameNamesTwoValues() {
        for (Table t : TABLES) {
            Map<String, Object> seen = new HashMap<>();
            for (Vocabulary.Row<?> row : t.vocabulary().rows()) {
                if (row.use() == Vocabulary.Use.HINTS) {
                    continue;
                }
                for (String word : row.words()) {
                    Object before = seen.put(word.replaceAll("[\\s_-]+", "-"), row.value());
                    assertThat(before).as(t + ": " + word).isIn(null, row.value());
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // section titles of the corpus, Chinese and English editions alike
        "数据集 | DATASET", "Datasets | DATASET", "中文数据集 | DATASET", "data set | DATASET", "LLM数据集 | DATASET",
        "术语集/语料库 | DATASET", "评测/比赛 | COMPETITION", "Evaluation/Competition | COMPETITION",
        "CBLUE测评 | BENCHMARK", "CBLUE evaluation | BENCHMARK", "医疗VLM Benchmark | BENCHMARK",
        "中文医学知识图谱 | KNOWLEDGE_GRAPH", "CPubMed-KG (4.4M triplets) | KNOWLEDGE_GRAPH",
        "Medical LLMs | MODEL", "医疗PLM | MODEL", "开源预训练模型 | MODEL", "Open-source Toolkits | TOOLKIT",
        "Libraries | TOOLKIT", "工业级产品解决方案 | PRODUCT", "blog分享 | BLOG", "友情链接 | LINK_COLLECTION",
        "Friendly Links | LINK_COLLECTION", "相关论文 | PAPER", "综述类文章 | PAPER"})
    void sectionTitlesGiveKinds(String title, Kind kind) {
        assertThat(Vocabularies.KINDS.find(title)).contains(kind);
    }

    @Test
    void someNamesSayNothingAsATitle() {
        // awesome-healthcare's "Data" lists software; 其他 holds anything; "Linking" is no link collection
        assertThat(Vocabularies.KINDS.find("Data")).isEmpty();
        assertThat(Vocabularies.KINDS.find("其他")).isEmpty();
        assertThat(Vocabularies.KINDS.find("Medical entity Linking (standardization)")).isEmpty();
        assertThat(Kind.parse("data")).isSameAs(Kind.DATASET);
        assertThat(Kind.parse("其他")).isSameAs(Kind.OTHER);
        // as a title, 多模态 and vision are images with text; as names they keep their own modality
        assertThat(Vocabularies.MODALITIES.find("Multimodal")).contains(Set.of(Modality.TEXT, Modality.IMAGE));
        assertThat(Vocabularies.MODALITIES.find("多模态数据集")).contains(Set.of(Modality.TEXT, Modality.IMAGE));
        assertThat(Modality.parseAll("多模态")).containsExactlyInAnyOrder(Modality.TEXT, Modality.IMAGE);
        assertThat(Modality.parseAll("vision-language")).containsExactlyInAnyOrder(Modality.TEXT, Modality.IMAGE);
        assertThat(Modality.parseAll("speech")).containsExactly(Modality.AUDIO);
        assertThatThrownBy(() -> Modality.parse("多模态")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Modality.parse("vision")).isSameAs(Modality.IMAGE);
        assertThatThrownBy(() -> Modality.parse("视觉")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void titlesGiveLanguagesAndModalities() {
        assertThat(Vocabularies.LANGUAGES.findAll("中文 / English")).containsExactly(Language.CHINESE,
                Language.ENGLISH);
        assertThat(Vocabularies.LANGUAGES.findAll("多语言医疗大模型 (Chinese, English)")).first()
                .isEqualTo(Language.MULTILINGUAL);
        assertThat(Vocabularies.LANGUAGES.findAll("Medical MLLMs")).isEmpty();
        assertThat(Vocabularies.MODALITIES.find("Medical MLLMs")).contains(Set.of(Modality.TEXT, Modality.IMAGE));
        assertThat(Vocabularies.MODALITIES.find("医疗LLM")).contains(Set.of(Modality.TEXT));
        assertThat(Vocabularies.MODALITIES.find("中文：影像学NLP —— 医学影像诊断报告生成")).contains(Set.of(Modality.TEXT));
        assertThat(Language.parse("Multi Lingual")).isEqualTo(Language.MULTILINGUAL);
    }

    @Test
    void unitsAreLatinRunsAndSingleOtherLetters() {
        assertThat(Vocabulary.units("数据集github地址(需注册)")).containsExactly("数", "据", "集", "github", "地", "址",
                "需", "注", "册");
        assertThat(Vocabulary.units("hf (7b)")).containsExactly("hf", "7b");
        assertThat(Vocabulary.units(" -_:")).isEmpty();
    }

    @Test
    void wordsMustBeLowerCaseAndHaveLetters() {
        assertThatThrownBy(() -> Vocabulary.<String>builder().words("x", "Paper"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Paper'");
        assertThatThrownBy(() -> Vocabulary.<String>builder().words("x", " - "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
