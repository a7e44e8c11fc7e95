package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.lint.Linter;
import org.junit.jupiter.api.Test;

/** The writers and linters print as one line saying how they are configured, not as Object's hash. */
class ToolSummariesTest {

    @Test
    void writersAndLintersSayHowTheyAreConfigured() {
        assertThat(MarkdownWriter.canonical()).hasToString("MarkdownWriter[canonical]");
        assertThat(MarkdownWriter.canonical().inLanguage(Language.ENGLISH)).hasToString("MarkdownWriter[canonical, in en]");
        assertThat(MarkdownLinter.standard()).hasToString("MarkdownLinter[all rules]");
        assertThat(MarkdownLinter.standard().without("trailing-whitespace").without("duplicate-entry"))
                .hasToString("MarkdownLinter[without duplicate-entry, trailing-whitespace]");
        assertThat(Linter.standard()).hasToString("Linter[all rules]");
    }
}
