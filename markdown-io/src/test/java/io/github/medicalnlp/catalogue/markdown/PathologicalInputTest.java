package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long runs of one character or token in every place the reader looks at text: each is read, edited,
 * linted and written back without a stack overflow, and in time that grows linearly — the run is made
 * large enough (50,000 repetitions; {@code -Dpathological.n} for more, as the {@code fuzz} profile does)
 * that a quadratic scan would not end within the generous bound, and a recursive one would overflow the
 * stack (the expressions these replaced overflowed at a few thousand).
 */
class PathologicalInputTest {

    private static final int N = Integer.getInteger("pathological.n", 50_000);

    static Stream<Arguments> inputs() {
        return Stream.of(
                input("heading with a run of spaces inside", n -> "# T\n\n## a" + " ".repeat(n) + "b\n"),
                input("heading with a run of tabs and hashes", n -> "# T\n\n## a" + " \t#".repeat(n) + "b ##\n"),
                input("heading number of many '1.'", n -> "# T\n\n## " + "1.".repeat(n) + " Title\n\n- x: https://a.org\n"),
                input("heading number of many '1.' and a long group", n -> "# T\n\n## " + "1.".repeat(n) + "1234 T\n"),
                input("entry heading number of many '1.'", n -> "# T\n\n## 1 A\n\n### 1.1 B\n\n#### " + "1.".repeat(n)
                        + " Name\n\n- 地址：https://a.org\n"),
                input("field of many comma-separated addresses", n -> "# T\n\n## 1. A\n\n- Name\n  - 地址："
                        + "https://a,".repeat(n) + "\n"),
                input("field of many addresses and blanks", n -> "# T\n\n## 1. A\n\n- Name\n  - 地址："
                        + "https://a , ".repeat(n / 2) + "x y\n"),
                input("child line of many unclosed images", n -> "# T\n\n## 1. A\n\n- Name\n  - " + "![a](".repeat(n) + "\n"),
                input("child line of many image openings", n -> "# T\n\n## 1. A\n\n- Name\n  - " + "![".repeat(n) + "](x\n"),
                input("child line of many link closings", n -> "# T\n\n## 1. A\n\n- Name\n  - [" + "](".repeat(n) + ")\n"),
                input("heading entry name of many colons", n -> "# T\n\n## 1 A\n\n### 1.1 B\n\n#### Name" + ":x".repeat(n)
                        + ":".repeat(n) + "\n\n- 地址：https://a.org\n"),
                input("long setext underline", n -> "# T\n\nSection\n" + "=".repeat(n * 5) + "\n\n- a\n"),
                input("heading of many image openings", n -> "# T\n\n## " + "![a](".repeat(n) + "\n"),
                input("labelled address after many colons and blanks", n -> "# T\n\n## 1. A\n\n1. Name" + ":".repeat(n)
                        + " ".repeat(n) + "https://a.org\n"),
                input("bullet with a run of blanks and a line separator", n -> "# T\n\n## 1. A\n\n- Name\n  - "
                        + " ".repeat(n) + "x\u2028y\n"),
                input("many tiny items", n -> "# T\n\n## 1. A\n\n" + "- a\n".repeat(n)),
                input("a list of many links to anchors", n -> "# T\n\n## 1. A\n\n" + "- [a](#a)\n".repeat(n)),
                input("a contents list of many nested links", n -> "# T\n\n## Contents\n\n"
                        + "- [a](#a)\n  - [b](#b)\n".repeat(n / 2) + "\n## 1. A\n\n- x\n  - 地址：https://a.org\n"),
                // the shapes of the rebuilt reader: bold titles, link paragraphs, heading entries; a block
                // of these is 10 to 40 characters, so n / 4 of them (n / 16 of a heading and its body) keep
                // a normal build short, and the fuzz profile's n still makes a quadratic scan time out
                input("many bold lines without bodies before a list", n -> "# T\n\n## A\n\n" + "**a**\n\n".repeat(n / 4)
                        + "- [x](https://a.org)\n"),
                input("bold lines alternating with paragraphs", n -> "# T\n\n## A\n\n"
                        + "**a**\n\ntext https://a.org\n\n".repeat(n / 8)),
                input("a leaf heading over many field-like bullets", n -> "# T\n\n## A\n\n### B\n\n"
                        + "- 地址：https://a.org\n".repeat(n / 4)),
                input("a leaf heading over 'Name：' and many items", n -> "# T\n\n## A\n\n### B\n\n- CBLUE：\n"
                        + "- x\n".repeat(n / 4) + "- [论文地址](https://a.org)\n"),
                input("a leaf heading over many numbered sub-items", n -> "# T\n\n## A\n\n### B\n\n"
                        + "1. 测评：[任务网址](http://a.org)\n".repeat(n / 4)),
                input("many link paragraphs", n -> "# T\n\n## A\n\n" + "[a](https://a.org) - text\n\n".repeat(n / 4)),
                input("many leaf headings with bodies", n -> "# T\n\n## A\n\n"
                        + "### H\n\n论文地址：https://a.org\n\n> abstract\n\n".repeat(n / 16)),
                input("a labelled list of addresses separated by blanks", n -> "# T\n\n## A\n\n**B**\n\n地址："
                        + "https://a.org ".repeat(n / 4) + "提取码：x\n"),
                input("a bold title of many nested emphases", n -> "# T\n\n## A\n\n" + "**".repeat(n / 2) + "a"
                        + "**".repeat(n / 2) + "\n\n[论文地址](https://a.org)\n"),
                input("a bold-title body of many nested quotes", n -> "# T\n\n## A\n\n**B**\n\n论文摘要：\n\n"
                        + "> ".repeat(n) + "x https://a.org\n"));
    }

    private static Arguments input(String name, IntFunction<String> make) {
        return Arguments.of(name, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isReadEditedAndWrittenInLinearTime(String name, IntFunction<String> make) {
        String text = make.apply(N);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            MarkdownDocument doc = MarkdownReader.create().read(text);
            assertThat(doc.render()).isEqualTo(text);
            Catalogue catalogue = doc.catalogue();
            if (!catalogue.allSections().isEmpty()) {
                String first = catalogue.allSections().get(0).anchor();
                Catalogue edited = catalogue.addEntry(first, Entry.builder("Added").link("https://example.org").build());
                String written = doc.withCatalogue(edited).render();
                assertThat(MarkdownReader.create().read(written).catalogue().allEntries())
                        .anyMatch(e -> e.name().equals("Added"));
            }
            MarkdownLinter.standard().lint(doc);
            MarkdownWriter.canonical().write(catalogue);
        }, name);
    }
}
