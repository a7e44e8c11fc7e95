package io.github.medicalnlp.catalogue.markdown.bench;

import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.util.Arrays;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown read against commonmark-java's own parse (same options), the two run in turn so that both
 * see the same state of the machine: on a shared machine whose speed drifts, the ratio of two JMH
 * benchmarks run minutes apart can be off by a third. Prints the medians and their ratio.
 * Both are first run in turn for ten seconds ({@code -Dreadratio.warmup.seconds=N}) so that the JIT has
 * compiled them as they will stay.
 * Run: java -cp <test class path> io.github.medicalnlp.catalogue.markdown.bench.ReadRatio [seed|1mb|10mb] [runs]
 */
public final class ReadRatio {

    /** How long both are run before measuring: JMH's default warm-up is five iterations of ten seconds. */
    private static final long WARM_UP_NANOS = Long.getLong("readratio.warmup.seconds", 10) * 1_000_000_000L;

    private ReadRatio() {
    }

    /**
     * Prints the median times and their ratio.
     *
     * @param args the size (default 1mb) and the number of measured runs (default 40)
     */
    public static void main(String[] args) {
        String size = args.length > 0 ? args[0] : "1mb";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String text = SeedStyle.of(size);
        Parser commonmark = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        MarkdownReader reader = MarkdownReader.create();
        long[] base = new long[runs];
        long[] read = new long[runs];
        // warm-up until both are compiled as they will stay, as JMH does (by time, not a count: a count
        // small enough for 10 MB leaves the 28 KB reader half-compiled, and over-states its ratio by 15 %)
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < 10 || System.nanoTime() < warmUntil; i++) {
            commonmark.parse(text);
            reader.read(text);
        }
        int sink = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long t = System.nanoTime();
            sink += commonmark.parse(text).hashCode() & 1;
            base[i] = System.nanoTime() - t;
            System.gc();
            t = System.nanoTime();
            sink += reader.read(text).catalogue().entryCount() & 1;
            read[i] = System.nanoTime() - t;
        }
        Arrays.sort(base);
        Arrays.sort(read);
        double b = base[runs / 2] / 1e6;
        double r = read[runs / 2] / 1e6;
        System.out.printf("%s, %d runs in turn: commonmark parse %.3f ms, read %.3f ms (medians): %.2fx (%d)%n",
                size, runs, b, r, r / b, sink);
    }
}
