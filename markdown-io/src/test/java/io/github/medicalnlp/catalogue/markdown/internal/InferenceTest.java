package io.github.medicalnlp.catalogue.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The roles the reader gives the labels written in the corpus, and the facts it draws from its
 * headings: one vocabulary, core's, in Chinese and in the English editions alike.
 */
class InferenceTest {

    private static String corpus;

    @BeforeAll
    static void readCorpus() throws URISyntaxException {
        Path dir = Path.of(InferenceTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            corpus = files.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every label written before or as a link in the corpus (as {@code label：url}, {@code [label](url)},
     * {@code - label: url} or a table column), with the role it gives. The English editions' labels
     * give what the Chinese labels they translate give.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "地址 | HOMEPAGE", "Link | HOMEPAGE", "Website | HOMEPAGE", "GitHub Link | HOMEPAGE", "官方地址 | HOMEPAGE",
        "Official address | HOMEPAGE", "Official Address | HOMEPAGE", "address | HOMEPAGE", "评测官网 | HOMEPAGE",
        "竞赛官方地址 | HOMEPAGE", "Competition official address | HOMEPAGE", "CBLUE评测官方地址 | HOMEPAGE",
        "CBLUE evaluation official address | HOMEPAGE", "MEDIQA评测地址 | HOMEPAGE", "豆瓣链接 | HOMEPAGE",
        "任务网址 | HOMEPAGE", "Task URL | HOMEPAGE", "Source | HOMEPAGE", "来源 | HOMEPAGE",
        "论文地址 | PAPER", "Paper | PAPER", "Paper Link | PAPER", "Paper Address | PAPER", "Paper address | PAPER",
        "arXiv | PAPER",
        "项目地址 | CODE", "Project Address | CODE", "Project Link | CODE", "Github项目地址 | CODE",
        "Github project address | CODE", "代码地址 | CODE", "Code address | CODE", "Code | CODE", "Github | CODE",
        "github | CODE", "线上第一名解决方案及代码 | CODE",
        "Model Weight | WEIGHTS", "模型 | WEIGHTS", "模型地址 | WEIGHTS", "HF | WEIGHTS", "HF (7B) | WEIGHTS",
        "HF 34B | WEIGHTS",
        "Data | DATA", "数据集地址 | DATA", "dataset address | DATA", "数据集地址(需注册) | DATA",
        "dataset address (requires registration) | DATA", "数据集github地址 | DATA", "Dataset github address | DATA",
        "度盘下载地址 | DATA", "Dupan download address | DATA", "语料官方下载地址 | DATA", "数据下载 | DATA",
        "生物医学数据 | DATA", "biomedical data | DATA", "数据获取方式 | DATA", "Data acquisition method | DATA",
        "Blog | OTHER", "Blog地址 | OTHER", "BLog地址 | OTHER", "Blog address | OTHER", "解读文章 | OTHER",
        "论文解析:FedED:用于医学关系提取的联邦学习(基于融合蒸馏) | OTHER", "Paper Analysis | OTHER", "详细信息 | OTHER",
        "Details | OTHER", "细节经验 | OTHER", "detailed experience | OTHER", "Baseline | OTHER", "BigBio | OTHER",
        "ROCO | OTHER", "GPT-3.5-Turbo | OTHER", "CHIP2022 | OTHER", "method | OTHER"})
    void corpusLabelsGiveTheirRoles(String label, LinkRole role) {
        assertThat(corpus).as("the corpus writes '%s'", label).contains(label);
        assertThat(Inference.role(label)).isSameAs(role).isSameAs(LinkRole.ofLabel(label));
    }

    @ParameterizedTest
    @EnumSource(LinkRole.class)
    void theLabelWrittenForARoleReadsBackAsThatRole(LinkRole role) {
        assertThat(Inference.role(Inference.label(role))).isSameAs(role);
        assertThat(LinkRole.parse(Inference.label(role))).isSameAs(role);
    }

    @Test
    void headingsGiveTheKindLanguagesAndModalityOfTheNearestHeadingThatNamesThem() {
        assertThat(Inference.facts(List.of("数据集", "中文数据集", "CBLUE测评"))).isEqualTo(new Inference.Facts(
                Optional.of(Kind.BENCHMARK), List.of(Language.CHINESE), Set.of()));
        assertThat(Inference.facts(List.of("data set", "Chinese dataset", "CPubMed-KG (4.4M triplets)")))
                .isEqualTo(new Inference.Facts(Optional.of(Kind.KNOWLEDGE_GRAPH), List.of(Language.CHINESE),
                        Set.of()));
        assertThat(Inference.facts(List.of("英文", "Medical MLLMs"))).isEqualTo(new Inference.Facts(
                Optional.of(Kind.MODEL), List.of(Language.ENGLISH), Set.of(Modality.TEXT, Modality.IMAGE)));
        assertThat(Inference.facts(List.of("多语言医疗大模型 (Chinese / English)"))).isEqualTo(new Inference.Facts(
                Optional.of(Kind.MODEL), List.of(Language.MULTILINGUAL), Set.of()));
        assertThat(Inference.facts(List.of("中文 / English"))).extracting(Inference.Facts::languages)
                .isEqualTo(List.of(Language.CHINESE, Language.ENGLISH));
        assertThat(Inference.facts(List.of("相关论文", "医疗实体Linking（标准化）")).kind()).contains(Kind.PAPER);
        assertThat(Inference.facts(List.of("Data", "其他")).kind()).isEmpty();
    }
}
