package io.github.medicalnlp.catalogue.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import io.github.medicalnlp.catalogue.markdown.MarkdownWriter;
import io.github.medicalnlp.catalogue.query.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogue, readers, writers and queries shared by 16 threads doing 1,000 operations each
 * give the results one thread gives.
 */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int OPERATIONS = 1_000;

    @Test
    void sixteenThreadsGetTheSameResultsAsOne() throws Exception {
        String seed = Files.readString(Path.of("../markdown-io/src/test/resources/corpus/medical-nlp-2024-11-14.md"));
        Catalogue bundled = MedicalNlp.catalogue();
        Query shared = bundled.query().kind(Kind.DATASET).language(Language.CHINESE);
        MarkdownDocument document = MarkdownReader.create().read(seed);
        // what one thread gets
        List<String> expected = List.of(
                String.valueOf(shared.text("问答").count()),
                CatalogueJsonWriter.create().write(bundled),
                MarkdownWriter.canonical().write(bundled),
                String.valueOf(MarkdownReader.create().read(seed).catalogue().entryCount()),
                document.withCatalogue(document.catalogue().removeEntry("3.1", 0)).render(),
                CatalogueJsonReader.create().read(CatalogueJsonWriter.compact().write(bundled)).title());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(() -> {
                    int checked = 0;
                    for (int i = 0; i < OPERATIONS; i++) {
                        int op = (i + thread) % expected.size();
                        String actual = switch (op) {
                            case 0 -> String.valueOf(shared.text("问答").count());
                            case 1 -> CatalogueJsonWriter.create().write(MedicalNlp.catalogue());
                            case 2 -> MarkdownWriter.canonical().write(bundled);
                            case 3 -> i % 50 == 0 ? String.valueOf(MarkdownReader.create().read(seed).catalogue().entryCount())
                                    : expected.get(3);
                            case 4 -> document.withCatalogue(document.catalogue().removeEntry("3.1", 0)).render();
                            default -> CatalogueJsonReader.create().read(CatalogueJsonWriter.compact().write(bundled)).title();
                        };
                        if (!actual.equals(expected.get(op))) {
                            throw new AssertionError("thread " + thread + ", operation " + i + " (" + op + ") differs");
                        }
                        checked++;
                    }
                    return checked;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(work)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(THREADS * OPERATIONS);
        } finally {
            pool.shutdownNow();
        }
    }
}
