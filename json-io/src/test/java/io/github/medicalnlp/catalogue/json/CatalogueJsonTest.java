package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing and reading the JSON format. */
class CatalogueJsonTest {

    private final Catalogue full = Samples.full();

    @Test
    void aCatalogueRoundTripsThroughEveryWriterAndReader(@TempDir Path dir) throws Exception {
        String pretty = CatalogueJsonWriter.create().write(full);
        assertThat(CatalogueJsonReader.create().read(pretty)).isEqualTo(full);
        assertThat(CatalogueJsonReader.strict().read(pretty)).isEqualTo(full);
        String compact = CatalogueJsonWriter.compact().write(full);
        assertThat(compact).doesNotContain("\n  ").endsWith("}\n");
        assertThat(CatalogueJsonReader.create().read(new StringReader(compact))).isEqualTo(full);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueJsonWriter.create().write(full, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(pretty);
        assertThat(CatalogueJsonReader.create().read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(full);
        StringWriter chars = new StringWriter();
        CatalogueJsonWriter.create().write(full, chars);
        assertThat(chars).hasToString(pretty);
        Path file = dir.resolve("catalogue.json");
        CatalogueJsonWriter.create().write(full, file);
        assertThat(Files.readString(file)).isEqualTo(pretty);
        assertThat(CatalogueJsonReader.create().read(file)).isEqualTo(full);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void theDocumentNamesItsFormatKeepsAStableOrderAndLeavesOutWhatIsEmpty() {
        String json = CatalogueJsonWriter.create().write(full);
        assertThat(json).startsWith("""
                {
                  "format": "medical-nlp-catalogue",
                  "version": "1.1",
                  "title": "Medical_NLP",
                  "introduction": "医疗NLP领域  评测/比赛，数据集，论文和预训练模型资源汇总。\\n\\nSummary of medical NLP.",
                  "news": [
                    {
                      "date": "2024/11/14",
                      "text": "新增 [`4. VLM数据集`](#4-VLM数据集)"
                    },
                    {
                      "text": "undated news"
                    }
                  ],
                  "sections": [
                    {
                      "number": "1",
                      "title": "评测",
                      "anchor": "1-评测",
                      "sections": [
                        {
                          "number": "1.1",
                """);
        assertThat(json).contains("""
                            {
                              "name": "CMB",
                              "kind": "benchmark",
                              "languages": [
                                "zh"
                              ],
                              "modalities": [
                                "text"
                              ],
                              "tasks": [
                                "question-answering"
                              ],
                              "tags": [
                                "exam",
                                "llm"
                              ],
                              "links": [
                                {
                                  "url": "https://github.com/FreedomIntelligence/CMB",
                                  "label": "地址",
                                  "role": "homepage"
                                },
                """);
        assertThat(json).contains("""
                            {
                              "name": "MultiMedBench"
                            }
                """);
        assertThat(json).as("non-ASCII text is written as it is").contains("“引号” & <尖括号> \\\\ 反斜杠 🙂")
                .doesNotContain("\\u");
        assertThat(json).endsWith("""
                  "citation": "@misc{medical_NLP_github,\\n  title = {Medical NLP}\\n}"
                }
                """);
    }

    @Test
    void writingIsDeterministic() {
        assertThat(CatalogueJsonWriter.create().write(Samples.full())).isEqualTo(CatalogueJsonWriter.create().write(full));
    }
}
