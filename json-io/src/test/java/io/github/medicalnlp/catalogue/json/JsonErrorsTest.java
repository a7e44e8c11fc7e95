package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gives a typed error naming the JSON pointer and line:column. */
class JsonErrorsTest {

    private static final String HEAD = "{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\", ";

    private static CatalogueFormatException error(String json) {
        try {
            CatalogueJsonReader.create().read(json, "cat.json");
        } catch (CatalogueFormatException e) {
            return e;
        }
        throw new AssertionError("no error for " + json);
    }

    static Stream<Arguments> problems() {
        String h = HEAD + "\"title\": \"t\", ";
        return Stream.of(
                Arguments.of(HEAD + "\"title\": 5}", "/title", "expected the title as a string, found a number"),
                Arguments.of("{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\"}", "",
                        "missing required property \"title\""),
                Arguments.of("{\"format\": \"other\", \"version\": \"1.0\", \"title\": \"t\"}", "/format",
                        "unknown format 'other'"),
                Arguments.of("{\"version\": \"1.0\", \"title\": \"t\"}", "", "missing \"format\""),
                Arguments.of(HEAD.replace("1.0", "2.0") + "\"title\": \"t\"}", "/version",
                        "format version 2.0, newer than this library reads (1.x)"),
                Arguments.of(HEAD.replace("1.0", "one") + "\"title\": \"t\"}", "/version", "is not major.minor"),
                // "." once threw ArrayIndexOutOfBoundsException (long fuzz run, seed 2027)
                Arguments.of(HEAD.replace("1.0", ".") + "\"title\": \"t\"}", "/version", "'.' is not major.minor"),
                Arguments.of(HEAD.replace("1.0", "") + "\"title\": \"t\"}", "/version", "'' is not major.minor"),
                Arguments.of(HEAD.replace("1.0", "1.0.1") + "\"title\": \"t\"}", "/version", "is not major.minor"),
                Arguments.of(HEAD.replace("1.0", "12345678901") + "\"title\": \"t\"}", "/version", "is not major.minor"),
                Arguments.of(h + "\"sections\": [{\"number\": \"1\"}]}", "/sections/0",
                        "missing required property \"title\""),
                Arguments.of(h + "\"sections\": [{\"title\": \"s\", \"entries\": [{\"name\": \"e\", \"kind\": \"spaceship\"}]}]}",
                        "/sections/0/entries/0/kind", "'spaceship' is not a kind"),
                Arguments.of(h + "\"sections\": [{\"title\": \"s\", \"entries\": [{\"name\": \"  \"}]}]}",
                        "/sections/0/entries/0/name", "name must not be blank"),
                Arguments.of(h + "\"sections\": {}}", "/sections", "expected an array of sections, found an object"),
                Arguments.of(h + "\"sections\": [{\"title\": \"s\", \"entries\": [{\"name\": \"e\", \"links\": [{\"label\": \"x\"}]}]}]}",
                        "/sections/0/entries/0/links/0", "missing required property \"url\""),
                Arguments.of("[]", "", "expected a catalogue (a JSON object), found an array"));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void namesThePointerAndTheProblem(String json, String pointer, String message) {
        CatalogueFormatException e = error(json);
        assertThat(e.pointer()).contains(pointer);
        assertThat(e.detail()).contains(message);
        assertThat(e.source()).isEqualTo("cat.json");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).startsWith("cat.json:1:" + e.column() + ": at " + (pointer.isEmpty() ? "/" : pointer));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        CatalogueFormatException e = error(HEAD + "\n\"title\": \"t\",\n\"news\": [ {\"text\": \"x\" ]\n}");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(24);
        assertThat(e.detail()).startsWith("malformed JSON: Unexpected close marker ']'");
        assertThat(e.pointer()).hasValueSatisfying(p -> assertThat(p).startsWith("/news/0"));
        assertThat(error("").detail()).isEqualTo("the input is empty: expected a catalogue (a JSON object)");
        assertThat(error(HEAD + "\"title\": \"t\"} {}").detail()).isEqualTo("unexpected content after the catalogue document");
    }

    @Test
    void unknownPropertiesAreIgnoredUnlessStrict() {
        String json = HEAD + "\"title\": \"t\", \"added-in-1.1\": {\"nested\": [1, 2]}}";
        assertThat(CatalogueJsonReader.create().read(json).title()).isEqualTo("t");
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(json))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                    assertThat(e.pointer()).contains("/added-in-1.1");
                    assertThat(e.detail()).startsWith("unknown property \"added-in-1.1\"");
                });
        assertThat(CatalogueJsonReader.create().read(HEAD.replace("1.0", "1.7") + "\"title\": \"t\"}").title())
                .as("a newer minor version is read").isEqualTo("t");
    }

    @Test
    void deepNestingIsATypedErrorNamingTheLimit() {
        String deep = HEAD + "\"title\": \"t\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        CatalogueFormatException e = error(deep);
        assertThat(e.detail()).contains("nesting depth").contains(String.valueOf(CatalogueJsonReader.MAX_NESTING_DEPTH));
    }

    @Test
    void nullsStandForAbsentValues() {
        String json = HEAD + "\"title\": \"t\", \"introduction\": null, \"citation\": null, \"news\": null, "
                + "\"sections\": [{\"title\": \"s\", \"number\": null, \"entries\": [{\"name\": \"e\", \"kind\": null,"
                + " \"links\": [{\"url\": \"https://a.org\"}]}]}]}";
        var c = CatalogueJsonReader.create().read(json);
        assertThat(c.citation()).isEmpty();
        assertThat(c.allEntries().get(0).links().get(0).role()).hasToString("homepage");
    }

    @Test
    void invalidUtf8IsATypedErrorWithAPlace() {
        byte[] head = (HEAD + "\"title\": \"t").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = '"';
        bytes[head.length + 2] = '}';
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(new java.io.ByteArrayInputStream(bytes), "bad.json"))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.getMessage()).startsWith("bad.json:1:").containsIgnoringCase("UTF-8");
                });
    }

    @Test
    void anEmptyAnchorIsReadAsNoAnchorSoThatTheDocumentReadsTheSameAfterWriting() {
        // found by the long fuzz run (seed 2026): "" was kept, written as no anchor and read back derived
        String json = HEAD + "\"title\": \"t\", \"sections\": [{\"number\": \"1\", \"title\": \"评测\", \"anchor\": \"\","
                + " \"entries\": [{\"name\": \"CMB\"}]}]}";
        io.github.medicalnlp.catalogue.Catalogue c = CatalogueJsonReader.create().read(json);
        assertThat(c.sections().get(0).anchor()).isEqualTo("1-评测");
        assertThat(CatalogueJsonReader.create().read(CatalogueJsonWriter.create().write(c))).isEqualTo(c);
    }

    /**
     * Issue 12, item 23 (the json-io part): a document cut at every byte (inside multi-byte characters,
     * escapes, keys, numbers and literals too), read as bytes and as characters, gives a one-line message
     * with a line:column and pointer and without Jackson's {@code [Source: …]}.
     */
    @Test
    void aDocumentCutAtEveryByteGivesACleanOneLineMessage() throws java.io.IOException {
        String doc = CatalogueJsonWriter.create().write(Samples.full()).strip().replace("\"undated news\"", "\"a\\u00e9\\n🙂\"");
        byte[] bytes = doc.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (int cut = 0; cut < bytes.length; cut++) {
            java.io.InputStream in = new java.io.ByteArrayInputStream(bytes, 0, cut);
            CatalogueFormatException e = catchFormatError(() -> CatalogueJsonReader.create().read(in, "cut.json"));
            assertClean(e, "cut at byte " + cut);
            kinds.add(e.detail().replaceAll("[0-9]+", "N"));
        }
        for (int cut = 0; cut < doc.length(); cut++) {
            String prefix = doc.substring(0, cut);
            assertClean(catchFormatError(() -> CatalogueJsonReader.strict().read(new java.io.StringReader(prefix))),
                    "cut at char " + cut);
        }
        assertThat(kinds).as("the kinds of message seen").hasSizeGreaterThan(4);
    }

    @Test
    void malformedInputOfEveryKindGivesACleanOneLineMessage() {
        List<String> bad = List.of("{\"format\": tru}", "{\"a\" 1}", "{\"a\":\"\u0001\"}", "[1,]", "{\"a\":01}",
                "{\"a\":\"\\x\"}", "{\"a\":1e99999999999}", "\u0000", "{'a':1}", "{\"a\":NaN}", "}", "{\"a\":[}",
                "{\"title\":\"" + "x".repeat(2_000) + "\u0007 \"", "\"\\ud800\"", "{\"a\":\"\n\"}",
                "{\"a\":\"\u001b[31mred\"}", "{\"\u001b]0;owned\u0007\":1}");
        for (String json : bad) {
            assertClean(catchFormatError(() -> CatalogueJsonReader.create().read(json, "bad.json")), json);
            byte[] utf8 = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertClean(catchFormatError(() -> CatalogueJsonReader.create().read(new java.io.ByteArrayInputStream(utf8),
                    "bad.json")), json);
        }
        for (byte[] bytes : List.of(new byte[] {0, 0, 0, '{'}, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0, 0, 0},
                new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {'{', '"', (byte) 0xF8, '"'})) {
            assertClean(catchFormatError(() -> CatalogueJsonReader.create().read(new java.io.ByteArrayInputStream(bytes),
                    "bin.json")), java.util.Arrays.toString(bytes));
        }
    }

    private static void assertClean(CatalogueFormatException e, String what) {
        assertThat(e.getMessage()).as(what).doesNotContain("[Source:").doesNotContain("REDACTED")
                .doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b").doesNotContain("\u0007")
                .doesNotContain("com.fasterxml").doesNotContain("StreamReadFeature");
        assertThat(e.line() > 0 || e.pointer().isPresent()).as(what + ": " + e.getMessage()).isTrue();
        assertThat(e.detail()).as(what).isNotBlank();
    }

    private interface Read {
        Object read() throws Exception;
    }

    private static CatalogueFormatException catchFormatError(Read read) {
        try {
            read.read();
        } catch (CatalogueFormatException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("not a CatalogueFormatException: " + e, e);
        }
        throw new AssertionError("no error");
    }
}
