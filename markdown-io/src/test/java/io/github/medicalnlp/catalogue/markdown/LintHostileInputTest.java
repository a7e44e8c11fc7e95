package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.medicalnlp.catalogue.lint.Finding;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lint answers with findings, never an exception, for Contents links and headings made of the characters
 * its readings of them react to: broken percent escapes (URLDecoder throws on them), nested brackets,
 * images and links in headings, closing hashes and odd line terminators.
 */
class LintHostileInputTest {

    private static List<Finding> lint(String markdown) {
        return MarkdownLinter.standard().without("description-missing")
                .lint(MarkdownReader.create().read(markdown, "h.md"));
    }

    @Test
    void brokenPercentEscapesInTheContentsAreLinksToNoHeading() {
        String doc = "# T\n\n#### Contents\n\n* [1. A](#1-a%zz)\n* [1. A](#1-a%)\n* [1. A](#1-a%-1)\n"
                + "* [2. B](#2-%62)\n\n## 1. A\n\n* [x](https://x.org) - y\n\n## 2. b\n\n* [y](https://y.org) - z\n";
        assertThat(lint(doc)).extracting(Finding::rule, f -> f.location().orElseThrow().line())
                .containsExactly(tuple("contents-without-heading", 5), tuple("contents-without-heading", 6),
                        tuple("contents-without-heading", 7), tuple("heading-missing-from-contents", 10));
        assertThat(lint(doc).get(0).message()).startsWith("the Contents links to #1-a%zz but");
    }

    @Test
    void generatedContentsAndHeadingsNeverMakeLintThrow() {
        String[] pieces = {"%", "%4", "%41", "%e4%b8%ad", "%zz", "%-1", "+", "](#", "](", "[", "]", "(", ")", "!", "![",
            "#", " ", "\t", "*", "`", "a", "1.", "中", "\u0085", "\u000B"};
        Random r = new Random(Long.getLong("fuzz.seed", 3L));
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder contents = new StringBuilder();
            StringBuilder headings = new StringBuilder();
            for (int line = r.nextInt(6); line > 0; line--) {
                StringBuilder piece = new StringBuilder();
                for (int n = r.nextInt(8); n > 0; n--) {
                    piece.append(pieces[r.nextInt(pieces.length)]);
                }
                contents.append("* [").append(piece).append("](#").append(piece).append(")\n");
                headings.append("## ").append(piece).append(" x\n\n* [e").append(line).append("](https://e.org/")
                        .append(line).append(") - d\n\n");
            }
            String markdown = "# T\n\n#### Contents\n\n" + contents + "\n" + headings;
            assertThat(lint(markdown)).as(markdown).allSatisfy(f -> assertThat(f.location()).isPresent());
        }
    }

    @Test
    void messagesQuoteALongNameBriefly() {
        String name = "N".repeat(100_000);
        String doc = "# T\n\n## 1. A\n\n* " + name + "\n* " + name + "\n  * 地址：https://a.org\n";
        List<Finding> findings = MarkdownLinter.standard().lint(MarkdownReader.create().read(doc));
        assertThat(findings).hasSizeGreaterThanOrEqualTo(4) // without a link, without a description, twice
                .allSatisfy(f -> assertThat(f.message()).hasSizeLessThan(400));
    }
}
