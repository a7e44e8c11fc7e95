package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryFilterTest {

    private final Section section = Section.of("3.1", "中文");
    private final Match dataset = new Match(Entry.builder("cMedQA2").field("简介", "中文医药方面的问答数据集")
            .kind(Kind.DATASET).language(Language.CHINESE).build(), List.of(Section.of("3", "LLM数据集"), section), 0);

    @Test
    void combinesWithAndOrAndNegate() {
        EntryFilter chinese = EntryFilter.language(Language.CHINESE);
        EntryFilter model = EntryFilter.kind(Kind.MODEL);
        assertThat(chinese.test(dataset)).isTrue();
        assertThat(chinese.and(model).test(dataset)).isFalse();
        assertThat(chinese.or(model).test(dataset)).isTrue();
        assertThat(model.negate().test(dataset)).isTrue();
        assertThat(EntryFilter.not(chinese).test(dataset)).isFalse();
        assertThat(EntryFilter.allOf().test(dataset)).isTrue();
        assertThat(EntryFilter.anyOf().test(dataset)).isFalse();
        assertThat(EntryFilter.all().test(dataset)).isTrue();
        assertThat(EntryFilter.allOf(chinese, model).test(dataset)).isFalse();
    }

    @Test
    void sectionFiltersLookAtEveryAncestor() {
        assertThat(EntryFilter.section("3").test(dataset)).isTrue();
        assertThat(EntryFilter.section("3.1").test(dataset)).isTrue();
        assertThat(EntryFilter.section("3 > 3.1").test(dataset)).isTrue();
        assertThat(EntryFilter.section("LLM数据集 > 中文").test(dataset)).isTrue();
        assertThat(EntryFilter.section("3.2").test(dataset)).isFalse();
        assertThat(EntryFilter.section("3.1 > 3").test(dataset)).isFalse();
    }

    @Test
    void matchPredicatesSeeTheSections() {
        assertThat(EntryFilter.whereMatch(m -> m.sections().size() == 2).test(dataset)).isTrue();
        assertThat(EntryFilter.where(e -> e.name().equals("cMedQA2")).test(dataset)).isTrue();
    }

    @Test
    void describesItself() {
        assertThat(EntryFilter.kind(Kind.MODEL, Kind.DATASET).or(EntryFilter.text("qa")).negate())
                .hasToString("not (kind=dataset|model or text=\"qa\")");
        assertThat(EntryFilter.anyOf(EntryFilter.task("QA"), EntryFilter.host("GitHub.com")))
                .hasToString("anyOf(task=question-answering, host=github.com)");
        assertThat(EntryFilter.language(Language.CHINESE)).hasToString("language=zh");
        assertThat(EntryFilter.hasLink(LinkRole.PAPER)).hasToString("hasLink=paper");
        assertThat(EntryFilter.section("3.1").and(EntryFilter.tag("EHR"))).hasToString("(section=3.1 and tag=ehr)");
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> EntryFilter.kind((Kind[]) null)).hasMessage("kinds must not be null");
        assertThatThrownBy(() -> EntryFilter.all().and(null)).hasMessage("other must not be null");
        assertThatThrownBy(() -> EntryFilter.all().test(null)).hasMessage("match must not be null");
        assertThatThrownBy(() -> EntryFilter.anyOf(EntryFilter.all(), null)).hasMessage("filters[1] must not be null");
        assertThatThrownBy(() -> EntryFilter.host("")).hasMessage("host must not be blank");
    }
}
