package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * Makes the bundled, curated catalogue from the seed README (Medical_NLP as of 2024-11-14) and the
 * reviewed curation data: corrects the seed's known defects ({@link #CORRECTIONS}, also in
 * {@code CURATION.md} beside the bundled resource), then gives every entry the kind, languages,
 * modalities, tasks and tags of its record in {@code curation.csv} ({@link CurationData}), which says
 * where each value comes from when the seed's text does not.
 *
 * <p>Run it to regenerate the resource:
 * {@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.medicalnlp.catalogue.examples.Curation
 * -Dexec.args="markdown-io/src/test/resources/corpus/medical-nlp-2024-11-14.md
 * json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/curation.csv
 * json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/medical-nlp-catalogue.json"}
 */
public final class Curation {

    /** One correction of the seed: where, what and why. */
    public record Correction(String section, String entry, String change, String why) {
    }

    /** Every correction {@link #curate} makes, in the order it makes them. */
    public static final List<Correction> CORRECTIONS = List.of(
            new Correction("1.1", "PromptCBLUE", "the second entry named PromptCBLUE is renamed CBLUE",
                    "it points at CBLUEbenchmark/CBLUE and describes CBLUE, not PromptCBLUE"),
            new Correction("1.2", "MultiMedBench", "the paper link https://arxiv.org/abs/2307.14334 is added, labelled 论文地址",
                    "the seed gives it no link; MultiMedBench is introduced in Tu et al., Towards Generalist Biomedical AI. "
                            + "The label is the curator's: the list's own label for a paper link (37 times in the seed)"),
            new Correction("2.2.2", "“肝”柔相济，大模型开创肝病医患交互服务新格局",
                    "the address becomes https://www.dcic-china.com/competitions/10090",
                    "the seed's address is a broken half-link that joins two URLs with ']('"),
            new Correction("3.1", "Chinese medical dialogue data", "merged into 中文医疗对话数据集",
                    "both point at Toyhom/Chinese-medical-dialogue-data; its description is kept as a second field"),
            new Correction("3.1", "中文医药方面的问答数据集", "merged into cMedQA2 (108K)",
                    "both point at zhangsheng93/cMedQA2"),
            new Correction("3.1", "中文医患问答对话数据", "merged into Medical-Dialogue-System",
                    "both point at UCSD-AI4H/Medical-Dialogue-System"),
            new Correction("4", "", "the empty section 4 (VLM数据集) is left out",
                    "it has no entry in the seed, only a promise in the news"),
            new Correction("5.3", "", "the empty section 5.3 (医疗VLM) is left out",
                    "it has no entry in the seed, only a promise in the news"),
            new Correction("5.2.3", "Codex-Med", "no change to the data: its star badge is derived from its address",
                    "the seed's badge names uf-hobi-informatics-lab/GatorTron instead of vlievin/medical-reasoning"),
            new Correction("", "", "no change to the data: the Contents list is regenerated from the sections",
                    "the seed's Contents links to 4.1 and 4.2, which have no headings"),
            new Correction("", "", "the badges under the title are left out of the introduction",
                    "they are images linking to the list's own repository (the reader keeps them in the "
                            + "introduction so that no link of the document is lost), not text about the catalogue"),
            // seed errors found by the review of issue 14, corrected where the seed or an earlier version of the
            // list (the corpus, markdown-io/src/test/resources/corpus) shows the right value
            new Correction("1.1", "MedBench", "its link https://arxiv.org/abs/2312.12806 is the paper: role homepage → "
                    + "paper, label 地址 → 论文地址",
                    "an arXiv abstract is a paper, and the list labels arXiv links 论文地址 (seed lines 418-428)"),
            new Correction("2.2.2", "第八届中国健康信息处理大会(CHIP2022)测评任务",
                    "the address http://cips-chip.org.cn/ becomes http://cips-chip.org.cn/2022/callforeval",
                    "the root is the conference's site, whose editions live under /2020/, /2021/, /2022/ (seed line "
                            + "221); the seed and medical-nlp-2023-03-15.md:346 give CHIP2022's evaluation as "
                            + "http://cips-chip.org.cn/2022/callforeval"),
            new Correction("2.2.2", "科大讯飞-医疗实体及关系识别挑战赛", "the address http://www.fudan-disc.com/sharedtask/"
                    + "imcs21/index.html becomes https://challenge.xfyun.cn/topic/info?type=medical-entity&ch=dc-web-35",
                    "the seed's address is Fudan DISC's IMCS-21 page, another contest; medical-nlp-2023-03-15.md:222-227 "
                            + "gives this one 评测官网 on challenge.xfyun.cn and files IMCS-21 under 2.4 (lines 229-234)"),
            new Correction("3.1", "Yidu-N7K", "the description 临床语标准化 becomes 临床术语标准化",
                    "a character is missing: medical-nlp-2020-08-14.md:78 calls it the data of the 临床术语标准化任务"),
            new Correction("3.1", "中文医学知识图谱 CMeKG (1M三元组)", "the description, cut after the expansion of "
                    + "CMeKG, gets the rest of its first sentence",
                    "medical-nlp-2023-03-15.md:308 and medical-nlp-2020-08-14.md:155 give the whole sentence"),
            new Correction("3.1", "瑞金医院糖尿病数据集 (糖尿病)", "the description, which only repeated the name, "
                    + "becomes the list's own description of the data set",
                    "medical-nlp-2023-03-15.md:354 (also medical-nlp-2020-08-14.md:64)"),
            new Correction("3.2", "COMETA", "the links https://github.com/cambridgeltl/cometa (data) and "
                    + "https://arxiv.org/pdf/2010.03295.pdf (paper) are added after its address",
                    "the seed keeps only the first of the two addresses medical-nlp-2023-03-15.md:424 gives as "
                            + "数据获取方式, and drops the paper of :427"),
            new Correction("3.2", "PubMedQA", "its link https://arxiv.org/abs/1909.06146 is the paper: role homepage → "
                    + "paper, label 地址 → 论文地址",
                    "medical-nlp-2020-08-14.md:163 and medical-nlp-2023-03-15.md:417 label the same URL 论文地址"),
            new Correction("3.2", "Visual Med-Alpaca Data", "the links BigBio and ROCO, inline in the description, are "
                    + "data: role other → data",
                    "the description (seed line 263) says the data 源自 BigBio, ROCO and GPT-3.5-Turbo; the URLs are "
                            + "BigBio's data sets on Hugging Face and the ROCO data set"),
            new Correction("5.1", "BioBERT", "the link https://github.com/dmis-lab/biobert (项目地址, code) is added "
                    + "after its address",
                    "the address is the repository of the weights; medical-nlp-2020-08-14.md:177 and "
                            + "medical-nlp-2023-03-15.md:483 give the project's, and the abstract quoted at "
                            + "medical-nlp-2020-08-14.md:185 names both"),
            new Correction("5.1", "BioFLAIR", "the link HUNFLAIR.md, inline in the description, is documentation, "
                    + "not data: role data → other",
                    "the URL (seed line 293) is resources/docs/HUNFLAIR.md in the flair repository; the role came "
                            + "from the word 数据 of its text"),
            new Correction("5.2.3", "GatorTron", "the description's 电子健康病例 becomes 电子健康病历",
                    "病例 is a case, 病历 a record: the English edition says \"unstructured EHRs\" "
                            + "(medical-nlp-english.md:303)"),
            new Correction("5.2.3", "Galactica", "the description's 医疗医疗健康领域 becomes 医疗健康领域",
                    "a word written twice (seed line 374); the English edition says \"including Healthcare\" "
                            + "(medical-nlp-english.md:310)"),
            new Correction("5.2.3", "DeID-GPT", "the description's 创新的的 becomes 创新的",
                    "a character written twice (seed line 378)"),
            new Correction("5.2.3", "PMC-LLaMA", "the description's 调质 becomes 调优",
                    "调质 (quenching and tempering) is a slip; the English edition says \"by tuning LLaMA-7B\" "
                            + "(medical-nlp-english.md:326)"),
            new Correction("5.2.3", "LLaVA-Med", "the description's LLaVA- med becomes LLaVA-Med",
                    "the model's name, as the entry is named (seed lines 403-406)"),
            new Correction("6.3", "MUFASA: Multimodal Fusion Architecture Search for Electronic Health Records",
                    "the paper link http://arxiv-download.xixiaoyao.cn/pdf/2102.02340.pdf becomes "
                            + "https://arxiv.org/abs/2102.02340",
                    "the seed's link (line 442) is a third-party mirror of arXiv 2102.02340, over plain http"),
            new Correction("7", "分词工具：PKUSEG", "renamed PKUSEG",
                    "分词工具 is its category: medical-nlp-2020-08-14.md:380-382 names it PKUSEG under a heading "
                            + "分词工具, awesome-chinese-medical-nlp.md:33 names it PKUSEG"));

    private Curation() {
    }

    /**
     * Regenerates the bundled catalogue.
     *
     * @param args the seed README, the curation data and the JSON file to write
     * @throws IOException when reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Curation <seed README.md> <curation.csv> <output .json>"
                    + " (english-entries.csv, english-sections.csv and english-catalogue.csv beside curation.csv)");
            System.exit(2);
        }
        Catalogue seed = MarkdownReader.create().read(Path.of(args[0])).catalogue();
        Path data = Path.of(args[1]);
        Catalogue curated = curate(seed, CurationData.read(data), EnglishText.read(
                data.resolveSibling("english-entries.csv"), data.resolveSibling("english-sections.csv"),
                data.resolveSibling("english-catalogue.csv")));
        CatalogueJsonWriter.create().write(curated, Path.of(args[2]));
        System.out.println("wrote " + curated.entryCount() + " entries in " + curated.allSections().size()
                + " sections to " + args[2]);
    }

    /**
     * The curated catalogue made from the seed, the curation records and the English text: what
     * {@link #curate(Catalogue, List)} gives, each entry and section with its English.
     *
     * @throws NoSuchElementException when the seed is not the one the corrections were written for
     * @throws IllegalStateException when the records or the English do not fit the catalogue
     */
    public static Catalogue curate(Catalogue seed, List<CurationRecord> records, EnglishText english) {
        return english.applyTo(curate(seed, records));
    }

    /**
     * The curated catalogue made from the seed and the curation records.
     *
     * @throws NoSuchElementException when the seed is not the one the corrections were written for
     */
    public static Catalogue curate(Catalogue seed, List<CurationRecord> records) {
        Catalogue c = seed;
        // 1.1: the second PromptCBLUE is CBLUE
        Entry second = entry(c, "1.1", "PromptCBLUE", 1);
        c = c.replaceEntry(second, second.withName("CBLUE"));
        // 1.2: MultiMedBench gets its paper
        Entry multi = entry(c, "1.2", "MultiMedBench", 0);
        c = c.replaceEntry(multi, multi.toBuilder()
                .link(Link.of("https://arxiv.org/abs/2307.14334", "论文地址", LinkRole.PAPER)).build());
        // 2.2.2: the broken half-link
        Entry liver = entry(c, "2.2.2", "“肝”柔相济，大模型开创肝病医患交互服务新格局", 0);
        c = c.replaceEntry(liver, liver.withLinks(List.of(
                Link.of("https://www.dcic-china.com/competitions/10090", "地址", LinkRole.HOMEPAGE))));
        // 3.1: three resources listed twice under different names
        c = merge(c, "3.1", "中文医疗对话数据集", "Chinese medical dialogue data");
        c = merge(c, "3.1", "cMedQA2 (108K)", "中文医药方面的问答数据集");
        c = merge(c, "3.1", "Medical-Dialogue-System", "中文医患问答对话数据");
        // 4 and 5.3: empty placeholders
        c = c.removeSection("4").removeSection("5.3");
        // the introduction: its paragraphs, without the HTML block of badges
        c = c.withIntroduction(String.join("\n\n", java.util.Arrays.stream(c.introduction().split("\n\n"))
                .filter(p -> !p.startsWith("<")).toList()));
        c = seedErrors(c);
        // metadata for every entry, from the reviewed records
        return withMetadata(c, records);
    }

    /** The seed errors found by the review of issue 14, each checked against the seed's value first. */
    private static Catalogue seedErrors(Catalogue c) {
        // links that are papers
        c = relink(c, "1.1", "MedBench", "https://arxiv.org/abs/2312.12806",
                l -> l.withLabel("论文地址").withRole(LinkRole.PAPER));
        // addresses that point elsewhere
        c = relink(c, "2.2.2", "第八届中国健康信息处理大会(CHIP2022)测评任务", "http://cips-chip.org.cn/",
                l -> l.withUrl("http://cips-chip.org.cn/2022/callforeval"));
        c = relink(c, "2.2.2", "科大讯飞-医疗实体及关系识别挑战赛", "http://www.fudan-disc.com/sharedtask/imcs21/index.html",
                l -> l.withUrl("https://challenge.xfyun.cn/topic/info?type=medical-entity&ch=dc-web-35"));
        // descriptions cut, mistyped or only repeating the name
        c = describe(c, "3.1", "Yidu-N7K", "临床语标准化", "临床术语标准化");
        c = describe(c, "3.1", "中文医学知识图谱 CMeKG (1M三元组)", "CMeKG（Chinese Medical Knowledge  Graph）",
                "CMeKG（Chinese Medical Knowledge Graph）是利用自然语言处理与文本挖掘技术，基于大规模医学文本数据，"
                        + "以人机结合的方式研发的中文医学知识图谱。");
        c = describe(c, "3.1", "瑞金医院糖尿病数据集 (糖尿病)", "瑞金医院糖尿病数据集 (糖尿病)",
                "数据集来自天池大赛。此数据集旨在通过糖尿病相关的教科书、研究论文来做糖尿病文献挖掘并构建糖尿病知识图谱。"
                        + "参赛选手需要设计高准确率，高效的算法来挑战这一科学难题。"
                        + "第一赛季课题为“基于糖尿病临床指南和研究论文的实体标注构建”，"
                        + "第二赛季课题为“基于糖尿病临床指南和研究论文的实体间关系构建”。");
        // links the earlier versions of the list give
        c = addLinks(c, "3.2", "COMETA",
                Link.of("https://github.com/cambridgeltl/cometa", "数据获取方式", LinkRole.DATA),
                Link.of("https://arxiv.org/pdf/2010.03295.pdf", "论文地址", LinkRole.PAPER));
        c = relink(c, "3.2", "PubMedQA", "https://arxiv.org/abs/1909.06146",
                l -> l.withLabel("论文地址").withRole(LinkRole.PAPER));
        // roles of the links that stood inline in a description
        c = relink(c, "3.2", "Visual Med-Alpaca Data", "https://huggingface.co/bigbio", l -> l.withRole(LinkRole.DATA));
        c = relink(c, "3.2", "Visual Med-Alpaca Data", "https://github.com/razorx89/roco-dataset",
                l -> l.withRole(LinkRole.DATA));
        c = addLinks(c, "5.1", "BioBERT", Link.of("https://github.com/dmis-lab/biobert", "项目地址", LinkRole.CODE));
        c = relink(c, "5.1", "BioFLAIR", "https://github.com/flairNLP/flair/blob/master/resources/docs/HUNFLAIR.md",
                l -> l.withRole(LinkRole.OTHER));
        c = describe(c, "5.2.3", "GatorTron", "电子健康病例", "电子健康病历");
        c = describe(c, "5.2.3", "Galactica", "医疗医疗健康领域", "医疗健康领域");
        c = describe(c, "5.2.3", "DeID-GPT", "创新的的", "创新的");
        c = describe(c, "5.2.3", "PMC-LLaMA", "进行调质", "进行调优");
        c = describe(c, "5.2.3", "LLaVA-Med", "LLaVA- med", "LLaVA-Med");
        c = relink(c, "6.3", "MUFASA: Multimodal Fusion Architecture Search for Electronic Health Records",
                "http://arxiv-download.xixiaoyao.cn/pdf/2102.02340.pdf", l -> l.withUrl("https://arxiv.org/abs/2102.02340"));
        // a category prefix in a name
        Entry pkuseg = entry(c, "7", "分词工具：PKUSEG", 0);
        return c.replaceEntry(pkuseg, pkuseg.withName("PKUSEG"));
    }

    /** The catalogue with the entry's link to {@code url} changed by {@code change}. */
    private static Catalogue relink(Catalogue c, String section, String name, String url, UnaryOperator<Link> change) {
        Entry e = entry(c, section, name, 0);
        List<Link> links = new ArrayList<>(e.links());
        int i = links.stream().map(Link::url).toList().indexOf(url);
        if (i < 0) {
            throw new NoSuchElementException(name + " in " + section + " has no link " + url
                    + ": the seed is not the README of 2024-11-14");
        }
        links.set(i, change.apply(links.get(i)));
        return c.replaceEntry(e, e.withLinks(links));
    }

    /** The catalogue with the links added after the entry's own. */
    private static Catalogue addLinks(Catalogue c, String section, String name, Link... added) {
        Entry e = entry(c, section, name, 0);
        List<Link> links = new ArrayList<>(e.links());
        links.addAll(List.of(added));
        return c.replaceEntry(e, e.withLinks(links));
    }

    /** The catalogue with {@code from}, found once in the entry's first field, replaced by {@code to}. */
    private static Catalogue describe(Catalogue c, String section, String name, String from, String to) {
        Entry e = entry(c, section, name, 0);
        TextField field = e.fields().get(0);
        int at = field.value().indexOf(from);
        if (at < 0 || field.value().indexOf(from, at + 1) >= 0) {
            throw new NoSuchElementException("the description of " + name + " in " + section + " does not hold '"
                    + from + "' once: the seed is not the README of 2024-11-14");
        }
        List<TextField> fields = new ArrayList<>(e.fields());
        fields.set(0, field.withValue(field.value().replace(from, to)));
        return c.replaceEntry(e, e.withFields(fields));
    }

    private static Entry entry(Catalogue c, String section, String name, int occurrence) {
        List<Entry> found = c.section(section).entries().stream()
                .filter(e -> e.name().equals(name)).toList();
        if (found.size() <= occurrence) {
            throw new NoSuchElementException("section " + section + " has no entry '" + name + "' #" + occurrence
                    + ": the seed is not the README of 2024-11-14");
        }
        return found.get(occurrence);
    }

    private static Catalogue merge(Catalogue c, String section, String keep, String drop) {
        Entry kept = entry(c, section, keep, 0);
        Entry dropped = entry(c, section, drop, 0);
        if (!kept.primaryUrl().equals(dropped.primaryUrl())) {
            throw new IllegalStateException(keep + " and " + drop + " no longer share their address");
        }
        List<TextField> fields = new ArrayList<>(kept.fields());
        for (TextField f : dropped.fields()) {
            if (fields.stream().noneMatch(x -> x.value().equals(f.value()))) {
                fields.add(f);
            }
        }
        return c.replaceEntry(kept, kept.withFields(fields)).removeEntry(dropped);
    }

    /**
     * The catalogue with each entry's metadata from its curation record.
     *
     * @throws IllegalStateException naming the entries without a record, the records without an entry and
     *     the records not reviewed
     */
    static Catalogue withMetadata(Catalogue c, List<CurationRecord> records) {
        Map<String, CurationRecord> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        List<String> problems = new ArrayList<>();
        for (Match m : c.query().list()) {
            String section = m.section().number().orElseThrow();
            CurationRecord r = byId.remove(CurationRecord.idOf(section, m.name()));
            if (r == null) {
                problems.add("no record for the entry " + CurationRecord.idOf(section, m.name()));
            } else if (!r.reviewed()) {
                problems.add("the record " + r.id() + " is not reviewed");
            } else {
                c = c.replaceEntry(section, m.index(), r.applyTo(m.entry()));
            }
        }
        byId.keySet().forEach(id -> problems.add("no entry for the record " + id));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the curation data does not fit the catalogue: " + problems);
        }
        return c;
    }
}
