package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Vocabularies;
import io.github.medicalnlp.catalogue.internal.Words;

/**
 * What a link of an entry points at.
 *
 * <p>One table of words per role gives both {@link #parse} (a role named exactly) and {@link #ofLabel}
 * (the role a free-form label implies), so every word that {@code parse} accepts gives the same role
 * through {@code ofLabel}:
 *
 * <table>
 *   <caption>The words of each role, in the order {@code ofLabel} tries them</caption>
 *   <tr><th>role</th><th>words</th></tr>
 *   <tr><td>other</td><td>其他, 其它, 其他链接, other, 解析, 解读, paper analysis, blog, 博客</td></tr>
 *   <tr><td>paper</td><td>论文, 论文地址, paper, papers, arxiv</td></tr>
 *   <tr><td>code</td><td>代码, 源码, 源代码, 项目, 项目地址, code, source code, repository, repo, project</td></tr>
 *   <tr><td>weights</td><td>权重, 权重地址, 模型, weight, weights, model, checkpoint, checkpoints</td></tr>
 *   <tr><td>data</td><td>数据, 数据地址, 语料, 下载, data, dataset, datasets, corpus, download</td></tr>
 *   <tr><td>demo</td><td>演示, 演示地址, 体验, demo, space</td></tr>
 *   <tr><td>homepage</td><td>地址, 链接, 网址, 网站, 官网, 主页, 来源, homepage, home, website, url, link,
 *       address, source</td></tr>
 *   <tr><td>code</td><td>github, gitlab (when the label says nothing else)</td></tr>
 *   <tr><td>weights</td><td>hf, hugging face, huggingface (when the label says nothing else)</td></tr>
 * </table>
 */
public enum LinkRole {
    /** The resource's own address (地址, Link, Homepage, Website). */
    HOMEPAGE,
    /** A paper about it (论文地址, Paper, arXiv). */
    PAPER,
    /** Its source code (项目地址, Code, GitHub). */
    CODE,
    /** Its data (数据, Data, Dataset, Download). */
    DATA,
    /** Its model weights (权重, Weights, Model, HF). */
    WEIGHTS,
    /** A live demonstration (Demo, 体验, Space). */
    DEMO,
    /** Anything else (其他, Blog, 论文解析). */
    OTHER;

    /** The lower-case word of this role, e.g. {@code homepage}. */
    public String word() {
        return Words.word(this);
    }

    /**
     * The role named by {@code text}: its word, its constant name, or one of the words of the table
     * above, such as {@code 论文地址}, {@code GitHub} or {@code Hugging Face}, compared as a whole,
     * ignoring case and treating space, hyphen and underscore alike.
     *
     * @throws IllegalArgumentException listing the accepted words when {@code text} names no role
     */
    public static LinkRole parse(String text) {
        return Words.parse(values(), r -> Vocabularies.LINK_ROLES.names(r), text, "link role");
    }

    /**
     * The role that a link's label, as written in a list, implies: the role of the first row of the table
     * above that has a word in the label. Chinese words are found anywhere in the label ({@code 论文} in
     * {@code 论文地址}); Latin ones only as whole words, or their plural in s ({@code code} in
     * {@code Code Link}, not in {@code CodeX}); case, full-width forms, spaces, hyphens and punctuation
     * do not matter. So {@code Paper Link} is a paper, {@code 度盘下载地址} data, {@code GitHub} code
     * but {@code GitHub Link} the homepage, {@code HF (7B)} weights but {@code Hugging Face Space} a demo.
     * An empty or blank label gives {@link #HOMEPAGE} (a link written without a label is the resource's
     * own), a label with no word of the table {@link #OTHER}. Linear in the length of the label.
     *
     * @throws NullPointerException if {@code label} is null
     */
    public static LinkRole ofLabel(String label) {
        Checks.notNull(label, "label");
        if (label.isBlank()) {
            return HOMEPAGE;
        }
        return Vocabularies.LINK_ROLES.find(label).orElse(OTHER);
    }

    @Override
    public String toString() {
        return word();
    }
}
