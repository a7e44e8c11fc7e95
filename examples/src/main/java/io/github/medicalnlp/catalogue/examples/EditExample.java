package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Edits a list and writes it back with a minimal diff: adds an entry and fixes a description in a
 * small README in the seed's style, and prints the new text and what changed.
 */
public final class EditExample {

    /** A README in the style of the Medical_NLP list. */
    public static final String README = """
            # Medical_NLP

            ## 3. LLM数据集

            ### 3.1 中文

            * Huatuo-26M

              * 地址：https://github.com/FreedomIntelligence/Huatuo-26M
                ![](https://img.shields.io/github/stars/FreedomIntelligence/Huatuo-26M)
              * 简介：Huatuo-26M 是迄今为止最大的中医问答数据集。
            * cMedQA2 (108K)

              * 地址：https://github.com/zhangsheng93/cMedQA2
                ![](https://img.shields.io/github/stars/zhangsheng93/cMedQA2)
              * 简介：中文医药方面的问答数据集
            """;

    private EditExample() {
    }

    /** The edited README. */
    public static String edit(String readme, PrintStream out) {
        MarkdownDocument doc = MarkdownReader.create().read(readme);
        Catalogue catalogue = doc.catalogue();
        Entry cmtMedQa = Entry.builder("CMtMedQA")
                .link("https://github.com/example/CMtMedQA", "地址", LinkRole.HOMEPAGE)
                .field("简介", "多轮对话问答数据集")
                .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).build();
        Entry cmedqa = catalogue.section("3.1").entries().get(1);
        Catalogue edited = catalogue
                .addEntry("3.1", cmtMedQa)
                .replaceEntry(cmedqa, cmedqa.withFields(List.of(TextField.of("简介", "中文医药方面的问答数据集，超过10万条"))));
        out.println(CatalogueDiff.between(catalogue, edited).describe());
        return doc.withCatalogue(edited).render();
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(edit(README, out));
    }
}
