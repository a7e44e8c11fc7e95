package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Entries and sections in two languages: JSON carries both, by language tag, and reads them back. */
class TranslationsJsonTest {

    private final Catalogue bilingual = Catalogue.builder("Medical_NLP").introduction("医疗NLP资源汇总。")
            .translation(Language.ENGLISH, new io.github.medicalnlp.catalogue.CatalogueTranslation("Medical_NLP",
                    "A summary.", List.of(io.github.medicalnlp.catalogue.NewsItem.of("2024/11/14", "Added"))))
            .section(Section.builder("数据集").number("3")
            .title(Language.ENGLISH, "Datasets")
            .entry(Entry.builder("中文医疗对话数据集").link("https://github.com/Toyhom/Chinese-medical-dialogue-data")
                    .field("来源", "男科、儿科、妇产科等对话").group("对话")
                    .translation(Language.ENGLISH, new Translation("Chinese Medical Dialogue Dataset",
                            List.of(TextField.of("Source", "Andrology, pediatrics and gynecology dialogues")),
                            Optional.of("Dialogue")))
                    .build())
            .build()).build();

    @Test
    void bothLanguagesAreWrittenValidAndReadBackEqual() {
        String json = CatalogueJsonWriter.create().write(bilingual);
        assertThat(CatalogueJsonWriter.compact().write(bilingual)).contains("\"titles\":{\"en\":\"Datasets\"}")
                .contains("\"translations\":{\"en\":{\"name\":\"Chinese Medical Dialogue Dataset\",\"group\":\"Dialogue\","
                        + "\"fields\":[{\"label\":\"Source\",");
        assertThat(CatalogueJsonWriter.compact().write(bilingual)).contains("\"translations\":{\"en\":{\"title\":"
                + "\"Medical_NLP\",\"introduction\":\"A summary.\",\"news\":[{\"date\":\"2024/11/14\",\"text\":\"Added\"}]}}");
        assertThat(Schemas.strict(json)).isEmpty();
        assertThat(Schemas.open(json)).isEmpty();
        assertThat(CatalogueJsonReader.strict().read(json)).isEqualTo(bilingual);
        assertThat(CatalogueJsonReader.create().read(CatalogueJsonWriter.compact().write(bilingual)))
                .isEqualTo(bilingual);
    }

    @Test
    void aKeyThatIsNoLanguageTagIsReportedWhereItIs() {
        String json = CatalogueJsonWriter.create().write(bilingual).replace("\"en\": {", "\"english!\": {");
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(json)).isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("'english!' is neither a language tag")
                .satisfies(t -> assertThat(((CatalogueFormatException) t).pointer())
                        .hasValueSatisfying(p -> assertThat(p).startsWith("/translations")));
        String noName = CatalogueJsonWriter.create().write(bilingual)
                .replace("\"name\": \"Chinese Medical Dialogue Dataset\",", "");
        assertThatThrownBy(() -> CatalogueJsonReader.create().read(noName)).isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("name");
    }
}
