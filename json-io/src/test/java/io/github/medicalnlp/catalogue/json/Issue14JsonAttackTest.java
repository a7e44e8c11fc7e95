package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attacks on JSON format 1.1 (issue 14): translations, titles, task ids, the schemas beside the readers. */
class Issue14JsonAttackTest {

    private static String doc(String version, String entry) {
        return "{\"format\":\"medical-nlp-catalogue\",\"version\":\"" + version + "\",\"title\":\"t\","
                + "\"sections\":[{\"title\":\"s\",\"entries\":[" + entry + "]}]}";
    }

    /**
     * {@code "en"} and {@code "EN"} (or {@code "en_US"} and {@code "en-us"}) name one language: the second
     * translation silently replaces the first, with no warning from the default reader and no error from the
     * strict one, although an exactly repeated key is a warning and a strict error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"EN", "En", "en_us"})
    void translationKeysNamingOneLanguageAreARepeatedKey(String second) {
        String first = second.equals("en_us") ? "en-us" : "en";
        String json = doc("1.1", "{\"name\":\"e\",\"translations\":{\"" + first + "\":{\"name\":\"First\"},\"" + second
                + "\":{\"name\":\"Second\"}}}");
        List<CatalogueFormatException> warnings = new ArrayList<>();
        CatalogueJsonReader.create().withWarnings(warnings::add).read(json);
        assertThat(warnings).as("a warning for the lost translation 'First'").isNotEmpty();
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(json)).isInstanceOf(CatalogueFormatException.class);
    }

    @Test
    void sectionTitleKeysNamingOneLanguageAreARepeatedKey() {
        String json = "{\"format\":\"medical-nlp-catalogue\",\"version\":\"1.1\",\"title\":\"t\","
                + "\"sections\":[{\"title\":\"s\",\"titles\":{\"en\":\"First\",\"EN\":\"Second\"}}]}";
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(json)).isInstanceOf(CatalogueFormatException.class);
    }

    /**
     * The lenient reader keeps a task word that names no task as a tag; with many of them it is quadratic
     * (each is looked up in the list of those before it): 20,000 words 1.1 s, 200,000 words 68 s. The same
     * with 1.0's {@code exam} beside many tags: 10,000 → 100,000 took 0.12 s → 28 s.
     */
    @Test
    void manyFormerTaskWordsAreReadInLinearTime() {
        read(exams(300)); // warm-up
        long small = bestOf3(() -> read(exams(4_000)));
        long large = bestOf3(() -> read(exams(40_000)));
        assertThat(large).as("ms for 10x the words (%d ms for 4,000)", small).isLessThan(15 * small + 300);
    }

    private static String exams(int n) {
        StringBuilder b = new StringBuilder("{\"name\":\"e\",\"tags\":[");
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "").append("\"t").append(i).append('"');
        }
        b.append("],\"tasks\":[");
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "").append("\"exam\"");
        }
        return doc("1.0", b.append("]}").toString());
    }

    private static void read(String json) {
        CatalogueJsonReader.create().withWarnings(w -> { }).read(json);
    }

    private static long bestOf3(Runnable r) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
        }
        return best;
    }

    /**
     * What the 1.1 schema accepts, the strict reader reads (and what the 1.x schema accepts, the default
     * reader): a language tag of the schema's pattern longer than {@code Language.MAX_CODE_LENGTH} (64) is
     * valid for both schemas but refused by both readers, as a translation key, a title key or a language.
     */
    @Test
    void aLongLanguageTagIsReadOrRefusedByTheSchemas() {
        String tag = "abc" + "-abcdefgh".repeat(8); // 75 characters, matches ^[a-z]{2,3}(-[a-z0-9]{1,8})*$
        for (String json : List.of(
                doc("1.1", "{\"name\":\"e\",\"translations\":{\"" + tag + "\":{\"name\":\"x\"}}}"),
                doc("1.1", "{\"name\":\"e\",\"languages\":[\"" + tag + "\"]}"),
                "{\"format\":\"medical-nlp-catalogue\",\"version\":\"1.1\",\"title\":\"t\",\"sections\":[{\"title\":\"s\","
                        + "\"titles\":{\"" + tag + "\":\"x\"}}]}")) {
            if (Schemas.strict(json).isEmpty()) {
                assertThatCode(() -> CatalogueJsonReader.strict().read(json)).as(json).doesNotThrowAnyException();
            }
            if (Schemas.open(json).isEmpty()) {
                assertThatCode(() -> CatalogueJsonReader.create().read(json)).as(json).doesNotThrowAnyException();
            }
        }
    }

    /**
     * The 1.1 schema is "exactly as CatalogueJsonReader.strict() reads it" and the README says the strict
     * reader "reads only what 1.1 writes"; the schema refuses these (task names that are no ids, a former task,
     * an upper-case tag key), the strict reader reads them.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"e\",\"tasks\":[\"QA\"]}",
        "{\"name\":\"e\",\"tasks\":[\"问答\"]}",
        "{\"name\":\"e\",\"tasks\":[\"exam\"]}",
        "{\"name\":\"e\",\"translations\":{\"EN\":{\"name\":\"x\"}}}"})
    void whatThe11SchemaRefusesTheStrictReaderRefuses(String entry) {
        String json = doc("1.1", entry);
        assertThat(Schemas.strict(json)).isNotEmpty();
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(json)).isInstanceOf(CatalogueFormatException.class);
    }

    /**
     * A section built with its canonical constructor keeps a translated title with spaces around it (its own
     * title is stripped, a Translation's name too); the JSON reader strips it, so the catalogue does not read
     * back equal.
     */
    @Test
    void aSectionsTranslatedTitlesSurviveAJsonRoundTrip() {
        Section s = new Section(Optional.of("1"), "数据集", "1-数据集", List.of(), List.of(Entry.of("a", "https://a.org")),
                Map.of(Language.ENGLISH, " Datasets "));
        Catalogue c = Catalogue.builder("T").section(s).build();
        assertThat(CatalogueJsonReader.create().read(CatalogueJsonWriter.create().write(c))).isEqualTo(c);
    }

    /**
     * The Jackson module writes and reads the model's records; Translation, what {@code Entry.translation}
     * returns, is one of them now, but a mapper with the module cannot write it (Optional group).
     */
    @Test
    void theJacksonModuleWritesAndReadsATranslation() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new CatalogueModule());
        Translation t = new Translation("Chinese Medical Dialogue Dataset", List.of(TextField.of("Source", "x")),
                Optional.of("Dialogue"));
        String json = mapper.writeValueAsString(t);
        assertThat(mapper.readValue(json, Translation.class)).isEqualTo(t);
    }

    /**
     * Other errors abbreviate the text they quote (a language tag to 40 characters); an unknown task word of a
     * megabyte gives an error message (and, read leniently, a logged warning) of a megabyte.
     */
    @Test
    void aHugeUnknownTaskWordGivesABoundedMessage() {
        String json = doc("1.1", "{\"name\":\"e\",\"tasks\":[\"" + "x".repeat(1_000_000) + "\"]}");
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(json)).isInstanceOf(CatalogueFormatException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(10_000));
    }
}
