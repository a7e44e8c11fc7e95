package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Words;

/** What a link of an entry points at. */
public enum LinkRole {
    /** The resource's own address (地址, Link, Homepage). */
    HOMEPAGE("地址", "link", "url", "home", "website", "官网"),
    /** A paper about it (论文地址, Paper, arXiv). */
    PAPER("论文", "论文地址", "arxiv", "papers"),
    /** Its source code (项目地址, Code, GitHub). */
    CODE("代码", "项目地址", "github", "source", "repository"),
    /** Its data (数据, Data, Dataset). */
    DATA("数据", "数据地址", "dataset", "download"),
    /** Its model weights (权重, Weights, HF). */
    WEIGHTS("权重", "weight", "checkpoint", "checkpoints", "hf", "hugging face"),
    /** A live demonstration (Demo, 体验). */
    DEMO("演示", "体验", "space"),
    /** Anything else. */
    OTHER("其他", "其它");

    private final String[] synonyms;

    LinkRole(String... synonyms) {
        this.synonyms = synonyms;
    }

    /** The lower-case word of this role, e.g. {@code homepage}. */
    public String word() {
        return Words.word(this);
    }

    /**
     * The role named by {@code text}: its word, its constant name, or a synonym such as
     * {@code 论文地址} or {@code GitHub}.
     *
     * @throws IllegalArgumentException listing the accepted words when {@code text} names no role
     */
    public static LinkRole parse(String text) {
        return Words.parse(values(), r -> r.synonyms, text, "link role");
    }

    @Override
    public String toString() {
        return word();
    }
}
