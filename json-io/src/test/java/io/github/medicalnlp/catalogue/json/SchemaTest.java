package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document the module writes is valid against the shipped JSON Schema (networknt validator). */
class SchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.schema(), InputFormat.JSON);

    static Stream<Catalogue> catalogues() {
        return Stream.of(Samples.full(), MedicalNlp.catalogue(), Catalogue.of("Empty", List.of()));
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void writtenDocumentsAreValid(Catalogue catalogue) {
        for (CatalogueJsonWriter writer : List.of(CatalogueJsonWriter.create(), CatalogueJsonWriter.compact())) {
            List<Error> errors = SCHEMA.validate(writer.write(catalogue), InputFormat.JSON);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheFormatDoesNotAllow() {
        assertThat(SCHEMA.validate("{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\"}", InputFormat.JSON))
                .isNotEmpty();
        assertThat(SCHEMA.validate("{\"format\": \"x\", \"version\": \"1.0\", \"title\": \"t\"}", InputFormat.JSON))
                .isNotEmpty();
        assertThat(SCHEMA.validate("{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\", \"title\": \"t\","
                + " \"sections\": [{\"title\": \"s\", \"entries\": [{\"name\": \"e\", \"kind\": \"spaceship\"}]}]}",
                InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate("{\"format\": \"medical-nlp-catalogue\", \"version\": \"1.0\", \"title\": \"t\"}",
                InputFormat.JSON)).isEmpty();
    }
}
