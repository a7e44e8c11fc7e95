package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.lint.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MarkdownFixer} on every list of the corpus, each reported on its own: only the lines of fixed
 * findings change, no finding appears, the text reads back to the same catalogue but the fixed links,
 * fixing again changes nothing, and every finding of a fixable rule is either fixed or declined.
 */
class MarkdownFixerCorpusTest {

    static Stream<Path> corpus() {
        return Corpus.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void fixesOnlyWhatItFoundAndAgainNothing(Path file) throws IOException {
        MarkdownDocument doc = MarkdownReader.create().read(file);
        List<Finding> before = MarkdownLinter.standard().lint(doc);
        MarkdownFix fix = MarkdownFixer.standard().fix(doc);
        FixProperties.onlyLinesOfFixedFindingsChanged(fix);
        FixProperties.sameFindingsBut(before, fix);
        FixProperties.sameCatalogueButFixedLinks(doc, fix);
        FixProperties.idempotent(fix);
        List<String> fixable = MarkdownFixer.fixableRules().stream().map(r -> r.rule()).toList();
        long stillThere = fix.remaining().stream().filter(f -> fixable.contains(f.rule())).count();
        assertThat(stillThere).as("findings of fixable rules left in %s: each was declined", file.getFileName())
                .isEqualTo(fix.declined().size());
        assertThat(fix.changed()).isEqualTo(!fix.applied().isEmpty());
    }
}
