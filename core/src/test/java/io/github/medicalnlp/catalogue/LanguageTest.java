package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @Test
    void constantsHaveTheirCodes() {
        assertThat(Language.CHINESE.code()).isEqualTo("zh");
        assertThat(Language.ENGLISH.code()).isEqualTo("en");
        assertThat(Language.MULTILINGUAL.code()).isEqualTo("mul");
        assertThat(Language.of("ZH")).isSameAs(Language.CHINESE);
        assertThat(Language.of("ja")).isEqualTo(new Language("ja")).hasToString("ja");
        assertThat(Language.of("zh_Hant").code()).isEqualTo("zh-hant");
    }

    @ParameterizedTest
    @CsvSource({"中文, zh", "Chinese, zh", "英文, en", "english, en", "多语言, mul", "Multilingual, mul",
        "ja, ja", "Japanese, ja", "German, de"})
    void parsesCodesAndNames(String text, String code) {
        assertThat(Language.parse(text).code()).isEqualTo(code);
    }

    @Test
    void hasEnglishDisplayNames() {
        assertThat(Language.CHINESE.displayName()).isEqualTo("Chinese");
        assertThat(Language.ENGLISH.displayName()).isEqualTo(Locale.forLanguageTag("en").getDisplayLanguage(Locale.ENGLISH));
        assertThat(Language.CHINESE.displayName()).isEqualTo(Locale.forLanguageTag("zh").getDisplayLanguage(Locale.ENGLISH));
        assertThat(Language.MULTILINGUAL.displayName()).isEqualTo("Multilingual");
        assertThat(Language.of("de").displayName()).isEqualTo("German");
        assertThat(Language.of("sw").displayName()).isEqualTo("Swahili"); // from the JDK's locale data
    }

    @Test
    void namesWithoutLocaleDataAsTheLocaleDataDoes() {
        assertThat(Language.namedWithoutLocaleData()).hasSizeGreaterThan(20);
        for (String code : Language.namedWithoutLocaleData()) {
            String jdk = code.equals("mul") ? "Multilingual" : Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
            assertThat(Language.of(code).displayName()).as(code).isEqualTo(jdk);
        }
    }

    @Test
    void rejectsWhatIsNotALanguage() {
        assertThatThrownBy(() -> Language.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code must not be null");
        assertThatThrownBy(() -> Language.of("")).hasMessage("code must not be blank");
        assertThatThrownBy(() -> Language.of("chinese!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is neither a language tag nor a language's name");
        assertThatThrownBy(() -> Language.parse("Klingonese")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is neither a language tag nor a language's name").hasMessageContaining("中文");
    }

    @Test
    void longTagsAreRefusedWithoutOverflowingTheStack() {
        // the pattern's repeated group recursed once per subtag: 100,000 subtags overflowed the stack
        String hostile = "en" + "-a".repeat(100_000);
        assertThatThrownBy(() -> Language.of(hostile)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 64 characters").hasMessageContaining("…");
        assertThatThrownBy(() -> Language.parse(hostile)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Language.of("en" + "-a".repeat(31)).code()).hasSize(64);
        assertThatThrownBy(() -> Language.of("en" + "-a".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreAcceptedExactlyAsThePatternSays() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(Language.CODE_PATTERN);
        String[] pieces = {"a", "z", "en", "zh", "1", "-", "--", "abcdefgh", "abcdefghi", "A", "_", " ", "é", "9"};
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(6) + 1; n > 0; n--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = b.toString();
            String normal = s.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            boolean expected = !s.isBlank() && pattern.matcher(normal).matches();
            boolean accepted;
            try {
                accepted = Language.of(s).code().equals(normal);
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            assertThat(accepted).as("[%s]", s).isEqualTo(expected);
        }
    }
}
