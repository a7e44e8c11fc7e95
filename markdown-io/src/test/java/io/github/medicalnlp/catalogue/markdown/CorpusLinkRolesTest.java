package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The roles the reader gives the corpus's links from their labels, and the kinds from its headings,
 * where the one vocabulary settled what the reader and {@link LinkRole#parse} used to disagree on: a
 * label and its translation in the other edition give the same role.
 */
class CorpusLinkRolesTest {

    private static Catalogue read(String file) {
        return MarkdownReader.create().read(Corpus.text(file)).catalogue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a Baidu pan download of a data set is its data, not its homepage
        "medical-nlp-2020-08-14.md | 度盘下载地址 | DATA", "medical-nlp-2020-08-14.md | 语料官方下载地址 | DATA",
        // a task's web page (任务网址, "Task URL") is its homepage
        "medical-nlp-2023-03-15.md | 任务网址 | HOMEPAGE",
        // "- Paper address: url" is read with its whole label, "address" (地址) alone is a homepage
        "medical-nlp-english-2023-03-15.md | Paper address | PAPER",
        "medical-nlp-english-2023-03-15.md | Official address | HOMEPAGE",
        // the English edition's 项目地址, 论文解析 and 地址
        "medical-nlp-english.md | Project Link | CODE", "medical-nlp-english.md | Paper Analysis | OTHER",
        "medical-nlp-english.md | GitHub Link | HOMEPAGE", "medical-nlp-english.md | Website | HOMEPAGE",
        "medical-nlp-english.md | Paper Link | PAPER",
        "medical-nlp-2025-11-29.md | HF (7B) | WEIGHTS"})
    void everyLinkSoLabelledHasTheRoleItsLabelImplies(String file, String label, LinkRole role) {
        List<Link> links = read(file).allEntries().stream().flatMap(e -> e.links().stream())
                .filter(l -> l.label().equals(label)).toList();
        assertThat(links).isNotEmpty().extracting(Link::role).containsOnly(role);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "medical-nlp-english.md | medical-nlp-2024-11-14.md",
        "medical-nlp-english.md | medical-nlp-2024-11-26.md"})
    void theEnglishEditionGivesTheLinksOfTheChineseTheirRoles(String english, String chinese) {
        Map<String, LinkRole> zh = roles(read(chinese));
        Map<String, LinkRole> en = roles(read(english));
        zh.keySet().retainAll(en.keySet());
        assertThat(zh).hasSizeGreaterThan(100);
        // two links of 2024-11-26 (LLaVA-Med, Med-Flamingo) sit in its table's "Link" column under
        // the Code heading, while the English edition has them as Website
        zh.keySet().removeAll(List.of("https://github.com/microsoft/LLaVA-Med", "https://github.com/snap-stanford/med-flamingo"));
        zh.forEach((url, role) -> assertThat(en.get(url)).as(url).isSameAs(role));
    }

    private static Map<String, LinkRole> roles(Catalogue c) {
        return c.allEntries().stream().flatMap(e -> e.links().stream())
                .collect(Collectors.toMap(Link::url, Link::role, (a, b) -> a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // 测评 is 评测: the English edition's "CBLUE evaluation" is a benchmark too
        "CBLUE测评 | BENCHMARK", "CBLUE evaluation | BENCHMARK",
        // -KG headings of the English edition are knowledge graphs
        "CPubMed-KG (4.4M triplets) | KNOWLEDGE_GRAPH"})
    void headingsGiveKinds(String section, Kind kind) {
        // the 2023 lists write these as entries of their own (heading entries): their kind comes from the
        // headings above them, so the vocabulary is checked on a section of that title
        Catalogue c = MarkdownReader.create().read("# T\n\n## " + section + "\n\n* X\n  * 地址：https://x.org/\n")
                .catalogue();
        assertThat(c.allEntries()).singleElement().satisfies(e -> assertThat(e.kind()).contains(kind));
    }
}
