package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/**
 * One edited document, shared: rendered as text and as bytes from many threads at once, it gives what one
 * thread gives. (A test that makes a new edited document per call cannot see state shared by renders.)
 */
class SharedDocumentConcurrencyTest {

    private static final int THREADS = 8;

    @RepeatedTest(5)
    void oneEditedDocumentRenderedFromManyThreadsAtOnce() throws Exception {
        MarkdownDocument read = MarkdownReader.create().read(Corpus.text(Corpus.SEED));
        Catalogue edited = read.catalogue()
                .removeEntry("3.1", 0)
                .addEntry("1.1", Entry.builder("Shared").link("https://example.org/shared").build())
                .withCitation("@misc{shared, title = {written last, so the edit ends in new text}}");
        // one document per repetition, rendered first by many threads at once: nothing is cached yet
        MarkdownDocument shared = read.withCatalogue(edited);
        MarkdownDocument reference = read.withCatalogue(edited);
        String expectedText = reference.render();
        byte[] expectedBytes = reference.toBytes();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean bytesFirst = t % 2 == 0;
                work.add(() -> {
                    start.await();
                    boolean same = true;
                    for (int i = 0; i < 20; i++) {
                        if (bytesFirst) {
                            same &= Arrays.equals(shared.toBytes(), expectedBytes);
                            same &= shared.render().equals(expectedText);
                        } else {
                            same &= shared.render().equals(expectedText);
                            same &= Arrays.equals(shared.toBytes(), expectedBytes);
                        }
                    }
                    return same;
                });
            }
            List<Future<Boolean>> results = new ArrayList<>();
            for (Callable<Boolean> c : work) {
                results.add(pool.submit(c));
            }
            start.countDown();
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(MarkdownReader.create().read(expectedText).catalogue()).isEqualTo(edited);
    }
}
