package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled catalogue in English: every entry and section, reviewed against the English edition. */
class EnglishTextTest {

    private final Catalogue bundled = MedicalNlp.catalogue();

    private Map<String, Entry> byName() {
        return bundled.query().list().stream()
                .collect(Collectors.toMap(m -> m.section().number().orElseThrow() + " " + m.name(), Match::entry));
    }

    @Test
    void everyEntryAndSectionHasItsEnglishAndTheChineseStays() {
        assertThat(bundled.allEntries()).allSatisfy(e -> {
            assertThat(e.translation(Language.ENGLISH)).as(e.name()).isPresent();
            assertThat(e.translation(Language.ENGLISH).orElseThrow().fields()).as(e.name()).hasSameSizeAs(e.fields());
        });
        assertThat(bundled.allSections()).allSatisfy(s -> assertThat(s.titles()).containsKey(Language.ENGLISH));
        Entry dialogue = byName().get("3.1 中文医疗对话数据集");
        assertThat(dialogue.name()).isEqualTo("中文医疗对话数据集");
        assertThat(dialogue.name(Language.ENGLISH)).isEqualTo("Chinese Medical Dialogue Dataset");
        assertThat(bundled.section("3").title(Language.ENGLISH)).isEqualTo("Datasets");
    }

    @Test
    void aQueryFindsEntriesByTheirEnglishToo() {
        assertThat(bundled.query().text("dialogue").kind(Kind.DATASET).list()).extracting(Match::name)
                .contains("中文医疗对话数据集");
        assertThat(bundled.query().text("word segmentation").list()).extracting(Match::name).isNotEmpty();
    }

    @Test
    void theEnglishEditionsOwnErrorsAreNotCopied() {
        List<String> paperTitles = bundled.query().kind(Kind.PAPER).list().stream()
                .map(m -> m.entry().name(Language.ENGLISH)).toList();
        assertThat(paperTitles).as("the English edition ends 36 paper titles with a stray '.'")
                .noneMatch(t -> t.endsWith("."));
        Translation huatuo = byName().get("3.1 Huatuo-26M").translation(Language.ENGLISH).orElseThrow();
        assertThat(huatuo.fields().toString()).doesNotContain("Traditional Chinese Medicine");
    }

    @Test
    void englishThatDoesNotFitIsRefusedNamingWhat(@TempDir Path dir) throws IOException {
        Path entries = Files2.CURATION.resolveSibling("english-entries.csv");
        Path sections = Files2.CURATION.resolveSibling("english-sections.csv");
        EnglishText english = EnglishText.read(entries, sections, Files2.CURATION.resolveSibling("english-catalogue.csv"));
        Catalogue withoutEnglish = bundled; // applying it again is harmless: the same translations
        assertThat(english.applyTo(withoutEnglish)).isEqualTo(bundled);
        Map<String, Translation> fewer = new java.util.LinkedHashMap<>(english.entries());
        fewer.remove("1.1/cmb");
        assertThatThrownBy(() -> new EnglishText(fewer, english.sectionTitles(), english.catalogue()).applyTo(bundled))
                .hasMessageContaining("no English for the entry 1.1/cmb");
        Path bad = dir.resolve("bad.csv");
        List<String> lines = Files.readAllLines(entries, StandardCharsets.UTF_8);
        Files.writeString(bad, lines.get(0) + "\r\n1.1/x, ,,,,,,\r\n");
        assertThatThrownBy(() -> EnglishText.read(bad, sections, Files2.CURATION.resolveSibling("english-catalogue.csv"))).isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("record 1 (1.1/x): name must not be blank");
    }
}
