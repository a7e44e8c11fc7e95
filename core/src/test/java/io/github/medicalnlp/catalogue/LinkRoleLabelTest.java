package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.internal.Vocabularies;
import io.github.medicalnlp.catalogue.internal.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link LinkRole#parse} and {@link LinkRole#ofLabel}: one vocabulary, read exactly or in free text. */
class LinkRoleLabelTest {

    /** Every word parse accepts for every role: its word, its constant name and the table's names. */
    static Stream<Arguments> everyName() {
        List<Arguments> out = new ArrayList<>();
        for (LinkRole role : LinkRole.values()) {
            out.add(Arguments.of(role.word(), role));
            out.add(Arguments.of(role.name(), role));
            for (String name : Vocabularies.LINK_ROLES.names(role)) {
                out.add(Arguments.of(name, role));
                // as they may be written: capitalised, full-width, hyphenated, with a colon after
                out.add(Arguments.of(name.toUpperCase(Locale.ROOT), role));
                out.add(Arguments.of(fullWidth(name), role));
                out.add(Arguments.of(name.replace(' ', '-'), role));
            }
        }
        return out.stream();
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : (char) c));
        return b.toString();
    }

    @ParameterizedTest
    @MethodSource("everyName")
    void everyNameGivesTheSameRoleWhetherParsedOrReadAsALabel(String name, LinkRole role) {
        assertThat(LinkRole.parse(name)).isSameAs(role);
        assertThat(LinkRole.ofLabel(name)).isSameAs(role);
        assertThat(LinkRole.ofLabel(" " + name + "：")).isSameAs(role);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the old disagreements between LinkRole.parse and the Markdown reader's inference
        "source | HOMEPAGE", "Source： | HOMEPAGE", "来源 | HOMEPAGE", "source code | CODE", "源码 | CODE",
        "space | DEMO", "Hugging Face Space | DEMO", "HF Space | DEMO",
        "download | DATA", "度盘下载地址 | DATA", "Dupan download address | DATA", "语料官方下载地址 | DATA",
        "GitHub | CODE", "GitHub Link | HOMEPAGE", "GitHub Link： | HOMEPAGE", "Github project address | CODE",
        "Github项目地址 | CODE", "数据集github地址 | DATA",
        "Paper address | PAPER", "Paper Address | PAPER", "Paper Link | PAPER", "论文地址 | PAPER",
        "HF | WEIGHTS", "HF (7B) | WEIGHTS", "HF 34B | WEIGHTS", "Hugging Face | WEIGHTS",
        "Hugging Face dataset | DATA"})
    void theOldDisagreementsAreSettled(String label, LinkRole role) {
        assertThat(LinkRole.ofLabel(label)).isSameAs(role);
    }

    @Test
    void parseFollowsTheSameTableForTheOldDisagreements() {
        assertThat(LinkRole.parse("source")).isSameAs(LinkRole.ofLabel("Source")).isSameAs(LinkRole.HOMEPAGE);
        assertThat(LinkRole.parse("space")).isSameAs(LinkRole.ofLabel("Hugging Face Space")).isSameAs(LinkRole.DEMO);
        assertThat(LinkRole.parse("download")).isSameAs(LinkRole.ofLabel("Dupan download address"))
                .isSameAs(LinkRole.DATA);
        assertThat(LinkRole.parse("github")).isSameAs(LinkRole.CODE);
        assertThat(LinkRole.parse("hf")).isSameAs(LinkRole.ofLabel("HF")).isSameAs(LinkRole.WEIGHTS);
        assertThatThrownBy(() -> LinkRole.parse("GitHub Link")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("homepage, paper, code, data, weights, demo, other");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Latin words count only as whole words (or their plural); Chinese ones anywhere
        "CodeX | OTHER", "Code | CODE", "Codes | CODE", "Linking | OTHER", "Links | HOMEPAGE", "Report | OTHER",
        "Repos | CODE", "metadata | OTHER", "Papers with Code | PAPER", "线上第一名解决方案及代码 | CODE",
        "BLog地址 | OTHER", "论文解析:FedED:用于医学关系提取的联邦学习 | OTHER", "Paper Analysis | OTHER",
        "解读文章 | OTHER", "Model Weight | WEIGHTS", "模型下载 | WEIGHTS", "体验地址 | DEMO", "Online Demo | DEMO",
        "任务网址 | HOMEPAGE", "Task URL | HOMEPAGE", "Details | OTHER", "BigBio | OTHER",
        "ＧｉｔＨｕｂ | CODE", "GITHUB LINK | HOMEPAGE"})
    void wordsAreFoundAsWordsAndTheFirstRowWins(String label, LinkRole role) {
        assertThat(LinkRole.ofLabel(label)).isSameAs(role);
    }

    @Test
    void theJavadocShowsTheTableAsItIs() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/github/medicalnlp/catalogue/LinkRole.java"))
                .replaceAll("\\R\\s*\\* *", " ");
        StringBuilder rows = new StringBuilder();
        for (Vocabulary.Row<LinkRole> row : Vocabularies.LINK_ROLES.rows()) {
            rows.append("<tr><td>").append(row.value().word()).append("</td><td>")
                    .append(String.join(", ", row.words()));
            rows.append(row.value() == LinkRole.CODE && row.words().contains("github")
                    || row.value() == LinkRole.WEIGHTS && row.words().contains("hf")
                    ? " (when the label says nothing else)" : "").append("</td></tr> ");
        }
        assertThat(source).contains(rows.toString().strip());
    }

    @Test
    void anUnlabelledLinkIsTheHomepage() {
        assertThat(LinkRole.ofLabel("")).isSameAs(LinkRole.HOMEPAGE);
        assertThat(LinkRole.ofLabel(" \t")).isSameAs(LinkRole.HOMEPAGE);
        assertThat(LinkRole.ofLabel("—")).isSameAs(LinkRole.OTHER);
        assertThatThrownBy(() -> LinkRole.ofLabel(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("label must not be null");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aHugeLabelIsReadInLinearTime() {
        char[] latin = new char[2_000_000];
        Arrays.fill(latin, 'h');
        assertThat(LinkRole.ofLabel(new String(latin))).isSameAs(LinkRole.OTHER);
        assertThat(LinkRole.ofLabel("h f ".repeat(500_000) + "论文")).isSameAs(LinkRole.PAPER);
        assertThat(LinkRole.ofLabel("源".repeat(1_000_000))).isSameAs(LinkRole.OTHER);
        assertThat(LinkRole.ofLabel("hugging ".repeat(300_000))).isSameAs(LinkRole.OTHER);
    }
}
