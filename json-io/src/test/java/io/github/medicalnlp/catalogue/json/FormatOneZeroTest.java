package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Documents of format 1.0, written before tasks became a closed vocabulary and an entry's modality a set,
 * stay readable: what 1.0 meant is read into the 1.1 model, and nothing is dropped without a word.
 */
class FormatOneZeroTest {

    private static String document(String version, String entryJson) {
        return """
                {"format": "medical-nlp-catalogue", "version": "%s", "title": "T",
                 "sections": [{"title": "S", "entries": [%s]}]}
                """.formatted(version, entryJson);
    }

    @Test
    void aVersionOneZeroEntryIsReadAsItMeant() {
        List<CatalogueFormatException> warnings = new ArrayList<>();
        Entry e = CatalogueJsonReader.create().withWarnings(warnings::add).read(document("1.0",
                """
                {"name": "X", "modality": "vision-language", "tasks": ["qa", "exam", "ner", "astrology"],
                 "tags": ["llm"]}""")).allEntries().get(0);
        assertThat(e.modalities()).containsExactly(Modality.TEXT, Modality.IMAGE);
        assertThat(e.tasks()).containsExactly(Task.QUESTION_ANSWERING, Task.NAMED_ENTITY_RECOGNITION);
        assertThat(e.tags()).as("exam names a format; an unknown word is kept, not lost")
                .containsExactly("llm", "exam", "astrology");
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.pointer()).contains("/sections/0/entries/0/tasks/3");
            assertThat(w.detail()).contains("'astrology' is not a task").contains("kept as a tag");
        });
    }

    @Test
    void speechIsAudioAndMultimodalIsTextAndImage() {
        Entry speech = CatalogueJsonReader.create().read(document("1.0", "{\"name\": \"X\", \"modality\": \"speech\"}"))
                .allEntries().get(0);
        Entry multi = CatalogueJsonReader.create().read(document("1.0", "{\"name\": \"X\", \"modality\": \"multimodal\"}"))
                .allEntries().get(0);
        assertThat(speech.modalities()).containsExactly(Modality.AUDIO);
        assertThat(multi.modalities()).containsExactly(Modality.TEXT, Modality.IMAGE);
        assertThat(multi.isMultimodal()).isTrue();
    }

    @Test
    void theStrictReaderReadsOnlyWhatThisVersionWrites() {
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(document("1.1",
                "{\"name\": \"X\", \"tasks\": [\"astrology\"]}")))
                .isInstanceOf(CatalogueFormatException.class)
                .satisfies(t -> assertThat(((CatalogueFormatException) t).pointer())
                        .contains("/sections/0/entries/0/tasks/0"));
        assertThatThrownBy(() -> CatalogueJsonReader.strict().read(document("1.1",
                "{\"name\": \"X\", \"modality\": \"text\"}")))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("unknown property \"modality\"");
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(document("1.1",
                "{\"name\": \"X\", \"modalities\": [\"smell\"]}")))
                .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("'smell' is not a modality")
                .satisfies(t -> assertThat(((CatalogueFormatException) t).pointer())
                        .contains("/sections/0/entries/0/modalities/0"));
    }

    @Test
    void whatThisVersionWritesReadsBackEqual() {
        Entry e = Entry.builder("X").modality(Modality.IMAGE).modality(Modality.TEXT).task(Task.REPORT_GENERATION)
                .tag("ehr").build();
        io.github.medicalnlp.catalogue.Catalogue c = io.github.medicalnlp.catalogue.Catalogue.builder("T")
                .section(io.github.medicalnlp.catalogue.Section.builder("S").entry(e).build()).build();
        String json = CatalogueJsonWriter.create().write(c);
        assertThat(json).contains("\"modalities\": [\n").contains("\"report-generation\"");
        assertThat(CatalogueJsonReader.strict().read(json)).isEqualTo(c);
    }
}
