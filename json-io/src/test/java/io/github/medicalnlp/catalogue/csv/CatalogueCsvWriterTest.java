package io.github.medicalnlp.catalogue.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.json.FlatReadBack;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueCsvWriterTest {

    private static final String HEADER = "id,name,name_en,section_path,section_number,section_title,section_group,kind,"
            + "languages,modalities,tasks,tags,primary_url,github_repo,huggingface_repo,arxiv_id,paper_url,code_url,"
            + "data_url,description\r\n";

    /** Entries whose text a naive CSV writer gets wrong, and a spreadsheet would run. */
    static Catalogue hostile() {
        Entry quotes = Entry.builder("He said \"hi\", then left")
                .link(Link.of("https://github.com/a/b?x=1,2", "地址", LinkRole.HOMEPAGE))
                .field("简介", "line one\nline two\r\nline three\rend")
                .kind(Kind.DATASET).language(Language.CHINESE).language(Language.ENGLISH)
                .modality(Modality.TEXT).modality(Modality.IMAGE).task(Task.QUESTION_ANSWERING).task(Task.DIALOGUE)
                .tag("a;b").tag("back\\slash").tag("trailing\\").tag(";").tag("plain").build();
        Entry formulas = Entry.builder("=HYPERLINK(\"http://evil\",\"x\")").group("+cmd|' /C calc'!A0")
                .field("简介", "-2+3").tag("@SUM(1)").tag("=1").build();
        Entry chinese = Entry.builder("中文医疗对话数据集（Toyhom）")
                .link(Link.of("https://huggingface.co/datasets/x/zh-med", "数据", LinkRole.DATA))
                .link(Link.of("https://arxiv.org/abs/2104.12345", "论文", LinkRole.PAPER))
                .field(TextField.unlabelled("  包含六个科室，“逗号”，分号；  "))
                .kind(Kind.DATASET).language(Language.CHINESE).build();
        Entry spaces = Entry.builder("  padded  ").field("简介", "\t tab first").tag(" x ").build();
        return Catalogue.builder("hostile")
                .section(Section.builder("数据集, \"quoted\"").number("3")
                        .child(Section.builder("中文").number("3.1").entry(quotes).entry(formulas).entry(chinese).build())
                        .build())
                .section(Section.builder("No number; here").entry(spaces).entry(Entry.of("Empty")).build())
                .build();
    }

    @Test
    void everyCellOfTheHostileCatalogueComesBackThroughAnotherParser() throws Exception {
        Catalogue c = hostile();
        String csv = CatalogueCsvWriter.create().toCsv(c);
        FlatReadBack.assertCsvHolds(csv, EntryRow.listOf(c));
        List<List<String>> records = FlatReadBack.csv(csv);
        assertThat(records.get(0).get(Column.TAGS.ordinal())).isEqualTo("a\\;b;back\\\\slash;trailing\\\\;\\;;plain");
        assertThat(records.get(0).get(Column.NAME.ordinal())).isEqualTo("He said \"hi\", then left");
        assertThat(records.get(0).get(Column.DESCRIPTION.ordinal())).isEqualTo("line one\nline two\r\nline three\rend");
        assertThat(records.get(0).get(Column.LANGUAGES.ordinal())).isEqualTo("zh;en");
        assertThat(records.get(0).get(Column.MODALITIES.ordinal())).isEqualTo("text;image");
        assertThat(records.get(0).get(Column.TASKS.ordinal())).isEqualTo("question-answering;dialogue");
        assertThat(records.get(1).get(Column.NAME.ordinal())).as("exact by default")
                .isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(records.get(2).get(Column.SECTION_PATH.ordinal())).isEqualTo("3 > 3.1");
        assertThat(records.get(2).get(Column.HUGGINGFACE_REPO.ordinal())).isEqualTo("datasets/x/zh-med");
        assertThat(records.get(2).get(Column.ARXIV_ID.ordinal())).isEqualTo("2104.12345");
        assertThat(records.get(3).get(Column.ID.ordinal())).isEqualTo("no-number-here/padded");
        assertThat(records.get(4).subList(Column.KIND.ordinal(), Column.DESCRIPTION.ordinal() + 1))
                .as("absent values and empty lists are empty cells").allMatch(String::isEmpty);
    }

    @Test
    void theTextIsRfc4180WithCrlfAfterEveryRecordAndLineBreaksInsideQuotesKept() {
        Catalogue c = Catalogue.builder("t").section(Section.builder("S").number("7")
                .entry(Entry.builder("PKUSEG").link("https://github.com/lancopku/pkuseg-python").kind(Kind.TOOLKIT)
                        .language(Language.CHINESE).modality(Modality.TEXT).task(Task.WORD_SEGMENTATION)
                        .field("简介", "a \"b\", c\nd").build()).build()).build();
        assertThat(CatalogueCsvWriter.create().toCsv(c)).isEqualTo(HEADER
                + "7/pkuseg,PKUSEG,,7,7,S,,toolkit,zh,text,word-segmentation,,https://github.com/lancopku/pkuseg-python,"
                + "lancopku/pkuseg-python,,,,,,\"a \"\"b\"\", c\nd\"\r\n");
    }

    @Test
    void theBundledCatalogueIsWrittenRowForRowAndAgreesWithTheJsonLines() throws Exception {
        Catalogue bundled = MedicalNlp.catalogue();
        List<EntryRow> rows = EntryRow.listOf(bundled);
        String csv = CatalogueCsvWriter.create().toCsv(bundled);
        FlatReadBack.assertCsvHolds(csv, rows);
        FlatReadBack.assertJsonLinesHold(CatalogueJsonWriter.create().toJsonLines(bundled), rows);
        assertThat(csv).contains(",中文医疗对话数据集,Chinese Medical Dialogue Dataset,");
    }

    @Test
    void entriesOutsideACatalogueAreWrittenAsTheirJsonLinesAre(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<Entry> entries = MedicalNlp.catalogue().query().kind(Kind.DATASET).entries();
        List<EntryRow> rows = EntryRow.ofEntries(entries);
        String csv = CatalogueCsvWriter.create().entriesToCsv(entries);
        FlatReadBack.assertCsvHolds(csv, rows);
        FlatReadBack.assertJsonLinesHold(CatalogueJsonWriter.create().entriesToJsonLines(entries), rows);
        assertThat(csv.split("\r\n")).hasSize(entries.size() + 1);
        java.nio.file.Path file = dir.resolve("entries.csv");
        CatalogueCsvWriter.create().spreadsheetSafe().writeEntries(entries, file);
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(CatalogueCsvWriter.create().spreadsheetSafe()
                .entriesToCsv(entries));
        assertThat(CatalogueCsvWriter.create().entriesToCsv(List.of())).isEqualTo(String.join(",", FlatReadBack.header())
                + "\r\n");
        assertThatThrownBy(() -> CatalogueCsvWriter.create().entriesToCsv(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void spreadsheetSafeCellsBeginWithAQuoteAndNothingElseChanges() throws Exception {
        Catalogue c = hostile();
        CatalogueCsvWriter safe = CatalogueCsvWriter.create().spreadsheetSafe();
        assertThat(safe.isSpreadsheetSafe()).isTrue();
        assertThat(CatalogueCsvWriter.create().isSpreadsheetSafe()).isFalse();
        assertThat(safe.spreadsheetSafe()).isSameAs(safe);
        List<List<String>> exact = FlatReadBack.csv(CatalogueCsvWriter.create().toCsv(c));
        List<List<String>> protectedCells = FlatReadBack.csv(safe.toCsv(c));
        assertThat(protectedCells).hasSameSizeAs(exact);
        int changed = 0;
        for (int r = 0; r < exact.size(); r++) {
            for (int col = 0; col < exact.get(r).size(); col++) {
                String before = exact.get(r).get(col);
                String after = protectedCells.get(r).get(col);
                boolean formula = !before.isEmpty() && "=+-@\t\r".indexOf(before.charAt(0)) >= 0;
                assertThat(after).isEqualTo(formula ? "'" + before : before);
                assertThat(after).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
                changed += formula ? 1 : 0;
            }
        }
        assertThat(changed).as("name, group, description and tags of one entry (the model strips a leading tab)").isEqualTo(4);
    }

    @Test
    void writesToStreamsAndFilesTheSameUtf8Text(@TempDir Path dir) throws Exception {
        Catalogue c = hostile();
        String expected = CatalogueCsvWriter.create().toCsv(c);
        StringWriter w = new StringWriter();
        CatalogueCsvWriter.create().write(c, w);
        assertThat(w).hasToString(expected);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueCsvWriter.create().write(c, bytes);
        assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("entries.csv");
        CatalogueCsvWriter.create().write(c, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.list(dir)).as("no temporary file left").containsExactly(file);
    }

    @Test
    void queryResultsGiveTheSameRecordsAsInTheWholeCatalogue(@TempDir Path dir) throws Exception {
        Catalogue c = hostile();
        List<String> all = FlatReadBack.csv(CatalogueCsvWriter.create().toCsv(c)).stream().map(String::valueOf).toList();
        List<Match> some = c.query().kind(Kind.DATASET).list();
        String csv = CatalogueCsvWriter.create().toCsv(some);
        assertThat(FlatReadBack.csv(csv).stream().map(String::valueOf)).containsExactly(all.get(0), all.get(2));
        StringWriter w = new StringWriter();
        CatalogueCsvWriter.create().write(some, w);
        assertThat(w).hasToString(csv);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueCsvWriter.create().write(some, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(csv);
        Path file = dir.resolve("some.csv");
        CatalogueCsvWriter.create().write(some, file);
        assertThat(Files.readString(file)).isEqualTo(csv);
    }

    @Test
    void noEntriesGiveTheHeaderAlone() throws Exception {
        Catalogue empty = Catalogue.builder("t").section(Section.of("s")).build();
        assertThat(CatalogueCsvWriter.create().toCsv(empty)).isEqualTo(HEADER);
        assertThat(CatalogueCsvWriter.create().toCsv(List.of())).isEqualTo(HEADER);
        assertThat(FlatReadBack.csv(HEADER)).isEmpty();
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheRowAndColumnAndNoFileIsWritten(@TempDir Path dir) {
        Catalogue c = Catalogue.builder("t").section(Section.builder("S").number("1")
                .entry(Entry.of("fine")).entry(Entry.builder("ok").field("简介", "x\uDC00").build()).build()).build();
        assertThatThrownBy(() -> CatalogueCsvWriter.create().toCsv(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot write row 2 (entry '1/ok'), column description: the text holds a lone"
                        + " surrogate \\uDC00");
        Path file = dir.resolve("x.csv");
        assertThatThrownBy(() -> CatalogueCsvWriter.create().write(c, file)).isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        CatalogueCsvWriter w = CatalogueCsvWriter.create();
        assertThatThrownBy(() -> w.toCsv((Catalogue) null)).hasMessage("catalogue must not be null");
        assertThatThrownBy(() -> w.toCsv((List<Match>) null)).hasMessage("matches must not be null");
        assertThatThrownBy(() -> w.write(hostile(), (Path) null)).hasMessage("file must not be null");
        assertThatThrownBy(() -> w.write(hostile(), (StringWriter) null)).hasMessage("out must not be null");
        assertThatThrownBy(() -> w.write(hostile(), (ByteArrayOutputStream) null)).hasMessage("out must not be null");
        assertThat(w).hasToString("CatalogueCsvWriter[exact]");
    }
}
