package io.github.medicalnlp.catalogue.json;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;

/** Catalogues built in code that use every part of the model. */
final class Samples {

    private Samples() {
    }

    static Catalogue full() {
        Entry cmb = Entry.builder("CMB")
                .link("https://github.com/FreedomIntelligence/CMB", "地址", LinkRole.HOMEPAGE)
                .link(Link.of("https://arxiv.org/abs/2308.08833", "论文地址", LinkRole.PAPER))
                .field("来源", "各个临床医学工种各阶段考试；临床复杂病例问诊")
                .field(TextField.unlabelled("“引号” & <尖括号> \\ 反斜杠 🙂"))
                .kind(Kind.BENCHMARK).language(Language.CHINESE).modality(Modality.TEXT)
                .task("qa").tag("exam").tag("llm")
                .build();
        Entry paper = Entry.builder("MUFASA: Multimodal Fusion Architecture Search for Electronic Health Records")
                .link(Link.of("http://arxiv-download.xixiaoyao.cn/pdf/2102.02340.pdf", "论文地址", LinkRole.PAPER))
                .group("电子病历相关文章").kind(Kind.PAPER).build();
        Entry bare = Entry.of("MultiMedBench");
        return Catalogue.builder("Medical_NLP")
                .introduction("医疗NLP领域  评测/比赛，数据集，论文和预训练模型资源汇总。\n\nSummary of medical NLP.")
                .newsItem("2024/11/14", "新增 [`4. VLM数据集`](#4-VLM数据集)")
                .newsItem("", "undated news")
                .section(Section.builder("评测").number("1")
                        .child(Section.builder("中文医疗基准测评：CMB / CMExam / PromptCBLUE").number("1.1")
                                .anchor("11--中文医疗基准测评cmb--cmexam--promptcblue").entry(cmb).entry(bare).build())
                        .build())
                .section(Section.builder("特定任务文章").number("6.3").entry(paper).build())
                .section(Section.of("Unnumbered"))
                .citation("@misc{medical_NLP_github,\n  title = {Medical NLP}\n}")
                .build();
    }
}
