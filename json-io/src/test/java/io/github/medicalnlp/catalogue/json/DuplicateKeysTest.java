package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 22: a key repeated in any object of the format — every key of every object level of a
 * document that uses the whole format, repeated before and after the original — is refused by the
 * strict reader with the JSON pointer and line:column of the repeat, and read by the default reader with
 * the last value and one warning at the same place (so that a {@code "sections"} array never vanishes
 * silently).
 */
class DuplicateKeysTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A (pointer of an object, key) pair of the document. */
    record Place(String object, String key) {
        String pointer() {
            return object + "/" + key;
        }
    }

    private static List<Place> places(JsonNode node, String pointer, List<Place> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Place(pointer, e.getKey()));
                places(e.getValue(), pointer + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places(node.get(i), pointer + "/" + i, out);
            }
        }
        return out;
    }

    /** Another valid value for the key: an empty array, or other text of the same kind. */
    private static JsonNode other(String key, JsonNode value) {
        if (value.isArray()) {
            return MAPPER.createArrayNode();
        }
        return switch (key) {
            case "format", "kind", "modality", "role" -> value;
            case "version" -> TextNode.valueOf("1.7");
            case "url" -> TextNode.valueOf(value.asText() + "/other");
            case "number" -> TextNode.valueOf(value.asText() + ".9"); // still a section number
            default -> TextNode.valueOf(value.asText() + " other");
        };
    }

    /** A document with a repeated key, and the index of the repeat's opening quote. */
    record Repeated(String doc, int second) {
    }

    /** {@code tree} written compactly, with {@code extra} written as a repeat of {@code at}'s key. */
    private static Repeated write(JsonNode tree, Place at, JsonNode extra, boolean extraFirst) throws IOException {
        StringWriter out = new StringWriter();
        int[] second = {-1};
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            write(g, out, second, tree, "", at, extra, extraFirst);
        }
        return new Repeated(out.toString(), second[0]);
    }

    private static void write(JsonGenerator g, StringWriter out, int[] second, JsonNode node, String pointer, Place at,
            JsonNode extra, boolean first) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                boolean repeat = pointer.equals(at.object()) && e.getKey().equals(at.key());
                if (repeat && first) {
                    g.writeFieldName(e.getKey());
                    g.writeTree(extra);
                    g.flush();
                    second[0] = out.getBuffer().length() + 1; // after the comma
                }
                g.writeFieldName(e.getKey());
                write(g, out, second, e.getValue(), pointer + "/" + e.getKey(), at, extra, first);
                if (repeat && !first) {
                    g.flush();
                    second[0] = out.getBuffer().length() + 1;
                    g.writeFieldName(e.getKey());
                    g.writeTree(extra);
                }
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                write(g, out, second, node.get(i), pointer + "/" + i, at, extra, first);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }

    @Test
    void everyRepeatedKeyIsRefusedByTheStrictReaderAndWarnedOfByTheDefaultOne() throws IOException {
        Catalogue full = Samples.full();
        JsonNode tree = MAPPER.readTree(CatalogueJsonWriter.compact().write(full));
        List<Place> places = places(tree, "", new ArrayList<>());
        assertThat(places).hasSizeGreaterThan(40);
        for (Place at : places) {
            JsonNode value = tree.at(at.pointer());
            JsonNode extra = other(at.key(), value);
            JsonNode replaced = tree.deepCopy();
            JsonNode parent = replaced.at(at.object());
            ((ObjectNode) parent).set(at.key(), extra);
            Catalogue lastIsExtra = CatalogueJsonReader.create().read(MAPPER.writeValueAsString(replaced));
            for (boolean extraFirst : new boolean[] {true, false}) {
                Repeated r = write(tree, at, extra, extraFirst);
                String doc = r.doc();
                int second = r.second();
                assertThat(doc.substring(second)).startsWith("\"" + at.key() + "\":");
                assertThatThrownBy(() -> CatalogueJsonReader.strict().read(doc, "d.json")).as(at + " in " + doc)
                        .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                            assertThat(e.pointer()).contains(at.pointer());
                            assertThat(e.detail()).startsWith("the key \"" + at.key() + "\" is repeated in this object");
                            assertThat(e.line()).isEqualTo(1);
                            assertThat(e.column()).as(doc).isEqualTo(second + 1);
                        });
                List<CatalogueFormatException> warnings = new ArrayList<>();
                Catalogue read = CatalogueJsonReader.create().withWarnings(warnings::add).read(doc, "d.json");
                assertThat(read).as(at + " extra first " + extraFirst).isEqualTo(extraFirst ? full : lastIsExtra);
                assertThat(warnings).hasSize(1);
                assertThat(warnings.get(0).pointer()).contains(at.pointer());
                assertThat(warnings.get(0).column()).isEqualTo(second + 1);
                assertThat(warnings.get(0).getMessage()).startsWith("d.json:1:" + (second + 1) + ": at " + at.pointer()
                        + ": the key \"" + at.key() + "\" is repeated in this object; the last value is used");
            }
        }
    }

    @Test
    void theSectionsOfTheIssueNoLongerVanishSilently() {
        String doc = "{\"format\":\"medical-nlp-catalogue\",\"version\":\"1.0\",\"title\":\"t\","
                + "\"sections\":[{\"title\":\"A\",\"entries\":[{\"name\":\"x\"}]}],\"sections\":[]}";
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(doc, "d.json"))
                .hasMessage("d.json:1:115: at /sections: the key \"sections\" is repeated in this object; a strict reader"
                        + " refuses it");
        List<CatalogueFormatException> warnings = new ArrayList<>();
        assertThat(CatalogueJsonReader.create().withWarnings(warnings::add).read(doc).sections()).isEmpty();
        assertThat(warnings).extracting(CatalogueFormatException::pointer).containsExactly(java.util.Optional.of("/sections"));
        ObjectMapper strictMapper = new ObjectMapper().registerModule(new CatalogueModule()
                .with(JsonFeature.REJECT_UNKNOWN_PROPERTIES));
        assertThatThrownBy(() -> strictMapper.readValue(doc, Catalogue.class)).hasMessageContaining("is repeated");
    }

    @Test
    void repeatedUnknownKeysAreFoundInLinearTime() {
        StringBuilder b = new StringBuilder("{\"format\":\"medical-nlp-catalogue\",\"version\":\"1.0\",\"title\":\"t\"");
        int keys = 200_000;
        for (int i = 0; i < keys; i++) {
            b.append(",\"k").append(i).append("\":0");
        }
        String distinct = b + "}";
        String repeated = b + ",\"k" + (keys - 1) + "\":1}";
        long start = System.nanoTime();
        List<CatalogueFormatException> warnings = new ArrayList<>();
        assertThat(CatalogueJsonReader.create().withWarnings(warnings::add).read(distinct).title()).isEqualTo("t");
        assertThat(warnings).isEmpty();
        CatalogueJsonReader.create().withWarnings(warnings::add).read(repeated);
        assertThat(warnings).hasSize(1);
        assertThat(System.nanoTime() - start).as("200,000 keys, twice").isLessThan(5_000_000_000L);
    }

    @Test
    void withoutAHandlerWarningsGoToThePlatformLogger() {
        // the tests run as a named module, which does not read java.logging: the capture class is loaded after this
        DuplicateKeysTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.logging").orElseThrow());
        List<String> records = LogCapture.warnings("io.github.medicalnlp.catalogue.json", () ->
                CatalogueJsonReader.create().read("{\"format\":\"medical-nlp-catalogue\",\"version\":\"1.0\","
                        + "\"title\":\"a\",\"title\":\"b\"}", "w.json"));
        assertThat(records).singleElement().asString()
                .startsWith("WARNING w.json:1:63: at /title: the key \"title\" is repeated");
        assertThatThrownBy(() -> CatalogueJsonReader.create().withWarnings(null)).isInstanceOf(NullPointerException.class);
        assertThat(CatalogueJsonReader.strict().withWarnings(w -> { }).isStrict()).isTrue();
    }

    @Test
    void keysRepeatedInsideIgnoredUnknownValuesAreNotTheReadersConcern() {
        String doc = "{\"format\":\"medical-nlp-catalogue\",\"version\":\"1.0\",\"title\":\"t\","
                + "\"x\":{\"a\":1,\"a\":2}}";
        List<CatalogueFormatException> warnings = new ArrayList<>();
        assertThat(CatalogueJsonReader.create().withWarnings(warnings::add).read(doc).title()).isEqualTo("t");
        assertThat(warnings).isEmpty();
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(doc)).hasMessageContaining("unknown property \"x\"");
    }
}
