package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A colon in an entry's name is written as a character reference ({@code &#58;}, {@code &#65306;}) only where
 * the reader would otherwise read the entry differently: in the first item of a list after a group label or
 * under a heading of level 3 or more, where a line that starts as {@code label：value} would make the list the
 * body of an entry under that line (issue 14: {@code FedED&#58;}, {@code 分词工具&#65306;}). Elsewhere the
 * reader takes all the text before a bullet's first link for its name, colons and all.
 */
class CanonicalNamesTest {

    private static final String FED_ED = "FedED: Federated Learning via Ensemble Distillation for Medical Relation"
            + " Extraction";
    private static final Pattern NAME_REFERENCE = Pattern.compile("(?m)^\\* .*&#(?:58|65306);.*$");

    private static Entry paper(String name, String group) {
        return Entry.builder(name).link("https://example.org/" + Math.abs(name.hashCode()), "论文地址", LinkRole.PAPER)
                .kind(Kind.PAPER).group(group).build();
    }

    private static String written(Catalogue catalogue) {
        String markdown = MarkdownWriter.canonical().write(catalogue);
        Catalogue back = MarkdownReader.create().read(markdown).catalogue();
        assertThat(back).as(markdown).isEqualTo(catalogue);
        assertThat(MarkdownWriter.canonical().write(back)).isEqualTo(markdown);
        return markdown;
    }

    private static List<String> namesWithReferences(String markdown) {
        List<String> lines = new ArrayList<>();
        Matcher m = NAME_REFERENCE.matcher(markdown);
        while (m.find()) {
            lines.add(m.group());
        }
        return lines;
    }

    @Test
    void fedEdInItsGroupKeepsItsColon() {
        Entry fedEd = Entry.builder(FED_ED)
                .link("https://www.aclweb.org/anthology/2020.emnlp-main.165.pdf", "论文地址", LinkRole.PAPER)
                .link("https://blog.csdn.net/lrs1353281004/article/details/111877017",
                        "论文解析:FedED:用于医学关系提取的联邦学习(基于融合蒸馏)", LinkRole.OTHER)
                .kind(Kind.PAPER).task("relation-extraction").tag("emnlp2020").group("EMNLP2020 医学NLP相关论文列表")
                .build();
        Catalogue c = Catalogue.builder("Names")
                .section(Section.builder("相关论文").number("6")
                        .child(Section.builder("会议索引").number("6.4")
                                .entry(paper("Biomedical Event Extraction as Sequence Labeling",
                                        "EMNLP2020 医学NLP相关论文列表"))
                                .entry(fedEd).build())
                        .build())
                .build();
        String markdown = written(c);
        assertThat(markdown).contains("* " + FED_ED + "\n  * 论文地址：").doesNotContain("&#58;");
    }

    @Test
    void pkusegFirstUnderATopLevelHeadingKeepsItsFullWidthColon() {
        Entry pkuseg = Entry.builder("分词工具：PKUSEG")
                .link("https://github.com/lancopku/pkuseg-python", "项目地址", LinkRole.CODE)
                .field("项目说明", "北京大学推出的多领域中文分词工具，支持选择医学领域。")
                .kind(Kind.TOOLKIT).build();
        Catalogue c = Catalogue.builder("Names")
                .section(Section.builder("开源工具包").number("7").entry(pkuseg).build())
                .build();
        String markdown = written(c);
        assertThat(markdown).contains("## 7. 开源工具包\n\n* 分词工具：PKUSEG\n").doesNotContain("&#65306;");
    }

    @Test
    void theFirstItemAfterAGroupLabelOrUnderADeepHeadingStillGetsTheReference() {
        Catalogue c = Catalogue.builder("Names")
                .section(Section.builder("相关论文").number("6")
                        .child(Section.builder("综述类文章").number("6.2")
                                .entry(paper("生物医学领域的预训练语言模型：系统调查", null))
                                .entry(paper("BioMegatron: Larger Biomedical Domain Language Model", null))
                                .entry(paper("MIE: A Medical Information Extractor towards Medical Dialogues", "ACL2020"))
                                .entry(paper("MedDialog: Large-scale Medical Dialogue Datasets", "ACL2020"))
                                .build())
                        .build())
                .build();
        assertThat(namesWithReferences(written(c))).containsExactly(
                "* 生物医学领域的预训练语言模型&#65306;系统调查",
                "* MIE&#58; A Medical Information Extractor towards Medical Dialogues");
    }

    @Test
    void onTheSeedOnlyTheNameThatLeadsTheListUnderItsDeepHeadingGetsAReference() {
        Catalogue seed = MarkdownReader.create().read(Corpus.text(Corpus.SEED)).catalogue();
        String markdown = written(seed);
        assertThat(markdown).contains("* FedED: Federated Learning", "* 分词工具：PKUSEG", "* MUFASA: Multimodal",
                "* Alpaca：一个强大的开源指令跟随模型");
        assertThat(namesWithReferences(markdown)).as("13 before issue 14")
                .containsExactly("* 生物医学领域的预训练语言模型&#65306;系统调查");
    }

    @Test
    void aHandWrittenItemThatAnEditLeavesFirstAfterAGroupLabelIsWrittenAnew() {
        String markdown = String.join("\n", "# T", "", "## 1. A", "", "### 1.1 B", "", "* First",
                "  * 地址：https://a.org", "* FedED: Fed", "  * 地址：https://b.org", "", "**G**", "", "* Other",
                "  * 地址：https://c.org", "* MIE: Med", "  * 地址：https://d.org", "");
        MarkdownDocument doc = MarkdownReader.create().read(markdown);
        Catalogue c = doc.catalogue();
        assertThat(c.allEntries()).extracting(Entry::name).containsExactly("First", "FedED: Fed", "Other", "MIE: Med");
        Catalogue edited = c.removeEntry("1.1", 2).removeEntry("1.1", 0);
        String out = doc.withCatalogue(edited).render();
        assertThat(MarkdownReader.create().read(out).catalogue()).as(out).isEqualTo(edited);
        assertThat(out).contains("### 1.1 B\n\n* FedED&#58; Fed\n", "**G**\n\n* MIE&#58; Med\n");
    }

    static Stream<String> corpus() {
        return Corpus.files().map(p -> p.getFileName().toString());
    }

    /**
     * Names keep their colons in the middle of a list, so an edit of canonical Markdown that leaves such a name
     * first in its list (the items before it removed, or moved before them) must write it anew, with the
     * reference: every such edit of each corpus file's canonical rendering reads back as the edited catalogue.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void editsThatLeaveANameWithAColonFirstInItsListReadBack(String file) {
        Catalogue c = MarkdownReader.create().read(Corpus.text(file)).catalogue();
        MarkdownDocument doc = MarkdownReader.create().read(MarkdownWriter.canonical().write(c));
        List<String> failures = new ArrayList<>();
        int edits = 0;
        for (Section s : c.allSections()) {
            String path = c.pathOf(s).orElseThrow();
            List<Entry> entries = s.entries();
            for (int k = 1; k < entries.size(); k++) {
                Entry e = entries.get(k);
                if (e.name().indexOf(':') < 0 && e.name().indexOf('：') < 0) {
                    continue;
                }
                int first = k;
                while (first > 0 && entries.get(first - 1).group().equals(e.group())) {
                    first--;
                }
                if (first == k) {
                    continue; // it leads its list already
                }
                Catalogue removed = c;
                for (Entry before : entries.subList(first, k)) {
                    removed = removed.removeEntry(path, removed.section(path).entries().indexOf(before));
                }
                Catalogue moved = c.moveEntry(e, path, first);
                for (Catalogue edited : List.of(removed, moved)) {
                    edits++;
                    String out = doc.withCatalogue(edited).render();
                    if (!MarkdownReader.create().read(out).catalogue().equals(edited)) {
                        failures.add(e.name() + (edited == removed ? " (items before removed)" : " (moved first)"));
                    }
                }
            }
        }
        assertThat(failures).as("%s: %d edits", file, edits).isEmpty();
    }
}
