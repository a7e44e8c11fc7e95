package io.github.medicalnlp.catalogue.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The diff grows linearly (n log n at worst) with its input in every shape that once made it, or could
 * make it, quadratic: one long section, many sections, entries that share their keys, sections that share
 * their titles, deep nesting. The time for 8 times the input must stay under 20 times the time for the
 * input (linear gives 8, quadratic 64), measured after a warm-up, the best of three runs each, in CPU
 * time of this process, so that other processes on a busy machine do not count.
 */
class DiffScalingTest {

    private static final int N = 3_000;

    /** Two catalogues of about n entries, the second with 1 % of them changed, removed or added. */
    record Pair(Catalogue older, Catalogue newer) {
    }

    @Test
    void oneLongSection() {
        assertLinear(n -> pair(n, n, i -> "Entry " + i, i -> "https://github.com/o" + i + "/r" + i));
    }

    @Test
    void manySmallSections() {
        assertLinear(n -> pair(n, 10, i -> "Entry " + i, i -> "https://github.com/o" + i + "/r" + i));
    }

    @Test
    void entriesWithTheSameNameAndNoLink() {
        assertLinear(n -> pair(n, n, i -> "a", i -> null));
    }

    @Test
    void entriesWithTheSameLink() {
        assertLinear(n -> pair(n, 100, i -> "Entry " + i % 7, i -> "https://github.com/o/r"));
    }

    @Test
    void nestedSectionsAllTitledAlike() {
        assertLinear(n -> {
            List<Section> older = new ArrayList<>();
            List<Section> newer = new ArrayList<>();
            for (int c = 0; c * 60 < n; c++) { // chains of six levels, as deep as a catalogue may nest
                older.add(chain(Section.MAX_DEPTH, 0));
                newer.add(chain(Section.MAX_DEPTH, c == 0 ? 1 : 0));
            }
            return new Pair(Catalogue.of("T", older), Catalogue.of("T", newer));
        });
    }

    /** A chain of nested unnumbered sections, all titled alike, each with ten entries; one entry differs. */
    private static Section chain(int depth, int variant) {
        Section s = null;
        for (int d = depth - 1; d >= 0; d--) {
            Section.Builder b = Section.builder("中文");
            for (int e = 0; e < 10; e++) {
                String name = d == depth / 2 && e == 0 && variant == 1 ? "changed" : "E" + d + "." + e;
                b.entry(Entry.builder(name).link("https://x.org/" + d + "/" + e).build());
            }
            if (s != null) {
                b.child(s);
            }
            s = b.build();
        }
        return s;
    }

    private static Pair pair(int n, int perSection, IntFunction<String> name, IntFunction<String> url) {
        List<Section> older = new ArrayList<>();
        List<Section> newer = new ArrayList<>();
        for (int s = 0; s * perSection < n; s++) {
            List<Entry> a = new ArrayList<>();
            List<Entry> b = new ArrayList<>();
            for (int i = s * perSection; i < Math.min(n, (s + 1) * perSection); i++) {
                Entry.Builder e = Entry.builder(name.apply(i)).field("简介", "描述 " + i);
                if (url.apply(i) != null) {
                    e.link(url.apply(i), "地址", LinkRole.HOMEPAGE);
                }
                Entry entry = e.build();
                a.add(entry);
                if (i % 100 == 1) {
                    continue; // removed
                }
                b.add(i % 100 == 2 ? entry.withFields(List.of()) : entry);
                if (i % 100 == 3) {
                    b.add(Entry.of("new " + i, "https://example.org/new/" + i));
                }
            }
            older.add(Section.builder("中文").entries(a).build());
            newer.add(Section.builder("中文").entries(b).build());
        }
        return new Pair(Catalogue.of("T", older), Catalogue.of("T", newer));
    }

    private static void assertLinear(IntFunction<Pair> make) {
        Pair small = make.apply(N);
        Pair large = make.apply(8 * N);
        for (int i = 0; i < 3; i++) {
            CatalogueDiff.between(small.older(), small.newer()); // warm-up
        }
        long tSmall = best(small);
        long tLarge = best(large);
        assertThat(CatalogueDiff.between(large.older(), large.newer()).isEmpty()).isFalse();
        assertThat(tLarge).as("8x the input: %d ms against %d ms", tLarge / 1_000_000, tSmall / 1_000_000)
                .isLessThan(20 * Math.max(tSmall, 25_000_000L)); // below 25 ms the clock and a collection are most of it
    }

    private static long best(Pair p) {
        long[] t = new long[3];
        for (int i = 0; i < t.length; i++) {
            long start = cpu();
            CatalogueDiff d = CatalogueDiff.between(p.older(), p.newer());
            t[i] = cpu() - start;
            assertThat(d.entries()).isNotEmpty();
        }
        return Arrays.stream(t).min().orElseThrow();
    }

    /** The CPU time of this process so far, in nanoseconds (a clock tick of the system at best). */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }
}
