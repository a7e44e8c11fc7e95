package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 random mutations of valid documents (seeded): each gives a valid catalogue, which writes
 * and reads back equal, or a {@link CatalogueFormatException} with its location — nothing else.
 * {@code -Dfuzz.inputs=N} runs more.
 */
class JsonFuzzTest {

    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 100_000);
    private static final String[] INSERTS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-0",
        "\"x\"", "\\u0000", "\\", "{\"a\":[", "]]]]", "\"kind\":\"model\"", "\"version\":\"9.0\"", "🙂", "\n"};

    @Test
    void mutatedDocumentsGiveACatalogueOrATypedError() {
        String pretty = CatalogueJsonWriter.create().write(Samples.full());
        String compact = CatalogueJsonWriter.compact().write(Samples.full());
        long seed = Long.getLong("fuzz.seed", 7L);
        Random r = new Random(seed);
        int valid = 0;
        int errors = 0;
        for (int i = 0; i < INPUTS; i++) {
            StringBuilder b = new StringBuilder(i % 2 == 0 ? compact : pretty);
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = r.nextInt(b.length());
                switch (r.nextInt(4)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
                    case 2 -> b.setCharAt(at, (char) (b.charAt(at) ^ (1 << r.nextInt(7))));
                    default -> b.delete(at, Math.min(b.length(), at + r.nextInt(40)));
                }
            }
            String input = b.toString();
            try {
                Catalogue c = CatalogueJsonReader.create().read(input);
                assertThat(CatalogueJsonReader.create().read(CatalogueJsonWriter.compact().write(c))).isEqualTo(c);
                valid++;
            } catch (CatalogueFormatException e) {
                errors++;
                if (e.line() < 1 && e.pointer().isEmpty()) {
                    fail("seed " + seed + ", input " + i
                        + ": an error without a place: " + e.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + ", input " + i
                        + " threw " + e + ": " + input, e);
            }
        }
        assertThat(valid + errors).isEqualTo(INPUTS);
        assertThat(valid).isPositive();
        assertThat(errors).isPositive();
    }
}
