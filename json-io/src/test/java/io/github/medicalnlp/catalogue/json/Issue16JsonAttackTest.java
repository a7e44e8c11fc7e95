package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.csv.CatalogueCsvWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attacks on issue 16's JSON of one entry, lists of entries and matches, and the CSV of entries. */
class Issue16JsonAttackTest {

    private final CatalogueJsonReader reader = CatalogueJsonReader.create();
    private final CatalogueJsonWriter writer = CatalogueJsonWriter.create();

    /** Bad input: a typed error with the JSON pointer counted from the array, never another exception. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"name\":\"a\"},{\"name\":\"b\",\"kind\":\"spaceship\"}]|/1/kind",
        "[{\"name\":\"a\"},{\"name\":7}]|/1/name",
        "[{\"name\":\"a\"},{}]|/1",
        "[{\"name\":\"a\",\"languages\":[\"zh\",\"klingonese\"]}]|/0/languages/1",
        "[{\"name\":\"a\",\"languages\":\"zh\"}]|/0/languages",
        "[{\"name\":\"a\",\"links\":[{\"url\":5}]}]|/0/links/0/url",
        "[{\"name\":\"a\"},null]|/1",
        "[{\"name\":\"a\"}] trailing|",
        "[{\"name\":\"a\"}]]|",
        "{\"name\":\"a\"}|",
        "[1]|/0",
        "[|",
        "|",
    })
    void badEntryArraysAreFormatErrorsWithTheirPointer(String json, String pointer) {
        String text = json == null ? "" : json;
        assertThatThrownBy(() -> reader.readEntries(text)).isInstanceOf(CatalogueFormatException.class)
                .satisfies(e -> {
                    CatalogueFormatException f = (CatalogueFormatException) e;
                    if (pointer != null) {
                        assertThat(f.pointer()).contains(pointer);
                    }
                    assertThat(f.getMessage()).hasSizeLessThan(2000).doesNotContain("\n");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"name\":\"a\"}]|",
        "{\"name\":\"a\"} {\"name\":\"b\"}|",
        "{\"name\":\"a\",\"kind\":[]}|/kind",
        "{\"name\":\"a\",\"tasks\":[\"question-answering\",\"not-a-task-at-all\"]}|/tasks/1",
        "[{\"name\":\"a\",\"name\":\"b\"}]|",
        "null|",
    })
    void badSingleEntriesAreFormatErrors(String json, String pointer) {
        assertThatThrownBy(() -> CatalogueJsonReader.strict().readEntry(json)).isInstanceOf(CatalogueFormatException.class)
                .satisfies(e -> {
                    if (pointer != null) {
                        assertThat(((CatalogueFormatException) e).pointer()).contains(pointer);
                    }
                });
    }

    @Test
    void aRepeatedKeyIsRefusedByTheStrictReaderWithItsPointer() {
        assertThatThrownBy(() -> CatalogueJsonReader.strict().readEntries("[{\"name\":\"a\"},{\"name\":\"a\",\"name\":\"b\"}]"))
                .isInstanceOf(CatalogueFormatException.class)
                .satisfies(e -> assertThat(((CatalogueFormatException) e).pointer()).contains("/1/name"));
    }

    /**
     * A blank name is an error of the value at /name (as 'spaceship' is one of /kind), but the error is located
     * at the entry object (pointer empty, or /1 in a list): the pointer does not say which property is wrong.
     */
    @Test
    void aBlankNameIsLocatedAtTheName() {
        assertThatThrownBy(() -> reader.readEntries("[{\"name\":\"a\"},{\"name\":\" \"}]"))
                .isInstanceOf(CatalogueFormatException.class)
                .satisfies(e -> assertThat(((CatalogueFormatException) e).pointer()).contains("/1/name"));
    }

    @Test
    void depthBombsAreRefusedWithoutAStackOverflow() {
        String bomb = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> reader.readEntries(bomb)).isInstanceOf(CatalogueFormatException.class);
        String inEntry = "{\"name\":\"a\",\"x\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        assertThatThrownBy(() -> reader.readEntry(inEntry)).isInstanceOf(CatalogueFormatException.class);
        String objects = "[{\"name\":\"a\",\"x\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}]";
        assertThatThrownBy(() -> reader.readEntries(objects)).isInstanceOf(CatalogueFormatException.class);
    }

    @Test
    void aHugeArrayIsReadInLinearTimeAndRoundTrips() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            entries.add(Entry.builder("e" + i).kind(Kind.DATASET).language(Language.CHINESE)
                    .link("https://github.com/o/r" + i).build());
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String json = CatalogueJsonWriter.compact().writeEntries(entries);
            assertThat(reader.readEntries(json)).isEqualTo(entries);
            assertThat(writer.entriesToJsonLines(entries).lines().count()).isEqualTo(50_000);
            assertThat(CatalogueCsvWriter.create().entriesToCsv(entries).split("\r\n")).hasSize(50_001);
        });
        String nulls = "[" + String.join(",", java.util.Collections.nCopies(100_000, "{\"name\":\"a\"}")) + ",1]";
        assertThatThrownBy(() -> reader.readEntries(nulls)).isInstanceOf(CatalogueFormatException.class)
                .satisfies(e -> assertThat(((CatalogueFormatException) e).pointer()).contains("/100000"));
    }

    @Test
    void hostileTextRoundTripsThroughOneEntryAndItsList() {
        Entry e = Entry.builder("</script><b>\u2028\u2029\"\\\u0000\u001B😀中").field("k\n", "v\r\n")
                .link("https://example.org/\"><script>").tag("a;b\\c").group("g\u0085").build();
        assertThat(reader.readEntry(writer.write(e))).isEqualTo(e);
        assertThat(reader.readEntry(CatalogueJsonWriter.compact().write(e))).isEqualTo(e);
        assertThat(reader.readEntries(writer.writeEntries(List.of(e, e)))).containsExactly(e, e);
        assertThat(writer.writeEntries(List.of())).isEqualToIgnoringWhitespace("[]");
        assertThat(reader.readEntries("[]")).isEmpty();
    }

    @Test
    void loneSurrogatesAreRefusedByEveryWriterNamingTheEntry() {
        Entry bad = Entry.builder("ok\uD800").build();
        assertThatThrownBy(() -> CatalogueCsvWriter.create().entriesToCsv(List.of(Entry.of("x"), bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
        assertThatThrownBy(() -> writer.entriesToJsonLines(List.of(Entry.of("x"), bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 2");
        assertThatThrownBy(() -> writer.write(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.writeEntries(List.of(bad))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullsAreNamed() {
        List<Entry> withNull = Arrays.asList(Entry.of("a"), Entry.of("b"), Entry.of("c"), null);
        assertThatThrownBy(() -> writer.writeEntries(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("entries[3]");
        assertThatThrownBy(() -> writer.entriesToJsonLines(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("entries[3]");
        assertThatThrownBy(() -> CatalogueCsvWriter.create().entriesToCsv(withNull))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("entries[3]");
        assertThatThrownBy(() -> writer.write((Entry) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> reader.readEntry((String) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void matchesCarryTheirSectionHeadingNeverItsEntries() {
        Section child = Section.builder("c").number("1.1").entry(Entry.of("b")).build();
        Catalogue c = Catalogue.builder("t").section(Section.builder("s").number("1").entry(Entry.of("a")).child(child)
                .build()).build();
        String json = CatalogueJsonWriter.compact().writeMatches(c.query().list());
        assertThat(json).contains("\"id\":\"1/a\"", "\"path\":\"1 > 1.1\"").doesNotContain("\"entries\"", "\"sections\"");
        assertThat(writer.writeMatches(List.of())).isEqualToIgnoringWhitespace("[]");
    }

    @Test
    void jsonLinesOfEntriesHaveUniqueIdsWhateverTheNames() {
        List<Entry> entries = List.of(Entry.of("A b"), Entry.of("a-B"), Entry.of("a b"), Entry.of("😀"), Entry.of("😀"),
                Entry.of("a b~2"));
        List<String> ids = io.github.medicalnlp.catalogue.flat.EntryRow.ofEntries(entries).stream()
                .map(io.github.medicalnlp.catalogue.flat.EntryRow::id).toList();
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.contains("/"));
    }
}
