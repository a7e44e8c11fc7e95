package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.medicalnlp.catalogue.lint.Finding;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Lint takes time linear in the document (n log n at most) for every shape of document: many items,
 * many sections, a finding on every item (the case where each finding looked through every segment),
 * and headings made of long runs of one token. Each document is read before the clock starts: only
 * the lint is timed.
 */
class LintScalingTest {

    private static final MarkdownLinter LINTER = MarkdownLinter.standard();

    private static void lintScales(String what, IntFunction<String> markdown, int n) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Scaling.linear(what,
                k -> MarkdownReader.create().read(markdown.apply(k), "scaling.md"), n, LINTER::lint));
    }

    private static String items(int n, IntFunction<String> item) {
        StringBuilder b = new StringBuilder("# Big list\n\n## 1. Things\n\n");
        for (int i = 0; i < n; i++) {
            b.append(item.apply(i));
        }
        return b.toString();
    }

    @Test
    void manyItems() {
        lintScales("items", n -> items(n, i -> "* [Tool " + i + "](https://example.org/tool/" + i + ") - A tool numbered "
                + i + ".\n"), 500);
    }

    @Test
    void manySectionsWithAContentsList() {
        lintScales("sections", n -> {
            StringBuilder contents = new StringBuilder("# Big list\n\n#### Contents\n\n");
            StringBuilder body = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                // every third section missing from the Contents, every fifth listed under a wrong anchor
                if (i % 3 != 0) {
                    contents.append("* [").append(i).append(". S](#").append(i).append(i % 5 == 0 ? "-x" : "-s")
                            .append(")\n");
                }
                body.append("## ").append(i).append(". S\n\n");
                if (i % 7 != 0) {
                    body.append("* [T").append(i).append("](https://t.org/").append(i).append(") - d.\n\n");
                }
            }
            return contents.append('\n').append(body).toString();
        }, 250);
    }

    @Test
    void aFindingOnEveryItem() {
        // the same name and address on every item, every other one with another bullet and a wrong star
        // badge, and an address that is not http on every third one: several findings an item
        IntFunction<String> doc = n -> items(n, i -> (i % 2 == 0 ? "* " : "- ") + "[dup](https://github.com/a/b)"
                + (i % 2 == 0 ? " ![](https://img.shields.io/github/stars/c/d)" : "")
                + (i % 3 == 0 ? " [x](ftp://f.org/" + i + ")" : "") + "\n");
        List<Finding> findings = LINTER.lint(MarkdownReader.create().read(doc.apply(30), "f.md"));
        assertThat(findings).extracting(Finding::rule).contains("duplicate-entry", "mixed-bullets", "badge-mismatch",
                "malformed-url", "description-missing");
        assertThat(findings.size()).isGreaterThan(3 * 30);
        lintScales("findings", doc, 1_000);
    }

    @Test
    void aLinkOnEveryLineOfOneLongItem() {
        // one entry with many malformed links: each finding's URL is looked for in the entry's text
        lintScales("links", n -> {
            StringBuilder b = new StringBuilder("# T\n\n## 1. A\n\n* [e](https://e.org) - d");
            for (int i = 0; i < n; i++) {
                b.append(" [l").append(i).append("](ftp://l.org/").append(i).append(")");
            }
            return b.append('\n').toString();
        }, 500);
    }

    @Test
    void headingsMadeOfLongRunsOfOneToken() {
        lintScales("images in a heading", n -> "# T\n\n#### Contents\n\n* [1. a](#1-a)\n\n## 1. a" + "![a](".repeat(n)
                + "b\n\n* [x](https://x.org) - y\n", 1_000);
        lintScales("links in a heading", n -> "# T\n\n#### Contents\n\n* [1. a](#1-a)\n\n## 1. a" + "[a](".repeat(n)
                + "b\n\n* [x](https://x.org) - y\n", 1_000);
        lintScales("setext underline", n -> "# T\n\n#### Contents\n\n* [A](#a)\n\nA title\n" + "=".repeat(n)
                + "\n\n* [x](https://x.org) - y\n", 131_072);
        lintScales("Contents link", n -> "# T\n\n#### Contents\n\n* [1. a](#1-a" + "](#".repeat(n)
                + "\n\n## 1. a\n\n* [x](https://x.org) - y\n", 2_000);
    }
}
