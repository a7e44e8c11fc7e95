package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.medicalnlp.catalogue.lint.Finding;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownFixer} on the seed README: it fixes exactly the defects that have one safe answer, each
 * on its own line, and the fixed file lints without them.
 */
class MarkdownFixerSeedTest {

    private static final Set<String> FIXABLE = Set.of("badge-mismatch", "contents-without-heading",
            "heading-missing-from-contents", "malformed-url", "mixed-bullets", "trailing-whitespace");

    private static MarkdownDocument seed() {
        return MarkdownReader.create().read(Corpus.text(Corpus.SEED), "README.md");
    }

    @Test
    void fixesTheSeedsDefectsThatHaveOneAnswerEachAtItsLine() {
        MarkdownFix fix = MarkdownFixer.standard().fix(seed());
        assertThat(fix.applied()).extracting(a -> a.finding().location().orElseThrow().line(), a -> a.finding().rule())
                .containsExactly(
                        tuple(37, "contents-without-heading"), tuple(38, "contents-without-heading"),
                        tuple(98, "trailing-whitespace"), tuple(105, "heading-missing-from-contents"),
                        tuple(124, "heading-missing-from-contents"), tuple(145, "malformed-url"),
                        tuple(277, "mixed-bullets"), tuple(279, "trailing-whitespace"),
                        tuple(317, "heading-missing-from-contents"), tuple(335, "heading-missing-from-contents"),
                        tuple(362, "heading-missing-from-contents"), tuple(370, "badge-mismatch"),
                        tuple(406, "trailing-whitespace"), tuple(433, "trailing-whitespace"),
                        tuple(434, "trailing-whitespace"), tuple(435, "trailing-whitespace"),
                        tuple(442, "trailing-whitespace"), tuple(446, "trailing-whitespace"),
                        tuple(454, "trailing-whitespace"), tuple(470, "trailing-whitespace"),
                        tuple(521, "trailing-whitespace"), tuple(537, "heading-missing-from-contents"));
        assertThat(fix.declined()).isEmpty();
        assertThat(fix.applied()).filteredOn(a -> !a.finding().rule().equals("trailing-whitespace")
                        && !a.finding().rule().startsWith("heading-missing"))
                .extracting(MarkdownFix.Applied::before, MarkdownFix.Applied::after)
                .containsExactly(
                        tuple("  * [4.1 中文](#41-中文)", ""), tuple("  * [4.2 英文](#42-英文)", ""),
                        tuple("http://www.fudan-disc.com/sharedtask/imcs21/index.html](https://www.dcic-china.com/competitions/10090",
                                "https://www.dcic-china.com/competitions/10090"),
                        tuple("-", "*"),
                        tuple("uf-hobi-informatics-lab/GatorTron", "vlievin/medical-reasoning"));
        assertThat(fix.applied()).filteredOn(a -> a.finding().rule().startsWith("heading-missing"))
                .extracting(MarkdownFix.Applied::after).containsExactly(
                        "    * [2.2.1 英文比赛](#221-英文比赛)", "    * [2.2.2 中文比赛](#222-中文比赛)",
                        "    * [5.2.1 多语言医疗大模型](#521-多语言医疗大模型)", "    * [5.2.2 中文医疗大语言模型](#522-中文医疗大语言模型)",
                        "    * [5.2.3 英文医疗大语言模型](#523-英文医疗大语言模型)", "* [11. reference](#11-reference)");
    }

    @Test
    void changesOnlyTheLinesOfTheFixedFindings() {
        MarkdownFix fix = MarkdownFixer.standard().fix(seed());
        FixProperties.onlyLinesOfFixedFindingsChanged(fix);
        assertThat(fix.changes()).extracting(MarkdownFix.LineChange::line).containsExactly(
                33, 37, 42, 52, 98, 145, 277, 279, 370, 406, 433, 442, 446, 454, 470, 521);
        assertThat(fix.changes().get(8).removed()).containsExactly(
                "    ![](https://img.shields.io/github/stars/uf-hobi-informatics-lab/GatorTron)\n");
        assertThat(fix.changes().get(8).added()).containsExactly(
                "    ![](https://img.shields.io/github/stars/vlievin/medical-reasoning)\n");
    }

    @Test
    void theFixedFileLintsWithoutTheFixedFindingsAndWithNoNewOne() {
        MarkdownDocument seed = seed();
        List<Finding> before = MarkdownLinter.standard().lint(seed);
        MarkdownFix fix = MarkdownFixer.standard().fix(seed);
        List<Finding> after = MarkdownLinter.standard().lint(MarkdownReader.create().read(fix.fixed().source(), "README.md"));
        assertThat(after).isEqualTo(fix.remaining());
        assertThat(after).extracting(Finding::rule).doesNotContainAnyElementsOf(FIXABLE);
        assertThat(after).hasSize(before.size() - fix.applied().size());
        FixProperties.sameFindingsBut(before, fix);
    }

    @Test
    void readsBackToTheSameCatalogueButTheLinkFixedAndFixingAgainChangesNothing() {
        MarkdownDocument seed = seed();
        MarkdownFix fix = MarkdownFixer.standard().fix(seed);
        FixProperties.sameCatalogueButFixedLinks(seed, fix);
        FixProperties.idempotent(fix);
        assertThat(fix.fixed().source()).hasLineCount(seed.source().lines().toList().size() + 4);
    }

    @Test
    void fixesOnlyTheRulesTheLinterHasOnAndTheFindingsTheFilterAccepts() {
        MarkdownFix bullets = MarkdownFixer.of(MarkdownLinter.standard().without("trailing-whitespace")
                .without("contents-without-heading").without("heading-missing-from-contents"))
                .filtered(f -> f.rule().equals("mixed-bullets")).fix(seed());
        assertThat(bullets.applied()).extracting(a -> a.finding().rule()).containsExactly("mixed-bullets");
        assertThat(bullets.changes()).extracting(MarkdownFix.LineChange::line).containsExactly(277);
        assertThat(bullets.remaining()).extracting(Finding::rule).contains("badge-mismatch")
                .doesNotContain("trailing-whitespace", "contents-without-heading");
        assertThat(MarkdownFixer.fixableRules()).extracting(r -> r.rule()).containsExactlyInAnyOrderElementsOf(FIXABLE);
    }
}
