package io.github.medicalnlp.catalogue.internal;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import java.util.Set;

/**
 * The one table of words for each of the model's vocabularies: the parsers ({@code LinkRole.parse},
 * {@code Kind.parse}, {@code Modality.parse}, {@code Language.parse}) accept their names, and
 * {@code LinkRole.ofLabel} and the format modules' reading of section titles find their words in text.
 * See {@link Vocabulary} for how words are found and why the order of the rows matters.
 *
 * <p>The words were chosen from the labels and headings of the real lists the library reads, in Chinese
 * and in their English editions, so that a label and its translation imply the same thing:
 * 论文地址/Paper Address/Paper Link, 项目地址/Project Address/Project Link, 地址/Link/Website/GitHub Link,
 * 数据集地址/dataset address, 度盘下载地址/Dupan download address, 任务网址/Task URL, 论文解析/Paper Analysis.
 */
public final class Vocabularies {

    private Vocabularies() {
    }

    /**
     * Link roles. The rows are tried in this order: words saying what the link is about (other, paper,
     * code, weights, data, demo), then words for an address (homepage), then the names of the sites
     * that host code and weights (GitHub, Hugging Face), which give their role only when the label says
     * nothing else: {@code GitHub} is code, {@code GitHub Link} (the English edition's 地址) the homepage,
     * {@code HF (7B)} weights, {@code Hugging Face Space} a demo. "Source" and 来源 name where a resource
     * comes from (the lists use them for its provenance), so a link so labelled is its homepage; the
     * code is "source code", 源码 or 代码.
     */
    public static final Vocabulary<LinkRole> LINK_ROLES = Vocabulary.<LinkRole>builder()
            .words(LinkRole.OTHER, "其他", "其它", "其他链接", "other", "解析", "解读", "paper analysis", "blog",
                    "博客")
            .words(LinkRole.PAPER, "论文", "论文地址", "paper", "papers", "arxiv")
            .words(LinkRole.CODE, "代码", "源码", "源代码", "项目", "项目地址", "code", "source code", "repository",
                    "repo", "project")
            .words(LinkRole.WEIGHTS, "权重", "权重地址", "模型", "weight", "weights", "model", "checkpoint",
                    "checkpoints")
            .words(LinkRole.DATA, "数据", "数据地址", "语料", "下载", "data", "dataset", "datasets", "corpus",
                    "download")
            .words(LinkRole.DEMO, "演示", "演示地址", "体验", "demo", "space")
            .words(LinkRole.HOMEPAGE, "地址", "链接", "网址", "网站", "官网", "主页", "来源", "homepage", "home",
                    "website", "url", "link", "address", "source")
            .words(LinkRole.CODE, "github", "gitlab")
            .words(LinkRole.WEIGHTS, "hf", "hugging face", "huggingface")
            .build();

    /**
     * Kinds, in the order section titles are matched (a title naming a competition and a benchmark, as
     * 评测/比赛 does, is a competition). As a title, "data" is data about something rather than data
     * sets (awesome-healthcare's "Data" lists software), and 其他 ("others") says nothing of the kind of
     * its entries: those are names only.
     */
    public static final Vocabulary<Kind> KINDS = Vocabulary.<Kind>builder()
            .words(Kind.KNOWLEDGE_GRAPH, "知识图谱", "knowledge graph", "knowledge graphs", "kg")
            .words(Kind.COMPETITION, "比赛", "竞赛", "competition", "competitions", "challenge", "shared task",
                    "contest")
            .words(Kind.BENCHMARK, "评测", "测评", "基准", "benchmark", "benchmarks", "leaderboard", "evaluation")
            .words(Kind.DATASET, "数据集", "数据", "语料", "dataset", "datasets", "data set", "data sets", "corpus", "corpora")
            .names(Kind.DATASET, "data")
            .words(Kind.PAPER, "论文", "文章", "综述", "会议索引", "paper", "papers", "survey")
            .words(Kind.MODEL, "模型", "预训练模型", "model", "models", "llm", "plm", "vlm", "mllm", "embedding",
                    "bert")
            .words(Kind.TOOLKIT, "工具", "工具包", "toolkit", "toolkits", "tool", "tools", "library", "libraries",
                    "framework")
            .words(Kind.PRODUCT, "产品", "解决方案", "product", "products", "application", "solution")
            .words(Kind.BLOG, "博客", "blog", "blogs", "blog post")
            .words(Kind.LINK_COLLECTION, "友情链接", "link collections", "link", "links", "awesome",
                    "awesome list", "related list")
            .names(Kind.OTHER, "其他", "其它")
            .build();

    /**
     * Modalities, as sets, in the order section titles are matched. In the lists' titles 多模态 /
     * multimodal and vision mean images with text (医疗VLM, "CLIP ... Vision Models from Natural Language"),
     * and so do {@code vision-language} and {@code multimodal} in JSON before format 1.2: text and image.
     */
    public static final Vocabulary<Set<Modality>> MODALITIES = Vocabulary.<Set<Modality>>builder()
            .words(Set.of(Modality.TEXT, Modality.IMAGE), "vlm", "mllm", "视觉语言", "图文", "vision language",
                    "vision-language", "multimodal llm")
            .hints(Set.of(Modality.TEXT, Modality.IMAGE), "多模态", "multimodal", "multi-modal", "vision", "视觉")
            .names(Set.of(Modality.TEXT, Modality.IMAGE), "多模态", "multimodal", "multi-modal")
            .words(Set.of(Modality.TEXT), "文本", "text", "nlp", "llm", "plm")
            .words(Set.of(Modality.IMAGE), "图像", "影像", "image", "images")
            .names(Set.of(Modality.IMAGE), "vision")
            .words(Set.of(Modality.AUDIO), "语音", "speech", "audio")
            .words(Set.of(Modality.VIDEO), "视频", "video", "videos")
            .names(Set.of(Modality.TABULAR), "table", "tables", "structured", "structured ehr", "表格",
                    "结构化数据")
            .names(Set.of(Modality.TIME_SERIES), "signal", "signals", "ecg", "eeg", "时序", "时间序列", "信号")
            .names(Set.of(Modality.OMICS), "genomics", "genomic", "基因组", "组学")
            .names(Set.of(Modality.VOLUME_3D), "3d", "3d volume", "ct volume", "volume", "三维")
            .build();

    /**
     * Languages by name. In a section title, one naming several languages makes the others moot, so
     * {@link Language#MULTILINGUAL} comes first.
     */
    public static final Vocabulary<Language> LANGUAGES = Vocabulary.<Language>builder()
            .words(Language.MULTILINGUAL, "多语言", "multilingual", "multi-lingual")
            .names(Language.MULTILINGUAL, "multiple")
            .words(Language.CHINESE, "中文", "汉语", "chinese")
            .words(Language.ENGLISH, "英文", "英语", "english")
            .build();

    /**
     * Tasks by name: each task's BigBIO and Hugging Face names, then synonyms in English and Chinese,
     * among them the free words the catalogue's data used before tasks became a closed vocabulary
     * ({@code qa}, {@code ner}, {@code text-mining}, {@code machine-reading}). Names only: a task is not
     * guessed from the words of a text.
     */
    public static final Vocabulary<Task> TASKS = tasks();

    /**
     * Words that older data gave as tasks but that name something else, kept as tags when such data is
     * read: a data source ({@code ehr}), a benchmark format ({@code exam}), a training method
     * ({@code instruction-tuning}), a kind of resource ({@code knowledge-graph}).
     */
    public static final Set<String> FORMER_TASKS_NOW_TAGS = Set.of("ehr", "exam", "instruction-tuning",
            "knowledge-graph");

    /**
     * The tag a word of older data's task list becomes when it names no task ({@link #FORMER_TASKS_NOW_TAGS}),
     * compared as task names are (case, spaces, hyphens and underscores alike: {@code Instruction Tuning} is
     * {@code instruction-tuning}), or null.
     */
    public static String formerTaskTag(String word) {
        String key = Words.key(word);
        return FORMER_TASKS_NOW_TAGS.contains(key) ? key : null;
    }

    private static Vocabulary<Task> tasks() {
        Vocabulary.Builder<Task> b = Vocabulary.builder();
        for (Task t : Task.values()) {
            t.bigBioName().ifPresent(n -> b.names(t, n.toLowerCase(java.util.Locale.ROOT)));
            t.huggingFaceName().ifPresent(n -> b.names(t, n));
        }
        return b.names(Task.NAMED_ENTITY_RECOGNITION, "named entity recognition", "entity recognition",
                        "命名实体识别", "实体识别")
                .names(Task.RELATION_EXTRACTION, "关系抽取", "关系识别")
                .names(Task.EVENT_EXTRACTION, "事件抽取")
                .names(Task.ENTITY_LINKING, "named entity disambiguation", "entity normalization",
                        "term normalization", "normalization", "实体链接", "术语标准化", "标准化")
                .names(Task.COREFERENCE_RESOLUTION, "coreference", "coref", "共指消解")
                .names(Task.QUESTION_ANSWERING, "machine reading", "machine-reading", "reading comprehension",
                        "问答", "阅读理解")
                .names(Task.TEXTUAL_ENTAILMENT, "natural language inference", "nli", "entailment", "文本蕴含")
                .names(Task.SEMANTIC_SIMILARITY, "semantic textual similarity", "similarity", "语义相似度",
                        "相似度")
                .names(Task.PARAPHRASING, "paraphrase", "复述")
                .names(Task.TRANSLATION, "machine translation", "翻译", "机器翻译")
                .names(Task.SUMMARIZATION, "summarisation", "summary", "摘要", "文本摘要")
                .names(Task.TEXT_CLASSIFICATION, "classification", "文本分类", "分类")
                .names(Task.VISUAL_QUESTION_ANSWERING, "vqa", "视觉问答")
                .names(Task.TEXT_GENERATION, "generation", "文本生成")
                .names(Task.IMAGE_CLASSIFICATION, "图像分类")
                .names(Task.IMAGE_SEGMENTATION, "segmentation", "图像分割")
                .names(Task.DIALOGUE, "medical consultation", "consultation", "conversation", "对话", "问诊")
                .names(Task.REPORT_GENERATION, "报告生成")
                .names(Task.TRIAGE, "分诊")
                .names(Task.DIAGNOSIS, "诊断", "辅助诊断")
                .names(Task.CLINICAL_CODING, "icd coding", "coding", "临床编码", "编码")
                .names(Task.DE_IDENTIFICATION, "deidentification", "de-id", "deid", "anonymisation",
                        "anonymization", "脱敏", "去标识化")
                .names(Task.WORD_SEGMENTATION, "segmentation of words", "tokenization", "分词")
                .names(Task.RETRIEVAL, "search", "information retrieval", "检索", "搜索")
                .names(Task.INFORMATION_EXTRACTION, "text mining", "text-mining", "信息抽取", "文本挖掘")
                .names(Task.MEDICAL_REASONING, "reasoning", "clinical reasoning", "医学推理", "推理")
                .build();
    }
}
