package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entry's annotation with the closed task vocabulary and the set of modalities: what it writes, and how
 * annotations written before (a single {@code modality=}, free task words) are read.
 */
class AnnotationVocabularyTest {

    private static Entry only(MarkdownDocument doc) {
        return doc.catalogue().allEntries().get(0);
    }

    private static MarkdownDocument read(String annotation) {
        return MarkdownReader.create().read("# T\n\n## A\n\n* X\n  * 地址：https://x.org\n  " + annotation + "\n");
    }

    @Test
    void anOlderAnnotationIsReadAsItMeant() {
        MarkdownDocument doc = read("<!-- catalogue: kind=model; languages=zh; modality=vision-language; "
                + "tasks=qa,exam,text-mining,NER; tags=llm -->");
        Entry x = only(doc);
        assertThat(x.modalities()).containsExactly(Modality.TEXT, Modality.IMAGE);
        assertThat(x.tasks()).containsExactly(Task.QUESTION_ANSWERING, Task.INFORMATION_EXTRACTION,
                Task.NAMED_ENTITY_RECOGNITION);
        assertThat(x.tags()).as("exam names a format, not a task").containsExactly("llm", "exam");
        assertThat(doc.diagnostics()).isEmpty();
    }

    @Test
    void theAnnotationWrittenNowUsesModalitiesAndTaskIdsAndReadsBack() {
        MarkdownDocument doc = read("<!-- catalogue: kind=model -->");
        Catalogue c = doc.catalogue();
        Entry edited = only(doc).toBuilder().modalities(List.of(Modality.IMAGE, Modality.TEXT))
                .task(Task.REPORT_GENERATION).task("VQA").build();
        String written = doc.withCatalogue(c.replaceEntry(c.allEntries().get(0), edited)).render();
        assertThat(written).contains("modalities=text,image; tasks=report-generation,visual-question-answering;");
        assertThat(only(MarkdownReader.create().read(written))).isEqualTo(edited);
    }

    @Test
    void aTaskOutsideTheVocabularyIsReportedWithItsPlace() {
        MarkdownDocument doc = read("<!-- catalogue: kind=model; tasks=astrology -->");
        assertThat(doc.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("bad-annotation");
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.message()).contains("task 'astrology' is not one of: named-entity-recognition");
        });
    }
}
