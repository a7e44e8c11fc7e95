package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.TextField;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The other shapes the list has taken: tables, classic items, entries written as headings. */
class ShapesTest {

    private static Catalogue read(String name) {
        return MarkdownReader.create().read(Corpus.text(name)).catalogue();
    }

    /** Table body rows of a file, counted from the raw text: lines starting with | after a delimiter row. */
    private static List<String> tableRows(String text) {
        List<String> rows = new java.util.ArrayList<>();
        boolean inTable = false;
        for (String line : text.split("\n")) {
            if (line.matches("^\\|\\s*:?-+.*")) {
                inTable = true;
            } else if (inTable && line.startsWith("|")) {
                rows.add(line);
            } else {
                inTable = false;
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"medical-nlp-2024-11-26.md", "medical-nlp-2025-11-29.md"})
    void everyTableRowIsAnEntryWithAllTheLinksOfItsCells(String name) {
        String text = Corpus.text(name);
        List<String> rows = tableRows(text);
        Catalogue catalogue = read(name);
        List<Entry> fromTables = catalogue.allEntries().stream()
                .filter(e -> rows.stream().anyMatch(r -> r.contains(e.name()))).toList();
        assertThat(rows).isNotEmpty();
        assertThat(fromTables).hasSizeGreaterThanOrEqualTo(rows.size());
        Pattern link = Pattern.compile("\\]\\((https?://[^)]+)\\)");
        int total = 0;
        for (String row : rows) {
            Matcher m = link.matcher(row);
            int links = 0;
            while (m.find()) {
                links++;
            }
            total += links;
        }
        int found = catalogue.allEntries().stream().filter(e -> rows.stream().anyMatch(r -> r.contains(e.name())))
                .mapToInt(e -> e.links().size()).sum();
        assertThat(found).isGreaterThanOrEqualTo(total);
    }

    @Test
    void readsMultiLinkCellsWithTheRoleOfTheirColumn() {
        Entry huatuo = read("medical-nlp-2025-11-29.md").allEntries().get(0);
        assertThat(huatuo.name()).isEqualTo("HuatuoGPT");
        assertThat(huatuo.links()).extracting(Link::label, Link::role).containsExactly(
                tuple("arXiv", LinkRole.PAPER), tuple("HF (7B)", LinkRole.WEIGHTS), tuple("HF (13B)", LinkRole.WEIGHTS),
                tuple("HF", LinkRole.DATA), tuple("Github", LinkRole.CODE));
        Entry trinity = read("medical-nlp-2024-11-26.md").section("4").entries().get(0);
        assertThat(trinity.name()).isEqualTo("MedTrinity-25M");
        assertThat(trinity.fields()).containsExactly(TextField.of("Keywords",
                "25 million images、10 modalities、65 diseases、VQA、EN"));
        assertThat(trinity.modalities()).containsExactly(Modality.TEXT, Modality.IMAGE);
    }

    @Test
    void readsClassicAwesomeListItems() {
        Catalogue health = read("awesome-healthcare.md");
        Entry akello = health.allEntries().get(0);
        assertThat(akello.name()).isEqualTo("Akello");
        assertThat(akello.links()).containsExactly(Link.of("https://akello.io"));
        assertThat(akello.description()).contains("Integrated Mental Health Infrastructure");
        Catalogue chinese = read("awesome-chinese-medical-nlp.md");
        Entry cblue = chinese.allEntries().get(0);
        assertThat(cblue.name()).isEqualTo("中文医疗信息处理挑战榜CBLUE数据集");
        assertThat(cblue.links()).extracting(Link::url).containsExactly("https://tianchi.aliyun.com/cblue",
                "https://github.com/CBLUEbenchmark/CBLUE");
    }

    @Test
    void readsEntriesWrittenAsHeadings() {
        Catalogue c2020 = read("medical-nlp-2020-08-14.md");
        assertThat(c2020.allEntries()).extracting(Entry::name).contains("Yidu-S4K：医渡云结构化4K数据集", "CMeKG");
        Catalogue c2023 = read("medical-nlp-2023-03-15.md");
        Entry bioMedLm = c2023.allEntries().stream().filter(e -> e.name().startsWith("BioMedLM")).findFirst().orElseThrow();
        assertThat(bioMedLm.links()).extracting(Link::label, Link::role).contains(
                tuple("项目地址", LinkRole.CODE), tuple("模型", LinkRole.WEIGHTS));
        assertThat(bioMedLm.field("来源")).contains("Stanford  Chris Manning and Percy Liang Group");
    }

    @Test
    void readsTheEnglishEditionLabels() {
        Catalogue english = read("medical-nlp-english.md");
        assertThat(english.allEntries()).flatExtracting(Entry::links).extracting(Link::label)
                .contains("GitHub Link");
        assertThat(english.allEntries()).filteredOn(e -> e.field("Source").isPresent()).isNotEmpty();
    }
}
