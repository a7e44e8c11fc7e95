package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Almost every address a list writes must reach the catalogue read from it ({@link LinkCoverage} says
 * how that is measured): at least {@value #PER_FILE} % of each corpus file's and {@value #ALL_FILES} %
 * of all of them together. The table of every file is printed to standard output; a failure lists the
 * URLs not reached with their lines.
 */
class LinkCoverageTest {

    static final double PER_FILE = 97.0;
    static final double ALL_FILES = 99.0;

    static Stream<Named<Path>> corpus() {
        return Corpus.files().map(p -> Named.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void almostEveryUrlOfAFileReachesTheCatalogue(Path file) throws IOException {
        LinkCoverage coverage = LinkCoverage.read(file);
        System.out.println(coverage.summary());
        assertThat(coverage.total()).as("URLs counted in %s", file.getFileName()).isPositive();
        if (coverage.percent() < PER_FILE) {
            Assertions.fail(String.format(java.util.Locale.ROOT, "%s: %.1f %% of its URLs reach the catalogue,"
                    + " under %.0f %%%n%s", coverage.name(), coverage.percent(), PER_FILE, coverage.unreachedReport()));
        }
    }

    @Test
    void almostEveryUrlOfAllFilesTogetherReachesTheCatalogue() throws IOException {
        List<LinkCoverage> rows = new ArrayList<>();
        for (Path file : Corpus.files().toList()) {
            rows.add(LinkCoverage.read(file));
        }
        String table = LinkCoverage.table(rows);
        System.out.print(table);
        int reached = rows.stream().mapToInt(LinkCoverage::reached).sum();
        int total = rows.stream().mapToInt(LinkCoverage::total).sum();
        double percent = 100.0 * reached / total;
        if (percent < ALL_FILES) {
            StringBuilder unreached = new StringBuilder();
            rows.stream().filter(r -> r.reached() < r.total()).forEach(r -> unreached.append(r.unreachedReport()));
            Assertions.fail(String.format(java.util.Locale.ROOT, "%.1f %% of all URLs reach the catalogue, under"
                    + " %.0f %%%n%s%n%s", percent, ALL_FILES, table, unreached));
        }
    }

    // ------------------------------------------------------------------ the measure itself

    private static List<String> urls(String markdown) {
        return LinkCoverage.urlsIn(markdown).stream().map(LinkCoverage.Url::url).toList();
    }

    @Test
    void countsUrlsAsTextLinksAutolinksAndHtmlLinksWithTheirLines() {
        List<LinkCoverage.Url> found = LinkCoverage.urlsIn("""
                # T

                * 地址：https://github.com/a/b
                - [x](https://x.org/p?q=1&r=2) and <https://auto.link/y>
                <a href="https://html.link/z">z</a> 度盘下载地址: https://pan.baidu.com/s/1Zw   提取码: lbo4
                """);
        assertThat(found).extracting(LinkCoverage.Url::url, LinkCoverage.Url::line).containsExactly(
                tuple("https://github.com/a/b", 3), tuple("https://x.org/p?q=1&r=2", 4),
                tuple("https://auto.link/y", 4), tuple("https://html.link/z", 5),
                tuple("https://pan.baidu.com/s/1Zw", 5));
    }

    @Test
    void leavesOutCommentsFencedCodeAndImageSourcesButNotTheLinkAroundABadge() {
        assertThat(urls("""
                <!--
                参考：https://github.com/in/comment
                -->
                text <!-- https://inline.comment/ --> https://after.comment/x
                ```bibtex
                howpublished = {\\url{https://in.code/}}
                ```
                  ![](https://img.shields.io/github/stars/a/b)
                [![Star History Chart](https://api.star-history.com/svg?repos=a/b&type=Date)](https://star-history.com/#a/b)
                <a href="https://github.com/F/M"><img src=https://img.shields.io/github/forks/F/M.svg?style=social ></a>
                <img alt="x" src="https://quoted.src/y.png">
                """)).containsExactly("https://after.comment/x", "https://star-history.com/#a/b", "https://github.com/F/M");
    }

    @Test
    void endsAUrlAtTheBracketsQuotesAndPunctuationAroundIt() {
        assertThat(urls("见https://a.cn/x。然后 (https://b.org/y), \"https://c.org/z\"; https://d.org/w. "
                + "CHIP2022:  http://cips-chip.org.cn/2022/callforeval ;  http://e.cn/2021/ ，https://f.cn/（注）"))
                .containsExactly("https://a.cn/x", "https://b.org/y", "https://c.org/z", "https://d.org/w",
                        "http://cips-chip.org.cn/2022/callforeval", "http://e.cn/2021/", "https://f.cn/");
    }

    @Test
    void aUrlReachesTheCatalogueWhenALinkOrTextOfItHoldsIt() {
        String md = "# T\n\nsee https://intro.org/x\n\n## 1. S\n\n* A\n  * 地址：https://a.org/long/path\n"
                + "  * 简介：mirror at https://mirror.org/a\n\nhttps://nowhere.org/\n";
        Catalogue catalogue = Catalogue.builder("T").introduction("see https://intro.org/x")
                .section(Section.builder("S").number("1").entries(List.of(Entry.builder("A")
                        .link("https://a.org/long/path").field("简介", "mirror at https://mirror.org/a").build()))
                        .build())
                .build();
        LinkCoverage coverage = LinkCoverage.of("t.md", md + "https://a.org/long\n", catalogue);
        assertThat(coverage.urls()).extracting(LinkCoverage.Url::url, LinkCoverage.Url::reached).containsExactly(
                tuple("https://intro.org/x", true), tuple("https://a.org/long/path", true),
                tuple("https://mirror.org/a", true), tuple("https://nowhere.org/", false),
                tuple("https://a.org/long", true));
        assertThat(coverage.reached()).isEqualTo(4);
        assertThat(coverage.unreachedReport()).contains("line 11: https://nowhere.org/");
        assertThat(LinkCoverage.table(List.of(coverage))).contains("t.md").contains("4/5").contains("80.0 %");
    }

    @Test
    void theScanIsLinearOnHostileText() {
        String hostile = "![".repeat(200_000) + "<img ".repeat(100_000) + "<!--" + "http://".repeat(100_000)
                + "\n" + "[x](https://a.b/".repeat(50_000) + "![a](".repeat(100_000);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LinkCoverage.urlsIn(hostile));
    }
}
