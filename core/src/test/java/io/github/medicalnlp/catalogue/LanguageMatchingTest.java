package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.query.Match;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BCP 47 tags with region or script, and names, wherever a language is asked for (issue 16). */
class LanguageMatchingTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({"zh, zh, true", "zh, zh-cn, true", "zh-CN, zh, true", "zh, zh-Hans-CN, true", "zh-cn, zh-tw, false",
            "zh, zha, false", "en, en-GB, true", "mul, en, false", "zh-CN, zh-Hans-CN, true", "zh-Hans, zh-Hans-CN, true",
            "zh-Hans, zh-Hant, false", "zh-Hans-CN, zh-Hant-CN, false", "zh-TW, zh-Hant-TW, true", "zh-TW, zh-Hans-CN, false",
            "zh-Hant, zh-TW, false", "zh-Hans, zh-TW, false", "zh-Hans, zh, true", "sr-Latn, sr-Cyrl-RS, false", "de-1996, de-DE, false", "de, de-1996, true"})
    void tagsMatchSubtagBySubtagEitherWay(String a, String b, boolean expected) {
        assertThat(Language.of(a).matches(Language.of(b))).isEqualTo(expected);
        assertThat(Language.of(b).matches(Language.of(a))).isEqualTo(expected);
    }

    @Test
    void ofTakesNamesAsParseDoesAndKeepsTagsAsTheyAre() {
        assertThat(Language.of("Chinese")).isEqualTo(Language.CHINESE);
        assertThat(Language.of("中文")).isEqualTo(Language.CHINESE);
        assertThat(Language.of("English")).isEqualTo(Language.ENGLISH);
        assertThat(Language.of("zh-CN").code()).as("a tag stays as precise as it was").isEqualTo("zh-cn");
        assertThat(Language.of("zh_Hans").code()).isEqualTo("zh-hans");
    }

    @Test
    void queriesFindEntriesByAMoreOrLessPreciseTag() {
        Catalogue c = Catalogue.builder("t").section(Section.builder("s")
                .entry(Entry.builder("plain").language(Language.CHINESE).build())
                .entry(Entry.builder("taiwan").language(Language.of("zh-TW")).build())
                .entry(Entry.builder("english").language(Language.ENGLISH).build()).build()).build();
        assertThat(c.query().language("zh-CN").entries()).extracting(Entry::name).containsExactly("plain");
        assertThat(c.query().language("zh-Hans").entries()).extracting(Entry::name).containsExactly("plain");
        assertThat(c.query().language("zh").entries()).extracting(Entry::name).containsExactly("plain", "taiwan");
        assertThat(c.query().language("Chinese").entries()).extracting(Entry::name).containsExactly("plain", "taiwan");
        assertThat(c.query().language(Language.of("zh-TW")).entries()).extracting(Entry::name)
                .containsExactly("plain", "taiwan");
        assertThat(c.query().language("en-GB").list()).extracting(Match::name).containsExactly("english");
        assertThat(c.query().language("ja").count()).isZero();
        assertThat(List.of(c.query().language("中文").count())).containsExactly(2L);
    }
}
