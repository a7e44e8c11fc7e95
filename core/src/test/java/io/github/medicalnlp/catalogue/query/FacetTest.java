package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Query#countBy} and {@link Query#groupBy(Facet)}: counting for people. */
class FacetTest {

    private final Catalogue seed = SeedSample.catalogue();

    private static Catalogue small() {
        return Catalogue.builder("t").section(Section.builder("A").number("1")
                .entry(Entry.builder("a").kind(Kind.DATASET).language(Language.CHINESE).language(Language.ENGLISH)
                        .link("https://github.com/o/a").link("https://www.example.org/x").build())
                .entry(Entry.builder("b").kind(Kind.DATASET).language(Language.CHINESE).link("https://github.com/o/b").build())
                .entry(Entry.builder("c").kind(Kind.MODEL).link("https://github.com/p/c").build())
                .entry(Entry.builder("d").build())
                .build()).build();
    }

    @Test
    void anEntryWithTwoLanguagesCountsInBothAndOneWithNoneInNone() {
        Map<String, Long> counts = small().query().countBy(Facet.LANGUAGE);
        assertThat(counts).containsExactly(Map.entry("zh", 2L), Map.entry("en", 1L));
        assertThat(small().query().countBy(Facet.KIND)).containsExactly(Map.entry("dataset", 2L), Map.entry("model", 1L));
        assertThat(small().query().countBy(Facet.GITHUB_OWNER)).containsExactly(Map.entry("o", 2L), Map.entry("p", 1L));
        assertThat(small().query().countBy(Facet.HOST)).containsExactly(Map.entry("github.com", 3L),
                Map.entry("example.org", 1L));
        assertThat(small().query().countBy(Facet.SECTION)).containsExactly(Map.entry("1", 4L));
    }

    @Test
    void groupsHoldTheMatchesInOrderUnderEachOfTheirValues() {
        Map<String, List<Match>> groups = small().query().groupBy(Facet.LANGUAGE);
        assertThat(groups.keySet()).containsExactly("zh", "en");
        assertThat(groups.get("zh")).extracting(Match::name).containsExactly("a", "b");
        assertThat(groups.get("en")).extracting(Match::name).containsExactly("a");
        assertThatThrownBy(() -> groups.put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @EnumSource(Facet.class)
    void countsAreTheSizesOfTheGroupsLargestFirstOnTheSeed(Facet facet) {
        Query q = seed.query();
        Map<String, Long> counts = q.countBy(facet);
        Map<String, List<Match>> groups = q.groupBy(facet);
        assertThat(counts.keySet()).containsExactlyElementsOf(groups.keySet());
        groups.forEach((k, v) -> assertThat(counts.get(k)).isEqualTo(v.size()));
        assertThat(List.copyOf(counts.values())).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        long withValue = q.list().stream().filter(m -> !facet.values(m).isEmpty()).count();
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(withValue);
    }

    @Test
    void theKindCountsOfTheSeedAddUpToItsEntriesWithAKind() {
        Map<String, Long> kinds = seed.query().countBy(Facet.KIND);
        assertThat(kinds.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(seed.query().where(e -> e.kind().isPresent()).count());
        assertThat(kinds.get("dataset")).isEqualTo(seed.query().kind(Kind.DATASET).count());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"language, LANGUAGE", "Languages, LANGUAGE", "lang, LANGUAGE",
        "GITHUB_OWNER, GITHUB_OWNER", "github owner, GITHUB_OWNER", "owner, GITHUB_OWNER", "kinds, KIND", "host, HOST"})
    void aFacetIsNamedByItsWordConstantOrPlural(String text, Facet facet) {
        assertThat(Facet.parse(text)).isEqualTo(facet);
        assertThat(Facet.parse(facet.word())).isEqualTo(facet);
        assertThat(facet.toString()).isEqualTo(facet.word());
    }

    @Test
    void anUnknownFacetListsTheWords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Facet.parse("colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("facet 'colour' is not one of: language, kind, task, modality, tag, section, host, github-owner");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Facet.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoFacetsCountAsATableOfPairs() {
        Catalogue c = Catalogue.builder("t").section(io.github.medicalnlp.catalogue.Section.builder("s").number("1")
                .entry(io.github.medicalnlp.catalogue.Entry.builder("a").kind(io.github.medicalnlp.catalogue.Kind.DATASET)
                        .language(io.github.medicalnlp.catalogue.Language.CHINESE)
                        .language(io.github.medicalnlp.catalogue.Language.ENGLISH).tag("EHR").build())
                .entry(io.github.medicalnlp.catalogue.Entry.builder("b").kind(io.github.medicalnlp.catalogue.Kind.DATASET)
                        .language(io.github.medicalnlp.catalogue.Language.ENGLISH).tag("ehr").build())
                .entry(io.github.medicalnlp.catalogue.Entry.builder("c").kind(io.github.medicalnlp.catalogue.Kind.MODEL)
                        .language(io.github.medicalnlp.catalogue.Language.ENGLISH).build())
                .entry(io.github.medicalnlp.catalogue.Entry.builder("d").build())
                .build()).build();
        io.github.medicalnlp.catalogue.table.Table t = c.query().countBy(Facet.KIND, Facet.LANGUAGE);
        assertThat(t.header()).containsExactly("kind", "en", "zh", "all");
        assertThat(t.rows()).containsExactly(List.of("dataset", "2", "1", "2"), List.of("model", "1", "0", "1"));
        assertThat(c.query().countBy(Facet.LANGUAGE, Facet.TAG).rows())
                .as("EHR and ehr are one column, as tag(\"ehr\") finds both")
                .containsExactly(List.of("en", "2", "3"), List.of("zh", "1", "1"));
        assertThat(c.query().kind(io.github.medicalnlp.catalogue.Kind.BLOG).countBy(Facet.KIND, Facet.LANGUAGE).rows()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.query().countBy(Facet.KIND, null))
                .isInstanceOf(NullPointerException.class).hasMessage("columns must not be null");
    }
}
