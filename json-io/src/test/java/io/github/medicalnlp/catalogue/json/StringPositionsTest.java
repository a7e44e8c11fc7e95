package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.json.internal.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 12, item 16, in every string position of the format: a lone surrogate is refused with the same
 * words by the reader (a located {@link CatalogueFormatException}), the writer, JSON Lines, the
 * snapshot and the Jackson module (an {@link IllegalArgumentException} naming the JSON pointer), never
 * turned into {@code ?}; a proper pair, NUL and every C0 and C1 control character come back unchanged
 * from every writer and reader, and every written document is valid against both schemas.
 */
class StringPositionsTest {

    /** Every place of user text, with its JSON pointer in a document of {@link #catalogue}. */
    enum Position {
        TITLE("/title"), INTRODUCTION("/introduction"), NEWS_DATE("/news/0/date"), NEWS_TEXT("/news/0/text"),
        SECTION_NUMBER("/sections/0/number"), SECTION_TITLE("/sections/0/title"), ANCHOR("/sections/0/anchor"),
        NAME("/sections/0/entries/0/name"), GROUP("/sections/0/entries/0/group"),
        TAG("/sections/0/entries/0/tags/0"),
        URL("/sections/0/entries/0/links/0/url"), LINK_LABEL("/sections/0/entries/0/links/0/label"),
        FIELD_LABEL("/sections/0/entries/0/fields/0/label"), FIELD_VALUE("/sections/0/entries/0/fields/0/value"),
        CITATION("/citation");

        final String pointer;

        Position(String pointer) {
            this.pointer = pointer;
        }
    }

    /** The positions JSON Lines write. */
    /** The positions whose text the flat JSON Lines hold (the field's label is no description label). */
    private static final List<Position> IN_JSON_LINES = List.of(Position.NAME, Position.GROUP,
            Position.TAG, Position.URL, Position.SECTION_TITLE);

    /** Lone and misordered surrogates, as JSON escapes. */
    private static final List<String> LONE = List.of("a\\ud800b", "a\\udc00b", "a\\udc00\\ud800b", "ab\\ud83d",
            "\\ude00ab", "a\\ud83dxb", "a\\ud83d\\ud83db", "a\\uDBFFb", "a\\uDFFFb");

    /** A catalogue with {@code text} at {@code at} and ordinary text everywhere else. */
    static Catalogue catalogue(Position at, String text) {
        Map<Position, String> t = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            t.put(p, p == at ? text : p == Position.URL ? "https://example.org/x"
                    : p == Position.SECTION_NUMBER ? "1" : p.name().toLowerCase());
        }
        return Catalogue.builder(t.get(Position.TITLE))
                .introduction(t.get(Position.INTRODUCTION))
                .newsItem(t.get(Position.NEWS_DATE), t.get(Position.NEWS_TEXT))
                .section(Section.builder(t.get(Position.SECTION_TITLE)).number(t.get(Position.SECTION_NUMBER))
                        .anchor(t.get(Position.ANCHOR))
                        .entry(Entry.builder(t.get(Position.NAME)).group(t.get(Position.GROUP))
                                .tag(t.get(Position.TAG))
                                .link(t.get(Position.URL), t.get(Position.LINK_LABEL), LinkRole.PAPER)
                                .field(t.get(Position.FIELD_LABEL), t.get(Position.FIELD_VALUE)).build())
                        .build())
                .citation(t.get(Position.CITATION))
                .build();
    }

    /** The compact document with {@code jsonString} (JSON source, without quotes) at {@code at}. */
    static String document(Position at, String jsonString) {
        String marker = at == Position.SECTION_NUMBER ? "777.777" : "MARKER"; // a number must be one
        String doc = CatalogueJsonWriter.compact().write(catalogue(at, marker));
        assertThat(doc).containsOnlyOnce("\"" + marker + "\"");
        return doc.replace("\"" + marker + "\"", "\"" + jsonString + "\"");
    }

    @ParameterizedTest
    @EnumSource(Position.class)
    void aLoneSurrogateIsALocatedErrorOfEveryReader(Position at) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new CatalogueModule());
        for (String lone : LONE) {
            String doc = document(at, lone);
            int column = doc.indexOf("\"" + lone + "\"") + 1;
            List<ThrowingRead> reads = List.of(
                    () -> CatalogueJsonReader.create().read(doc, "s.json"),
                    () -> CatalogueJsonReader.strict().read(doc, "s.json"),
                    () -> CatalogueJsonReader.create().read(new StringReader(doc)),
                    () -> CatalogueJsonReader.create().read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                            "s.json"));
            for (ThrowingRead read : reads) {
                Throwable t = catchThrowable(read::read);
                assertThat(t).as(lone + " at " + at).isInstanceOf(CatalogueFormatException.class);
                CatalogueFormatException e = (CatalogueFormatException) t;
                assertThat(e.pointer()).as(lone).contains(at.pointer);
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.column()).as(lone + " at " + at + " in " + doc).isEqualTo(column);
                assertThat(e.detail()).contains("lone surrogate \\u").doesNotContain("\n");
                assertThat(e.getMessage()).doesNotContain("?");
            }
            assertThatThrownBy(() -> mapper.readValue(doc, Catalogue.class)).hasMessageContaining("lone surrogate")
                    .hasMessageContaining(at.pointer);
        }
    }

    @Test
    void surrogatesEncodedInUtf8BytesAreALocatedErrorToo() {
        byte[] head = document(Position.NAME, "MARK").getBytes(StandardCharsets.UTF_8);
        String doc = new String(head, StandardCharsets.UTF_8);
        int at = doc.indexOf("MARK");
        byte[] bytes = new byte[head.length - 1];
        System.arraycopy(head, 0, bytes, 0, at);
        bytes[at] = (byte) 0xED; // U+D800 in CESU-8: not UTF-8
        bytes[at + 1] = (byte) 0xA0;
        bytes[at + 2] = (byte) 0x80;
        System.arraycopy(head, at + 4, bytes, at + 3, head.length - at - 4);
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(new ByteArrayInputStream(bytes), "s.json"))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                    assertThat(e.getMessage()).startsWith("s.json:1:").contains("UTF-8").doesNotContain("[Source:")
                            .doesNotContain("\n");
                    assertThat(e.pointer()).contains(Position.NAME.pointer);
                });
    }

    @ParameterizedTest
    @EnumSource(value = Position.class, names = "SECTION_NUMBER", mode = EnumSource.Mode.EXCLUDE)
    // a section number holds digits and dots only (Section.NUMBER_GRAMMAR): the model refuses other text there
    void aLoneSurrogateIsRefusedByEveryWriterNamingThePointer(Position at, @TempDir Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new CatalogueModule());
        for (String lone : List.of("a\uD800b", "a\uDC00b", "a\uDC00\uD800b", "ab\uD83D", "\uDE00ab")) {
            Catalogue c = catalogue(at, lone);
            Catalogue plain = catalogue(at, "plain");
            for (ThrowingRead write : List.<ThrowingRead>of(
                    () -> CatalogueJsonWriter.create().write(c),
                    () -> CatalogueJsonWriter.compact().write(c),
                    () -> {
                        CatalogueJsonWriter.create().write(c, new StringWriter());
                        return null;
                    },
                    () -> {
                        CatalogueJsonWriter.create().write(c, new ByteArrayOutputStream());
                        return null;
                    },
                    () -> mapper.writeValueAsString(c))) {
                assertThatThrownBy(write::read).hasMessageContaining("cannot write " + at.pointer + ": the text holds a"
                        + " lone surrogate \\u");
            }
            Path file = dir.resolve("c.json");
            assertThatThrownBy(() -> CatalogueJsonWriter.create().write(c, file))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(file).as("nothing is written").doesNotExist();
            assertThatThrownBy(() -> Snapshot.write(c, new ByteArrayOutputStream()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone surrogate \\u");
            // JSON Lines hold entry and section text: refused there, and the other positions are not written
            Throwable lines = catchThrowable(() -> CatalogueJsonWriter.create().toJsonLines(c));
            if (lines == null) {
                assertThat(CatalogueJsonWriter.create().toJsonLines(c)).isEqualTo(CatalogueJsonWriter.create()
                        .toJsonLines(plain));
            } else {
                assertThat(lines).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lone surrogate \\u");
            }
            if (IN_JSON_LINES.contains(at)) {
                assertThat(lines).as("JSON Lines refuse " + at).isNotNull();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Position.class, names = "SECTION_NUMBER", mode = EnumSource.Mode.EXCLUDE)
    // a section number holds digits and dots only (Section.NUMBER_GRAMMAR): the model refuses other text there
    void pairsNulAndEveryControlCharacterComeBackUnchanged(Position at) throws IOException {
        StringBuilder chars = new StringBuilder("\uD83D\uDE00\uDBFF\uDFFF\u2028\u2029\uFEFF\uFFFF");
        for (char c = 0; c < 0x20; c++) {
            chars.append(c);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            chars.append(c);
        }
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < chars.length(); i++) {
            int cp = chars.codePointAt(i);
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
            String text = "a" + Character.toString(cp) + "b";
            Catalogue c = catalogue(at, text);
            String compact = CatalogueJsonWriter.compact().write(c);
            for (String doc : List.of(compact, CatalogueJsonWriter.create().write(c))) {
                Catalogue back = CatalogueJsonReader.strict().read(doc);
                assertThat(back).as("U+%04X at %s", cp, at).isEqualTo(c);
                assertThat(CatalogueJsonWriter.compact().write(back)).as("a fixed point").isEqualTo(compact);
            }
            // the same text given as a JSON escape reads the same
            String escaped = "a\\u" + String.format("%04x", (int) text.charAt(1))
                    + (text.length() == 4 ? "\\u" + String.format("%04x", (int) text.charAt(2)) : "") + "b";
            assertThat(CatalogueJsonReader.create().read(document(at, escaped))).isEqualTo(c);
            assertThat(Schemas.strict(compact)).as("U+%04X at %s", cp, at).isEmpty();
            assertThat(Schemas.open(compact)).as("U+%04X at %s", cp, at).isEmpty();
            ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
            Snapshot.write(c, snapshot);
            assertThat(Snapshot.read(new ByteArrayInputStream(snapshot.toByteArray()))).isEqualTo(c);
            String lines = CatalogueJsonWriter.create().toJsonLines(c);
            assertThat(lines.lines()).hasSize(1);
            var line = mapper.readTree(lines);
            String value = switch (at) {
                case NAME -> line.get("name").asText();
                case GROUP -> line.get("section_group").asText();
                case TAG -> line.get("tags").get(0).asText();
                case URL -> line.get("primary_url").asText();
                case SECTION_TITLE -> line.get("section_title").asText();
                default -> null;
            };
            assertThat(value != null).as("%s is in the JSON Lines", at).isEqualTo(IN_JSON_LINES.contains(at));
            if (value == null) {
                continue;
            }
            assertThat(value).as("JSON Lines keep U+%04X at %s", cp, at).isEqualTo(text);
        }
    }

    @Test
    void rawLoneSurrogatesInAJavaStringAreRefusedLikeEscapedOnes() {
        String doc = document(Position.TITLE, "a\uD800b");
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(doc))
                .isInstanceOfSatisfying(CatalogueFormatException.class,
                        e -> assertThat(e.pointer()).contains("/title"));
    }

    @Test
    void aLoneSurrogateInAKeyIsALocatedErrorToo() {
        for (String key : List.of("x\\ud800", "x\\udc00", "\\udc00\\ud800", "x\\ud800y")) {
            String doc = document(Position.TITLE, "t").replace("\"title\"", "\"" + key + "\":1,\"title\"");
            for (CatalogueJsonReader reader : List.of(CatalogueJsonReader.create(), CatalogueJsonReader.strict())) {
                assertThatThrownBy(() -> reader.read(doc, "k.json")).as(key)
                        .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                            assertThat(e.getMessage()).startsWith("k.json:1:").doesNotContain("\n")
                                    .doesNotContain("[Source:");
                            assertThat(e.detail()).containsAnyOf("surrogate", "unknown property");
                        });
            }
        }
    }

    @FunctionalInterface
    interface ThrowingRead {
        Object read() throws Exception;
    }
}
