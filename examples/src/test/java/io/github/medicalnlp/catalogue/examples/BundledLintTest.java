package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Linter;
import io.github.medicalnlp.catalogue.lint.Severity;
import io.github.medicalnlp.catalogue.markdown.MarkdownLinter;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogue is lint-clean but for the warnings CURATION.md explains (its section "Lint"): a new
 * warning, or an explained one that no longer occurs, fails here.
 */
class BundledLintTest {

    /** The rows of the table under "## Lint" in CURATION.md, as "rule section entry". */
    static List<String> explained() throws IOException {
        List<String> rows = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(Files2.CURATION_MD)) {
            if (line.startsWith("## ")) {
                in = line.equals("## Lint");
            } else if (in && line.startsWith("| `")) {
                String[] cells = line.split("\\|", -1);
                rows.add(cells[1].strip().replace("`", "") + " " + cells[2].strip() + " " + cells[3].strip());
            }
        }
        return rows;
    }

    /** A warning or error as "rule section entry": the section's own number, the entry's name (or nothing). */
    static String key(Finding f) {
        String path = f.sectionPath().orElse("");
        return f.rule() + " " + path.substring(path.lastIndexOf('>') + 1).strip() + " " + f.entry().orElse("");
    }

    private static List<String> warnings(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).map(BundledLintTest::key).toList();
    }

    @Test
    void curationMdExplainsTheWarnings() throws IOException {
        assertThat(explained()).containsExactly(
                "section-numbering 5 ",
                "repeated-resource 3.1 CBLUE",
                "repeated-resource 3.1 CHIP历年测评 (官方测评)",
                "description-repeats-name 3.1 CHIP历年测评 (官方测评)",
                "repeated-resource 3.2 MediQA");
    }

    @Test
    void theBundledCatalogueHasNoErrorAndOnlyTheExplainedWarnings() throws IOException {
        List<Finding> findings = Linter.standard().lint(MedicalNlp.catalogue());
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(warnings(findings)).containsExactlyInAnyOrderElementsOf(explained());
    }

    @Test
    void itsCanonicalMarkdownHasTheSameWarningsAndNoMarkdownOnes() throws IOException {
        // the Markdown rules: star badges, Contents, bullet markers
        List<Finding> findings = MarkdownLinter.standard()
                .lint(MarkdownReader.create().read(RegenerateMarkdownExample.markdown()));
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(warnings(findings)).containsExactlyInAnyOrderElementsOf(explained());
    }
}
