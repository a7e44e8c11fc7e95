package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Location;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownLinterTest {

    private static List<Finding> lint(String markdown) {
        return MarkdownLinter.standard().without("description-missing")
                .lint(MarkdownReader.create().read(markdown, "test.md"));
    }

    private static List<String> rules(String markdown) {
        return lint(markdown).stream().map(Finding::rule).toList();
    }

    @Test
    void findsEveryKnownDefectOfTheSeedAsItsOwnErrorAtItsLine() {
        MarkdownDocument seed = MarkdownReader.create().read(Corpus.text(Corpus.SEED), "README.md");
        List<Finding> errors = MarkdownLinter.standard().lint(seed).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).extracting(f -> f.location().orElseThrow().line(), Finding::rule, f -> f.entry().orElse(""))
                .containsExactly(
                        tuple(37, "contents-without-heading", ""),
                        tuple(38, "contents-without-heading", ""),
                        tuple(73, "duplicate-entry", "PromptCBLUE"),
                        tuple(83, "entry-without-link", "MultiMedBench"),
                        tuple(145, "malformed-url", "“肝”柔相济，大模型开创肝病医患交互服务新格局"),
                        tuple(192, "duplicate-entry", "Chinese medical dialogue data"),
                        tuple(206, "duplicate-entry", "中文医药方面的问答数据集"),
                        tuple(210, "duplicate-entry", "中文医患问答对话数据"),
                        tuple(370, "badge-mismatch", "Codex-Med"));
        assertThat(MarkdownLinter.standard().lint(seed)).filteredOn(f -> f.rule().equals("empty-section"))
                .extracting(f -> f.location().orElseThrow().line(), f -> f.sectionPath().orElseThrow())
                .containsExactly(tuple(270, "4"), tuple(412, "5 > 5.3"));
        assertThat(errors.get(8)).hasToString("README.md:370:45: error: badge-mismatch: the star badge of 'Codex-Med'"
                + " names uf-hobi-informatics-lab/GatorTron but its address is vlievin/medical-reasoning;"
                + " make the badge match the address");
        assertThat(errors.get(4).location()).contains(new Location("README.md", 145, 8));
    }

    @Test
    void badgeMismatch() {
        String ok = "# T\n\n## 1. 数据集\n\n* A\n  * 地址：https://github.com/a/b\n    ![](https://img.shields.io/github/stars/a/b)\n  * 简介：x\n";
        assertThat(rules(ok)).doesNotContain("badge-mismatch");
        List<Finding> bad = lint(ok.replace("stars/a/b", "stars/c/d"));
        assertThat(bad).extracting(Finding::rule).containsExactly("badge-mismatch");
        assertThat(bad.get(0).location()).contains(new Location("test.md", 7, 45));
    }

    @Test
    void contentsLinksAndHeadings() {
        String ok = "# T\n\n#### Contents\n\n* [1. 数据集](#1-数据集)\n\n## 1. 数据集\n\n* A\n  * 地址：https://a.org\n  * 简介：x\n";
        assertThat(rules(ok)).isEmpty();
        assertThat(rules(ok.replace("(#1-数据集)", "(#2-模型)")))
                .containsExactlyInAnyOrder("contents-without-heading", "heading-missing-from-contents");
        assertThat(rules(ok.replace("(#1-数据集)", "(#1-数据集)\n* [2. 模型](#2-模型)")))
                .containsExactly("contents-without-heading");
        assertThat(rules(ok.replace("## 1. 数据集\n", "## 1. 数据集\n\n### 1.1 中文\n")))
                .containsExactly("heading-missing-from-contents");
        assertThat(rules(ok.replace("#### Contents\n\n* [1. 数据集](#1-数据集)\n\n", "")))
                .as("no Contents, nothing missing from it").isEmpty();
    }

    @Test
    void mixedBullets() {
        String ok = "# T\n\n## 1. 数据集\n\n* A\n  * 地址：https://a.org\n  * 简介：x\n* B\n  * 地址：https://b.org\n  * 简介：y\n";
        assertThat(rules(ok)).isEmpty();
        List<Finding> mixed = lint(ok.replace("* B\n", "- B\n"));
        assertThat(mixed).extracting(Finding::rule).containsExactly("mixed-bullets");
        assertThat(mixed.get(0).message()).isEqualTo("'B' is a '-' item among '*' items; use one marker");
    }

    @Test
    void modelFindingsGetTheLineOfTheirEntryOrSection() {
        List<Finding> f = lint("# T\n\n## 1. 数据集\n\n* A\n  * 简介：x\n\n## 3. 空\n");
        assertThat(f).extracting(Finding::rule, x -> x.location().orElseThrow().line())
                .containsExactly(tuple("entry-without-link", 5), tuple("empty-section", 8),
                        tuple("section-numbering", 8));
    }

    @Test
    void theCanonicalMarkdownOfACorrectedCatalogueHasNoError() {
        MarkdownDocument seed = MarkdownReader.create().read(Corpus.text(Corpus.SEED));
        var c = seed.catalogue();
        var second = c.section("1.1").entries().get(3);
        c = c.replaceEntry(second, second.withName("CBLUE"));
        String canonical = MarkdownWriter.canonical().write(c);
        List<Finding> findings = MarkdownLinter.standard().lint(MarkdownReader.create().read(canonical));
        assertThat(findings).filteredOn(x -> x.rule().equals("badge-mismatch") || x.rule().startsWith("contents"))
                .as("badges and Contents are derived again").isEmpty();
    }

    @Test
    void listsItsRules() {
        assertThat(MarkdownLinter.rules()).extracting(RuleInfo::rule).contains("badge-mismatch",
                "contents-without-heading", "heading-missing-from-contents", "mixed-bullets", "duplicate-entry");
        assertThat(MarkdownLinter.standard().without("mixed-bullets").isEnabled("mixed-bullets")).isFalse();
        assertThat(MarkdownLinter.standard().without("badge-mismatch")
                .lint(MarkdownReader.create().read(Corpus.text(Corpus.SEED))))
                .noneMatch(f -> f.rule().equals("badge-mismatch"));
    }
}
