package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One catalogue, two READMEs: the list's own language as it was, and the English edition's. */
class LanguageRenderingTest {

    private final Catalogue bilingual = Catalogue.builder("Medical_NLP").section(Section.builder("LLM数据集").number("3")
            .title(Language.ENGLISH, "Datasets")
            .child(Section.builder("中文").number("3.1").title(Language.ENGLISH, "Chinese")
                    .entry(Entry.builder("中文医疗对话数据集")
                            .link("https://github.com/Toyhom/Chinese-medical-dialogue-data", "地址", LinkRole.HOMEPAGE)
                            .link("https://arxiv.org/abs/2004.03329", "论文地址", LinkRole.PAPER)
                            .field("简介", "包含六个科室的医学问答数据").kind(Kind.DATASET).language(Language.CHINESE)
                            .translation(Language.ENGLISH, new Translation("Chinese Medical Dialogue Dataset",
                                    List.of(TextField.of("Introduction", "Medical Q&A data from six departments")),
                                    Optional.empty()))
                            .build())
                    .entry(Entry.builder("未译").link("https://example.org/x", "地址", LinkRole.HOMEPAGE)
                            .kind(Kind.DATASET).language(Language.CHINESE).build())
                    .build())
            .build()).build();

    @Test
    void theEnglishRenderingIsTheEnglishEditionsStyleAndReadsBackAsTheEnglishView() {
        String english = MarkdownWriter.canonical().inLanguage(Language.ENGLISH).write(bilingual);
        assertThat(english).contains("## 3. Datasets\n").contains("### 3.1 Chinese\n")
                .contains("* Chinese Medical Dialogue Dataset\n")
                .contains("  * Link: https://github.com/Toyhom/Chinese-medical-dialogue-data\n")
                .contains("  * Paper: https://arxiv.org/abs/2004.03329\n")
                .contains("  * Introduction: Medical Q&A data from six departments\n")
                .as("an entry without English keeps its own text").contains("* 未译\n")
                .doesNotContain("中文医疗对话数据集").doesNotContain("简介");
        Catalogue back = MarkdownReader.create().read(english).catalogue();
        assertThat(back).isEqualTo(MarkdownWriter.canonical().inLanguage(Language.ENGLISH).view(bilingual));
        assertThat(back.query().language(Language.CHINESE).kind(Kind.DATASET).count()).isEqualTo(2);
    }

    @Test
    void theOwnLanguageRenderingStaysAsItWasAndLeavesTheEnglishOut() {
        String chinese = MarkdownWriter.canonical().write(bilingual);
        assertThat(chinese).isEqualTo(MarkdownWriter.canonical().write(bilingual.withoutTranslations()))
                .contains("## 3. LLM数据集\n").contains("  * 地址：https://github.com/Toyhom/Chinese-medical-dialogue-data\n")
                .doesNotContain("Chinese Medical Dialogue Dataset");
        assertThat(MarkdownReader.create().read(chinese).catalogue()).isEqualTo(bilingual.withoutTranslations())
                .isEqualTo(MarkdownWriter.canonical().view(bilingual));
        assertThat(bilingual.hasTranslations()).isTrue();
        assertThat(bilingual.withoutTranslations().hasTranslations()).isFalse();
    }

    @Test
    void theEnglishViewKeepsTheOwnTextAsItsTranslation() {
        Catalogue en = bilingual.inLanguage(Language.ENGLISH, Language.CHINESE);
        Entry dialogue = en.allEntries().get(0);
        assertThat(dialogue.name()).isEqualTo("Chinese Medical Dialogue Dataset");
        assertThat(dialogue.name(Language.CHINESE)).isEqualTo("中文医疗对话数据集");
        assertThat(dialogue.links()).as("the model's view keeps the links; the English rendering words role labels")
                .extracting(l -> l.label()).containsExactly("地址", "论文地址");
        assertThat(MarkdownWriter.canonical().inLanguage(Language.ENGLISH).view(bilingual).allEntries().get(0).links())
                .extracting(l -> l.label()).containsExactly("Link", "Paper");
        assertThat(en.inLanguage(Language.CHINESE, Language.ENGLISH)).isEqualTo(bilingual);
        assertThat(en.section("3").title(Language.CHINESE)).isEqualTo("LLM数据集");
        assertThat(en.query().text("对话").count()).as("searchable in both").isEqualTo(1);
    }
}
