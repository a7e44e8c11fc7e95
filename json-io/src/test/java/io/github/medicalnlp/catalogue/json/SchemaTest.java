package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The two shipped schemas (networknt validator) and the two readers agree: every written document is
 * valid against both; a 1.1 document with a new property at any object level is valid against the 1.x
 * schema and read by the default reader, and refused by the 1.0 schema and the strict reader; and on
 * 3,000 mutated documents, whatever a schema accepts, its reader reads.
 */
class SchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Catalogue> catalogues() {
        return Stream.of(Samples.full(), MedicalNlp.catalogue(), Catalogue.of("Empty", List.of()));
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void writtenDocumentsAreValidAgainstBothSchemas(Catalogue catalogue) {
        for (CatalogueJsonWriter writer : List.of(CatalogueJsonWriter.create(), CatalogueJsonWriter.compact())) {
            assertThat(Schemas.strict(writer.write(catalogue))).isEmpty();
            assertThat(Schemas.open(writer.write(catalogue))).isEmpty();
        }
    }

    @Test
    void theSchemasRejectWhatTheFormatDoesNotAllow() {
        for (String bad : List.of("{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\"}",
                "{\"format\": \"x\", \"version\": \"1.0\", \"title\": \"t\"}",
                "{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\", \"title\": \"t\","
                        + " \"sections\": [{\"title\": \"s\", \"entries\": [{\"name\": \"e\", \"kind\": \"spaceship\"}]}]}",
                "{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\", \"title\": \" \\u2003\\u001f\"}")) {
            assertThat(Schemas.strict(bad)).isNotEmpty();
            assertThat(Schemas.open(bad)).isNotEmpty();
            assertThatThrownBy(() -> CatalogueJsonReader.create().read(bad)).isInstanceOf(CatalogueFormatException.class);
        }
        String minimal = "{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\", \"title\": \"t\"}";
        assertThat(Schemas.strict(minimal)).isEmpty();
        assertThat(Schemas.open(minimal)).isEmpty();
    }

    /** Every object of a document that uses the whole format, as JSON pointers. */
    private static List<String> objects(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            out.add(pointer);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                objects(e.getValue(), pointer + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                objects(node.get(i), pointer + "/" + i, out);
            }
        }
        return out;
    }

    @Test
    void aLaterMinorVersionWithANewPropertyAtAnyLevelIsValidFor1xAndReadByTheDefaultReader() throws Exception {
        Catalogue full = Samples.full();
        JsonNode tree = MAPPER.readTree(CatalogueJsonWriter.compact().write(full));
        List<String> objects = objects(tree, "", new ArrayList<>());
        assertThat(objects).hasSizeGreaterThan(10);
        for (String at : objects) {
            for (JsonNode value : List.of(MAPPER.readTree("{\"nested\": [1, {\"x\": null}]}"), MAPPER.readTree("\"s\""),
                    MAPPER.readTree("null"))) {
                ObjectNode doc = tree.deepCopy();
                doc.put("version", "1.1");
                ((ObjectNode) doc.at(at)).set("addedIn11", value);
                String json = MAPPER.writeValueAsString(doc);
                assertThat(Schemas.open(json)).as(at).isEmpty();
                assertThat(CatalogueJsonReader.create().read(json)).as(at).isEqualTo(full);
                assertThat(Schemas.strict(json)).as(at).isNotEmpty();
                assertThatThrownBy(() -> CatalogueJsonReader.strict().read(json)).as(at)
                        .isInstanceOfSatisfying(CatalogueFormatException.class,
                                e -> assertThat(e.pointer()).contains(at + "/addedIn11"));
            }
        }
    }

    @Test
    void noSchemaSeesARepeatedKeyWhichOnlyTheReadersCanSee() {
        String doc = "{\"format\":\"medical-nlp-catalogue\",\"version\":\"1.0\",\"title\":\"t\","
                + "\"sections\":[{\"title\":\"A\"}],\"sections\":[]}";
        // the validator's parser keeps the last value, as the default reader does (with a warning)
        assertThat(Schemas.open(doc)).isEmpty();
        assertThat(Schemas.strict(doc)).isNotEmpty(); // only because the kept "sections" is empty
        assertThat(CatalogueJsonReader.create().withWarnings(w -> { }).read(doc).sections()).isEmpty();
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(doc)).hasMessageContaining("is repeated");
        String sameValue = "{\"format\":\"medical-nlp-catalogue\",\"version\":\"1.0\",\"title\":\"t\",\"title\":\"t\"}";
        assertThat(Schemas.strict(sameValue)).isEmpty();
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(sameValue)).hasMessageContaining("is repeated");
    }

    private static final List<String> ODD_VALUES = List.of("null", "\"\"", "\" \"", "\"\\u001f\"", "\"\\u2003\"",
            "\"\\u00a0\"", "\"x\"", "5", "true", "[]", "{}", "[null]", "[\"\"]", "[\" \"]", "[\"x\", \"x\"]", "[{}]",
            "\"Dataset\"", "\"EN\"", "\"zh_CN\"", "\"model\"", "\"paper\"", "\"1.1\"", "\"1\"", "[\"en\", \"EN\"]");

    /**
     * The schemas promise: what the 1.x schema accepts, the default reader reads, and what the 1.0 schema
     * accepts, the strict reader reads (the readers take more: synonyms, upper case, repeats merged).
     */
    @Test
    void whatASchemaAcceptsItsReaderReads() throws Exception {
        Random r = new Random(Long.getLong("fuzz.seed", 22L));
        JsonNode tree = MAPPER.readTree(CatalogueJsonWriter.compact().write(Samples.full()));
        List<String> objects = objects(tree, "", new ArrayList<>());
        String[] keys = {"format", "version", "title", "introduction", "news", "sections", "citation", "date", "text",
            "number", "anchor", "entries", "name", "group", "kind", "languages", "modality", "tasks", "tags", "links",
            "fields", "url", "label", "role", "value", "extra"};
        int openValid = 0;
        int strictValid = 0;
        for (int i = 0; i < 3_000; i++) {
            ObjectNode doc = tree.deepCopy();
            for (int edits = 1 + r.nextInt(2); edits > 0; edits--) {
                if (!(doc.at(objects.get(r.nextInt(objects.size()))) instanceof ObjectNode target)) {
                    continue; // the first edit replaced it
                }
                String key = keys[r.nextInt(keys.length)];
                if (r.nextInt(5) == 0) {
                    target.remove(key);
                } else {
                    target.set(key, MAPPER.readTree(ODD_VALUES.get(r.nextInt(ODD_VALUES.size()))));
                }
            }
            String json = MAPPER.writeValueAsString(doc);
            if (Schemas.open(json).isEmpty()) {
                openValid++;
                CatalogueJsonReader.create().read(json); // throws if the reader refuses what the schema promises
            }
            if (Schemas.strict(json).isEmpty()) {
                strictValid++;
                CatalogueJsonReader.strict().read(json);
            }
        }
        assertThat(openValid).isBetween(300, 2_900);
        assertThat(strictValid).isBetween(30, openValid);
    }
}
