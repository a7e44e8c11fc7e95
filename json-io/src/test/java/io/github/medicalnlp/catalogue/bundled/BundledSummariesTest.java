package io.github.medicalnlp.catalogue.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.query.Match;
import org.junit.jupiter.api.Test;

/** Every value of the bundled catalogue prints as one short line, and describe() hides nothing (issue 16). */
class BundledSummariesTest {

    private static final Catalogue BUNDLED = MedicalNlp.catalogue();

    private static void oneShortLine(Object value) {
        assertThat(value.toString()).as("%s", value).doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void everySectionEntryMatchAndLinkIsOneLineOfAtMost200Characters() {
        oneShortLine(BUNDLED);
        BUNDLED.allSections().forEach(BundledSummariesTest::oneShortLine);
        for (Match m : BUNDLED.query().list()) {
            oneShortLine(m);
            oneShortLine(m.entry());
            m.entry().links().forEach(BundledSummariesTest::oneShortLine);
            m.entry().fields().forEach(BundledSummariesTest::oneShortLine);
            m.entry().translations().values().forEach(BundledSummariesTest::oneShortLine);
        }
        BUNDLED.news().forEach(BundledSummariesTest::oneShortLine);
        oneShortLine(BUNDLED.query().kind(io.github.medicalnlp.catalogue.Kind.DATASET).text("问答"));
    }

    @Test
    void describeHoldsEveryLinkOfAnEntry() {
        for (Entry e : BUNDLED.allEntries()) {
            String described = e.describe();
            assertThat(described).startsWith("Entry " + e.name());
            for (Link l : e.links()) {
                assertThat(described).as(e.name()).contains(l.url());
            }
            e.fields().forEach(f -> assertThat(described).as(e.name()).contains(f.value()));
        }
        assertThat(BUNDLED.describe()).contains(BUNDLED.allEntries().stream().flatMap(e -> e.links().stream())
                .map(Link::url).toList());
    }
}
