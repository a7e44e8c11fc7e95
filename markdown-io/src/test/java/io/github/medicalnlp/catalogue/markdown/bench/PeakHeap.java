package io.github.medicalnlp.catalogue.markdown.bench;

import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The peak heap of reading a document against commonmark-java's own parse of it (the same parser
 * configuration the reader uses): for each, the smallest {@code -Xmx} with which a fresh JVM does it
 * without {@link OutOfMemoryError}, found by bisection to 8 MB. The reader's peak holds commonmark's tree,
 * so the ratio is at least 1; the budget is that reading needs little more than the parse (issue 12: both
 * failed at 768 MB and passed at 896 MB for a million tiny items).
 * Run: java -cp <test class path> io.github.medicalnlp.catalogue.markdown.bench.PeakHeap [items] [seed-10mb]
 */
public final class PeakHeap {

    private PeakHeap() {
    }

    /** The documents measured. */
    static String document(String kind) {
        return switch (kind) {
            case "items" -> "# T\n\n## 1. A\n\n" + "- a\n".repeat(250_000); // 1 MB of 250,000 tiny items
            case "items-4mb" -> "# T\n\n## 1. A\n\n" + "- a\n".repeat(1_000_000); // the million (slow)
            case "seed-10mb" -> SeedStyle.of("10mb");
            default -> throw new IllegalArgumentException("unknown document " + kind + "; use items, items-4mb or seed-10mb");
        };
    }

    /**
     * In a child JVM: {@code task <commonmark|reader> <document>} does the one thing and exits 0; otherwise
     * bisects and prints the smallest heaps of both and their ratio.
     *
     * @param args {@code task ...}, or the documents to measure (default: items)
     * @throws Exception when a child JVM cannot be run
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("task")) {
            String text = document(args[2]);
            Object kept = args[1].equals("commonmark")
                    ? Parser.builder().extensions(List.of(TablesExtension.create()))
                            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(text)
                    : MarkdownReader.create().read(text);
            System.out.println(kept.hashCode() != 0 ? "ok" : "ok.");
            return;
        }
        for (String kind : args.length == 0 ? new String[] {"items"} : args) {
            int commonmark = smallestHeap("commonmark", kind);
            int reader = smallestHeap("reader", kind);
            System.out.printf("%s: commonmark's parse needs %d MB, the reader %d MB: %.2fx%n", kind, commonmark,
                    reader, reader / (double) commonmark);
        }
    }

    /** The smallest -Xmx in MB (to 8 MB) with which {@code task} succeeds. */
    private static int smallestHeap(String task, String kind) throws IOException, InterruptedException {
        int low = 16;
        int high = kind.equals("items") ? 1024 : 3072;
        if (!runs(task, kind, high)) {
            throw new IllegalStateException(task + " fails even with " + high + " MB");
        }
        while (high - low > 8) {
            int mid = (low + high) / 2;
            if (runs(task, kind, mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean runs(String task, String kind, int megabytes) throws IOException, InterruptedException {
        // the parallel collector gives up at once when collections take all the time, instead of thrashing
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + megabytes + "m",
                "-XX:+UseParallelGC", "-XX:ParallelGCThreads=1", "-XX:GCTimeLimit=50", "-cp", System.getProperty("java.class.path"),
                PeakHeap.class.getName(), "task", task, kind));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor() == 0;
    }
}
