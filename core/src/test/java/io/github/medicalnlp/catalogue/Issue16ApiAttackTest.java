package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.lint.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Attacks on issue 16's renames: section/sections, newsItem/news, allEntries/entryCount, rule(). */
class Issue16ApiAttackTest {

    private static Catalogue manySections(int n, String title) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Section.Builder b = Section.builder(title == null ? "s" + i : title);
            sections.add((i < 999 ? b.number(String.valueOf(i + 1)) : b).build());
        }
        return Catalogue.builder("t").sections(sections).build();
    }

    @Test
    void aSelectorNamingNoneOfAHundredThousandSectionsGivesAShortMessage() {
        Catalogue c = manySections(100_000, null);
        assertThatThrownBy(() -> c.section("nothing")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("nothing").hasMessageContaining("100000")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(10_000));
    }

    /**
     * 100,000 sections with one title: section(title) listed every path in its IllegalArgumentException, a
     * message of about 700 kB, and a megabyte selector naming two sections was repeated whole.
     */
    @Test
    void anAmbiguousSelectorGivesABoundedMessage() {
        Catalogue c = manySections(100_000, "same");
        assertThatThrownBy(() -> c.section("same")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ambiguous").hasMessageContaining("100000")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(10_000));
        String mb = "m".repeat(1 << 20);
        Catalogue two = manySections(2, mb);
        assertThatThrownBy(() -> two.section(mb)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(10_000));
        assertThat(two.sections(mb)).hasSize(2);
    }

    @Test
    void aHugeSelectorNamingNothingGivesABoundedMessage() {
        Catalogue c = manySections(3, "x".repeat(1 << 20));
        assertThatThrownBy(() -> c.section("y".repeat(1 << 20))).isInstanceOf(NoSuchElementException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(10_000));
    }

    @Test
    void sectionsNeverThrowsForAnUnknownOrAmbiguousSelector() {
        Catalogue c = manySections(3, "same");
        assertThat(c.sections("same")).hasSize(3);
        assertThat(c.sections("other")).isEmpty();
        assertThat(c.sections("2")).hasSize(1);
        assertThat(c.section("2").number()).contains("2");
        assertThatThrownBy(() -> c.sections(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.sections(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> c.section(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @SuppressWarnings("removal")
    void newsItemAddsAndNewsReplaces() {
        Catalogue c = Catalogue.builder("t").newsItem("1", "a").newsItem(NewsItem.of("2", "b"))
                .news("3", "c").news(NewsItem.of("4", "d")).build();
        assertThat(c.news()).extracting(NewsItem::text).containsExactly("a", "b", "c", "d");
        Catalogue replaced = c.toBuilder().news(List.of(NewsItem.of("5", "e"))).newsItem("6", "f").build();
        assertThat(replaced.news()).extracting(NewsItem::text).containsExactly("e", "f");
        assertThat(c.toBuilder().news(List.of()).build().news()).isEmpty();
    }

    @Test
    @SuppressWarnings("removal")
    void deprecatedNamesDelegate() {
        Section child = Section.builder("c").number("1.1").entry(Entry.of("b")).build();
        Catalogue c = Catalogue.builder("t").section(Section.builder("s").number("1").entry(Entry.of("a")).child(child)
                .build()).build();
        assertThat(c.allEntries()).extracting(Entry::name).containsExactly("a", "b");
        assertThat(c.entries()).isEqualTo(c.allEntries());
        assertThat(c.entryCount()).isEqualTo(2).isEqualTo(c.size());
        assertThat(c.section("1").entries()).extracting(Entry::name).containsExactly("a");
        assertThat(c.section("1").allEntries()).hasSize(2);
        for (RuleInfo r : io.github.medicalnlp.catalogue.lint.Linter.rules()) {
            assertThat(r.id()).isEqualTo(r.rule());
            assertThat(r.toString()).startsWith("RuleInfo[" + r.rule()).doesNotContain("\n");
        }
    }
}
