package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable examples do their one task each. */
class ExamplesTest {

    private static String capture(java.util.function.Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void queriesTheBundledCatalogue() {
        assertThat(capture(QueryBundledExample::run)).startsWith("""
                Chinese data sets about question answering:
                  Huatuo-26M  https://github.com/FreedomIntelligence/Huatuo-26M
                """).contains("""
                Report generation, any kind:
                  PromptCBLUE  benchmark  [text]
                """).contains("""
                  CheXpert Plus  dataset  [text, image, tabular]
                Models that cover French, with a GitHub repository:
                  ApolloMoE  [FreedomIntelligence/ApolloMoE]
                  Apollo  [FreedomIntelligence/Apollo]
                  MMedLM  [MAGIC-AI4Med/MMedLM]
                """).contains("  knowledge-graph: 4\n");
    }

    @Test
    void convertsTheBundledCatalogueToMarkdownAndBack() {
        assertThat(capture(ConvertExample::convertBundled)).matches(
                "JSON \\d+ chars -> Markdown \\d+ lines -> 118 entries, equal: true\\R");
    }

    @Test
    void convertsAReadmeFileToJsonBesideIt(@TempDir Path dir) throws Exception {
        Path readme = Files.copy(Files2.SEED, dir.resolve("README.md"));
        String out = capture(o -> {
            try {
                ConvertExample.convertFile(readme, o);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(out).isEqualToNormalizingNewlines("README.md -> README.json: 121 entries, equal: true\n");
        assertThat(dir.resolve("README.json")).exists();
    }

    @Test
    void editsAListAndWritesItBackWithAMinimalDiff() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String edited = EditExample.edit(EditExample.README, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines(
                "~ 3 > 3.1: cMedQA2 (108K) (fields)\n+ 3 > 3.1: CMtMedQA\n");
        String before = EditExample.README;
        assertThat(edited).startsWith(before.substring(0, before.indexOf("  * 简介：中文医药方面的问答数据集")))
                .endsWith("""
                          * 简介：中文医药方面的问答数据集，超过10万条
                        * CMtMedQA

                          * 地址：https://github.com/example/CMtMedQA
                            ![](https://img.shields.io/github/stars/example/CMtMedQA)
                          * 简介：多轮对话问答数据集
                        """);
    }
}
