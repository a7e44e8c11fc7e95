package io.github.medicalnlp.catalogue.markdown.bench;

import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownLinter;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Lint of a document already read, at about 1 MB and 10 MB, against the read of the same text: in the
 * style of the seed (few findings), and a plain list where every item is a finding (no description, and
 * every tenth a duplicate), the case where locating findings used to take the product of findings and
 * segments. Lint should cost about as much as the read, and 10 times the text about 10 times the time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LintBenchmark {

    @Param({"seed-1mb", "seed-10mb", "findings-1mb", "findings-10mb"})
    public String input;

    private String text;
    private MarkdownDocument document;

    @Setup
    public void setUp() {
        int bytes = input.endsWith("10mb") ? 10 << 20 : 1 << 20;
        text = input.startsWith("seed") ? SeedStyle.generate(bytes) : findings(bytes);
        document = MarkdownReader.create().read(text, input + ".md");
    }

    /**
     * A list of at least {@code bytes} UTF-8 bytes whose every item is a finding: no description, and every
     * tenth item a duplicate of the one before it (name and address).
     */
    public static String findings(int bytes) {
        StringBuilder b = new StringBuilder(bytes + 100).append("# Findings\n\n## 1. Things\n\n");
        for (int i = 0; b.length() < bytes; i++) {
            int id = i % 10 == 9 ? i - 1 : i;
            b.append("- [Tool ").append(id).append("](https://example.org/tool/").append(id).append(")\n");
        }
        assert b.toString().getBytes(StandardCharsets.UTF_8).length >= bytes;
        return b.toString();
    }

    /** Baseline: the read of the same text. */
    @Benchmark
    public MarkdownDocument baselineRead() {
        return MarkdownReader.create().read(text, input + ".md");
    }

    /** Every rule with its locations, the Bean Validation constraints included. */
    @Benchmark
    public List<Finding> lint() {
        return MarkdownLinter.standard().lint(document);
    }
}
