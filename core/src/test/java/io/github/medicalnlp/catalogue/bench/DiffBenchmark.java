package io.github.medicalnlp.catalogue.bench;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import java.util.ArrayList;
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
 * The diff of two catalogues of about 1 MB and 10 MB of Markdown (an entry of {@link QueryBenchmark#large}
 * takes about 150 bytes as a list item with its link and description: 7,000 and 70,000 entries), the
 * newer one with 1 % of the entries changed, 1 % removed and 1 % added; in one long section, and in
 * sections of 100 entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffBenchmark {

    /** Megabytes of Markdown the catalogue stands for. */
    @Param({"1", "10"})
    public int megabytes;

    /** Entries per section. */
    @Param({"100", "all"})
    public String perSection;

    private Catalogue older;
    private Catalogue newer;

    @Setup
    public void setUp() {
        int entries = megabytes * 7_000;
        int per = perSection.equals("all") ? entries : Integer.parseInt(perSection);
        older = QueryBenchmark.large(entries / per, per);
        List<Section> sections = new ArrayList<>();
        int n = 0;
        for (Section s : older.sections()) {
            List<Entry> edited = new ArrayList<>();
            for (Entry e : s.entries()) {
                n++;
                if (n % 100 == 1) {
                    continue;
                }
                edited.add(n % 100 == 2 ? e.withFields(List.of(TextField.of("简介", "changed " + n))) : e);
                if (n % 100 == 3) {
                    edited.add(Entry.of("New " + n, "https://example.org/new/" + n));
                }
            }
            sections.add(s.withEntries(edited));
        }
        newer = older.withSections(sections).withTitle("Synthetic, edited");
    }

    /** Every change between the two. */
    @Benchmark
    public CatalogueDiff diff() {
        return CatalogueDiff.between(older, newer);
    }
}
