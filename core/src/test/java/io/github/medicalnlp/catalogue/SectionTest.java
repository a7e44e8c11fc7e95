package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1    | 评测            | 1. 评测          | 1-评测",
        "3.1  | 中文            | 3.1 中文         | 31-中文",
        "5.2  | 医疗LLM         | 5.2 医疗LLM      | 52-医疗llm",
        "6.1  | 后ChatGPT时代 可能有帮助的论文 | 6.1 后ChatGPT时代 可能有帮助的论文 | 61-后chatgpt时代-可能有帮助的论文",
        "一   | 评测/比赛        | 一. 评测/比赛     | 一-评测比赛",
    })
    void canonicalHeadingAndItsGitHubAnchor(String number, String title, String heading, String anchor) {
        Section section = Section.of(number, title);
        assertThat(section.heading()).isEqualTo(heading);
        assertThat(section.anchor()).isEqualTo(anchor);
        assertThat(section.label()).isEqualTo(number);
    }

    @Test
    void theDefaultAnchorIsThatOfTheHeadingWithoutSurroundingWhiteSpace() {
        Section section = Section.builder("  中文 ").number(" 3.1 ").build();
        assertThat(section.title()).isEqualTo("中文");
        assertThat(section.number()).contains("3.1");
        assertThat(section.anchor()).isEqualTo("31-中文");
    }

    @Test
    void anUnnumberedSectionIsLabelledByItsTitle() {
        Section section = Section.of("Contents");
        assertThat(section.number()).isEmpty();
        assertThat(section.heading()).isEqualTo("Contents");
        assertThat(section.anchor()).isEqualTo("contents");
        assertThat(section.label()).isEqualTo("Contents");
    }

    @Test
    void anAnchorGivenAsWrittenIsKept() {
        Section section = Section.builder("中文医疗基准测评：CMB / CMExam / PromptCBLUE").number("1.1")
                .anchor("11--中文医疗基准测评cmb--cmexam--promptcblue").build();
        assertThat(section.anchor()).isEqualTo("11--中文医疗基准测评cmb--cmexam--promptcblue");
        assertThat(section.withTitle("中文医疗基准测评").anchor()).isEqualTo("11-中文医疗基准测评");
        assertThat(section.withNumber("1.2").anchor()).isEqualTo("12-中文医疗基准测评cmb--cmexam--promptcblue");
    }

    @Test
    void groupLabelsComeFromTheEntriesInOrder() {
        Section section = Section.builder("特定任务文章").number("6.3")
                .entry(Entry.builder("a").group("电子病历相关文章").build())
                .entry(Entry.builder("b").group("电子病历相关文章").build())
                .entry(Entry.builder("c").group("医学关系抽取").build())
                .entry(Entry.builder("d").build())
                .build();
        assertThat(section.groupLabels()).containsExactly("电子病历相关文章", "医学关系抽取");
        assertThat(section.entriesInGroup("电子病历相关文章")).extracting(Entry::name).containsExactly("a", "b");
        assertThat(section.entriesInGroup("none")).isEmpty();
    }

    @Test
    void allEntriesAreInDocumentOrderAndEmptinessLooksDown() {
        Section child = Section.builder("c").entry(Entry.of("2")).build();
        Section parent = Section.builder("p").entry(Entry.of("1")).child(child).build();
        assertThat(parent.allEntries()).extracting(Entry::name).containsExactly("1", "2");
        assertThat(parent.isEmpty()).isFalse();
        assertThat(Section.builder("p").child(Section.of("c")).build().isEmpty()).isTrue();
        assertThat(Section.builder("p").child(child).build().isEmpty()).isFalse();
    }

    @Test
    void rejectsNullAndBlankArgumentsNamingTheParameter() {
        assertThatThrownBy(() -> Section.of(null)).isInstanceOf(NullPointerException.class).hasMessage("title must not be null");
        assertThatThrownBy(() -> Section.of("1", " ")).hasMessage("title must not be blank");
        assertThatThrownBy(() -> Section.of(" ", "t")).hasMessage("number must not be blank");
        assertThatThrownBy(() -> Section.builder("t").entries(Arrays.asList(Entry.of("a"), null)))
                .hasMessage("entries[1] must not be null");
        assertThatThrownBy(() -> new Section(Optional.empty(), "t", null, List.of(), List.of()))
                .hasMessage("anchor must not be null");
        assertThatThrownBy(() -> Section.builder("t").child(null)).hasMessage("child must not be null");
    }

    @Test
    void isImmutableAndHasValueEquality() {
        List<Entry> entries = new ArrayList<>(List.of(Entry.of("a")));
        Section section = Section.builder("t").number("1").entries(entries).build();
        entries.clear();
        assertThat(section.entries()).hasSize(1);
        assertThatThrownBy(() -> section.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> section.children().add(Section.of("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(section).isEqualTo(Section.builder("t").number("1").entry(Entry.of("a")).build());
        assertThat(section.toBuilder().build()).isEqualTo(section).hasSameHashCodeAs(section);
    }

    @Test
    void withMethodsReturnThisWhenNothingChanges() {
        Section section = Section.builder("t").number("1").entry(Entry.of("a")).child(Section.of("c")).build();
        assertThat(section.withTitle("t")).isSameAs(section);
        assertThat(section.withNumber("1")).isSameAs(section);
        assertThat(section.withAnchor(section.anchor())).isSameAs(section);
        assertThat(section.withEntries(section.entries())).isSameAs(section);
        assertThat(section.withChildren(section.children())).isSameAs(section);
        assertThat(section.withEntries(List.of()).entries()).isEmpty();
        assertThat(section.withChildren(List.of()).children()).isEmpty();
        assertThat(section.withAnchor("x").anchor()).isEqualTo("x");
        assertThat(section.withTitle("u").title()).isEqualTo("u");
        assertThat(section.title()).isEqualTo("t");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1.", "2023", "1..2", ".1", "1.a", "A", "IV", "1 2",
        "1.1234", "一1"})
    void aNumberThatIsNotASectionNumberIsRefused(String number) {
        assertThatThrownBy(() -> Section.of(number, "T")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a section number").hasMessageContaining("groups of one to three digits");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1", "3.1", "1.2.3", "999.0.12", "一", "十二", "百"})
    void sectionNumbersAreAccepted(String number) {
        assertThat(Section.of(number, "T").number()).contains(number);
    }

    @Test
    void sectionsNestAtMostSixLevels() {
        Section s = Section.of("L6");
        for (int level = 5; level >= 1; level--) {
            s = Section.builder("L" + level).child(s).build();
        }
        Section six = s;
        assertThat(Catalogue.builder("T").section(six).build().allSections()).hasSize(6);
        assertThatThrownBy(() -> Section.builder("L0").child(six).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 levels deep").hasMessageContaining("at most 6");
        String huge = "x".repeat(100_000);
        assertThatThrownBy(() -> Section.builder(huge).child(six).build()).hasMessageContaining("…")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }
}
