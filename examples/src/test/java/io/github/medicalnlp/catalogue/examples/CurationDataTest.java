package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled catalogue is held to the reviewed curation data, and the data to the vocabularies: every entry
 * has a reviewed record, and its kind, languages, modalities, tasks and tags are the record's.
 */
class CurationDataTest {

    private final List<CurationRecord> records = read(Files2.CURATION);
    private final Catalogue bundled = MedicalNlp.catalogue();

    private static List<CurationRecord> read(Path file) {
        try {
            return CurationData.read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyEntryHasItsReviewedRecordAndCarriesItsValues() {
        Map<String, CurationRecord> byId = records.stream()
                .collect(Collectors.toMap(CurationRecord::id, Function.identity()));
        assertThat(records).hasSize(bundled.entryCount()).allMatch(CurationRecord::reviewed);
        for (Match m : bundled.query().list()) {
            CurationRecord r = byId.get(CurationRecord.idOf(m.section().number().orElseThrow(), m.name()));
            assertThat(r).as(m.path() + " " + m.name()).isNotNull();
            Entry e = m.entry();
            assertThat(e.kind()).as(r.id()).contains(r.kind());
            assertThat(e.languages()).as(r.id()).isEqualTo(r.languages());
            assertThat(e.modalities()).as(r.id()).isEqualTo(r.modalities());
            assertThat(e.tasks()).as(r.id()).isEqualTo(r.tasks());
            assertThat(e.tags()).as(r.id()).isEqualTo(r.tags());
        }
    }

    @Test
    void theReviewCaughtWhatTheKeywordRulesGotWrong() {
        Map<String, Entry> byName = bundled.query().list().stream()
                .collect(Collectors.toMap(m -> m.section().number().orElseThrow() + " " + m.name(), Match::entry));
        assertThat(byName.get("5.2.3 Codex-Med").kind()).as("a study of GPT-3.5, not a model").contains(Kind.PAPER);
        assertThat(byName.get("3.2 webMedQA").languages()).as("built from Chinese sites").containsExactly(Language.CHINESE);
        assertThat(byName.get("2.2.1 MEDIQA-2021").tasks()).containsExactly(Task.SUMMARIZATION);
        assertThat(byName.get("1.1 CBLUE").tasks()).isEqualTo(byName.get("3.1 CBLUE").tasks())
                .contains(Task.NAMED_ENTITY_RECOGNITION, Task.RELATION_EXTRACTION);
        assertThat(byName.get("2.2.2 影像学NLP —— 医学影像诊断报告生成").tasks()).containsExactly(Task.REPORT_GENERATION);
        assertThat(bundled.query().task(Task.QUESTION_ANSWERING).language(Language.ENGLISH).kind(Kind.DATASET).count())
                .isPositive();
        assertThat(bundled.query().kind(Kind.PRODUCT).list()).allSatisfy(m -> assertThat(m.entry().modalities())
                .as("a product says nothing of its data").isEmpty());
        assertThat(bundled.query().modality(Modality.IMAGE).list()).allSatisfy(m ->
                assertThat(m.entry().isMultimodal() || m.entry().modalities().equals(java.util.Set.of(Modality.IMAGE)))
                        .isTrue());
    }

    @Test
    void aBadValueIsReportedWithItsLineAndRecord(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Files2.CURATION, StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, lines.get(0) + "\r\n" + lines.get(1) + "\r\n"
                + "1.1/x,1.1,X,dataset,zh,text,question-answering;astrology,,yes,\r\n");
        assertThatThrownBy(() -> CurationData.read(bad)).isInstanceOf(CatalogueFormatException.class)
                .satisfies(t -> {
                    CatalogueFormatException e = (CatalogueFormatException) t;
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail()).contains("(1.1/x), column tasks: task 'astrology' is not one of:");
                });
        Files.writeString(bad, lines.get(0) + "\r\n1.1/x,1.1,X,dataset,zh,text,astrology,,yes,\r\n" + lines.get(1) + "\r\n");
        assertThatThrownBy(() -> CurationData.read(bad)).as("the bad record's own line, not the file's last")
                .isInstanceOf(CatalogueFormatException.class)
                .satisfies(t -> assertThat(((CatalogueFormatException) t).line()).isEqualTo(2));
        Files.writeString(bad, lines.get(0) + "\r\n1.1/y,1.1,X,dataset,zh,text,,,yes,\r\n");
        assertThatThrownBy(() -> CurationData.read(bad)).isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("the id '1.1/y' is not '1.1/x'");
        Files.writeString(bad, "id,section\r\n");
        assertThatThrownBy(() -> CurationData.read(bad)).hasMessageContaining("the header is [id, section]");
    }

    @Test
    void recordsWithoutEntriesAndEntriesWithoutRecordsAreBothNamed() {
        List<CurationRecord> fewer = records.subList(1, records.size());
        assertThatThrownBy(() -> Curation.withMetadata(bundled, fewer))
                .hasMessageContaining("no record for the entry 1.1/cmb");
        CurationRecord extra = new CurationRecord("9/x", "9", "X", Kind.BLOG, List.of(), java.util.Set.of(), List.of(),
                List.of(), true, "");
        List<CurationRecord> more = new java.util.ArrayList<>(records);
        more.add(extra);
        assertThatThrownBy(() -> Curation.withMetadata(bundled, more)).hasMessageContaining("no entry for the record 9/x");
    }

    @Test
    void idsAreStable() {
        assertThat(CurationRecord.idOf("3.1", "Huatuo-26M")).isEqualTo("3.1/huatuo-26m");
        assertThat(CurationRecord.idOf("3.1", "cMedQA2 (108K)")).isEqualTo("3.1/cmedqa2-108k");
        assertThat(CurationRecord.idOf("2.2.2", "“肝”柔相济，大模型")).isEqualTo("2.2.2/肝-柔相济-大模型");
    }
}
