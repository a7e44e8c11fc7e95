package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two threads fixing one shared document at once (whose entry styles neither has worked out yet) get the
 * result one thread gets alone.
 */
class MarkdownFixerConcurrencyTest {

    @Test
    void twoThreadsFixingOneDocumentGetIdenticalResults() throws Exception {
        MarkdownFix alone = MarkdownFixer.standard().fix(MarkdownReader.create().read(Corpus.text(Corpus.SEED), "README.md"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                MarkdownDocument shared = MarkdownReader.create().read(Corpus.text(Corpus.SEED), "README.md");
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<MarkdownFix>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return MarkdownFixer.standard().fix(shared);
                    }));
                }
                for (Future<MarkdownFix> f : results) {
                    MarkdownFix fix = f.get();
                    assertThat(fix.fixed().source()).isEqualTo(alone.fixed().source());
                    assertThat(fix.applied()).isEqualTo(alone.applied());
                    assertThat(fix.declined()).isEqualTo(alone.declined());
                    assertThat(fix.remaining()).isEqualTo(alone.remaining());
                    assertThat(fix.changes()).isEqualTo(alone.changes());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
