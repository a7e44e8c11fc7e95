package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flat JSON Lines export of {@link CatalogueJsonWriter}. */
class JsonLinesTest {

    private final Catalogue full = Samples.full();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesOneFlatObjectPerEntryWithTheColumnsOnEveryLine() throws Exception {
        String lines = CatalogueJsonWriter.create().toJsonLines(full);
        FlatReadBack.assertJsonLinesHold(lines, EntryRow.listOf(full));
        List<String> each = lines.lines().toList();
        JsonNode cmb = mapper.readTree(each.get(0));
        assertThat(cmb.get("id").asText()).isEqualTo("1.1/cmb");
        assertThat(cmb.get("section_path").asText()).isEqualTo("1 > 1.1");
        assertThat(cmb.get("section_number").asText()).isEqualTo("1.1");
        assertThat(cmb.get("kind").asText()).isEqualTo("benchmark");
        assertThat(cmb.get("languages")).hasSize(1);
        assertThat(cmb.get("tasks").get(0).asText()).isEqualTo("question-answering");
        assertThat(cmb.get("primary_url").asText()).isEqualTo("https://github.com/FreedomIntelligence/CMB");
        assertThat(cmb.get("github_repo").asText()).isEqualTo("FreedomIntelligence/CMB");
        assertThat(cmb.get("arxiv_id").asText()).isEqualTo("2308.08833");
        assertThat(cmb.get("paper_url").asText()).isEqualTo("https://arxiv.org/abs/2308.08833");
        assertThat(cmb.get("description").asText()).isEqualTo("“引号” & <尖括号> \\ 反斜杠 🙂");
        assertThat(each.get(0)).contains("\"description\":\"“引号” & <尖括号> \\\\ 反斜杠 🙂\"");
        JsonNode bare = mapper.readTree(each.get(1));
        assertThat(bare.get("kind").isNull()).isTrue();
        assertThat(bare.get("tags").isArray()).isTrue();
        assertThat(bare.get("tags")).isEmpty();
        assertThat(bare.get("primary_url").isNull()).isTrue();
        assertThat(mapper.readTree(each.get(2)).get("section_group").asText()).isEqualTo("电子病历相关文章");
    }

    @Test
    void theBundledCatalogueIsWrittenRowForRow() throws Exception {
        Catalogue bundled = MedicalNlp.catalogue();
        String lines = CatalogueJsonWriter.create().toJsonLines(bundled);
        FlatReadBack.assertJsonLinesHold(lines, EntryRow.listOf(bundled));
        assertThat(lines.lines()).hasSize(bundled.entryCount());
        assertThat(lines).contains("\"name_en\":\"Chinese Medical Dialogue Dataset\"");
    }

    @Test
    void writesToStreamsAndFilesTheSameText(@TempDir Path dir) throws Exception {
        String expected = CatalogueJsonWriter.create().toJsonLines(full);
        assertThat(CatalogueJsonWriter.compact().toJsonLines(full)).as("always compact").isEqualTo(expected);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueJsonWriter.create().writeJsonLines(full, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        Path file = dir.resolve("entries.jsonl");
        CatalogueJsonWriter.compact().writeJsonLines(full, file);
        assertThat(Files.readString(file)).isEqualTo(expected);
        assertThat(Files.list(dir)).as("no temporary file left").containsExactly(file);
    }

    @Test
    void queryResultsGiveTheSameLinesAsInTheWholeCatalogue(@TempDir Path dir) throws Exception {
        List<String> all = CatalogueJsonWriter.create().toJsonLines(full).lines().toList();
        List<Match> some = full.query().where(e -> !e.name().equals("CMB")).list();
        String lines = CatalogueJsonWriter.create().toJsonLines(some);
        assertThat(lines.lines()).containsExactly(all.get(1), all.get(2));
        StringWriter w = new StringWriter();
        CatalogueJsonWriter.create().writeJsonLines(some, w);
        assertThat(w).hasToString(lines);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueJsonWriter.create().writeJsonLines(some, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(lines);
        Path file = dir.resolve("some.jsonl");
        CatalogueJsonWriter.create().writeJsonLines(some, file);
        assertThat(Files.readString(file)).isEqualTo(lines);
    }

    @Test
    void aCatalogueWithoutEntriesGivesNoLine() {
        Catalogue empty = Catalogue.builder("t").section(Section.of("s")).build();
        assertThat(CatalogueJsonWriter.create().toJsonLines(empty)).isEmpty();
        assertThat(CatalogueJsonWriter.create().toJsonLines(List.of())).isEmpty();
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheRowAndColumnAndNoFileIsWritten(@TempDir Path dir) {
        Catalogue c = Catalogue.builder("t").section(Section.builder("S").number("1")
                .entry(Entry.of("fine")).entry(Entry.builder("ok").tag("a").tag("b\uD800").build()).build()).build();
        assertThatThrownBy(() -> CatalogueJsonWriter.create().toJsonLines(c))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot write row 2 (entry '1/ok'), column tags[1]: the text holds a lone"
                        + " surrogate \\uD800");
        StringWriter w = new StringWriter();
        assertThatThrownBy(() -> CatalogueJsonWriter.create().writeJsonLines(c, w))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(w.toString()).as("the rows before it, whole").isEqualTo(CatalogueJsonWriter.create()
                .toJsonLines(c.query().limit(1).list()));
        Path file = dir.resolve("x.jsonl");
        assertThatThrownBy(() -> CatalogueJsonWriter.create().writeJsonLines(c, file))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> CatalogueJsonWriter.create().toJsonLines((Catalogue) null))
                .hasMessage("catalogue must not be null");
        assertThatThrownBy(() -> CatalogueJsonWriter.create().toJsonLines((List<Match>) null))
                .hasMessage("matches must not be null");
        assertThatThrownBy(() -> CatalogueJsonWriter.create().writeJsonLines(full, (Path) null))
                .hasMessage("file must not be null");
        assertThatThrownBy(() -> CatalogueJsonWriter.create().writeJsonLines(full, (StringWriter) null))
                .hasMessage("out must not be null");
    }
}
