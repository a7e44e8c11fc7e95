package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import io.github.medicalnlp.catalogue.markdown.MarkdownWriter;
import org.junit.jupiter.api.Test;

/** One catalogue, two READMEs: the bundled catalogue rendered in English reads back as the same entries. */
class EnglishRenderingTest {

    private final Catalogue bundled = MedicalNlp.catalogue();

    @Test
    void theEnglishReadmeReadsBackAsTheEnglishViewOfTheSameEntries() {
        String english = MarkdownWriter.canonical().inLanguage(Language.ENGLISH).write(bundled);
        MarkdownDocument back = MarkdownReader.create().read(english);
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.catalogue()).isEqualTo(MarkdownWriter.canonical().inLanguage(Language.ENGLISH).view(bundled));
        assertThat(back.catalogue().allEntries()).hasSameSizeAs(bundled.allEntries());
        for (int i = 0; i < bundled.allEntries().size(); i++) {
            assertThat(back.catalogue().allEntries().get(i).primaryUrl()).isEqualTo(bundled.allEntries().get(i).primaryUrl());
            assertThat(back.catalogue().allEntries().get(i).tasks()).isEqualTo(bundled.allEntries().get(i).tasks());
        }
        assertThat(english).contains("## 5. Open-source Models\n").contains("### 3.2 English\n")
                .contains("  * Source: Alibaba Tianchi\n").doesNotContain("地址：").doesNotContain("简介：");
        String prelude = english.substring(0, english.indexOf("#### Contents"));
        assertThat(prelude).startsWith("# Medical_NLP\n\nSummary of medical NLP evaluations/competitions")
                .contains("*before 2024/11/14* Since [Cris Lee]")
                .as("no Chinese above the sections").doesNotContain("医疗NLP领域").doesNotContain("继续维护");
        assertThat(back.catalogue().news()).hasSameSizeAs(bundled.news());
        assertThat(MarkdownWriter.canonical().write(bundled)).contains("## 3. LLM数据集\n")
                .isEqualTo(MarkdownWriter.canonical().write(bundled.withoutTranslations()));
    }
}
