package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.examples.cli.MedicalNlpCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attacks on the curation data readers, the CLI's new options and README of issue 14. */
class Issue14ExamplesAttackTest {

    private static final String HEADER = "id,section,name,kind,languages,modalities,tasks,tags,reviewed,source\n";
    private static final String RECORD = "1.1/cmb,1.1,CMB,benchmark,zh,text,question-answering,exam,yes,src\n";
    private static final String ENGLISH_HEADER = "id,name,group,label_1,value_1,label_2,value_2,source\n";

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A malformed CSV file is a CatalogueFormatException naming the file and line, as a bad value is: an open
     * quote that never closes gives a bare UncheckedIOException ("EOF reached before encapsulated token
     * finished"), a header with an empty column name a bare IllegalArgumentException.
     */
    @ParameterizedTest
    @ValueSource(strings = {"unterminated", "emptyHeaderName"})
    void aMalformedCurationFileIsAFormatErrorWithItsPlace(String what) throws IOException {
        String text = what.equals("unterminated")
                ? HEADER + RECORD + "1.1/x,1.1,x,benchmark,zh,text,qa,,yes,\"open\n"
                : HEADER.replace("section", "") + RECORD;
        Path csv = file("curation.csv", text);
        assertThatThrownBy(() -> CurationData.read(csv)).isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining(csv.toString());
    }

    @Test
    void aMalformedEnglishFileIsAFormatErrorWithItsPlace() throws IOException {
        Path entries = file("english-entries.csv", ENGLISH_HEADER + "1.1/cmb,\"CMB,,Source,x,,,s\n");
        Path sections = file("english-sections.csv", "number,title\n1,Evaluation\n");
        assertThatThrownBy(() -> EnglishText.read(entries, sections, Files2.CURATION.resolveSibling("english-catalogue.csv"))).isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining(entries.toString());
    }

    /** Bytes that are not UTF-8: a MalformedInputException "Input length = 1", naming neither file nor line. */
    @Test
    void aCurationFileThatIsNotUtf8IsReportedWithItsPlace() throws IOException {
        byte[] head = (HEADER + "1.1/cmb,1.1,CMB,benchmark,zh,text,question-answering,exam,yes,").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = '\n';
        Path csv = file("curation.csv", bytes);
        assertThatThrownBy(() -> CurationData.read(csv)).isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining(csv.toString());
    }

    /**
     * "The file opens in a spreadsheet": a spreadsheet saves UTF-8 CSV with a byte order mark, which the
     * reader takes as part of the first column's name and refuses with "the header is [id, section, …], not
     * [id, section, …]" (two lists that look the same). The Markdown reader skips a BOM; these should too.
     */
    @Test
    void aCurationFileWithAByteOrderMarkIsRead() throws IOException {
        Path csv = file("curation.csv", "\uFEFF" + HEADER + RECORD);
        assertThat(CurationData.read(csv)).hasSize(1);
        Path entries = file("english-entries.csv", "\uFEFF" + ENGLISH_HEADER + "1.1/cmb,CMB,,Source,x,,,s\n");
        Path sections = file("english-sections.csv", "\uFEFFnumber,title\n1,Evaluation\n");
        assertThat(EnglishText.read(entries, sections, Files2.CURATION.resolveSibling("english-catalogue.csv")).sectionTitles()).containsKey("1");
    }

    /**
     * {@code convert --language en --to jsonl} exits 0 and writes the Chinese names: the option is silently
     * ignored for any target but Markdown. It must either apply (English names) or be a usage error.
     */
    @Test
    void convertLanguageIsNotSilentlyIgnoredForJsonLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MedicalNlpCommand.run(new String[] {"convert", Files2.BUNDLED.toString(), "--to", "jsonl", "--language",
            "en"}, new ByteArrayInputStream(new byte[0]), out, err);
        String jsonl = out.toString(StandardCharsets.UTF_8);
        if (code == MedicalNlpCommand.OK) {
            assertThat(jsonl).contains("\"name\":\"Chinese Medical Dialogue Dataset\"");
        } else {
            assertThat(code).isEqualTo(MedicalNlpCommand.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--language");
        }
    }

    /**
     * Issue 14's acceptance asks README for "the English rendering command", and the brief's feature list has
     * MarkdownWriter.canonical().inLanguage(Language.ENGLISH), convert --language en, Translation and JSON
     * 1.1's translations/titles; README.md mentions none of them (its "What changed in 1.1" names only
     * modalities and task ids).
     */
    @Test
    void readmeDocumentsTheEnglishRenderingAndTranslations() throws IOException {
        StringBuilder all = new StringBuilder(Files.readString(Path.of("../README.md")));
        try (var docs = Files.list(Path.of("../docs"))) {
            for (Path page : docs.toList()) {
                all.append(Files.readString(page));
            }
        }
        String readme = all.toString();
        for (String claim : List.of("inLanguage(Language.ENGLISH)", "--language en", "withoutTranslations()",
                "\"translations\"", "\"titles\"")) {
            assertThat(readme).as(claim).contains(claim);
        }
    }
}
