package io.github.medicalnlp.catalogue.markdown.bench;

import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.nio.charset.StandardCharsets;

/**
 * The heap a document holds once read: the used heap after a full collection with the document held,
 * less the used heap without it, against the document's size in UTF-8 bytes (budget: at most 4×).
 * Run: java -cp <test class path> io.github.medicalnlp.catalogue.markdown.bench.Footprint [1mb|10mb]
 */
public final class Footprint {

    private Footprint() {
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /**
     * Prints the retained heap of a document of the given size.
     *
     * @param args the size: 1mb or 10mb (default)
     * @throws InterruptedException if interrupted while settling the heap
     */
    public static void main(String[] args) throws InterruptedException {
        String size = args.length > 0 ? args[0] : "10mb";
        String text = SeedStyle.of(size);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        MarkdownReader.create().read(SeedStyle.of("seed")); // classes and their static data are not the document's
        long before = used();
        MarkdownDocument doc = MarkdownReader.create().read(text);
        long after = used();
        long textHeap = after;
        System.out.printf("document %,d bytes (UTF-8), %,d chars; retained by the document beyond its text: %,d bytes;"
                + " text and document: %.2f x its UTF-8 size (%d entries)%n", bytes, text.length(), after - before,
                (after - before + (long) text.length() * (text.chars().allMatch(c -> c < 256) ? 1 : 2)) / (double) bytes,
                doc.catalogue().entryCount());
        if (textHeap < 0) {
            System.out.println(doc);
        }
    }
}
