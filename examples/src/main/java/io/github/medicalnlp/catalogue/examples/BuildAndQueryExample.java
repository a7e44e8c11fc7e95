package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a small catalogue in code, in the shape of the Medical_NLP list, and prints what a few
 * queries find: Chinese data sets about question answering, and every entry grouped by kind.
 */
public final class BuildAndQueryExample {

    private BuildAndQueryExample() {
    }

    /** A few entries of sections 3.1 and 5.2.2 of the Medical_NLP list. */
    public static Catalogue catalogue() {
        Section chinese = Section.builder("中文").number("3.1")
                .entry(Entry.builder("Huatuo-26M").link("https://github.com/FreedomIntelligence/Huatuo-26M")
                        .field("简介", "Huatuo-26M 是迄今为止最大的中医问答数据集。")
                        .kind(Kind.DATASET).language(Language.CHINESE).task("qa").build())
                .entry(Entry.builder("CBLUE").link("https://github.com/CBLUEbenchmark/CBLUE")
                        .field("简介", "涵盖了医学文本信息抽取（实体识别、关系抽取）")
                        .kind(Kind.DATASET).language(Language.CHINESE).task("ner").build())
                .entry(Entry.builder("cMedQA2 (108K)").link("https://github.com/zhangsheng93/cMedQA2")
                        .field("简介", "中文医药方面的问答数据集，超过10万条")
                        .kind(Kind.DATASET).language(Language.CHINESE).task("qa").build())
                .entry(Entry.builder("中文医学知识图谱 CMeKG (1M三元组)").link("http://cmekg.pcl.ac.cn/")
                        .field("简介", "CMeKG（Chinese Medical Knowledge  Graph）")
                        .kind(Kind.KNOWLEDGE_GRAPH).language(Language.CHINESE).build())
                .build();
        Section models = Section.builder("中文医疗大语言模型").number("5.2.2")
                .entry(Entry.builder("HuatuoGPT").link("https://github.com/FreedomIntelligence/HuatuoGPT")
                        .field("简介", "华佗GPT是一个经过中文医学指令精调/指令微调得到的一个GPT-like模型。")
                        .kind(Kind.MODEL).language(Language.CHINESE).task("dialogue").build())
                .build();
        return Catalogue.builder("Medical_NLP")
                .section(Section.builder("LLM数据集").number("3").child(chinese).build())
                .section(Section.builder("开源预训练模型").number("5")
                        .child(Section.builder("医疗LLM").number("5.2").child(models).build()).build())
                .build();
    }

    /** Prints the query results to {@code out}. */
    public static void run(PrintStream out) {
        Catalogue catalogue = catalogue();

        out.println("Chinese data sets whose text contains 问答:");
        List<Match> qa = catalogue.query().kind(Kind.DATASET).language(Language.CHINESE).text("问答").list();
        for (Match m : qa) {
            out.println("  " + m.path() + "  " + m.name() + "  " + m.primaryUrl().orElse(""));
        }

        out.println("Entries by kind:");
        Map<Optional<Kind>, List<Match>> byKind = catalogue.query().groupBy(Match::kind);
        byKind.forEach((kind, matches) -> out.println("  " + kind.map(Kind::word).orElse("(none)") + ": "
                + matches.stream().map(Match::name).toList()));
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
