package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.json.JsonFormat;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import io.github.medicalnlp.catalogue.markdown.MarkdownWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Markdown and JSON agree, for the catalogue of every corpus file. */
class FormatsRoundTripTest {

    static Stream<Path> corpus() {
        return Files2.corpus();
    }

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.schema(), InputFormat.JSON);
    private static final Schema READER_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonFormat.readerSchema(), InputFormat.JSON);

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void catalogueToJsonToCatalogueIsEqual(Path file) throws Exception {
        Catalogue catalogue = MarkdownReader.create().read(file).catalogue();
        String json = CatalogueJsonWriter.create().write(catalogue);
        assertThat(SCHEMA.validate(json, InputFormat.JSON)).as("valid against the JSON Schema").isEmpty();
        assertThat(READER_SCHEMA.validate(json, InputFormat.JSON)).as("valid against the 1.x JSON Schema").isEmpty();
        Catalogue back = CatalogueJsonReader.strict().read(json);
        assertThat(back).as(() -> CatalogueDiff.between(catalogue, back).toString()).isEqualTo(catalogue);
        assertThat(CatalogueJsonReader.create().read(CatalogueJsonWriter.compact().write(catalogue))).isEqualTo(catalogue);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void canonicalMarkdownToJsonToCanonicalMarkdownGivesTheSameBytes(Path file) throws Exception {
        String canonical = MarkdownWriter.canonical().write(MarkdownReader.create().read(file).catalogue());
        Catalogue fromMarkdown = MarkdownReader.create().read(canonical).catalogue();
        Catalogue throughJson = CatalogueJsonReader.create().read(CatalogueJsonWriter.create().write(fromMarkdown));
        assertThat(MarkdownWriter.canonical().write(throughJson)).isEqualTo(canonical);
    }
}
