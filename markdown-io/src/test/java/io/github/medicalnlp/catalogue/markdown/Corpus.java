package io.github.medicalnlp.catalogue.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real awesome-list READMEs copied into the test resources (see corpus/SOURCES.txt). */
final class Corpus {

    private Corpus() {
    }

    static Path directory() {
        try {
            return Path.of(Corpus.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every corpus file. */
    static Stream<Path> files() {
        try (Stream<Path> s = Files.list(directory())) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            if (files.size() < 9) {
                throw new IllegalStateException("the corpus has " + files.size() + " files, expected 9");
            }
            return files.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name) {
        return directory().resolve(name);
    }

    static String text(String name) {
        try {
            return Files.readString(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String SEED = "medical-nlp-2024-11-14.md";
}
