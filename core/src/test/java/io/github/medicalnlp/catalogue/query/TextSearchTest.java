package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Query#text}: words, not parts of words; Chinese as characters; both languages; repository names. */
class TextSearchTest {

    private static boolean finds(String name, String text) {
        return EntryFilter.text(text).test(new Match(Entry.of(name), List.of(Section.of("s")), 0));
    }

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Doctor                    | CT          | false
            ChatDoctor                | doctor      | true
            ChatDoctor                | CHATDOCTOR  | true
            CT scans of the chest     | CT          | true
            CT-RATE                   | ct          | true
            CTA                       | CT          | false
            CTs                       | CT          | false
            MedQA                     | qa          | true
            MedQA                     | medqa       | true
            MedQA                     | edq         | false
            PubMedQA                  | med         | true
            HuatuoGPT                 | Huatuo      | true
            HuatuoGPT                 | GPT         | true
            HuatuoGPT-II              | huatuogpt   | true
            Huatuo-26M                | 26          | true
            Huatuo-26M                | 26M         | true
            Huatuo-26M                | 2           | false
            BioBERT                   | bert        | true
            BioBERT                   | ober        | false
            GPTModel                  | model       | true
            cMedQA2                   | cmedqa      | true
            radiology reports         | radio       | false
            radiology reports         | radiology   | true
            Chinese  medical	dialogue | medical dialogue | true
            medical-dialogue          | medical dialogue | false
            中文医疗对话数据集         | 对话         | true
            CT影像数据                 | CT影像       | true
            CT影像数据                 | ct          | true
            ＱＡ pairs                 | qa          | true
            İstanbul                  | istanbul    | true
            의료 데이터를 분석          | 데이터       | true
            ข้อมูลทางการแพทย์          | การแพทย์     | true
            naïve Bayes               | naive       | false
            naïve Bayes               | naïve       | true
            Café                      | café        | true
            😀CT scans                | ct          | true
            C++ code                  | c++         | true
            C++ code                  | ++          | true
            """)
    void findsWordsNotPartsOfWords(String name, String text, boolean expected) {
        assertThat(finds(name, text)).isEqualTo(expected);
    }

    @Test
    void searchesFieldsLinkLabelsAddressesAndTranslations() {
        Entry e = Entry.builder("华佗")
                .field(new TextField("简介", "Chinese medical dialogue model"))
                .link("https://github.com/FreedomIntelligence/HuatuoGPT", "代码", LinkRole.CODE)
                .translation(Language.ENGLISH, Translation.of("Huatuo", List.of(new TextField("Description", "a radiology helper"))))
                .build();
        Match m = new Match(e, List.of(Section.of("s")), 0);
        assertThat(EntryFilter.text("dialogue").test(m)).isTrue();
        assertThat(EntryFilter.text("代码").test(m)).as("link label").isTrue();
        assertThat(EntryFilter.text("FreedomIntelligence").test(m)).as("repository owner").isTrue();
        assertThat(EntryFilter.text("freedomintelligence/huatuogpt").test(m)).as("repository").isTrue();
        assertThat(EntryFilter.text("github.com/FreedomIntelligence").test(m)).as("the address").isTrue();
        assertThat(EntryFilter.text("https").test(m)).as("not the scheme").isFalse();
        assertThat(EntryFilter.text("Intelligence/Huatuo").test(m)).as("words of the address").isTrue();
        assertThat(EntryFilter.text("telligence").test(m)).as("not parts of words").isFalse();
        assertThat(EntryFilter.text("radiology").test(m)).as("translation").isTrue();
        assertThat(EntryFilter.text("model 代码").test(m)).as("no match across two parts").isFalse();
    }

    @Test
    void onTheSeedCtNoLongerMatchesInsideDoctorAndOwnersAreFound() {
        Catalogue seed = SeedSample.catalogue();
        assertThat(seed.query().text("CT").entries()).extracting(Entry::name).doesNotContain("ChatDoctor", "DoctorGLM");
        assertThat(seed.query().text("FreedomIntelligence").count()).isEqualTo(
                seed.query().repository("FreedomIntelligence").count()).isPositive();
    }

    @Test
    void blankOrSeparatorNeedlesFindNothingOrAreRefused() {
        assertThatThrownBy(() -> EntryFilter.text("  ")).hasMessage("text must not be blank");
        assertThat(finds("a\u0000b", "a\u0000b")).isFalse();
    }

    @Test
    @Timeout(10)
    void isLinearOnHostileTextAndNeedles() {
        String haystack = "a".repeat(1_000_000);
        assertThat(finds(haystack, "a".repeat(40) + "b")).as("a long needle: Knuth-Morris-Pratt").isFalse();
        assertThat(finds(haystack, "a".repeat(40))).as("never at a word boundary inside the run").isFalse();
        assertThat(finds(haystack, "aa")).isFalse();
        assertThat(finds(haystack + " x", "x")).isTrue();
        assertThat(finds("ab".repeat(500_000), "ab".repeat(30) + "x")).isFalse();
    }

    @Test
    void givesTheSameAnswersFromTwoThreads() throws Exception {
        Catalogue seed = SeedSample.catalogue();
        List<String> words = List.of("CT", "qa", "问答", "bert", "dialogue", "GPT", "医疗", "FreedomIntelligence");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> runs = List.of(
                    pool.submit(() -> words.stream().map(w -> seed.query().text(w).count()).map(Long::valueOf).toList()),
                    pool.submit(() -> words.stream().map(w -> seed.query().text(w).count()).map(Long::valueOf).toList()));
            assertThat(runs.get(0).get()).isEqualTo(runs.get(1).get());
        } finally {
            pool.shutdown();
        }
    }
}
