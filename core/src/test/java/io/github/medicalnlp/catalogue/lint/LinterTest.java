package io.github.medicalnlp.catalogue.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule: one case that passes and one that fails. */
class LinterTest {

    private static final Linter ONLY_STRUCTURE = Linter.standard().without("description-missing")
            .without("constraint-violation");

    private static Catalogue section(Section.Builder... sections) {
        Catalogue.Builder b = Catalogue.builder("T");
        for (Section.Builder s : sections) {
            b.section(s.build());
        }
        return b.build();
    }

    private static List<String> rules(Catalogue c) {
        return ONLY_STRUCTURE.lint(c).stream().map(Finding::rule).toList();
    }

    private static Entry entry(String name, String url) {
        return Entry.builder(name).link(url).field("简介", "about " + name).build();
    }

    @Test
    void findsTheThreeRepeatedResourcesOfSection31OfTheSeed() {
        assertThat(Linter.standard().lint(SeedSample.catalogue())).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(f -> f.entry().orElseThrow())
                .containsExactly("Chinese medical dialogue data", "中文医药方面的问答数据集", "中文医患问答对话数据");
    }

    @Test
    void duplicateEntry() {
        assertThat(rules(section(Section.builder("s").number("1").entry(entry("a", "https://a.org"))
                .entry(entry("b", "https://b.org"))))).doesNotContain("duplicate-entry");
        List<Finding> sameUrl = ONLY_STRUCTURE.lint(section(Section.builder("s").number("1")
                .entry(entry("a", "https://github.com/x/y")).entry(entry("b", "http://www.github.com/X/Y/"))));
        assertThat(sameUrl).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate-entry");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.entry()).contains("b");
            assertThat(f.entryIndex()).contains(1);
            assertThat(f.message()).contains("has the address of entry 1 of this section");
        });
        assertThat(rules(section(Section.builder("s").number("1").entry(entry("PromptCBLUE", "https://a.org"))
                .entry(entry("PromptCBLUE", "https://b.org"))))).containsExactly("duplicate-entry");
    }

    @Test
    void repeatedResourceAcrossSectionsIsAWarning() {
        List<Finding> f = ONLY_STRUCTURE.lint(section(
                Section.builder("a").number("1").entry(entry("CBLUE", "https://github.com/CBLUEbenchmark/CBLUE")),
                Section.builder("b").number("2").entry(entry("CBLUE 数据", "https://github.com/CBLUEbenchmark/CBLUE"))));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("repeated-resource");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.sectionPath()).contains("2");
        });
    }

    @Test
    void entryWithoutLink() {
        assertThat(rules(section(Section.builder("s").number("1").entry(entry("a", "https://a.org")))))
                .doesNotContain("entry-without-link");
        assertThat(rules(section(Section.builder("s").number("1").entry(Entry.builder("MultiMedBench")
                .field("简介", "x").build())))).containsExactly("entry-without-link");
    }

    @Test
    void malformedUrl() {
        List<Finding> f = ONLY_STRUCTURE.lint(section(Section.builder("s").number("1").entry(Entry.builder("肝")
                .link(Link.of("http://a.org/x.html](https://b.org/1", "地址", LinkRole.HOMEPAGE)).field("简介", "x").build())));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("malformed-url");
            assertThat(x.message()).contains("half-written Markdown link");
            assertThat(x.url()).contains("http://a.org/x.html](https://b.org/1");
        });
        assertThat(rules(section(Section.builder("s").number("1").entry(entry("a", "https://a.org/x?y=1")))))
                .doesNotContain("malformed-url");
        assertThat(rules(section(Section.builder("s").number("1").entry(entry("a", "javascript:alert(1)")))))
                .contains("malformed-url");
    }

    @Test
    void emptySection() {
        assertThat(rules(section(Section.builder("s").number("1").entry(entry("a", "https://a.org")))))
                .doesNotContain("empty-section");
        assertThat(rules(section(Section.builder("s").number("1").entry(entry("a", "https://a.org")),
                Section.builder("VLM数据集").number("2")))).containsExactly("empty-section");
        Catalogue withReference = Catalogue.builder("T").section(Section.builder("a").number("1")
                .entry(entry("a", "https://a.org")).build()).section(Section.of("2", "reference"))
                .citation("@misc{x}").build();
        assertThat(rules(withReference)).as("the section that holds the citation").doesNotContain("empty-section");
    }

    @Test
    void sectionNumbering() {
        Section.Builder one = Section.builder("a").number("1").entry(entry("a", "https://a.org"));
        Section.Builder two = Section.builder("b").number("2").entry(entry("b", "https://b.org"));
        Section.Builder four = Section.builder("d").number("4").entry(entry("d", "https://d.org"));
        assertThat(rules(section(one, two))).doesNotContain("section-numbering");
        List<Finding> gap = ONLY_STRUCTURE.lint(section(one, two, four));
        assertThat(gap).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("section-numbering");
            assertThat(f.message()).isEqualTo("section number 4 follows 2: number 3 is missing");
        });
        assertThat(rules(section(one, Section.builder("a2").number("1").entry(entry("x", "https://x.org")))))
                .containsExactly("section-numbering");
    }

    @Test
    void descriptionPresentAndNotRepeatingTheName() {
        Section.Builder named = Section.builder("s").number("1").entry(Entry.builder("CHIP历年测评 (官方测评)")
                .link("https://a.org").field("简介", "CHIP历年测评 (官方测评)").build());
        assertThat(rules(section(named))).containsExactly("description-repeats-name");
        Catalogue bare = section(Section.builder("s").number("1").entry(Entry.of("a", "https://a.org")));
        assertThat(Linter.standard().lint(bare)).extracting(Finding::rule).containsExactly("description-missing");
        assertThat(Linter.standard().lint(bare).get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(rules(section(Section.builder("s").number("1").entry(entry("a", "https://a.org")))))
                .isEmpty();
    }

    @Test
    void rulesCanBeSwitchedOffAndAreListed() {
        Catalogue bare = section(Section.builder("s").number("1").entry(Entry.of("a", "https://a.org")));
        assertThat(Linter.standard().without("description-missing").lint(bare)).isEmpty();
        assertThat(Linter.standard().without("description-missing").isEnabled("description-missing")).isFalse();
        assertThat(Linter.rules()).extracting(RuleInfo::rule).contains("duplicate-entry", "repeated-resource",
                "entry-without-link", "malformed-url", "empty-section", "section-numbering", "description-missing",
                "description-repeats-name", "constraint-violation");
        assertThatThrownBy(() -> Linter.standard().without(" ")).hasMessage("rule must not be blank");
    }

    @Test
    void findingsPrintAsCompilersDo() {
        Finding f = ONLY_STRUCTURE.lint(section(Section.builder("s").number("1")
                .entry(Entry.builder("MultiMedBench").field("简介", "x").build()))).get(0);
        assertThat(f).hasToString("section 1: error: entry-without-link: 'MultiMedBench' has no link; add its address");
        assertThat(f.at(new Location("README.md", 83, 1)))
                .hasToString("README.md:83:1: error: entry-without-link: 'MultiMedBench' has no link; add its address");
    }

    @Test
    void aRuleInfoIsOneLine() {
        RuleInfo info = new RuleInfo("duplicate-entry", Severity.WARNING, "Two entries with the same primary URL or name");
        assertThat(info).hasToString("RuleInfo[duplicate-entry · warning: Two entries with the same primary URL or name]");
        assertThat(new RuleInfo("r", Severity.INFO, "x".repeat(100)).toString()).hasSizeLessThan(90).endsWith("…]");
    }

    @Test
    @SuppressWarnings("removal")
    void theOldNameOfARuleInfosRuleStillGivesIt() {
        RuleInfo info = new RuleInfo("duplicate-entry", Severity.WARNING, "d");
        assertThat(info.id()).isEqualTo(info.rule()).isEqualTo("duplicate-entry");
    }
}
