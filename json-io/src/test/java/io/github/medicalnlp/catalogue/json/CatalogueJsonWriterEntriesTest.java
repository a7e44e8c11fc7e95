package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CatalogueJsonWriter} on parts of a catalogue: one entry, a list of entries, a list of matches, and
 * the JSON Lines of a list of entries; {@link CatalogueJsonReader#readEntry} and {@code readEntries}.
 */
class CatalogueJsonWriterEntriesTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CatalogueModule());

    /** A small entry whose JSON is written out in full below. */
    private static final Entry SMALL = Entry.builder("CMB")
            .link("https://github.com/FreedomIntelligence/CMB", "地址", LinkRole.HOMEPAGE)
            .field("来源", "临床考试")
            .kind(Kind.BENCHMARK).language(Language.CHINESE).task(Task.QUESTION_ANSWERING).tag("exam")
            .build();

    private final Catalogue full = Samples.full();

    /** The schema of arrays whose items are {@code #/$defs/<definition>} of the 1.1 schema. */
    private static Schema arrayOf(String definition) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode schema =
                (com.fasterxml.jackson.databind.node.ObjectNode) PLAIN.readTree(JsonFormat.schema());
        JsonNode defs = schema.get("$defs");
        com.fasterxml.jackson.databind.node.ObjectNode array = PLAIN.createObjectNode();
        array.put("$schema", schema.get("$schema").asText());
        array.put("type", "array");
        array.putObject("items").put("$ref", "#/$defs/" + definition);
        array.set("$defs", defs);
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(PLAIN.writeValueAsString(array), InputFormat.JSON);
    }

    @Test
    void oneEntryIsTheObjectItIsInsideACatalogue() {
        assertThat(CatalogueJsonWriter.create().write(SMALL)).isEqualTo("""
                {
                  "name": "CMB",
                  "kind": "benchmark",
                  "languages": [
                    "zh"
                  ],
                  "tasks": [
                    "question-answering"
                  ],
                  "tags": [
                    "exam"
                  ],
                  "links": [
                    {
                      "url": "https://github.com/FreedomIntelligence/CMB",
                      "label": "地址",
                      "role": "homepage"
                    }
                  ],
                  "fields": [
                    {
                      "label": "来源",
                      "value": "临床考试"
                    }
                  ]
                }
                """);
        assertThat(CatalogueJsonWriter.compact().write(SMALL)).isEqualTo("{\"name\":\"CMB\",\"kind\":\"benchmark\","
                + "\"languages\":[\"zh\"],\"tasks\":[\"question-answering\"],\"tags\":[\"exam\"],\"links\":[{\"url\":"
                + "\"https://github.com/FreedomIntelligence/CMB\",\"label\":\"地址\",\"role\":\"homepage\"}],"
                + "\"fields\":[{\"label\":\"来源\",\"value\":\"临床考试\"}]}\n");
    }

    @Test
    void everyEntryIsWrittenAsTheCatalogueDocumentHasIt() throws Exception {
        Catalogue bundled = MedicalNlp.catalogue();
        JsonNode document = PLAIN.readTree(CatalogueJsonWriter.compact().write(bundled));
        List<JsonNode> inDocument = new ArrayList<>();
        collectEntries(document.get("sections"), inDocument);
        JsonNode written = PLAIN.readTree(CatalogueJsonWriter.compact().writeEntries(bundled.allEntries()));
        assertThat(written).hasSize(bundled.entryCount());
        for (int i = 0; i < bundled.entryCount(); i++) {
            assertThat(written.get(i)).isEqualTo(inDocument.get(i));
            assertThat(PLAIN.readTree(CatalogueJsonWriter.compact().write(bundled.allEntries().get(i))))
                    .isEqualTo(inDocument.get(i));
        }
    }

    private static void collectEntries(JsonNode sections, List<JsonNode> out) {
        if (sections == null) {
            return;
        }
        for (JsonNode s : sections) {
            if (s.has("entries")) {
                s.get("entries").forEach(out::add);
            }
            collectEntries(s.get("sections"), out);
        }
    }

    @Test
    void aListOfEntriesIsAnArrayThatReadsBack() {
        List<Entry> entries = full.allEntries();
        for (CatalogueJsonWriter writer : List.of(CatalogueJsonWriter.create(), CatalogueJsonWriter.compact())) {
            String json = writer.writeEntries(entries);
            assertThat(json).startsWith("[").endsWith("]\n");
            assertThat(CatalogueJsonReader.strict().readEntries(json)).isEqualTo(entries);
            assertThat(CatalogueJsonReader.strict().readEntry(writer.write(entries.get(0)))).isEqualTo(entries.get(0));
        }
    }

    @Test
    void queryResultsRoundTripToTheSameEntries() throws Exception {
        Catalogue bundled = MedicalNlp.catalogue();
        List<Match> found = bundled.query().kind(Kind.DATASET).list();
        assertThat(found).isNotEmpty();
        String json = CatalogueJsonWriter.create().writeMatches(found);
        JsonNode array = PLAIN.readTree(json);
        assertThat(array).hasSize(found.size());
        List<EntryRow> rows = EntryRow.listOf(found);
        for (int i = 0; i < found.size(); i++) {
            JsonNode m = array.get(i);
            assertThat(m.get("id").asText()).isEqualTo(rows.get(i).id());
            assertThat(m.get("path").asText()).isEqualTo(found.get(i).path());
            assertThat(m.get("section").get("title").asText()).isEqualTo(found.get(i).section().title());
            assertThat(m.get("section").has("entries")).isFalse();
            Entry back = CatalogueJsonReader.strict().readEntry(PLAIN.writeValueAsString(m.get("entry")));
            assertThat(back).isEqualTo(found.get(i).entry());
            assertThat(MAPPER.treeToValue(m.get("entry"), Entry.class)).isEqualTo(found.get(i).entry());
        }
        assertThat(arrayOf("match").validate(json, InputFormat.JSON)).isEmpty();
    }

    @Test
    void aMatchHasItsIdPathAndSectionHeadingBesideTheEntry() {
        List<Match> cmb = full.query().text("CMB").list();
        assertThat(CatalogueJsonWriter.compact().writeMatches(cmb)).isEqualTo("[{\"id\":\"1.1/cmb\",\"path\":\"1 > 1.1\","
                + "\"section\":{\"number\":\"1.1\",\"title\":\"中文医疗基准测评：CMB / CMExam / PromptCBLUE\","
                + "\"anchor\":\"11--中文医疗基准测评cmb--cmexam--promptcblue\"},\"entry\":"
                + CatalogueJsonWriter.compact().write(cmb.get(0).entry()).strip() + "}]\n");
    }

    @Test
    void writtenArraysAreValidAgainstTheSchemaDefinitions() throws Exception {
        for (Catalogue c : List.of(full, MedicalNlp.catalogue())) {
            assertThat(arrayOf("entry").validate(CatalogueJsonWriter.create().writeEntries(c.allEntries()),
                    InputFormat.JSON)).isEmpty();
            assertThat(arrayOf("match").validate(CatalogueJsonWriter.compact().writeMatches(c.query().list()),
                    InputFormat.JSON)).isEmpty();
        }
        assertThat(arrayOf("match").validate("[{\"id\": \"x\", \"path\": \"1\", \"section\": {\"title\": \"s\"},"
                + " \"entry\": {\"name\": \"e\"}, \"name\": \"e\"}]", InputFormat.JSON)).isNotEmpty();
        assertThat(arrayOf("entry").validate("[{\"name\": \"e\", \"kind\": \"spaceship\"}]", InputFormat.JSON))
                .isNotEmpty();
    }

    @Test
    void emptyListsGiveAnEmptyArrayAndNoLines() throws Exception {
        for (CatalogueJsonWriter writer : List.of(CatalogueJsonWriter.create(), CatalogueJsonWriter.compact())) {
            assertThat(writer.writeEntries(List.of())).isEqualTo("[]\n");
            assertThat(writer.writeMatches(List.of())).isEqualTo("[]\n");
            assertThat(writer.entriesToJsonLines(List.of())).isEmpty();
            assertThat(writer.toJsonLines(List.<Match>of())).isEmpty();
        }
        assertThat(CatalogueJsonReader.create().readEntries("[]")).isEmpty();
    }

    @Test
    void jsonLinesOfEntriesHaveOneParsingLinePerEntry() throws Exception {
        List<Entry> entries = MedicalNlp.catalogue().allEntries();
        String lines = CatalogueJsonWriter.create().entriesToJsonLines(entries);
        List<String> each = lines.lines().toList();
        assertThat(each).hasSize(entries.size());
        assertThat(lines).endsWith("\n").doesNotContain("\r");
        List<String> columns = Arrays.stream(Column.values()).map(Column::columnName).toList();
        for (int i = 0; i < each.size(); i++) {
            JsonNode row = PLAIN.readTree(each.get(i));
            assertThat(row.fieldNames()).toIterable().containsExactlyElementsOf(columns);
            assertThat(row.get("name").asText()).isEqualTo(entries.get(i).name());
            assertThat(row.get("section_path").asText()).isEmpty();
            assertThat(row.get("section_number").isNull()).isTrue();
            assertThat(row.get("id").asText()).doesNotContain("/");
        }
        assertThat(each.stream().map(l -> l.substring(0, l.indexOf(",")))).doesNotHaveDuplicates();
        FlatReadBack.assertJsonLinesHold(lines, EntryRow.ofEntries(entries));
    }

    @Test
    void everySinkGetsTheSameBytes(@TempDir Path dir) throws Exception {
        CatalogueJsonWriter writer = CatalogueJsonWriter.create();
        List<Entry> entries = full.allEntries();
        List<Match> matches = full.query().list();
        check(writer.write(entries.get(0)), w -> writer.write(entries.get(0), w), o -> writer.write(entries.get(0), o),
                f -> writer.write(entries.get(0), f), dir.resolve("entry.json"));
        check(writer.writeEntries(entries), w -> writer.writeEntries(entries, w), o -> writer.writeEntries(entries, o),
                f -> writer.writeEntries(entries, f), dir.resolve("entries.json"));
        check(writer.writeMatches(matches), w -> writer.writeMatches(matches, w), o -> writer.writeMatches(matches, o),
                f -> writer.writeMatches(matches, f), dir.resolve("matches.json"));
        check(writer.entriesToJsonLines(entries), w -> writer.writeEntriesJsonLines(entries, w),
                o -> writer.writeEntriesJsonLines(entries, o), f -> writer.writeEntriesJsonLines(entries, f),
                dir.resolve("entries.jsonl"));
        String json = writer.writeEntries(entries);
        assertThat(CatalogueJsonReader.create().readEntries(new StringReader(json))).isEqualTo(entries);
        assertThat(CatalogueJsonReader.create().readEntries(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(entries);
        assertThat(CatalogueJsonReader.create().readEntries(dir.resolve("entries.json"))).isEqualTo(entries);
        assertThat(CatalogueJsonReader.create().readEntry(dir.resolve("entry.json"))).isEqualTo(entries.get(0));
        assertThat(CatalogueJsonReader.create().readEntry(new StringReader(writer.write(entries.get(1)))))
                .isEqualTo(entries.get(1));
        assertThat(CatalogueJsonReader.create().readEntry(
                new ByteArrayInputStream(writer.write(entries.get(2)).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(entries.get(2));
    }

    interface Sink<T> {
        void write(T out) throws IOException;
    }

    private static void check(String expected, Sink<Writer> toWriter, Sink<OutputStream> toStream, Sink<Path> toFile,
            Path file) throws IOException {
        StringWriter w = new StringWriter();
        toWriter.write(w);
        assertThat(w.toString()).isEqualTo(expected);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        toStream.write(o);
        assertThat(o.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        toFile.write(file);
        assertThat(Files.readString(file)).isEqualTo(expected);
    }

    @Test
    void theJacksonModuleWritesEntriesAsTheWriterDoes() throws Exception {
        List<Entry> entries = MedicalNlp.catalogue().allEntries();
        assertThat(MAPPER.writeValueAsString(SMALL) + "\n").isEqualTo(CatalogueJsonWriter.compact().write(SMALL));
        assertThat(MAPPER.writeValueAsString(entries) + "\n").isEqualTo(CatalogueJsonWriter.compact().writeEntries(entries));
        assertThat(MAPPER.writeValueAsString(List.of()) + "\n").isEqualTo(CatalogueJsonWriter.compact().writeEntries(List.of()));
        List<Entry> back = MAPPER.readValue(CatalogueJsonWriter.create().writeEntries(entries), new TypeReference<>() { });
        assertThat(back).isEqualTo(entries);
    }

    @Test
    void twoThreadsWritingTheSameListGiveTheSameOutput() throws Exception {
        Catalogue bundled = MedicalNlp.catalogue();
        List<Entry> entries = bundled.allEntries();
        List<Match> matches = bundled.query().list();
        CatalogueJsonWriter writer = CatalogueJsonWriter.create();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    results.add(pool.submit(() -> List.of(writer.writeEntries(entries), writer.writeMatches(matches),
                            writer.entriesToJsonLines(entries))));
                }
                assertThat(results.get(0).get()).isEqualTo(results.get(1).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHundredThousandEntriesAreWrittenInOnePass() throws Exception {
        List<Entry> many = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            many.add(Entry.builder("entry " + (i % 1000)).kind(Kind.DATASET).tag("t" + i).build());
        }
        String json = CatalogueJsonWriter.compact().writeEntries(many);
        assertThat(json.length()).isGreaterThan(100_000 * 30);
        String lines = CatalogueJsonWriter.compact().entriesToJsonLines(many);
        assertThat(lines.lines()).hasSize(100_000);
        assertThat(lines.lines().skip(99_999).findFirst().orElseThrow()).startsWith("{\"id\":\"entry-999~100\"");
        assertThat(CatalogueJsonReader.create().readEntries(json)).hasSize(100_000);
    }

    @Test
    void readingReportsThePlaceOfAProblem() {
        assertThatThrownBy(() -> CatalogueJsonReader.create().readEntries("[{\"name\": \"a\"},\n {\"name\": \"b\", \"kind\": \"spaceship\"}]"))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("<string>:2:")
                .hasMessageContaining("/1/kind")
                .hasMessageContaining("'spaceship' is not a kind");
        assertThatThrownBy(() -> CatalogueJsonReader.create().readEntries("{\"name\": \"a\"}"))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("expected an array of entries, found an object");
        assertThatThrownBy(() -> CatalogueJsonReader.create().readEntries("null"))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("expected an array of entries, found null");
        assertThatThrownBy(() -> CatalogueJsonReader.create().readEntries(""))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("the input is empty");
        assertThatThrownBy(() -> CatalogueJsonReader.create().readEntry("{\"name\": \"a\"} {}"))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("unexpected content after the entry");
        assertThatThrownBy(() -> CatalogueJsonReader.create().readEntry("{\"kind\": \"dataset\"}"))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("missing required property \"name\"");
        assertThatThrownBy(() -> CatalogueJsonReader.strict().readEntry("{\"name\": \"a\", \"x\": 1}"))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("unknown property");
        assertThatThrownBy(() -> CatalogueJsonReader.create().readEntries("[{\"name\": \"a\"}"))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("malformed JSON");
        assertThat(CatalogueJsonReader.create().readEntry("{\"name\": \"a\", \"x\": 1}").name()).isEqualTo("a");
    }

    @Test
    void nullArgumentsAreNamed(@TempDir Path dir) {
        CatalogueJsonWriter w = CatalogueJsonWriter.create();
        Path file = dir.resolve("x.json");
        assertNpe(() -> w.write((Entry) null), "entry");
        assertNpe(() -> w.write(SMALL, (Writer) null), "out");
        assertNpe(() -> w.write(SMALL, (OutputStream) null), "out");
        assertNpe(() -> w.write(SMALL, (Path) null), "file");
        assertNpe(() -> w.writeEntries(null), "entries");
        assertNpe(() -> w.writeEntries(Arrays.asList(SMALL, null)), "entries[1]");
        assertNpe(() -> w.writeEntries(List.of(), (Writer) null), "out");
        assertNpe(() -> w.writeEntries(null, file), "entries");
        assertNpe(() -> w.writeMatches(null), "matches");
        assertNpe(() -> w.writeMatches(List.of(), (OutputStream) null), "out");
        assertNpe(() -> w.entriesToJsonLines(null), "entries");
        assertNpe(() -> w.writeEntriesJsonLines(List.of(), (Writer) null), "out");
        assertNpe(() -> w.writeEntriesJsonLines(Arrays.asList((Entry) null), file), "entries[0]");
        assertNpe(() -> CatalogueJsonReader.create().readEntry((String) null), "json");
        assertNpe(() -> CatalogueJsonReader.create().readEntries((Path) null), "file");
        assertThat(file).doesNotExist();
    }

    private static void assertNpe(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessageStartingWith(parameter + " must not be null");
    }

    @Test
    void ioErrorsPropagate() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void close() {
            }
        };
        List<Entry> entries = full.allEntries();
        assertThatThrownBy(() -> CatalogueJsonWriter.create().writeEntries(entries, failing))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> CatalogueJsonWriter.create().writeMatches(full.query().list(), failing))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        assertThatThrownBy(() -> CatalogueJsonWriter.create().writeEntriesJsonLines(entries, failing))
                .isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void aMatchWhoseEntryIsNotInItsSectionIsRefused() {
        Section s = Section.builder("s").number("1").entry(SMALL).build();
        Match wrong = new Match(Entry.of("other"), List.of(s), 0);
        assertThatThrownBy(() -> CatalogueJsonWriter.create().writeMatches(List.of(wrong)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not entry 0 of its section");
    }

    @Test
    void theWriterSaysHowItWrites() {
        assertThat(CatalogueJsonWriter.create()).hasToString("CatalogueJsonWriter[pretty, format " + JsonFormat.VERSION + "]");
        assertThat(CatalogueJsonWriter.compact()).hasToString("CatalogueJsonWriter[compact, format " + JsonFormat.VERSION + "]");
    }
}
