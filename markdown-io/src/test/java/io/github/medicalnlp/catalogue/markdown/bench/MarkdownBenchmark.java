package io.github.medicalnlp.catalogue.markdown.bench;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing Markdown against commonmark-java's own parse of the same text with the same
 * options (source spans, GFM tables), and lossless writing against a plain UTF-8 encoding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MarkdownBenchmark {

    @Param({"seed", "1mb", "10mb"})
    public String size;

    private String text;
    private MarkdownDocument document;
    private Catalogue edited;
    private Parser commonmark;

    @Setup
    public void setUp() {
        text = SeedStyle.of(size);
        commonmark = Parser.builder().extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        document = MarkdownReader.create().read(text);
        Catalogue c = document.catalogue();
        Entry first = c.section("3.1").entries().get(0);
        edited = c.replaceEntry("3.1", 0, first.withFields(List.of(TextField.of("简介", "edited description"))));
    }

    /** Baseline: commonmark-java parses the text, source spans and tables on. */
    @Benchmark
    public Node baselineCommonmarkParse() {
        return commonmark.parse(text);
    }

    /** Read: parse, segment, recognise the catalogue. */
    @Benchmark
    public MarkdownDocument read() {
        return MarkdownReader.create().read(text);
    }

    /** Baseline: the text as UTF-8 bytes (a memory copy). */
    @Benchmark
    public byte[] baselineUtf8Bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Lossless write of the unmodified document, as bytes. */
    @Benchmark
    public byte[] writeLossless() {
        return document.toBytes();
    }

    /** Minimal-diff write after one edit (one description changed), as bytes. */
    @Benchmark
    public byte[] writeAfterOneEdit() {
        return document.withCatalogue(edited).toBytes();
    }
}
