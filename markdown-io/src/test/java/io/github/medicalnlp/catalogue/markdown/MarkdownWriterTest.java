package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Section;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownWriterTest {

    static Stream<Path> corpus() {
        return Corpus.files();
    }

    /** The anchors GitHub gives the headings of a Markdown text, with -1, -2 for repeats. */
    private static List<String> githubAnchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Node doc = Parser.builder().build().parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }
                });
                String slug = Section.anchorOf(text.toString());
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        });
        return anchors;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyContentsLinkMatchesTheAnchorGitHubGivesAHeading(Path file) throws Exception {
        Catalogue catalogue = MarkdownReader.create().read(file).catalogue();
        String markdown = MarkdownWriter.canonical().write(catalogue);
        List<String> anchors = githubAnchors(markdown);
        Matcher m = Pattern.compile("(?m)^\\s*\\* \\[.*]\\(#([^)]+)\\)$").matcher(markdown);
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).hasSize(catalogue.allSections().size());
        assertThat(anchors).containsAll(links);
        assertThat(links).containsExactlyElementsOf(catalogue.allSections().stream().map(Section::anchor).toList());
    }

    @Test
    void writesToStreamsWritersAndFiles(@TempDir Path dir) throws Exception {
        Catalogue catalogue = MarkdownReader.create().read(Corpus.text(Corpus.SEED)).catalogue();
        String expected = MarkdownWriter.canonical().write(catalogue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MarkdownWriter.canonical().write(catalogue, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        StringWriter chars = new StringWriter();
        MarkdownWriter.canonical().write(catalogue, chars);
        assertThat(chars).hasToString(expected);
        Path file = dir.resolve("README.md");
        Files.writeString(file, "old content");
        MarkdownWriter.canonical().write(catalogue, file);
        assertThat(Files.readString(file)).isEqualTo(expected);
        assertThat(Files.list(dir)).containsExactly(file);
        assertThatThrownBy(() -> MarkdownWriter.canonical().write(null)).hasMessage("catalogue must not be null");
    }

    @Test
    void startsInTheSeedsHouseStyle() {
        Catalogue catalogue = MarkdownReader.create().read(Corpus.text(Corpus.SEED)).catalogue();
        assertThat(MarkdownWriter.canonical().write(catalogue)).startsWith("""
                # Medical_NLP

                医疗NLP领域  评测/比赛，数据集，论文和预训练模型资源汇总。

                Summary of medical NLP evaluations/competitions, datasets, papers and pre-trained models.

                <p>
                <a href="https://github.com/FreedomIntelligence/Medical_NLP"><img src=https://cdn.rawgit.com/sindresorhus/awesome/d7305f38d29fed78fa85652e3a63e154dd8e8829/media/badge.svg ></a>
                <a href="https://github.com/FreedomIntelligence/Medical_NLP"><img src=https://img.shields.io/github/forks/FreedomIntelligence/Medical_NLP.svg?style=social ></a>
                <a href="https://github.com/FreedomIntelligence/Medical_NLP"><img src=https://img.shields.io/github/stars/FreedomIntelligence/Medical_NLP.svg?style=social ></a>
                <a href="https://github.com/FreedomIntelligence/Medical_NLP"><img src=https://img.shields.io/github/watchers/FreedomIntelligence/Medical_NLP.svg?style=social ></a>
                </p>

                #### News

                - 🟡*2024/11/14* 新增""").contains("""
                ### 1.1  中文医疗基准测评：CMB / CMExam / PromptCBLUE

                * CMB
                  * 地址：https://github.com/FreedomIntelligence/CMB
                    ![](https://img.shields.io/github/stars/FreedomIntelligence/CMB)
                  * 来源：各个临床医学工种各阶段考试；临床复杂病例问诊
                """).endsWith("""
                ## 11. reference

                ```bibtex
                @misc{medical_NLP_github,
                  author = {Xidong Wang, Ziyue Lin and Jing Tang},
                  title = {Medical NLP},
                  year = {2023},
                  publisher = {GitHub},
                  journal = {GitHub repository},
                  howpublished = {\\url{https://github.com/FreedomIntelligence/Medical_NLP}}
                }
                ```
                """);
    }
}
