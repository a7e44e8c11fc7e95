package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled catalogue is the seed, curated: reproducibly, and with only the recorded corrections. */
class CurationTest {

    private final Catalogue seed = read();
    private final Catalogue bundled = MedicalNlp.catalogue();

    private static Catalogue read() {
        try {
            return MarkdownReader.create().read(Files2.SEED).catalogue();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBundledResourceIsExactlyWhatCurationMakesFromTheSeed() throws Exception {
        Catalogue curated = Curation.curate(seed, CurationData.read(Files2.CURATION), EnglishText.read(
                Files2.CURATION.resolveSibling("english-entries.csv"), Files2.CURATION.resolveSibling("english-sections.csv")));
        assertThat(curated).isEqualTo(bundled);
        assertThat(CatalogueJsonWriter.create().write(curated)).isEqualTo(Files.readString(Files2.BUNDLED));
    }

    /** Section number → entries as "name <urls>", in order. */
    private static Map<String, List<String>> outline(Catalogue c) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Section s : c.allSections()) {
            List<String> entries = new ArrayList<>();
            for (Entry e : s.entries()) {
                entries.add(e.name() + " " + e.links().stream().map(Link::url).toList());
            }
            out.put(s.number().orElseThrow() + " " + s.title(), entries);
        }
        return out;
    }

    @Test
    void theBundledCatalogueAndTheSeedAgreeExceptForTheRecordedCorrections() {
        Map<String, List<String>> expected = outline(seed);
        // apply the recorded corrections (Curation.CORRECTIONS) to the seed's outline, by hand
        expected.remove("4 VLM数据集");
        expected.remove("5.3 医疗VLM");
        expected.get("1.1 中文医疗基准测评：CMB / CMExam / PromptCBLUE").set(3,
                "CBLUE [https://github.com/CBLUEbenchmark/CBLUE]");
        expected.get("1.2 英文医疗基准测评:").set(0, "MultiMedBench [https://arxiv.org/abs/2307.14334]");
        expected.get("2.2.2 中文比赛").set(4,
                "“肝”柔相济，大模型开创肝病医患交互服务新格局 [https://www.dcic-china.com/competitions/10090]");
        List<String> chinese = expected.get("3.1 中文");
        chinese.removeIf(e -> e.startsWith("Chinese medical dialogue data ") || e.startsWith("中文医药方面的问答数据集 ")
                || e.startsWith("中文医患问答对话数据 "));
        assertThat(outline(bundled)).containsExactlyEntriesOf(expected);
        assertThat(Curation.CORRECTIONS).hasSize(11);
        assertThat(bundled.introduction()).isEqualTo("医疗NLP领域  评测/比赛，数据集，论文和预训练模型资源汇总。\n\n"
                + "Summary of medical NLP evaluations/competitions, datasets, papers and pre-trained models.");
        assertThat(seed.introduction()).startsWith(bundled.introduction() + "\n\n<p>");
        assertThat(bundled.news()).isEqualTo(seed.news());
        assertThat(bundled.citation()).isEqualTo(seed.citation());
        assertThat(bundled.title()).isEqualTo(seed.title());
    }

    @Test
    void aMergedEntryKeepsTheDescriptionOfItsRepeat() {
        Entry dialogue = bundled.section("3.1").orElseThrow().entries().get(1);
        assertThat(dialogue.name()).isEqualTo("中文医疗对话数据集");
        assertThat(dialogue.fields()).hasSize(2);
        assertThat(dialogue.fields().get(1).value()).startsWith("该数据集含有包括男科");
    }

    @Test
    void theMarkdownOfTheBundledCatalogueIsRegeneratedFromItsData() {
        String markdown = RegenerateMarkdownExample.markdown();
        // a Markdown rendering holds one language: the English stays in the JSON (and in the English rendering)
        assertThat(MarkdownReader.create().read(markdown).catalogue()).isEqualTo(withoutEnglish(bundled));
        assertThat(markdown).contains("* Codex-Med\n  * 地址：https://github.com/vlievin/medical-reasoning\n"
                + "    ![](https://img.shields.io/github/stars/vlievin/medical-reasoning)\n");
        assertThat(markdown).doesNotContain("(#41-").doesNotContain("## 4. VLM");
    }

    /** The catalogue without its translations and translated titles, as one language's Markdown holds it. */
    static Catalogue withoutEnglish(Catalogue c) {
        return new Catalogue(c.title(), c.introduction(), c.news(), c.sections().stream().map(CurationTest::strip).toList(),
                c.citation());
    }

    private static Section strip(Section s) {
        return new Section(s.number(), s.title(), s.anchor(), s.children().stream().map(CurationTest::strip).toList(),
                s.entries().stream().map(e -> e.toBuilder().translations(Map.of()).build()).toList());
    }
}
