package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An entry's and a section's text in a second language: reachable by language, searched, kept by edits. */
class TranslationTest {

    private final Translation english = Translation.of("Chinese Medical Dialogue Dataset",
            List.of(TextField.of("Introduction", "Andrology, pediatrics, obstetrics and gynecology dialogues")));
    private final Entry dialogue = Entry.builder("中文医疗对话数据集")
            .link("https://github.com/Toyhom/Chinese-medical-dialogue-data")
            .field("来源", "该数据集含有包括男科、儿科、妇产科等对话").kind(Kind.DATASET).language(Language.CHINESE)
            .translation(Language.ENGLISH, english).build();

    @Test
    void theEntrysOwnTextStaysAndTheOtherLanguageIsOneCallAway() {
        assertThat(dialogue.name()).isEqualTo("中文医疗对话数据集");
        assertThat(dialogue.name(Language.ENGLISH)).isEqualTo("Chinese Medical Dialogue Dataset");
        assertThat(dialogue.name(Language.of("fr"))).as("no French: its own name").isEqualTo("中文医疗对话数据集");
        assertThat(dialogue.translation(Language.ENGLISH).flatMap(Translation::description))
                .contains("Andrology, pediatrics, obstetrics and gynecology dialogues");
        assertThat(dialogue.translation(Language.CHINESE)).isEmpty();
        assertThat(dialogue.withTranslation(Language.ENGLISH, english)).isSameAs(dialogue);
        assertThat(dialogue.withName("X").translation(Language.ENGLISH)).contains(english);
    }

    @Test
    void aTextQueryFindsAnEntryByEitherLanguage() {
        Catalogue c = Catalogue.builder("T").section(Section.builder("数据集").number("3")
                .title(Language.ENGLISH, "Datasets").entry(dialogue).entry(Entry.of("Other", "https://o.org")).build())
                .build();
        assertThat(c.query().text("dialogue").list()).extracting(m -> m.name()).containsExactly("中文医疗对话数据集");
        assertThat(c.query().text("对话").count()).isEqualTo(1);
        assertThat(c.query().text("pediatrics").count()).isEqualTo(1);
        Section s = c.section("3");
        assertThat(s.title(Language.ENGLISH)).isEqualTo("Datasets");
        assertThat(s.title(Language.CHINESE)).isEqualTo("数据集");
        assertThat(s.withTitle("数据").titles()).containsEntry(Language.ENGLISH, "Datasets");
    }

    @Test
    void theCataloguesOwnTextHasItsTranslationTooAndTheViewSwapsIt() {
        Catalogue c = Catalogue.builder("医疗NLP").introduction("医疗NLP资源汇总。").newsItem("2024/11/14", "新增")
                .translation(Language.ENGLISH, new CatalogueTranslation("Medical NLP", "A summary of medical NLP resources.",
                        List.of(NewsItem.of("2024/11/14", "Added"))))
                .section(Section.builder("数据集").entry(dialogue).build()).build();
        assertThat(c.translation(Language.ENGLISH).map(CatalogueTranslation::title)).contains("Medical NLP");
        Catalogue en = c.inLanguage(Language.ENGLISH, Language.CHINESE);
        assertThat(en.title()).isEqualTo("Medical NLP");
        assertThat(en.introduction()).isEqualTo("A summary of medical NLP resources.");
        assertThat(en.news()).containsExactly(NewsItem.of("2024/11/14", "Added"));
        assertThat(en.translation(Language.CHINESE).map(CatalogueTranslation::introduction)).contains("医疗NLP资源汇总。");
        assertThat(en.inLanguage(Language.CHINESE, Language.ENGLISH)).isEqualTo(c);
        assertThat(c.hasTranslations()).isTrue();
        assertThat(c.withoutTranslations().translations()).isEmpty();
        assertThat(c.withTitle("X").translation(Language.ENGLISH)).as("edits keep it").isPresent();
    }

    @Test
    void nullsAndBlanksAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> Translation.of(" ", List.of())).hasMessage("name must not be blank");
        assertThatThrownBy(() -> new Translation("A", List.of(), Optional.of(" "))).hasMessage("group must not be blank");
        Map<Language, Translation> withNull = new HashMap<>();
        withNull.put(Language.ENGLISH, null);
        assertThatThrownBy(() -> Entry.builder("A").translations(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("translations");
        assertThatThrownBy(() -> Section.builder("A").title(Language.ENGLISH, " ")).hasMessage("title must not be blank");
        assertThatThrownBy(() -> dialogue.translations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
