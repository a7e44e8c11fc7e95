package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Words;

/** What kind of resource an entry describes. Its {@link #word()} is the lower-case form used in files. */
public enum Kind {
    /** An evaluation benchmark or leaderboard, e.g. CMB. */
    BENCHMARK("评测", "基准", "benchmarks", "evaluation"),
    /** A shared task or competition, e.g. a Tianchi challenge. */
    COMPETITION("比赛", "竞赛", "competitions", "challenge", "shared task"),
    /** A data set, e.g. Huatuo-26M. */
    DATASET("数据集", "datasets", "data"),
    /** A knowledge graph, e.g. CMeKG. */
    KNOWLEDGE_GRAPH("知识图谱", "knowledge graphs", "kg"),
    /** A pretrained or fine-tuned model, e.g. HuatuoGPT. */
    MODEL("模型", "models", "预训练模型"),
    /** A paper. */
    PAPER("论文", "papers", "文章"),
    /** A software toolkit or library. */
    TOOLKIT("工具", "工具包", "toolkits", "tool", "tools"),
    /** An industrial product or solution. */
    PRODUCT("产品", "products", "solution"),
    /** A blog post or article. */
    BLOG("博客", "blogs", "blog post"),
    /** A link to another collection of resources. */
    LINK_COLLECTION("友情链接", "link collections", "links", "awesome list"),
    /** Anything else. */
    OTHER("其他", "其它");

    private final String[] synonyms;

    Kind(String... synonyms) {
        this.synonyms = synonyms;
    }

    /** The lower-case word of this kind, e.g. {@code knowledge-graph}. */
    public String word() {
        return Words.word(this);
    }

    /**
     * The kind named by {@code text}: its word ({@code knowledge-graph}), its constant name
     * ({@code KNOWLEDGE_GRAPH}), an English plural ({@code datasets}) or a Chinese name ({@code 数据集}).
     *
     * @throws IllegalArgumentException listing the accepted words when {@code text} names no kind
     */
    public static Kind parse(String text) {
        return Words.parse(values(), k -> k.synonyms, text, "kind");
    }

    @Override
    public String toString() {
        return word();
    }
}
