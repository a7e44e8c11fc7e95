package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.query.Match;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks on the one-line {@code toString()} and the {@code describe()} of issue 16: every value prints as ONE
 * short line whatever its text holds, and {@code describe()} holds every field.
 */
class Issue16SummariesAttackTest {

    /** Every line terminator of Java's {@code \R} (and of Unicode's mandatory breaks): LF, CR, VT, FF, NEL, LS, PS. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** The longest summary line a value may print: every part cut to 60 characters, a handful of parts. */
    private static final int SHORT = 400;

    private static final String MEGABYTE = "名".repeat(512 * 1024) + "x".repeat(512 * 1024);

    private static List<String> summariesOf(String text) {
        Entry entry = Entry.builder(text).link("https://example.org/" + text, text, LinkRole.HOMEPAGE)
                .field(text, text).kind(Kind.DATASET).language(Language.CHINESE).tag("t").group(text)
                .translation(Language.ENGLISH, new Translation(text, List.of(TextField.of(text, text)), Optional.of(text)))
                .build();
        Section section = Section.builder(text).number("3").entry(entry).build();
        Catalogue catalogue = Catalogue.builder(text).newsItem(text, text).section(section)
                .translation(Language.ENGLISH, new CatalogueTranslation(text, text, List.of(NewsItem.of(text, text))))
                .build();
        Match match = catalogue.query().list().get(0);
        List<String> out = new ArrayList<>();
        out.add(entry.toString());
        out.add(section.toString());
        out.add(catalogue.toString());
        out.add(match.toString());
        out.add(entry.links().get(0).toString());
        out.add(entry.fields().get(0).toString());
        out.add(catalogue.news().get(0).toString());
        out.add(entry.translations().get(Language.ENGLISH).toString());
        out.add(catalogue.translations().get(Language.ENGLISH).toString());
        out.add(EntryRow.listOf(catalogue).get(0).toString());
        out.add(CatalogueDiff.between(Catalogue.builder("x").build(), catalogue).toString());
        return out;
    }

    @Test
    void aMegabyteOfNameGivesShortLines() {
        for (String s : summariesOf(MEGABYTE)) {
            assertThat(s.length()).as(s.substring(0, Math.min(80, s.length()))).isLessThan(SHORT);
            assertThat(LINE_BREAK.matcher(s).find()).isFalse();
        }
    }

    /**
     * Each of Unicode's line breaks, not only LF and CR: a name holding U+2028 (or NEL, VT, FF) printed a
     * summary that JShell, a notebook and any {@code \R}-splitting log viewer show on two lines.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029"})
    void everyLineBreakIsASpace(String br) {
        for (String s : summariesOf("Huatuo" + br + "26M" + br + br + "x")) {
            assertThat(LINE_BREAK.matcher(s).find()).as("%s", s).isFalse();
        }
    }

    /**
     * Control characters and bidirectional overrides are shown, not obeyed: an ESC sequence in a name could
     * clear a JShell terminal, and U+202E reverses the kind and languages after the name, so that
     * "Entry[evil · dataset · zh]" reads otherwise. Table cells already show them (CellText); a summary should too.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\u001B[2J", "\u0007", "\u0000", "\u009B", "\u202E", "\u2066", "\u007F"})
    void controlsAndOverridesAreNotPrinted(String control) {
        for (String s : summariesOf("evil" + control + "name")) {
            assertThat(s).as("%s", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .doesNotContain(control.substring(0, 1));
        }
    }

    /**
     * The line-folding of summaries was {@code replaceAll("\\s*[\\r\\n]+\\s*", " ")}: backtracking over each
     * run of white space from each of its positions, quadratic in a run not followed by a break.
     */
    @Test
    void whiteSpaceBeforeALineBreakIsLinear() {
        String name = "a" + " ".repeat(200_000) + "b\nc";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThat(Entry.of(name).toString()).startsWith("Entry[a ").hasSizeLessThan(SHORT);
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {55, 56, 57, 58, 59, 60, 61})
    void aCutNeverSplitsASurrogatePair(int prefix) {
        String name = "a".repeat(prefix) + "🩺".repeat(40);
        for (String s : summariesOf(name)) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))).as(s).isTrue();
                    i++;
                } else {
                    assertThat(Character.isLowSurrogate(c)).as(s).isFalse();
                }
            }
        }
    }

    @Test
    void describeHoldsEveryField() {
        Entry entry = Entry.builder("NAME-1").link("https://example.org/LINK-2", "LABEL-3", LinkRole.DATA)
                .field("FLABEL-4", "FVALUE-5").field("", "UNLABELLED-6").kind(Kind.BENCHMARK)
                .language(Language.of("ja")).language(Language.of("zh-Hans-CN")).modality(Modality.IMAGE)
                .modality(Modality.AUDIO).task(Task.TRIAGE).tag("TAG-7").group("GROUP-8")
                .translation(Language.ENGLISH, new Translation("TNAME-9", List.of(TextField.of("TLABEL-10", "TVALUE-11")),
                        Optional.of("TGROUP-12")))
                .build();
        Section child = Section.builder("CHILD-13").number("1.1").anchor("ANCHOR-14").title(Language.ENGLISH, "CTITLE-15")
                .entry(entry).build();
        Section top = Section.builder("TOP-16").child(child).build();
        Catalogue catalogue = Catalogue.builder("TITLE-17").introduction("INTRO-18").newsItem("DATE-19", "NEWS-20")
                .citation("@CITE-21").section(top)
                .translation(Language.ENGLISH, new CatalogueTranslation("ETITLE-22", "EINTRO-23",
                        List.of(NewsItem.of("EDATE-24", "ENEWS-25"))))
                .build();
        List<String> entryParts = List.of("NAME-1", "https://example.org/LINK-2", "LABEL-3", "data", "FLABEL-4",
                "FVALUE-5", "UNLABELLED-6", "benchmark", "ja", "zh-hans-cn", "image", "audio", "triage", "TAG-7",
                "GROUP-8", "TNAME-9", "TLABEL-10", "TVALUE-11", "TGROUP-12");
        assertThat(entry.describe()).contains(entryParts);
        assertThat(catalogue.query().list().get(0).describe()).contains(entryParts).contains("TOP-16 > 1.1");
        assertThat(child.describe()).contains(entryParts).contains("CHILD-13", "1.1", "ANCHOR-14", "CTITLE-15");
        assertThat(catalogue.describe()).contains(entryParts).contains("CHILD-13", "1.1", "ANCHOR-14", "CTITLE-15",
                "TOP-16", "TITLE-17", "INTRO-18", "DATE-19", "NEWS-20", "@CITE-21", "ETITLE-22", "EINTRO-23",
                "EDATE-24", "ENEWS-25");
        String diff = CatalogueDiff.between(Catalogue.builder("TITLE-17").build(), catalogue).describe();
        assertThat(diff).contains("NAME-1");
    }

    /** describe() is uncut: a megabyte name comes back whole. */
    @Test
    void describeIsUncut() {
        Entry entry = Entry.of(MEGABYTE, "https://example.org/x");
        assertThat(entry.describe()).contains(MEGABYTE);
    }

    /** Summaries of values without the optional parts (no kind, no language, empty label) stay well formed. */
    @Test
    void emptyPartsLeaveNoDanglingSeparators() {
        Function<Object, String> s = String::valueOf;
        assertThat(s.apply(Entry.of("x"))).isEqualTo("Entry[x]");
        assertThat(s.apply(TextField.of("", "v"))).isEqualTo("TextField[v]");
        assertThat(s.apply(NewsItem.of("", "n"))).isEqualTo("NewsItem[n]");
        assertThat(s.apply(Catalogue.builder("t").build())).isEqualTo("Catalogue[t: 0 sections, 0 entries]");
    }
}
