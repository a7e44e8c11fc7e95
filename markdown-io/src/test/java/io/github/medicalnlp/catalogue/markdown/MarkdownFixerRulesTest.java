package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.lint.Finding;
import org.junit.jupiter.api.Test;

/** Each fixer of {@link MarkdownFixer}: what it fixes, and each case where it declines, on small lists. */
class MarkdownFixerRulesTest {

    private static final String HEAD = "# T\n\n## 1. 数据集\n\n";

    private static MarkdownFix fix(String markdown) {
        MarkdownFix fix = MarkdownFixer.of(MarkdownLinter.standard().without("description-missing"))
                .fix(MarkdownReader.create().read(markdown, "t.md"));
        FixProperties.idempotent(fix);
        FixProperties.onlyLinesOfFixedFindingsChanged(fix);
        return fix;
    }

    private static String entry(String name, String url, String badge) {
        return "* " + name + "\n  * 地址：" + url + "\n" + (badge == null ? "" : "    ![](https://img.shields.io/github/stars/"
                + badge + ")\n") + "  * 简介：" + name + " is a thing\n";
    }

    private static String declined(MarkdownFix fix, String rule) {
        return fix.declined().stream().filter(d -> d.finding().rule().equals(rule)).map(MarkdownFix.Declined::reason)
                .findFirst().orElseThrow(() -> new AssertionError("no declined " + rule + " in " + fix.declined()));
    }

    @Test
    void aStarBadgeGetsTheEntrysOnlyRepository() {
        MarkdownFix fix = fix(HEAD + entry("A", "https://github.com/a/b", "c/d"));
        assertThat(fix.fixed().source()).isEqualTo(HEAD + entry("A", "https://github.com/a/b", "a/b"));
        assertThat(fix.applied()).singleElement().satisfies(a -> assertThat(a.finding().rule()).isEqualTo("badge-mismatch"));
    }

    @Test
    void aBadgeIsLeftWhenTheAddressIsInDoubt() {
        assertThat(declined(fix(HEAD + entry("A", "https://a.org", "c/d")), "badge-mismatch"))
                .contains("no GitHub address");
        assertThat(declined(fix(HEAD + entry("A", "https://github.com/a/b https://github.com/e/f", "c/d")),
                "badge-mismatch")).contains("several GitHub repositories");
        String shared = HEAD + entry("A", "https://github.com/a/b", "a/b") + "\n## 2. 模型\n\n"
                + entry("B", "https://github.com/a/b", "c/d");
        assertThat(declined(fix(shared), "badge-mismatch")).contains("also another entry's");
        String two = HEAD + entry("A", "https://github.com/a/b", "a/b").replace("  * 简介",
                "    ![](https://img.shields.io/github/stars/c/d)\n  * 简介");
        assertThat(declined(fix(two), "badge-mismatch")).contains("already has a badge for a/b");
        MarkdownFix half = fix(HEAD + entry("A", "https://github.com/a/b](https://github.com/e/f", "c/d"));
        assertThat(declined(half, "badge-mismatch")).contains("malformed");
    }

    @Test
    void aHalfWrittenLinkKeepsTheUrlThatIsNobodyElses() {
        String doc = HEAD + entry("A", "https://a.org/x", null) + entry("B", "https://a.org/x](https://b.org/y", null);
        MarkdownFix fix = fix(doc);
        assertThat(fix.fixed().source()).isEqualTo(HEAD + entry("A", "https://a.org/x", null)
                + entry("B", "https://b.org/y", null));
        assertThat(fix.applied()).singleElement().satisfies(a -> {
            assertThat(a.finding().rule()).isEqualTo("malformed-url");
            assertThat(a.after()).isEqualTo("https://b.org/y");
        });
        FixProperties.sameCatalogueButFixedLinks(MarkdownReader.create().read(doc), fix);
    }

    @Test
    void aHalfWrittenLinkKeepsTheUrlOfTheRepositoryItsBadgeNames() {
        MarkdownFix fix = fix(HEAD + entry("A", "https://github.com/p/q](https://github.com/r/s", "p/q"));
        assertThat(fix.fixed().source()).isEqualTo(HEAD + entry("A", "https://github.com/p/q", "p/q"));
        assertThat(fix.remaining()).extracting(Finding::rule).doesNotContain("malformed-url", "badge-mismatch");
    }

    @Test
    void aHalfWrittenLinkIsLeftWhenTheDocumentDoesNotShowWhichHalfIsRight() {
        assertThat(declined(fix(HEAD + entry("A", "https://c.org](https://d.org", null)), "malformed-url"))
                .contains("does not show which");
        String both = HEAD + entry("A", "https://github.com/p/q", "p/q")
                + entry("B", "https://github.com/p/q](https://r.org/s", "x/y").replace("stars/x/y", "stars/r/s");
        assertThat(declined(fix(both.replace("stars/r/s", "stars/p/q")), "malformed-url"))
                .as("the badge says the first, the other entry says the second").contains("does not show which");
        assertThat(declined(fix(HEAD + "* [A](ftp://a.org) - d\n"), "malformed-url")).contains("only a half-written");
    }

    @Test
    void trailingWhiteSpaceGoesWhereTheEntryRendersTheSame() {
        String doc = HEAD + "* A \n\t\n  * 地址：https://a.org\t\n  * 简介：x  \n";
        MarkdownFix fix = fix(doc);
        assertThat(fix.fixed().source()).isEqualTo(HEAD + "* A\n\n  * 地址：https://a.org\n  * 简介：x\n");
        assertThat(fix.applied()).hasSize(4).allSatisfy(a -> assertThat(a.after()).isEmpty());
        MarkdownFix crlf = fix(doc.replace("\n", "\r\n"));
        assertThat(crlf.fixed().source()).isEqualTo(HEAD.replace("\n", "\r\n")
                + "* A\r\n\r\n  * 地址：https://a.org\r\n  * 简介：x\r\n");
    }

    @Test
    void aHardLineBreakAndWhiteSpaceInCodeStay() {
        String hard = HEAD + "* A\n  * 地址：https://a.org\n  * 简介：line one  \n    line two \n";
        MarkdownFix fix = fix(hard);
        assertThat(fix.fixed().source()).isEqualTo(HEAD + "* A\n  * 地址：https://a.org\n  * 简介：line one  \n    line two\n");
        assertThat(declined(fix, "trailing-whitespace")).contains("hard line break");
        String code = HEAD + "* A\n  * 地址：https://a.org\n  * 简介：x\n\n    ```\n    code   \n    ```\n";
        MarkdownFix inCode = fix(code);
        assertThat(inCode.fixed().source()).isEqualTo(code);
        assertThat(inCode.declined()).extracting(d -> d.finding().rule()).containsOnly("trailing-whitespace");
    }

    @Test
    void anEntryGetsItsSectionsMajorityMarkerUnlessTheMarkersAreSplitEvenly() {
        String doc = HEAD + entry("A", "https://a.org", null) + entry("B", "https://b.org", null).replace("* B", "- B")
                + entry("C", "https://c.org", null);
        MarkdownFix fix = fix(doc);
        assertThat(fix.fixed().source()).isEqualTo(doc.replace("- B", "* B"));
        assertThat(fix.applied()).extracting(a -> a.finding().rule(), a -> a.finding().entry().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mixed-bullets", "B"));
        String tie = HEAD + entry("A", "https://a.org", null) + entry("B", "https://b.org", null).replace("* B", "- B");
        assertThat(declined(fix(tie), "mixed-bullets")).contains("split evenly", "1 '*', 1 '-'");
    }

    private static final String CONTENTS = "# T\n\n#### Contents\n\n";

    @Test
    void theContentsLosesItemsLinkingToNoHeadingAndGainsMissingHeadings() {
        String body = "## 1. A\n\n" + entry("x", "https://x.org", null) + "\n### 1.1 B\n\n" + entry("y", "https://y.org", null)
                + "\n## 2. C\n\n" + entry("z", "https://z.org", null);
        String doc = CONTENTS + "* [1. A](#1-a)\n* [9. Gone](#9-gone)\n* [2. C](#2-c)\n\n" + body;
        MarkdownFix fix = fix(doc);
        assertThat(fix.fixed().source()).isEqualTo(CONTENTS + "* [1. A](#1-a)\n  * [1.1 B](#11-b)\n* [2. C](#2-c)\n\n" + body);
        assertThat(fix.applied()).extracting(a -> a.finding().rule())
                .containsExactly("contents-without-heading", "heading-missing-from-contents");
    }

    @Test
    void anItemThatReadsAsAHeadingGetsItsAnchor() {
        String body = "## 1. A\n\n" + entry("x", "https://x.org", null) + "\n## 2. 模型\n\n" + entry("z", "https://z.org", null);
        MarkdownFix fix = fix(CONTENTS + "* [1. A](#1-a)\n* [2. 模型](#2-models)\n\n" + body);
        assertThat(fix.fixed().source()).isEqualTo(CONTENTS + "* [1. A](#1-a)\n* [2. 模型](#2-模型)\n\n" + body);
        assertThat(fix.applied()).extracting(a -> a.finding().rule(), MarkdownFix.Applied::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("contents-without-heading", "2-模型"),
                org.assertj.core.groups.Tuple.tuple("heading-missing-from-contents", "* [2. 模型](#2-模型)"));
    }

    @Test
    void theContentsIsLeftWhereItsAnswerIsNotOne() {
        String body = "## 1. A\n\n" + entry("x", "https://x.org", null) + "\n## 2. New\n\n" + entry("z", "https://z.org", null);
        assertThat(declined(fix(CONTENTS + "* [1. A](#1-a)\n* [2. Old](#2-old)\n\n" + body), "contents-without-heading"))
                .contains("a heading numbered 2");
        assertThat(declined(fix(CONTENTS + "* [1. A](#1-a) and [2. Old](#2-old)\n\n" + body), "contents-without-heading"))
                .contains("not alone on its line");
        String sub = "## 1. A\n\n" + entry("x", "https://x.org", null) + "\n### 1.1 B\n\n" + entry("y", "https://y.org", null);
        assertThat(declined(fix(CONTENTS + "* [9. Gone](#9-gone)\n  * [1.1 B](#11-b)\n* [1. A](#1-a)\n\n" + sub),
                "contents-without-heading")).contains("sub-items");
        String three = "## 1. A\n\n" + entry("x", "https://x.org", null) + "\n## 2. B\n\n" + entry("y", "https://y.org", null)
                + "\n## 3. C\n\n" + entry("z", "https://z.org", null);
        assertThat(declined(fix(CONTENTS + "1. [1. A](#1-a)\n2. [3. C](#3-c)\n\n" + three), "heading-missing-from-contents"))
                .contains("numbered");
        assertThat(declined(fix(CONTENTS + "* [3. C](#3-c)\n* [1. A](#1-a)\n\n" + three), "heading-missing-from-contents"))
                .contains("not in the order of the headings");
        assertThat(declined(fix(CONTENTS + "* [2. B](#2-b)\n* [3. C](#3-c)\n\n" + three), "heading-missing-from-contents"))
                .contains("before every heading");
    }
}
