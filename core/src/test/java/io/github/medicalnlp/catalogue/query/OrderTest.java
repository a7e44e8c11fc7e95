package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

    private final Catalogue c = Catalogue.of("T", List.of(
            Section.builder("ten").number("10").entry(Entry.of("b")).entry(Entry.of("A")).build(),
            Section.builder("two").number("2").entry(Entry.of("Ｃ")).child(Section.builder("x").number("2.10")
                    .entry(Entry.of("d")).build()).child(Section.builder("y").number("2.9").entry(Entry.of("e")).build())
                    .build(),
            Section.builder("unnumbered").entry(Entry.of("f")).build()));

    private List<String> names(Order order) {
        return c.query().orderBy(order).list().stream().map(Match::name).toList();
    }

    @Test
    void sourceOrderIsTheDocumentsOrder() {
        assertThat(names(Order.SOURCE)).containsExactly("b", "A", "Ｃ", "d", "e", "f");
    }

    @Test
    void nameOrderIgnoresCaseAndWidth() {
        assertThat(names(Order.NAME)).containsExactly("A", "b", "Ｃ", "d", "e", "f");
    }

    @Test
    void sectionOrderComparesNumbersAsNumbersAndPutsUnnumberedLast() {
        assertThat(names(Order.SECTION)).containsExactly("Ｃ", "e", "d", "b", "A", "f");
    }
}
