package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownFixer} on what real files hold besides the usual (CRLF, a byte order mark, tabs, no final
 * newline) and on generated hostile lists: long, deep, and made of the characters its fixers react to. It
 * answers, never throws, takes time linear in the document, and keeps every byte it does not fix.
 */
class MarkdownFixerHostileTest {

    private static final MarkdownFixer FIXER = MarkdownFixer.standard();

    private static MarkdownFix fix(String markdown) {
        return FIXER.fix(MarkdownReader.create().read(markdown, "h.md"));
    }

    private static List<String> applied(MarkdownFix fix) {
        return fix.applied().stream().map(a -> a.finding().location().orElseThrow().line() + " "
                + a.finding().rule() + " " + a.after()).toList();
    }

    @Test
    void crlfBomAndNoFinalNewlineAreKeptAndFixedAlike() {
        String seed = Corpus.text(Corpus.SEED);
        MarkdownFix lf = fix(seed);
        MarkdownFix crlf = fix(seed.replace("\n", "\r\n"));
        assertThat(applied(crlf)).isEqualTo(applied(lf));
        assertThat(crlf.fixed().source()).isEqualTo(lf.fixed().source().replace("\n", "\r\n"));
        assertThat(crlf.changes().get(0).added()).allSatisfy(l -> assertThat(l).endsWith("\r\n"));
        MarkdownFix bom = fix("\uFEFF" + seed);
        assertThat(applied(bom)).isEqualTo(applied(lf));
        assertThat(bom.fixed().source()).isEqualTo("\uFEFF" + lf.fixed().source());
        MarkdownFix unended = fix(seed.stripTrailing());
        assertThat(unended.fixed().source()).isEqualTo(lf.fixed().source().stripTrailing());
        FixProperties.idempotent(crlf);
        FixProperties.idempotent(bom);
    }

    @Test
    void aContentsItemAddedAfterALastLineWithoutNewlineKeepsTheFileWithoutOne() {
        String body = "# T\n\n## 1. A\n\n* [x](https://x.org) - d\n\n## 2. B\n\n* [y](https://y.org) - e\n\n";
        MarkdownFix fix = fix(body + "#### Contents\n\n* [1. A](#1-a)");
        assertThat(fix.fixed().source()).isEqualTo(body + "#### Contents\n\n* [1. A](#1-a)\n* [2. B](#2-b)");
        assertThat(fix.changes()).singleElement().satisfies(c -> {
            assertThat(c.removed()).containsExactly("* [1. A](#1-a)");
            assertThat(c.added()).containsExactly("* [1. A](#1-a)\n", "* [2. B](#2-b)");
        });
        FixProperties.idempotent(fix);
    }

    @Test
    void tabsAreWhiteSpaceToRemoveAtTheEndAndIndentationToKeep() {
        String doc = "# T\n\n## 1. A\n\n* A\t\n\t* 地址：https://a.org \t\n\t* 简介：x\n";
        MarkdownFix fix = fix(doc);
        assertThat(fix.fixed().source()).isEqualTo("# T\n\n## 1. A\n\n* A\n\t* 地址：https://a.org\n\t* 简介：x\n");
        FixProperties.onlyLinesOfFixedFindingsChanged(fix);
        FixProperties.idempotent(fix);
    }

    /** A list of {@code sections} sections of a hundred entries with every kind of defect, and how many of each. */
    private static String defects(int sections) {
        StringBuilder contents = new StringBuilder("# Big\n\n#### Contents\n\n");
        StringBuilder body = new StringBuilder();
        for (int s = 1; s <= sections; s++) {
            if (s % 3 != 0) {
                contents.append("* [").append(s).append(". Part](#").append(s).append("-part)\n");
            }
            if (s % 5 == 0) {
                contents.append("* [Gone ").append(s).append("](#gone-").append(s).append(")\n");
            }
            body.append("## ").append(s).append(". Part\n\n");
            for (int k = 0; k < 100; k++) {
                String id = s + "-" + k;
                body.append(k % 10 == 3 ? "- " : "* ").append("Tool ").append(id).append(k % 4 == 0 ? "  \n" : "\n")
                        .append("  * 地址：https://github.com/o").append(id).append("/r\n")
                        .append("    ![](https://img.shields.io/github/stars/").append(k % 25 == 0 ? "x" : "o")
                        .append(id).append("/r)\n  * 简介：tool ").append(id).append(" does things \n");
            }
            body.append('\n');
        }
        return contents.append('\n').append(body).toString();
    }

    /** Ten megabytes of classic items, a few of them with a defect, under a Contents with a few. */
    private static String tenMegabytes(int sections) {
        StringBuilder contents = new StringBuilder("# Big\n\n#### Contents\n\n");
        StringBuilder body = new StringBuilder();
        for (int s = 1; s <= sections; s++) {
            if (s % 3 != 0) {
                contents.append("* [").append(s).append(". Part](#").append(s).append("-part)\n");
            }
            if (s % 5 == 0) {
                contents.append("* [Gone ").append(s).append("](#gone-").append(s).append(")\n");
            }
            body.append("## ").append(s).append(". Part\n\n");
            for (int k = 0; k < 100; k++) {
                body.append(k == 7 ? "- " : "* ").append("[Tool ").append(s).append('-').append(k)
                        .append("](https://tools.example.org/").append(s).append('/').append(k)
                        .append(") - a tool that does a thing").append(k % 50 == 1 ? " \n" : "\n");
            }
            body.append('\n');
        }
        return contents.append('\n').append(body).toString();
    }

    @Test
    void aTenMegabyteListIsFixedWithoutAnException() {
        int sections = 1_300;
        String doc = tenMegabytes(sections);
        assertThat(doc.length()).isGreaterThan(10_000_000);
        MarkdownFix fix = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> fix(doc));
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().equals("heading-missing-from-contents"))
                .hasSize(sections / 3);
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().equals("contents-without-heading"))
                .hasSize(sections / 5);
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().equals("mixed-bullets")).hasSize(sections);
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().equals("trailing-whitespace"))
                .hasSize(sections * 2);
        assertThat(fix.declined()).isEmpty();
        assertThat(fix.remaining()).noneMatch(f -> MarkdownFixer.fixableRules().stream().anyMatch(r -> r.rule().equals(f.rule())));
    }

    @Test
    void everyKindOfDefectOnEveryEntryIsFixed() {
        int sections = 6;
        MarkdownFix fix = fix(defects(sections));
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().equals("mixed-bullets")).hasSize(sections * 10);
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().equals("badge-mismatch")).hasSize(sections * 4);
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().equals("trailing-whitespace"))
                .hasSize(sections * 125);
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().endsWith("contents")).hasSize(2);
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().startsWith("contents")).hasSize(1);
        assertThat(fix.declined()).isEmpty();
        FixProperties.onlyLinesOfFixedFindingsChanged(fix);
        FixProperties.idempotent(fix);
    }

    @Test
    void fixingTakesTimeLinearInTheList() {
        IntFunction<MarkdownDocument> doc = n -> MarkdownReader.create().read(defects(n), "s.md");
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Scaling.linear("fix", doc, 4, FIXER::fix));
    }

    @Test
    void deepNestingIsFixedOrLeftWithoutAnException() {
        StringBuilder lists = new StringBuilder("# T\n\n#### Contents\n\n* [1. A](#1-a)\n\n## 1. A\n\n");
        for (int i = 0; i < 2_000; i++) {
            lists.append("  ".repeat(Math.min(i, 300))).append(i % 2 == 0 ? "* " : "- ").append("item ").append(i)
                    .append("  \n");
        }
        StringBuilder headings = new StringBuilder();
        for (int level = 2; level <= 6; level++) {
            headings.append("#".repeat(level)).append(" 1.").append("1.".repeat(level - 2)).append(" Deep\n\n")
                    .append("* [x").append(level).append("](https://x.org/").append(level).append(") - d \n\n");
        }
        String quotes = "## 2. Q\n\n" + ">".repeat(5_000) + " deep  \n\n* [q](https://q.org) - d  \n";
        for (String doc : List.of(lists.toString(), lists + headings.toString(), lists + quotes)) {
            MarkdownFix fix = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> fix(doc));
            FixProperties.onlyLinesOfFixedFindingsChanged(fix);
            FixProperties.idempotent(fix);
        }
    }

    @Test
    void generatedListsOfTheCharactersTheFixersReactToNeverMakeItThrow() {
        String[] pieces = {"* ", "- ", "+ ", "1. ", "  ", "\t", " ", "\n", "\r\n", "\r", "[", "]", "(", ")", "](", "](#",
            "#", "## 2. B", "https://github.com/a/b", "https://x.org", "![](https://img.shields.io/github/stars/c/d)",
            "地址：", "```", "<div>", "`", "\\", "\uFEFF", "\u0085", "中", "a"};
        Random r = new Random(Long.getLong("fuzz.seed", 15L));
        for (int n = 0; n < 300; n++) {
            StringBuilder doc = new StringBuilder("# T\n\n#### Contents\n\n* [1. A](#1-a)\n* [9. Z](#9-z)\n\n## 1. A\n\n");
            for (int k = r.nextInt(60); k > 0; k--) {
                doc.append(pieces[r.nextInt(pieces.length)]);
            }
            String markdown = doc.toString();
            MarkdownFix fix = fix(markdown);
            try {
                FixProperties.onlyLinesOfFixedFindingsChanged(fix);
                FixProperties.idempotent(fix);
            } catch (AssertionError e) {
                throw new AssertionError("for " + markdown.replace("\r", "\\r").replace("\n", "\\n"), e);
            }
        }
    }
}
