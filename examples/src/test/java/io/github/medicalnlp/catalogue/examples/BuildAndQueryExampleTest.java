package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuildAndQueryExampleTest {

    @Test
    void printsTheQueryResults() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BuildAndQueryExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToNormalizingNewlines("""
                Chinese data sets whose text contains 问答:
                  3 > 3.1  Huatuo-26M  https://github.com/FreedomIntelligence/Huatuo-26M
                  3 > 3.1  cMedQA2 (108K)  https://github.com/zhangsheng93/cMedQA2
                Entries by kind:
                  dataset: [Huatuo-26M, CBLUE, cMedQA2 (108K)]
                  knowledge-graph: [中文医学知识图谱 CMeKG (1M三元组)]
                  model: [HuatuoGPT]
                """);
    }
}
