package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Vocabularies;
import io.github.medicalnlp.catalogue.internal.Words;

/** What kind of resource an entry describes. Its {@link #word()} is the lower-case form used in files. */
public enum Kind {
    /** An evaluation benchmark or leaderboard, e.g. CMB. */
    BENCHMARK,
    /** A shared task or competition, e.g. a Tianchi challenge. */
    COMPETITION,
    /** A data set, e.g. Huatuo-26M. */
    DATASET,
    /** A knowledge graph, e.g. CMeKG. */
    KNOWLEDGE_GRAPH,
    /** A pretrained or fine-tuned model, e.g. HuatuoGPT. */
    MODEL,
    /** A paper. */
    PAPER,
    /** A software toolkit or library. */
    TOOLKIT,
    /** An industrial product or solution. */
    PRODUCT,
    /** A blog post or article. */
    BLOG,
    /** A link to another collection of resources. */
    LINK_COLLECTION,
    /** Anything else. */
    OTHER;

    /** The lower-case word of this kind, e.g. {@code knowledge-graph}. */
    public String word() {
        return Words.word(this);
    }

    /**
     * The kind named by {@code text}: its word ({@code knowledge-graph}), its constant name
     * ({@code KNOWLEDGE_GRAPH}), an English plural ({@code datasets}) or a Chinese name ({@code 数据集}).
     * The same words name the kind of the entries under a section title that holds them (数据集, Datasets,
     * 评测, Benchmarks, 模型, LLMs ...), except {@code data} and {@code 其他}, which as a title do not.
     *
     * @throws IllegalArgumentException listing the accepted words when {@code text} names no kind
     */
    public static Kind parse(String text) {
        return Words.parse(values(), k -> Vocabularies.KINDS.names(k), text, "kind");
    }

    @Override
    public String toString() {
        return word();
    }
}
