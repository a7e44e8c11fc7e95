package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attacks on {@link EntryFilter#text}: word boundaries and case folding (issue 15). */
class Issue15TextSearchAttackTest {

    private static boolean finds(String name, String text) {
        return EntryFilter.text(text).test(new Match(Entry.of(name), List.of(Section.of("s")), 0));
    }

    /**
     * The GPT|Model rule splits a plural acronym before its last capital: "EHRs" reads as EH|Rs, "LLMs" as
     * LL|Ms, "MRIs" as MR|Is, so a search for a word the text does not hold finds it (the bundled catalogue:
     * {@code query --text EH} finds GatorTron through "EHRs", {@code --text LL} finds Apollo through "LLMs").
     * docs/model.md says CT does not find CTs; it follows that C must not find CTs either.
     */
    @ParameterizedTest(name = "{1} must not be found in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            electronic health records (EHRs) | EH
            clinical LLMs                    | LL
            clinical LLMs                    | Ms
            MRIs of the brain                | MR
            CTs                              | C
            GPTs for medicine                | GP
            """)
    void aPluralAcronymIsNotSplitIntoWords(String name, String text) {
        assertThat(finds(name, text)).isFalse();
    }

    /**
     * "Both sides are normalised (... lower case ...)": a search is case-insensitive. Lower-casing one code
     * point at a time folds capital sigma to σ, but the text's final sigma stays ς, so the same Greek word in
     * capitals and in lower case never meet; likewise ß against SS.
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ΙΑΤΡΙΚΟΣ ΦΑΚΕΛΟΣ | ιατρικος
            ιατρικος φακελος | ΙΑΤΡΙΚΟΣ
            Straße           | STRASSE
            """)
    void searchIsCaseInsensitiveBeyondAscii(String name, String text) {
        assertThat(finds(name, text)).isTrue();
    }
}
