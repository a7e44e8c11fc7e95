package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, item 22: the grammar of {@code "version"} (see {@link JsonFormat#VERSION}) — two numbers of
 * at most nine ASCII digits without a leading zero, joined by a dot — is what both readers and both
 * schemas accept, and nothing else.
 */
class FormatVersionTest {

    private static String doc(String versionJson) {
        return "{\"format\":\"medical-nlp-catalogue\",\"version\":" + versionJson + ",\"title\":\"t\"}";
    }

    private static String json(String version) throws Exception {
        return new ObjectMapper().writeValueAsString(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1", "1.9", "1.10", "1.123456789", "1.999999999"})
    void versionsOfMajorOneAreRead(String version) throws Exception {
        for (CatalogueJsonReader reader : List.of(CatalogueJsonReader.create(), CatalogueJsonReader.strict())) {
            assertThat(reader.read(doc(json(version))).title()).isEqualTo("t");
        }
        assertThat(Schemas.open(doc(json(version)))).isEmpty();
        assertThat(Schemas.strict(doc(json(version)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "01.0", "1.00", "1.01", "00.0", "+1.0", "-1.0", " 1.0", "1.0 ", "1.0\n", "\n1.0",
        "1.0\r\n", "1.0\u2028", "\uFEFF1.0", "1.0\u0000", "１.０", "١.٠", "1.0.1", "1..0", "1.", ".0", ".", "", "1e0",
        "1,0", "1.1234567890", "0x1.0", "1.0a", "v1.0", "1 .0", "1. 0", "1.٠", "1234567890.0", "1.-0", "1.+0"})
    void otherSpellingsAreNotVersions(String version) throws Exception {
        for (CatalogueJsonReader reader : List.of(CatalogueJsonReader.create(), CatalogueJsonReader.strict())) {
            assertThatThrownBy(() -> reader.read(doc(json(version)), "v.json")).as("'%s'", version)
                    .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                        assertThat(e.pointer()).contains("/version");
                        assertThat(e.detail()).contains("is not major.minor");
                        assertThat(e.getMessage()).startsWith("v.json:1:45: at /version: the format version '")
                                .doesNotContain("\n").doesNotContain("\r");
                    });
        }
        assertThat(Schemas.open(doc(json(version)))).as("'%s'", version).isNotEmpty();
        assertThat(Schemas.strict(doc(json(version)))).as("'%s'", version).isNotEmpty();
    }

    @Test
    void grammaticalVersionsOfOtherMajorsAreRefusedWithTheirReason() throws Exception {
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(doc(json("2.0"))))
                .hasMessageContaining("newer than this library reads (1.x)");
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(doc(json("999999999.0"))))
                .hasMessageContaining("newer than this library reads (1.x)");
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(doc(json("0.9"))))
                .hasMessageContaining("unknown format version '0.9'");
        for (String v : List.of("2.0", "0.9", "0.0")) {
            assertThat(Schemas.open(doc(json(v)))).isNotEmpty();
            assertThat(Schemas.strict(doc(json(v)))).isNotEmpty();
        }
        for (String notAString : List.of("1.0", "1", "null", "[\"1.0\"]", "{\"v\":\"1.0\"}", "true")) {
            assertThatThrownBy(() -> CatalogueJsonReader.create().read(doc(notAString)))
                    .hasMessageContaining("expected the format version as a string");
            assertThat(Schemas.open(doc(notAString))).isNotEmpty();
        }
    }

    /** 4,000 random short strings over digits, dots and a few others: readers and schemas agree. */
    @Test
    void randomSpellingsAreReadExactlyWhenTheSchemasAcceptThem() throws Exception {
        Random r = new Random(Long.getLong("fuzz.seed", 22L));
        String alphabet = "0000111122229..  -+e\n١１";
        int read = 0;
        for (int i = 0; i < 4_000; i++) {
            StringBuilder b = new StringBuilder(r.nextBoolean() ? "1." : "");
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String version = b.toString();
            String doc = doc(json(version));
            boolean accepted;
            try {
                CatalogueJsonReader.create().read(doc);
                accepted = true;
                read++;
            } catch (CatalogueFormatException e) {
                accepted = false;
            }
            assertThat(Schemas.open(doc).isEmpty()).as("'%s'", version).isEqualTo(accepted);
            assertThat(Schemas.strict(doc).isEmpty()).as("'%s'", version).isEqualTo(accepted);
            assertThat(accepted).as("'%s'", version).isEqualTo(grammar(version));
        }
        assertThat(read).isBetween(20, 3_900);
    }

    /** The grammar written out again, independently of the reader's code. */
    private static boolean grammar(String v) {
        if (!v.startsWith("1.")) {
            return false;
        }
        String minor = v.substring(2);
        return minor.equals("0") || (minor.length() >= 1 && minor.length() <= 9 && minor.charAt(0) >= '1'
                && minor.charAt(0) <= '9' && minor.chars().allMatch(c -> c >= '0' && c <= '9'));
    }
}
