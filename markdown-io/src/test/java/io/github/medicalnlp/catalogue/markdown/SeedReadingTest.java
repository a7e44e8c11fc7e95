package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed README read as data. */
class SeedReadingTest {

    private final Catalogue seed = MarkdownReader.create().read(Corpus.text(Corpus.SEED)).catalogue();

    private Section section(String number) {
        return seed.section(number);
    }

    @Test
    void hasEveryEntryInItsSection() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section s : seed.allSections()) {
            if (!s.entries().isEmpty() || s.children().isEmpty()) {
                counts.put(s.number().orElse(s.title()), s.entries().size());
            }
        }
        assertThat(counts).containsExactly(
                Map.entry("1.1", 5), Map.entry("1.2", 1), Map.entry("2.1", 1), Map.entry("2.2.1", 4),
                Map.entry("2.2.2", 5), Map.entry("3.1", 17), Map.entry("3.2", 10), Map.entry("4", 0),
                Map.entry("5.1", 6), Map.entry("5.2.1", 3), Map.entry("5.2.2", 6), Map.entry("5.2.3", 12),
                Map.entry("5.3", 0), Map.entry("6.1", 6), Map.entry("6.2", 3), Map.entry("6.3", 8),
                Map.entry("6.4", 20), Map.entry("7", 1), Map.entry("8", 5), Map.entry("9", 4), Map.entry("10", 4),
                Map.entry("11", 0));
        assertThat(seed.entryCount()).isEqualTo(121);
    }

    @Test
    void readsTitleIntroductionNewsAndCitation() {
        assertThat(seed.title()).isEqualTo("Medical_NLP");
        // the badges under the title are part of the introduction: their links are kept
        assertThat(seed.introduction()).startsWith("医疗NLP领域  评测/比赛，数据集，论文和预训练模型资源汇总。\n\n"
                + "Summary of medical NLP evaluations/competitions, datasets, papers and pre-trained models.\n\n<p>\n"
                + "<a href=\"https://github.com/FreedomIntelligence/Medical_NLP\"><img src=").endsWith("</a>\n</p>");
        assertThat(seed.news()).extracting(NewsItem::date).containsExactly("2024/11/14", "2024/11/14之前");
        assertThat(seed.news().get(0).text()).startsWith("新增 [`4. VLM数据集`](#4-VLM数据集)");
        assertThat(seed.citation()).hasValueSatisfying(c -> assertThat(c)
                .startsWith("@misc{medical_NLP_github,").endsWith("}").contains("title = {Medical NLP}"));
    }

    @Test
    void readsSectionsWithTheirNumbersTitlesAndAnchorsAsWritten() {
        assertThat(seed.sections()).extracting(s -> s.number().orElseThrow()).containsExactly(
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(section("1.1").title()).isEqualTo("中文医疗基准测评：CMB / CMExam / PromptCBLUE");
        assertThat(section("1.1").anchor()).isEqualTo("11--中文医疗基准测评cmb--cmexam--promptcblue");
        assertThat(section("3").anchor()).isEqualTo("3-llm数据集");
        assertThat(seed.pathOf(section("5.2.3"))).contains("5 > 5.2 > 5.2.3");
    }

    @Test
    void readsNestedLabelBulletsWithTheirLinksRolesAndFields() {
        Entry cmb = section("1.1").entries().get(0);
        assertThat(cmb.name()).isEqualTo("CMB");
        assertThat(cmb.links()).containsExactly(Link.of("https://github.com/FreedomIntelligence/CMB", "地址",
                LinkRole.HOMEPAGE));
        assertThat(cmb.fields()).containsExactly(TextField.of("来源", "各个临床医学工种各阶段考试；临床复杂病例问诊"));
        Entry chip = section("3.1").entries().stream().filter(e -> e.name().startsWith("CHIP")).findFirst()
                .orElseThrow();
        assertThat(chip.links()).extracting(Link::url).containsExactly("http://cips-chip.org.cn/2022/callforeval",
                "http://www.cips-chip.org.cn/2021/", "http://cips-chip.org.cn/2020/");
        Entry dialogue = section("3.1").entries().get(6);
        assertThat(dialogue.fields()).singleElement().satisfies(f -> {
            assertThat(f.isLabelled()).isFalse();
            assertThat(f.value()).startsWith("MedDialog 数据集（中文）");
        });
        Entry visual = section("3.2").entries().stream().filter(e -> e.name().equals("Visual Med-Alpaca Data"))
                .findFirst().orElseThrow();
        assertThat(visual.links()).extracting(Link::label, Link::role).containsExactly(
                tuple("地址", LinkRole.HOMEPAGE), tuple("BigBio", LinkRole.OTHER), tuple("ROCO", LinkRole.OTHER),
                tuple("GPT-3.5-Turbo", LinkRole.OTHER));
        assertThat(visual.description()).contains("用于Visual Med-Alpaca训练的数据，源自 BigBio, ROCO and GPT-3.5-Turbo");
        assertThat(section("5.1").entries()).extracting(Entry::name).startsWith("BioBERT", "BlueBERT");
    }

    @Test
    void readsNumberedItemsInEveryShape() {
        assertThat(section("6.1").entries().get(0)).satisfies(e -> {
            assertThat(e.name()).isEqualTo("大型语言模型编码临床知识");
            assertThat(e.links()).containsExactly(Link.of("https://arxiv.org/abs/2212.13138", "论文地址", LinkRole.PAPER));
        });
        assertThat(section("6.2").entries().get(1)).satisfies(e -> {
            assertThat(e.name()).isEqualTo("医疗保健深度学习指南");
            assertThat(e.links()).extracting(Link::label, Link::role).containsExactly(tuple("论文地址", LinkRole.PAPER));
            assertThat(e.fields()).containsExactly(TextField.unlabelled("nature medicine发表的综述"));
        });
        assertThat(section("7").entries().get(0)).satisfies(e -> {
            assertThat(e.name()).isEqualTo("分词工具：PKUSEG");
            assertThat(e.links()).containsExactly(Link.of("https://github.com/lancopku/pkuseg-python", "项目地址",
                    LinkRole.CODE));
            assertThat(e.fields()).containsExactly(TextField.of("项目说明", "北京大学推出的多领域中文分词工具，支持选择医学领域。"));
        });
        assertThat(section("8").entries().get(0)).satisfies(e -> {
            assertThat(e.name()).isEqualTo("灵医智慧");
            assertThat(e.primaryUrl()).contains("https://01.baidu.com/index.html");
        });
        Entry feded = section("6.4").entries().stream().filter(e -> e.name().startsWith("FedED")).findFirst()
                .orElseThrow();
        assertThat(feded.links()).extracting(Link::role).containsExactly(LinkRole.PAPER, LinkRole.OTHER);
    }

    @Test
    void readsBoldGroupLabels() {
        assertThat(section("6.3").groupLabels()).containsExactly("电子病历相关文章", "医学关系抽取", "医学知识图谱",
                "辅助诊断", "医疗实体Linking（标准化）");
        assertThat(section("6.3").entriesInGroup("医疗实体Linking（标准化）")).hasSize(3);
        assertThat(section("6.4").groupLabels()).containsExactly("ACL2020医学领域相关论文列表",
                "AAAI2020 医学NLP相关论文列表", "EMNLP2020 医学NLP相关论文列表");
        assertThat(section("6.4").entriesInGroup("EMNLP2020 医学NLP相关论文列表")).hasSize(9);
    }

    @Test
    void infersKindLanguagesAndModalityFromHeadings() {
        assertThat(section("1.1").entries()).allSatisfy(e -> {
            assertThat(e.kind()).contains(Kind.BENCHMARK);
            assertThat(e.languages()).containsExactly(Language.CHINESE);
        });
        assertThat(section("2.2.1").entries()).allSatisfy(e -> {
            assertThat(e.kind()).contains(Kind.COMPETITION);
            assertThat(e.languages()).containsExactly(Language.ENGLISH);
        });
        assertThat(section("3.1").entries()).allSatisfy(e -> assertThat(e.kind()).contains(Kind.DATASET));
        assertThat(section("5.2.1").entries()).allSatisfy(e -> {
            assertThat(e.kind()).contains(Kind.MODEL);
            assertThat(e.languages()).containsExactly(Language.MULTILINGUAL);
            assertThat(e.modalities()).containsExactly(Modality.TEXT);
        });
        assertThat(section("6.4").entries()).allSatisfy(e -> assertThat(e.kind()).contains(Kind.PAPER));
        assertThat(section("7").entries()).allSatisfy(e -> assertThat(e.kind()).contains(Kind.TOOLKIT));
        assertThat(section("8").entries()).allSatisfy(e -> assertThat(e.kind()).contains(Kind.PRODUCT));
        assertThat(section("9").entries()).allSatisfy(e -> assertThat(e.kind()).contains(Kind.BLOG));
        assertThat(section("10").entries()).allSatisfy(e -> assertThat(e.kind()).contains(Kind.LINK_COLLECTION));
    }

    @Test
    void everyEntryExceptMultiMedBenchHasALinkWithARole() {
        assertThat(seed.allEntries()).filteredOn(e -> e.links().isEmpty()).extracting(Entry::name)
                .containsExactly("MultiMedBench");
        assertThat(seed.allEntries()).flatExtracting(Entry::links).allSatisfy(l -> assertThat(l.role()).isNotNull());
    }

    @Test
    void reportsTheOddMarkdownOfTheSeedWithItsPlace() {
        MarkdownDocument doc = MarkdownReader.create().read(Corpus.text(Corpus.SEED));
        assertThat(doc.diagnostics()).extracting(Diagnostic::line, Diagnostic::column, Diagnostic::rule)
                .containsExactly(tuple(83, 1, "entry-without-link"), tuple(145, 5, "malformed-link"));
        assertThat(doc.diagnostics().get(1).message()).contains("http://www.fudan-disc.com/sharedtask/imcs21/index.html](");
    }
}
