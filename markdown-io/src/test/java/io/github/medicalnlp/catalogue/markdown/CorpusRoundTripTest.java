package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file: byte-identical lossless round trip, and the canonical round trip. */
class CorpusRoundTripTest {

    static Stream<Path> corpus() {
        return Corpus.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void anUnmodifiedDocumentRendersToTheBytesRead(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        MarkdownDocument doc = MarkdownReader.create().read(new ByteArrayInputStream(bytes));
        assertThat(doc.toBytes()).isEqualTo(bytes);
        assertThat(doc.withCatalogue(doc.catalogue()).toBytes()).isEqualTo(bytes);
        assertThat(doc.catalogue().entryCount()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCanonicalRenderingReadsBackAsAnEqualCatalogueAndIsStable(Path file) throws Exception {
        Catalogue catalogue = MarkdownReader.create().read(file).catalogue();
        String canonical = MarkdownWriter.canonical().write(catalogue);
        Catalogue back = MarkdownReader.create().read(canonical).catalogue();
        assertThat(back).as(() -> CatalogueDiff.between(catalogue, back).toString()).isEqualTo(catalogue);
        assertThat(MarkdownWriter.canonical().write(back)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theCanonicalRenderingIsItselfLossless(Path file) throws Exception {
        String canonical = MarkdownWriter.canonical().write(MarkdownReader.create().read(file).catalogue());
        assertThat(MarkdownReader.create().read(canonical).render()).isEqualTo(canonical);
        assertThat(MarkdownReader.create().read(canonical).diagnostics()).allSatisfy(d ->
                assertThat(d.rule()).isIn("entry-without-link", "malformed-link", "label-without-value"));
    }
}
