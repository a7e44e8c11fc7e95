package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Attacks on the language views of issue 14 (Catalogue.inLanguage). */
class Issue14CoreAttackTest {

    private final Catalogue bilingual = Catalogue.builder("Medical_NLP").section(Section.builder("数据集").number("3")
            .title(Language.ENGLISH, "Datasets")
            .entry(Entry.builder("中文医疗对话数据集")
                    .link("https://github.com/Toyhom/Chinese-medical-dialogue-data", "地址", LinkRole.HOMEPAGE)
                    .link("https://arxiv.org/abs/2004.03329", "论文地址", LinkRole.PAPER)
                    .field("简介", "包含六个科室的医学问答数据")
                    .translation(Language.ENGLISH, new Translation("Chinese Medical Dialogue Dataset",
                            List.of(TextField.of("Introduction", "Medical Q&A data from six departments")), Optional.empty()))
                    .build())
            .build()).build();

    /**
     * inLanguage keeps "its own text ... as the translations in own, so that no text is lost"; but the link
     * labels 地址 and 论文地址 become Link and Paper and are kept nowhere, so the view cannot be turned back.
     */
    @Test
    void theEnglishViewTurnedBackIsTheCatalogue() {
        Catalogue back = bilingual.inLanguage(Language.ENGLISH, Language.CHINESE)
                .inLanguage(Language.CHINESE, Language.ENGLISH);
        assertThat(back.allEntries().get(0).links()).extracting(Link::label).containsExactly("地址", "论文地址");
        assertThat(back).isEqualTo(bilingual);
    }

    /**
     * inLanguage(EN, EN) is accepted and gives an entry whose "English translation" is the Chinese text
     * (translation(ENGLISH).name() is 中文医疗对话数据集): the own language must differ from the view's.
     */
    @Test
    void aViewInItsOwnLanguageDoesNotFileTheChineseAsEnglish() {
        Catalogue view;
        try {
            view = bilingual.inLanguage(Language.ENGLISH, Language.ENGLISH);
        } catch (IllegalArgumentException refused) {
            return; // refusing is right too
        }
        assertThat(view.allEntries().get(0).translation(Language.ENGLISH))
                .hasValueSatisfying(t -> assertThat(t.name()).isNotEqualTo("中文医疗对话数据集"));
    }
}
