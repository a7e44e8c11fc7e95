package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Makes the bundled, curated catalogue from the seed README (Medical_NLP as of 2024-11-14): corrects
 * the seed's known defects and gives every entry a kind, a modality, languages where the list says
 * so, and tasks and tags where its text states them. The corrections are listed in {@link #CORRECTIONS}
 * and in {@code CURATION.md} beside the bundled resource.
 *
 * <p>Run it to regenerate the resource:
 * {@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.medicalnlp.catalogue.examples.Curation
 * -Dexec.args="markdown-io/src/test/resources/corpus/medical-nlp-2024-11-14.md
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
            new Correction("1.2", "MultiMedBench", "the paper link https://arxiv.org/abs/2307.14334 is added",
                    "the seed gives it no link; MultiMedBench is introduced in Tu et al., Towards Generalist Biomedical AI"),
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
                            + "introduction so that no link of the document is lost), not text about the catalogue"));

    private Curation() {
    }

    /**
     * Regenerates the bundled catalogue.
     *
     * @param args the seed README and the JSON file to write
     * @throws IOException when reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Curation <seed README.md> <output .json>");
            System.exit(2);
        }
        Catalogue seed = MarkdownReader.create().read(Path.of(args[0])).catalogue();
        Catalogue curated = curate(seed);
        CatalogueJsonWriter.create().write(curated, Path.of(args[1]));
        System.out.println("wrote " + curated.size() + " entries in " + curated.allSections().size()
                + " sections to " + args[1]);
    }

    /**
     * The curated catalogue made from the seed.
     *
     * @throws NoSuchElementException when the seed is not the one the corrections were written for
     */
    public static Catalogue curate(Catalogue seed) {
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
        // metadata for every entry
        for (Match m : c.query().list()) {
            c = c.replaceEntry(m.section().number().orElseThrow(), m.index(), metadata(m));
        }
        return c;
    }

    private static Entry entry(Catalogue c, String section, String name, int occurrence) {
        List<Entry> found = c.section(section).orElseThrow().entries().stream()
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

    // ------------------------------------------------------------------ metadata

    private static Entry metadata(Match m) {
        Entry e = m.entry();
        String text = (e.name() + " " + String.join(" ", e.fields().stream().map(TextField::value).toList()))
                .toLowerCase(Locale.ROOT);
        String path = m.path();
        Entry.Builder b = e.toBuilder();
        b.kind(kind(e, path, text));
        if (e.languages().isEmpty()) {
            List<Language> languages = new ArrayList<>();
            if (text.contains("中文") || text.contains("chinese")) {
                languages.add(Language.CHINESE);
            }
            if (text.contains("英文") || text.contains("english")) {
                languages.add(Language.ENGLISH);
            }
            if (text.contains("多语言") || text.contains("multilingual")) {
                languages.add(Language.MULTILINGUAL);
            }
            b.languages(languages);
        }
        b.modality(modality(text));
        b.tasks(tasks(e, text));
        b.tags(tags(e, path));
        return b.build();
    }

    private static Kind kind(Entry e, String path, String text) {
        if (path.startsWith("3") && (text.contains("三元组") || text.contains("-kg") || text.contains("知识图谱"))) {
            return Kind.KNOWLEDGE_GRAPH;
        }
        return e.kind().orElse(Kind.OTHER);
    }

    private static Modality modality(String text) {
        if (text.contains("medvidqa") || text.contains("视频")) {
            return Modality.VIDEO;
        }
        if (text.contains("视觉") || text.contains("visual") || text.contains("图像") || text.contains("多模态")
                || text.contains("llava") || text.contains("flamingo") || text.contains("dicom")) {
            return Modality.VISION_LANGUAGE;
        }
        return Modality.TEXT;
    }

    private static final List<String[]> TASK_WORDS = List.of(
            new String[] {"qa", "问答", "question answering", "vqa", "qa", "个问题"},
            new String[] {"dialogue", "对话", "问诊", "dialog", "conversation"},
            new String[] {"ner", "实体识别", "命名实体", "实体及属性抽取", "entity recognition"},
            new String[] {"relation-extraction", "关系抽取", "关系提取", "relation extraction", "关系识别"},
            new String[] {"entity-linking", "实体链接", "entity linking", "实体linking", "语标准化", "归一化",
                "normalization", "entity linking"},
            new String[] {"knowledge-graph", "知识图谱", "三元组", "knowledge graph", "-kg"},
            new String[] {"exam", "考试", "usmle", "执业", "资格"},
            new String[] {"report-generation", "报告生成"},
            new String[] {"summarization", "概括", "summariz", "摘要任务", "摘要生成"},
            new String[] {"retrieval", "检索", "搜索", "retrieval"},
            new String[] {"diagnosis", "诊断", "分诊", "diagnos"},
            new String[] {"text-classification", "分类"},
            new String[] {"word-segmentation", "分词"},
            new String[] {"de-identification", "去识别", "deid"},
            new String[] {"instruction-tuning", "指令", "instruct"},
            new String[] {"text-mining", "文本挖掘", "信息抽取", "text mining"},
            new String[] {"machine-reading", "阅读理解", "reading comprehension"});

    private static List<String> tasks(Entry e, String text) {
        Set<String> tasks = new LinkedHashSet<>();
        String group = e.group().orElse("").toLowerCase(Locale.ROOT);
        for (String[] task : TASK_WORDS) {
            for (int i = 1; i < task.length; i++) {
                if (text.contains(task[i]) || group.contains(task[i])) {
                    tasks.add(task[0]);
                }
            }
        }
        if (group.contains("电子病历")) {
            tasks.add("ehr");
        }
        return List.copyOf(tasks);
    }

    private static List<String> tags(Entry e, String path) {
        Set<String> tags = new LinkedHashSet<>();
        if (path.startsWith("5 > 5.1")) {
            tags.add("plm");
        }
        if (path.startsWith("5 > 5.2")) {
            tags.add("llm");
        }
        if (path.startsWith("6 > 6.1")) {
            tags.add("llm");
        }
        if (path.startsWith("6 > 6.2")) {
            tags.add("survey");
        }
        e.group().ifPresent(g -> {
            String upper = g.toUpperCase(Locale.ROOT);
            for (String venue : List.of("ACL2020", "AAAI2020", "EMNLP2020")) {
                if (upper.startsWith(venue)) {
                    tags.add(venue.toLowerCase(Locale.ROOT));
                }
            }
        });
        for (Link l : e.links()) {
            if (l.gitHubRepository().isPresent()) {
                tags.add("open-source");
            }
        }
        return List.copyOf(tags);
    }
}
