package io.github.medicalnlp.catalogue.examples.cli;

import static io.github.medicalnlp.catalogue.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One parser per vocabulary, whatever the entry point: the value's own {@code parse}/{@code of}, the query API, the
 * command line and the JSON reader take the same words (codes, BCP 47 tags, English and Chinese names, plurals,
 * synonyms) and give the same value; an unknown word is an error listing accepted words at every one of them.
 */
class VocabularyEntryPointsTest {

    private static final Catalogue BUNDLED = MedicalNlp.catalogue();

    private static Entry readEntry(String kind, String language, String modality, String task, String role) {
        return readEntry(CatalogueJsonReader.create(), kind, language, modality, task, role);
    }

    private static Entry readEntry(CatalogueJsonReader reader, String kind, String language, String modality, String task,
            String role) {
        String json = """
                {"format":"medical-nlp-catalogue","version":"1.1","title":"t","sections":[{"title":"s","entries":[
                 {"name":"x","kind":"%s","languages":["%s"],"modalities":["%s"],"tasks":["%s"],
                  "links":[{"url":"https://example.org","label":"l","role":"%s"}]}]}]}
                """.formatted(kind, language, modality, task, role);
        Catalogue c = reader.read(json);
        return c.sections().get(0).entries().get(0);
    }

    private static String count(String... args) {
        String out = run(args).out();
        String last = out.lines().reduce((a, b) -> b).orElse("");
        return last.replaceAll(" of \\d+", "");
    }

    @ParameterizedTest
    @CsvSource({"zh, zh", "ZH, zh", "zh-CN, zh-cn", "zh_Hans, zh-hans", "Chinese, zh", "中文, zh", "English, en",
        "英文, en", "Multilingual, mul", "多语言, mul", "Japanese, ja"})
    void languages(String word, String code) {
        Language l = Language.of(word);
        assertThat(l.code()).isEqualTo(code);
        assertThat(Language.parse(word)).isEqualTo(l);
        assertThat(readEntry("dataset", word, "text", "qa", "paper").languages()).containsExactly(l);
        long viaWord = BUNDLED.query().language(word).count();
        assertThat(viaWord).isEqualTo(BUNDLED.query().language(l).count());
        assertThat(count("query", "--language", word, "--width", "0")).isEqualTo(viaWord + (viaWord == 1 ? " entry" : " entries"));
    }

    @ParameterizedTest
    @CsvSource({"dataset, DATASET", "datasets, DATASET", "Data Sets, DATASET", "数据集, DATASET", "DATASET, DATASET",
        "knowledge graph, KNOWLEDGE_GRAPH", "知识图谱, KNOWLEDGE_GRAPH", "models, MODEL", "模型, MODEL"})
    void kinds(String word, Kind kind) {
        assertThat(Kind.parse(word)).isEqualTo(kind);
        assertThat(readEntry(word, "zh", "text", "qa", "paper").kind()).contains(kind);
        long n = BUNDLED.query().kind(kind).count();
        assertThat(BUNDLED.query().kind(word).count()).isEqualTo(n);
        assertThat(count("query", "--kind", word)).isEqualTo(n + " entries");
    }

    @ParameterizedTest
    @CsvSource({"QA, QUESTION_ANSWERING", "问答, QUESTION_ANSWERING", "question-answering, QUESTION_ANSWERING",
        "NER, NAMED_ENTITY_RECOGNITION", "token-classification, NAMED_ENTITY_RECOGNITION", "summarisation, SUMMARIZATION"})
    void tasks(String word, Task task) {
        assertThat(Task.parse(word)).isEqualTo(task);
        assertThat(readEntry("dataset", "zh", "text", word, "paper").tasks()).containsExactly(task);
        long n = BUNDLED.query().task(word).count();
        assertThat(n).isEqualTo(BUNDLED.query().task(task).count());
        assertThat(count("query", "--task", word)).isEqualTo(n + (n == 1 ? " entry" : " entries"));
    }

    @ParameterizedTest
    @CsvSource({"text, TEXT", "文本, TEXT", "TEXT, TEXT", "image, IMAGE", "图像, IMAGE"})
    void modalities(String word, Modality modality) {
        assertThat(Modality.parse(word)).isEqualTo(modality);
        assertThat(readEntry("dataset", "zh", word, "qa", "paper").modalities()).containsExactly(modality);
        long n = BUNDLED.query().modality(modality).count();
        assertThat(BUNDLED.query().modality(word).count()).isEqualTo(n);
        assertThat(count("query", "--modality", word)).isEqualTo(n + (n == 1 ? " entry" : " entries"));
    }

    @ParameterizedTest
    @CsvSource({"paper, PAPER", "论文, PAPER", "PAPER, PAPER", "GitHub, CODE", "Hugging Face, WEIGHTS", "homepage, HOMEPAGE",
        "代码, CODE", "Code, CODE", "demo, DEMO"})
    void linkRoles(String word, LinkRole role) {
        assertThat(LinkRole.parse(word)).isEqualTo(role);
        assertThat(readEntry("dataset", "zh", "text", "qa", word).links().get(0).role()).isEqualTo(role);
        long n = BUNDLED.query().hasLink(role).count();
        assertThat(BUNDLED.query().hasLink(word).count()).isEqualTo(n);
        if (!word.equalsIgnoreCase("github") && !word.equalsIgnoreCase("hugging face")) { // --has: repository checks
            assertThat(count("query", "--has", word)).isEqualTo(role == LinkRole.PAPER
                    ? BUNDLED.query().hasPaper().count() + " entries" : n + (n == 1 ? " entry" : " entries"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kind | astrology | dataset",
        "task | astrology | question-answering",
        "modality | astrology | text",
        "language | astrology | Chinese"})
    void anUnknownWordIsAnErrorListingAcceptedWordsEverywhere(String vocabulary, String word, String listed) {
        IllegalArgumentException direct = switch (vocabulary) {
            case "kind" -> thrown(() -> Kind.parse(word));
            case "task" -> thrown(() -> Task.parse(word));
            case "modality" -> thrown(() -> Modality.parse(word));
            default -> thrown(() -> Language.parse(word));
        };
        assertThat(direct.getMessage()).contains(word).contains(listed);
        CliRun.Result cli = run("query", "--" + vocabulary, word);
        assertThat(cli.code()).isNotZero();
        assertThat(cli.err()).contains(word).contains(listed).doesNotContain("Exception").doesNotContain("\tat ");
        // the strict reader: the default one keeps an unknown task as a tag, with a warning, so that nothing is lost
        assertThatThrownBy(() -> readEntry(CatalogueJsonReader.strict(), vocabulary.equals("kind") ? word : "dataset",
                vocabulary.equals("language") ? word : "zh", vocabulary.equals("modality") ? word : "text",
                vocabulary.equals("task") ? word : "question-answering", "paper"))
                .hasMessageContaining(word).hasMessageContaining(vocabulary.equals("language") ? "" : listed);
    }

    private static IllegalArgumentException thrown(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("no error");
    }
}
