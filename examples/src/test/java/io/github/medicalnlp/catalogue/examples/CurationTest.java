package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled catalogue is the seed, curated: reproducibly, and with only the recorded corrections. */
class CurationTest {

    private final Catalogue seed = read();
    private final Catalogue bundled = MedicalNlp.catalogue();

    private static Catalogue read() {
        try {
            return MarkdownReader.create().read(Files2.SEED).catalogue();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBundledResourceIsExactlyWhatCurationMakesFromTheSeed() throws Exception {
        Catalogue curated = Curation.curate(seed, CurationData.read(Files2.CURATION), EnglishText.read(
                Files2.CURATION.resolveSibling("english-entries.csv"), Files2.CURATION.resolveSibling("english-sections.csv"),
                Files2.CURATION.resolveSibling("english-catalogue.csv")));
        assertThat(curated).isEqualTo(bundled);
        assertThat(CatalogueJsonWriter.create().write(curated)).isEqualTo(Files.readString(Files2.BUNDLED));
    }

    /**
     * Section "number title" → its entries as "name [label/role url, ...] [label：text, ...]", in order: all
     * the seed's text of an entry, without its metadata.
     */
    private static Map<String, List<String>> outline(Catalogue c) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Section s : c.allSections()) {
            List<String> entries = new ArrayList<>();
            for (Entry e : s.entries()) {
                entries.add(e.name() + " " + e.links().stream().map(l -> l.label() + "/" + l.role() + " " + l.url()).toList()
                        + " " + e.fields().stream().map(f -> f.label() + "：" + f.value()).toList());
            }
            out.put(s.number().orElseThrow() + " " + s.title(), entries);
        }
        return out;
    }

    /** The entries of the section numbered {@code number}. */
    private static List<String> section(Map<String, List<String>> outline, String number) {
        return outline.entrySet().stream().filter(e -> e.getKey().startsWith(number + " ")).findFirst()
                .orElseThrow().getValue();
    }

    /** Replaces {@code from}, which must be there, by {@code to} in the entry of the section named {@code name}. */
    private static void edit(Map<String, List<String>> outline, String number, String name, String from, String to) {
        List<String> entries = section(outline, number);
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).startsWith(name + " [")) {
                named.add(i);
            }
        }
        assertThat(named).as(name).hasSize(1);
        String entry = entries.get(named.get(0));
        assertThat(entry).as(name).contains(from);
        entries.set(named.get(0), entry.replace(from, to));
    }

    /** Removes the entry {@code drop} and gives its fields (which are not {@code keep}'s) to {@code keep}. */
    private static void merge(Map<String, List<String>> outline, String number, String keep, String drop) {
        List<String> entries = section(outline, number);
        String dropped = entries.stream().filter(e -> e.startsWith(drop + " [")).findFirst().orElseThrow();
        entries.remove(dropped);
        int kept = entries.indexOf(entries.stream().filter(e -> e.startsWith(keep + " [")).findFirst().orElseThrow());
        String k = entries.get(kept);
        entries.set(kept, k.substring(0, k.length() - 1) + ", " + dropped.substring(dropped.lastIndexOf(" [") + 2));
    }

    @Test
    void theBundledCatalogueAndTheSeedAgreeExceptForTheRecordedCorrections() {
        Map<String, List<String>> expected = outline(seed);
        // apply the recorded corrections (Curation.CORRECTIONS) to the seed's outline, by hand
        // 1: the second PromptCBLUE is CBLUE
        List<String> benchmarks = section(expected, "1.1");
        assertThat(benchmarks.get(3)).startsWith("PromptCBLUE [地址/homepage https://github.com/CBLUEbenchmark/CBLUE]");
        benchmarks.set(3, benchmarks.get(3).replaceFirst("^PromptCBLUE", "CBLUE"));
        // 2: MultiMedBench's paper
        edit(expected, "1.2", "MultiMedBench", "MultiMedBench []",
                "MultiMedBench [论文地址/paper https://arxiv.org/abs/2307.14334]");
        // 3: the half-link
        edit(expected, "2.2.2", "“肝”柔相济，大模型开创肝病医患交互服务新格局",
                "http://www.fudan-disc.com/sharedtask/imcs21/index.html](https://www.dcic-china.com/competitions/10090",
                "https://www.dcic-china.com/competitions/10090");
        // 4-6: three repeats merged, each kept entry taking the descriptions of its repeat
        merge(expected, "3.1", "中文医疗对话数据集", "Chinese medical dialogue data");
        merge(expected, "3.1", "cMedQA2 (108K)", "中文医药方面的问答数据集");
        merge(expected, "3.1", "Medical-Dialogue-System", "中文医患问答对话数据");
        // 7, 8: the empty sections
        expected.remove("4 VLM数据集");
        expected.remove("5.3 医疗VLM");
        // 9-11 change no entry
        // 12-29: the seed errors of issue 14
        edit(expected, "1.1", "MedBench", "地址/homepage https://arxiv.org/abs/2312.12806",
                "论文地址/paper https://arxiv.org/abs/2312.12806");
        edit(expected, "2.2.2", "第八届中国健康信息处理大会(CHIP2022)测评任务", "http://cips-chip.org.cn/]",
                "http://cips-chip.org.cn/2022/callforeval]");
        edit(expected, "2.2.2", "科大讯飞-医疗实体及关系识别挑战赛", "http://www.fudan-disc.com/sharedtask/imcs21/index.html",
                "https://challenge.xfyun.cn/topic/info?type=medical-entity&ch=dc-web-35");
        edit(expected, "3.1", "Yidu-N7K", "临床语标准化", "临床术语标准化");
        edit(expected, "3.1", "中文医学知识图谱 CMeKG (1M三元组)", "CMeKG（Chinese Medical Knowledge  Graph）]",
                "CMeKG（Chinese Medical Knowledge Graph）是利用自然语言处理与文本挖掘技术，基于大规模医学文本数据，"
                        + "以人机结合的方式研发的中文医学知识图谱。]");
        edit(expected, "3.1", "瑞金医院糖尿病数据集 (糖尿病)", "[简介：瑞金医院糖尿病数据集 (糖尿病)]",
                "[简介：" + line("medical-nlp-2023-03-15.md", 354).replace("- 介绍：", "") + "]");
        edit(expected, "3.2", "COMETA", "https://www.siphs.org/]", "https://www.siphs.org/, "
                + "数据获取方式/data https://github.com/cambridgeltl/cometa, 论文地址/paper https://arxiv.org/pdf/2010.03295.pdf]");
        edit(expected, "3.2", "PubMedQA", "地址/homepage https://arxiv.org/abs/1909.06146",
                "论文地址/paper https://arxiv.org/abs/1909.06146");
        edit(expected, "3.2", "Visual Med-Alpaca Data", "BigBio/other", "BigBio/data");
        edit(expected, "3.2", "Visual Med-Alpaca Data", "ROCO/other", "ROCO/data");
        edit(expected, "5.1", "BioBERT", "https://github.com/naver/biobert-pretrained]",
                "https://github.com/naver/biobert-pretrained, 项目地址/code https://github.com/dmis-lab/biobert]");
        edit(expected, "5.1", "BioFLAIR", "生物医学数据/data", "生物医学数据/other");
        edit(expected, "5.2.3", "GatorTron", "电子健康病例", "电子健康病历");
        edit(expected, "5.2.3", "Galactica", "医疗医疗健康领域", "医疗健康领域");
        edit(expected, "5.2.3", "DeID-GPT", "创新的的", "创新的");
        edit(expected, "5.2.3", "PMC-LLaMA", "进行调质", "进行调优");
        edit(expected, "5.2.3", "LLaVA-Med", "LLaVA- med", "LLaVA-Med");
        edit(expected, "6.3", "MUFASA: Multimodal Fusion Architecture Search for Electronic Health Records",
                "http://arxiv-download.xixiaoyao.cn/pdf/2102.02340.pdf", "https://arxiv.org/abs/2102.02340");
        edit(expected, "7", "分词工具：PKUSEG", "分词工具：PKUSEG [", "PKUSEG [");
        assertThat(outline(bundled)).containsExactlyEntriesOf(expected);
        assertThat(Curation.CORRECTIONS).hasSize(29);
        assertThat(bundled.introduction()).isEqualTo("医疗NLP领域  评测/比赛，数据集，论文和预训练模型资源汇总。\n\n"
                + "Summary of medical NLP evaluations/competitions, datasets, papers and pre-trained models.");
        assertThat(seed.introduction()).startsWith(bundled.introduction() + "\n\n<p>");
        assertThat(bundled.news()).isEqualTo(seed.news());
        assertThat(bundled.citation()).isEqualTo(seed.citation());
        assertThat(bundled.title()).isEqualTo(seed.title());
    }

    /** Line {@code n} (from 1) of a file of the corpus. */
    private static String line(String file, int n) {
        try {
            return Files.readAllLines(Files2.CORPUS.resolve(file)).get(n - 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows of the table under "## Corrections" in CURATION.md, as "section entry" ("—" for none). */
    private static List<String> curationMdCorrections() throws java.io.IOException {
        List<String> rows = new ArrayList<>();
        boolean in = false;
        for (String l : Files.readAllLines(Files2.CURATION_MD)) {
            if (l.startsWith("## ")) {
                in = l.equals("## Corrections");
            } else if (in && l.matches("\\| \\d+ \\|.*")) {
                String[] cells = l.split("\\|", -1);
                rows.add(cells[2].strip() + " " + cells[3].strip());
            }
        }
        return rows;
    }

    @Test
    void curationMdListsEveryCorrectionInOrder() throws Exception {
        assertThat(curationMdCorrections()).containsExactlyElementsOf(Curation.CORRECTIONS.stream()
                .map(k -> (k.section().isEmpty() ? "—" : k.section()) + " " + (k.entry().isEmpty() ? "—" : k.entry()))
                .toList());
    }

    @Test
    void everyLineCurationMdCitesExists() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([a-z0-9-]+\\.md):(\\d+)(?:-(\\d+))?`")
                .matcher(Files.readString(Files2.CURATION_MD));
        int cited = 0;
        while (m.find()) {
            long lines = Files.readAllLines(Files2.CORPUS.resolve(m.group(1))).size();
            assertThat(Long.parseLong(m.group(m.group(3) == null ? 2 : 3))).as(m.group()).isBetween(1L, lines);
            cited++;
        }
        assertThat(cited).isGreaterThan(20);
    }

    @Test
    void theEvidenceOfEachCorrectionIsWhereCurationMdSaysItIs() {
        String seedFile = "medical-nlp-2024-11-14.md";
        String y2020 = "medical-nlp-2020-08-14.md";
        String y2023 = "medical-nlp-2023-03-15.md";
        String english = "medical-nlp-english.md";
        assertThat(line(seedFile, 78)).contains("地址：https://arxiv.org/abs/2312.12806");
        assertThat(line(seedFile, 418)).contains("论文地址：https://arxiv.org/abs/");
        assertThat(line(seedFile, 136)).contains("地址：http://cips-chip.org.cn/");
        assertThat(line(seedFile, 221)).contains("http://cips-chip.org.cn/2022/callforeval", "/2021/", "/2020/");
        assertThat(line(y2023, 346)).contains("CHIP2022:  http://cips-chip.org.cn/2022/callforeval");
        assertThat(line(y2023, 208)).contains("http://cips-chip.org.cn/2022/eval1");
        assertThat(line(seedFile, 140)).contains("http://www.fudan-disc.com/sharedtask/imcs21/index.html");
        assertThat(line(y2023, 222)).contains("科大讯飞-医疗实体及关系识别挑战赛");
        assertThat(line(y2023, 227)).contains("[评测官网](https://challenge.xfyun.cn/topic/info?type=medical-entity&ch=dc-web-35)");
        assertThat(line(y2023, 229)).contains("第一届智能对话诊疗评测比赛（CCL 2021）");
        assertThat(line(y2023, 234)).contains("http://www.fudan-disc.com/sharedtask/imcs21/index.html");
        assertThat(line(y2020, 78)).contains("临床术语标准化任务");
        assertThat(line(y2023, 308)).contains(description("3.1", "中文医学知识图谱 CMeKG (1M三元组)"));
        assertThat(line(y2020, 155)).contains(description("3.1", "中文医学知识图谱 CMeKG (1M三元组)"));
        assertThat(line(y2023, 354)).isEqualTo("- 介绍：" + description("3.1", "瑞金医院糖尿病数据集 (糖尿病)"));
        assertThat(line(y2020, 64)).contains(description("3.1", "瑞金医院糖尿病数据集 (糖尿病)"));
        assertThat(line(y2023, 424)).contains("数据获取方式", "https://www.siphs.org/", "https://github.com/cambridgeltl/cometa");
        assertThat(line(y2023, 427)).contains("[论文地址](https://arxiv.org/pdf/2010.03295.pdf)");
        assertThat(line(y2020, 163)).isEqualTo("[论文地址](https://arxiv.org/abs/1909.06146)");
        assertThat(line(y2023, 417)).isEqualTo("- [论文地址](https://arxiv.org/abs/1909.06146)");
        assertThat(line(seedFile, 263)).contains("源自 [BigBio](https://huggingface.co/bigbio), [ROCO](");
        assertThat(line(y2020, 177)).isEqualTo("[项目地址](https://github.com/dmis-lab/biobert)");
        assertThat(line(y2023, 483)).isEqualTo("- [项目地址](https://github.com/dmis-lab/biobert)");
        assertThat(line(y2020, 185)).contains("https://github.com/naver/biobert-pretrained", "https://github.com/dmis-lab/biobert");
        assertThat(line(seedFile, 293)).contains("[生物医学数据](https://github.com/flairNLP/flair/blob/master/resources/docs/HUNFLAIR.md)");
        assertThat(line(seedFile, 367)).contains("电子健康病例");
        assertThat(line(english, 303)).contains("unstructured EHRs");
        assertThat(line(seedFile, 374)).contains("医疗医疗健康领域");
        assertThat(line(english, 310)).contains("including Healthcare");
        assertThat(line(seedFile, 378)).contains("创新的的");
        assertThat(line(seedFile, 390)).contains("进行调质");
        assertThat(line(english, 326)).contains("by tuning LLaMA-7B");
        assertThat(line(seedFile, 406)).contains("LLaVA- med");
        assertThat(line(seedFile, 442)).contains("http://arxiv-download.xixiaoyao.cn/pdf/2102.02340.pdf");
        assertThat(line(y2020, 380)).isEqualTo("### 分词工具");
        assertThat(line(y2020, 382)).isEqualTo("#### PKUSEG");
        assertThat(line("awesome-chinese-medical-nlp.md", 33)).startsWith("- [PKUSEG](");
    }

    private String description(String section, String name) {
        return bundled.section(section).entries().stream().filter(e -> e.name().equals(name))
                .findFirst().orElseThrow().description().orElseThrow();
    }

    @Test
    void aMergedEntryKeepsTheDescriptionOfItsRepeat() {
        Entry dialogue = bundled.section("3.1").entries().get(1);
        assertThat(dialogue.name()).isEqualTo("中文医疗对话数据集");
        assertThat(dialogue.fields()).hasSize(2);
        assertThat(dialogue.fields().get(1).value()).startsWith("该数据集含有包括男科");
    }

    @Test
    void theMarkdownOfTheBundledCatalogueIsRegeneratedFromItsData() {
        String markdown = RegenerateMarkdownExample.markdown();
        // a Markdown rendering holds one language: the English stays in the JSON (and in the English rendering)
        assertThat(MarkdownReader.create().read(markdown).catalogue()).isEqualTo(bundled.withoutTranslations());
        assertThat(markdown).contains("* Codex-Med\n  * 地址：https://github.com/vlievin/medical-reasoning\n"
                + "    ![](https://img.shields.io/github/stars/vlievin/medical-reasoning)\n");
        assertThat(markdown).doesNotContain("(#41-").doesNotContain("## 4. VLM");
    }

}
