package io.github.medicalnlp.catalogue.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Files of the repository the examples' tests use: the corpus of markdown-io and the bundled resource. */
final class Files2 {

    /** The corpus copied into markdown-io's test resources (the tests run with the module as working directory). */
    static final Path CORPUS = Path.of("../markdown-io/src/test/resources/corpus");
    static final Path SEED = CORPUS.resolve("medical-nlp-2024-11-14.md");
    static final Path BUNDLED = Path.of(
            "../json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/medical-nlp-catalogue.json");
    /** The reviewed curation data the bundled catalogue is made with. */
    static final Path CURATION = BUNDLED.resolveSibling("curation.csv");
    /** The record of the corrections, with their evidence, and of the lint warnings kept on purpose. */
    static final Path CURATION_MD = BUNDLED.resolveSibling("CURATION.md");

    private Files2() {
    }

    static Stream<Path> corpus() {
        try (Stream<Path> s = Files.list(CORPUS)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            if (files.size() < 9) {
                throw new IllegalStateException("expected the 9 corpus files in " + CORPUS.toAbsolutePath());
            }
            return files.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
