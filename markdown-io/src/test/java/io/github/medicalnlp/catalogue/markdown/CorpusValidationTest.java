package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Linter;
import io.github.medicalnlp.catalogue.validation.CatalogueValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validation of every corpus file's catalogue reports no false error: the ordinary lists of the corpus
 * (sections without numbers, entries without groups, kinds or citations) validate, and the only
 * violations are the addresses that the lint's own URL check, written without Bean Validation, finds
 * malformed as well.
 */
class CorpusValidationTest {

    static Stream<Path> corpus() {
        return Corpus.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyViolationIsAnAddressTheLintAlsoFindsMalformed(Path file) throws Exception {
        Catalogue catalogue = MarkdownReader.create().read(file).catalogue();
        List<Finding> violations = CatalogueValidator.validate(catalogue);
        Set<String> malformed = Linter.standard().without(CatalogueValidator.RULE).lint(catalogue).stream()
                .filter(f -> f.rule().equals("malformed-url")).map(f -> f.url().orElseThrow())
                .collect(Collectors.toSet());
        assertThat(violations).allSatisfy(v -> {
            assertThat(v.message()).as("a violation of a URL").contains(".url ");
            assertThat(v.url()).as("the address the lint finds malformed").isPresent();
            assertThat(malformed).contains(v.url().get());
        });
    }
}
