package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryTest {

    private final Entry cmb = Entry.builder("CMB")
            .link("https://github.com/FreedomIntelligence/CMB", "地址", LinkRole.HOMEPAGE)
            .link("https://arxiv.org/abs/2308.08833", "论文地址", LinkRole.PAPER)
            .field("来源", "各个临床医学工种各阶段考试")
            .kind(Kind.BENCHMARK)
            .language(Language.CHINESE)
            .modality(Modality.TEXT)
            .task("qa")
            .tag("exam")
            .tag("llm")
            .build();

    @Test
    void builderCollectsEveryPart() {
        assertThat(cmb.name()).isEqualTo("CMB");
        assertThat(cmb.links()).extracting(Link::role).containsExactly(LinkRole.HOMEPAGE, LinkRole.PAPER);
        assertThat(cmb.fields()).containsExactly(TextField.of("来源", "各个临床医学工种各阶段考试"));
        assertThat(cmb.kind()).contains(Kind.BENCHMARK);
        assertThat(cmb.languages()).containsExactly(Language.CHINESE);
        assertThat(cmb.modalities()).containsExactly(Modality.TEXT);
        assertThat(cmb.isMultimodal()).isFalse();
        assertThat(cmb.tasks()).containsExactly(Task.QUESTION_ANSWERING);
        assertThat(cmb.hasTask(Task.QUESTION_ANSWERING)).isTrue();
        assertThat(cmb.tags()).containsExactly("exam", "llm");
        assertThat(cmb.group()).isEmpty();
    }

    @Test
    void dropsWhiteSpaceAroundNamesUrlsAndGroups() {
        Entry entry = Entry.builder(" CMB\n").link(" https://a.org ", " 地址 ", LinkRole.HOMEPAGE).group(" g ").build();
        assertThat(entry.name()).isEqualTo("CMB");
        assertThat(entry.links().get(0)).isEqualTo(Link.of("https://a.org", "地址", LinkRole.HOMEPAGE));
        assertThat(entry.group()).contains("g");
    }

    @Test
    void hasValueEquality() {
        assertThat(cmb.toBuilder().build()).isEqualTo(cmb).hasSameHashCodeAs(cmb).isNotSameAs(cmb);
        assertThat(cmb.withName("CMB2")).isNotEqualTo(cmb);
        assertThat(Entry.of("A", "https://a.org")).isEqualTo(Entry.builder("A").link("https://a.org").build());
    }

    @Test
    void rejectsNullAndBlankArgumentsNamingTheParameter() {
        assertThatThrownBy(() -> Entry.builder(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name must not be null");
        assertThatThrownBy(() -> Entry.of("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank");
        assertThatThrownBy(() -> Entry.builder("A").link((Link) null)).hasMessage("link must not be null");
        assertThatThrownBy(() -> Entry.builder("A").links(Arrays.asList(Link.of("https://a.org"), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("links[1] must not be null");
        assertThatThrownBy(() -> Entry.builder("A").task(" ")).hasMessage("task must not be blank");
        assertThatThrownBy(() -> Entry.builder("A").task("exam")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("task 'exam' is not one of: named-entity-recognition, relation-extraction");
        assertThatThrownBy(() -> Entry.builder("A").group(" ")).hasMessage("group must not be blank");
        assertThatThrownBy(() -> new Entry("A", List.of(), List.of(), null, List.of(), Set.of(),
                List.of(), List.of(), Optional.empty())).hasMessage("kind must not be null");
        assertThatThrownBy(() -> new Entry("A", List.of(), List.of(), Optional.empty(), List.of(), Set.of(),
                Arrays.asList(Task.DIAGNOSIS, null), List.of(), Optional.empty())).hasMessage("tasks[1] must not be null");
        assertThat(new Entry("A", List.of(), List.of(), Optional.empty(), List.of(), Set.of(),
                List.of(Task.DIAGNOSIS, Task.DIAGNOSIS), List.of(), Optional.empty()).tasks()).containsExactly(Task.DIAGNOSIS);
        assertThatThrownBy(() -> cmb.withKind(null)).hasMessage("kind must not be null");
    }

    @Test
    void listsPassedInAreCopiedAndListsHandedOutCannotBeChanged() {
        List<Link> links = new ArrayList<>(List.of(Link.of("https://a.org")));
        Entry entry = Entry.builder("A").links(links).build();
        links.add(Link.of("https://b.org"));
        assertThat(entry.links()).hasSize(1);
        assertThatThrownBy(() -> entry.links().add(Link.of("https://c.org")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cmb.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cmb.tasks().add(Task.TRIAGE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cmb.languages().add(Language.ENGLISH)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderUsedAgainDoesNotChangeWhatItBuilt() {
        Entry.Builder builder = Entry.builder("A").link("https://a.org");
        Entry first = builder.build();
        builder.link("https://b.org").name("B");
        assertThat(first.links()).hasSize(1);
        assertThat(first.name()).isEqualTo("A");
        assertThat(builder.build().links()).hasSize(2);
    }

    @Test
    void repeatsInLanguagesTasksAndTagsAreDropped() {
        Entry entry = Entry.builder("A").language(Language.CHINESE).language(Language.of("zh"))
                .task("qa").task(" QA ").task(Task.QUESTION_ANSWERING).tag("x").tag("x").build();
        assertThat(entry.languages()).containsExactly(Language.CHINESE);
        assertThat(entry.tasks()).containsExactly(Task.QUESTION_ANSWERING);
        assertThat(entry.tags()).containsExactly("x");
    }

    @Test
    void primaryUrlIsTheFirstHomepageElseTheFirstLink() {
        assertThat(cmb.primaryUrl()).contains("https://github.com/FreedomIntelligence/CMB");
        Entry paperFirst = Entry.builder("P").link("https://arxiv.org/abs/1", "", LinkRole.PAPER)
                .link("https://b.org", "", LinkRole.HOMEPAGE).build();
        assertThat(paperFirst.primaryUrl()).contains("https://b.org");
        assertThat(Entry.builder("P").link("https://arxiv.org/abs/1", "", LinkRole.PAPER).build().primaryUrl())
                .contains("https://arxiv.org/abs/1");
        assertThat(Entry.of("none").primaryUrl()).isEmpty();
    }

    @Test
    void derivedLinkFacts() {
        assertThat(cmb.links(LinkRole.PAPER)).extracting(Link::url).containsExactly("https://arxiv.org/abs/2308.08833");
        assertThat(cmb.hasLink(LinkRole.CODE)).isFalse();
        assertThat(cmb.gitHubRepositories()).containsExactly("FreedomIntelligence/CMB");
    }

    @Test
    void fieldsAreFoundByLabelAndTheDescriptionByItsUsualLabels() {
        assertThat(cmb.field("来源")).contains("各个临床医学工种各阶段考试");
        assertThat(cmb.field("Source")).isEmpty();
        assertThat(Entry.builder("A").field("Desription:", "x").build().description()).isEmpty();
        assertThat(Entry.builder("A").field("Desription", "x").build().description()).contains("x");
        assertThat(Entry.builder("A").field("来源", "s").field("简介", "d").build().description()).contains("d");
        assertThat(Entry.builder("A").field(TextField.unlabelled("free")).build().description()).contains("free");
        assertThat(Entry.builder("A").field("ＤＥＳＣＲＩＰＴＩＯＮ", "wide").build().description()).contains("wide");
    }

    @Test
    void withMethodsReturnThisWhenNothingChangesAndACopyOtherwise() {
        assertThat(cmb.withName("CMB")).isSameAs(cmb);
        assertThat(cmb.withLinks(cmb.links())).isSameAs(cmb);
        assertThat(cmb.withFields(cmb.fields())).isSameAs(cmb);
        assertThat(cmb.withKind(Kind.BENCHMARK)).isSameAs(cmb);
        assertThat(cmb.withLanguages(List.of(Language.CHINESE))).isSameAs(cmb);
        assertThat(cmb.withModalities(List.of(Modality.TEXT))).isSameAs(cmb);
        assertThat(cmb.withTasks(List.of(Task.QUESTION_ANSWERING))).isSameAs(cmb);
        assertThat(cmb.withTags(List.of("exam", "llm"))).isSameAs(cmb);
        assertThat(cmb.withoutGroup()).isSameAs(cmb);

        assertThat(cmb.withKind(Kind.DATASET).kind()).contains(Kind.DATASET);
        assertThat(cmb.withoutKind().kind()).isEmpty();
        assertThat(cmb.withLanguages(List.of(Language.ENGLISH)).languages()).containsExactly(Language.ENGLISH);
        assertThat(cmb.withModalities(List.of(Modality.IMAGE, Modality.TEXT)).modalities())
                .containsExactly(Modality.TEXT, Modality.IMAGE);
        assertThat(cmb.withModalities(List.of(Modality.IMAGE, Modality.TEXT)).isMultimodal()).isTrue();
        assertThat(cmb.withModalities(List.of()).modalities()).isEmpty();
        assertThat(cmb.withTasks(List.of()).tasks()).isEmpty();
        assertThat(cmb.withTags(List.of("a", "b")).tags()).containsExactly("a", "b");
        assertThat(cmb.withGroup("评测").group()).contains("评测");
        assertThat(cmb.withGroup("评测").withoutGroup()).isEqualTo(cmb);
        assertThat(cmb.withLinks(List.of()).links()).isEmpty();
        assertThat(cmb.withFields(List.of()).fields()).isEmpty();
        assertThat(cmb.name()).isEqualTo("CMB");
        assertThat(cmb.kind()).contains(Kind.BENCHMARK);
    }
}
