package io.github.medicalnlp.catalogue.flat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.query.EntryFilter;
import io.github.medicalnlp.catalogue.query.Match;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryRowTest {

    /** An entry with every kind of link, in an order that puts the tempting wrong answer first. */
    private static final Entry FULL = Entry.builder("Huatuo-26M")
            .link(Link.of("https://aclanthology.org/2023.x.pdf", "解读", LinkRole.OTHER))
            .link(Link.of("https://huggingface.co/datasets/FreedomIntelligence/Huatuo26M-Lite", "HF", LinkRole.DATA))
            .link(Link.of("https://github.com/FreedomIntelligence/Huatuo-26M", "地址", LinkRole.HOMEPAGE))
            .link(Link.of("https://arxiv.org/abs/2305.01526v2", "解析", LinkRole.OTHER))
            .link(Link.of("https://aclanthology.org/paper", "论文", LinkRole.PAPER))
            .link(Link.of("https://gitlab.com/x/y", "代码", LinkRole.CODE))
            .link(Link.of("https://github.com/other/repo", "代码", LinkRole.CODE))
            .link(Link.of("https://huggingface.co/owner/model", "权重", LinkRole.WEIGHTS))
            .field("来源", "中文医学百科")
            .field("简介", "最大的中医问答数据集")
            .kind(Kind.DATASET).language(Language.CHINESE).language(Language.ENGLISH)
            .modality(Modality.IMAGE).modality(Modality.TEXT)
            .task(Task.QUESTION_ANSWERING).task(Task.DIALOGUE).tag("ehr").tag("exam")
            .group("问答")
            .translation(Language.ENGLISH, new Translation("Huatuo 26M", List.of(), Optional.of("QA")))
            .build();

    private static Catalogue catalogue(Section... sections) {
        return Catalogue.builder("t").sections(List.of(sections)).build();
    }

    @Test
    void projectsEveryValueOfAnEntry() {
        Catalogue c = catalogue(Section.builder("数据集").number("3")
                .child(Section.builder("中文").number("3.1").entry(FULL).build()).build());
        EntryRow row = EntryRow.of(c.query().first().orElseThrow());
        assertThat(row).isEqualTo(new EntryRow("3.1/huatuo-26m", "Huatuo-26M", Optional.of("Huatuo 26M"), "3 > 3.1",
                Optional.of("3.1"), "中文", Optional.of("问答"), Optional.of(Kind.DATASET),
                List.of(Language.CHINESE, Language.ENGLISH), List.of(Modality.TEXT, Modality.IMAGE),
                List.of(Task.QUESTION_ANSWERING, Task.DIALOGUE), List.of("ehr", "exam"),
                Optional.of("https://github.com/FreedomIntelligence/Huatuo-26M"),
                Optional.of("FreedomIntelligence/Huatuo-26M"),
                Optional.of("datasets/FreedomIntelligence/Huatuo26M-Lite"),
                Optional.of("2305.01526"),
                Optional.of("https://arxiv.org/abs/2305.01526v2"),
                Optional.of("https://gitlab.com/x/y"),
                Optional.of("https://huggingface.co/datasets/FreedomIntelligence/Huatuo26M-Lite"),
                Optional.of("最大的中医问答数据集")));
    }

    @Test
    void anEntryWithOnlyANameHasNothingElse() {
        EntryRow row = EntryRow.listOf(catalogue(Section.builder("Tools").entry(Entry.of("Bare")).build())).get(0);
        assertThat(row.id()).isEqualTo("tools/bare");
        assertThat(row.sectionNumber()).isEmpty();
        assertThat(row.sectionPath()).isEqualTo("Tools");
        for (Optional<?> absent : List.of(row.nameEn(), row.sectionGroup(), row.kind(), row.primaryUrl(),
                row.gitHubRepository(), row.huggingFaceRepository(), row.arxivId(), row.paperUrl(), row.codeUrl(),
                row.dataUrl(), row.description())) {
            assertThat(absent).isEmpty();
        }
        assertThat(List.of(row.languages(), row.modalities(), row.tasks(), row.tags())).allSatisfy(l -> assertThat(l).isEmpty());
    }

    @Test
    void aPaperLinkOtherThanArxivIsAPaperAndTheFirstOneCounts() {
        Entry e = Entry.builder("P").link("https://example.org/home")
                .link(Link.of("https://aclanthology.org/a", "Paper", LinkRole.PAPER))
                .link(Link.of("https://arxiv.org/pdf/2401.00001.pdf", "PDF", LinkRole.OTHER)).build();
        EntryRow row = EntryRow.listOf(catalogue(Section.builder("S").entry(e).build())).get(0);
        assertThat(row.paperUrl()).contains("https://aclanthology.org/a");
        assertThat(row.arxivId()).contains("2401.00001");
        assertThat(row.primaryUrl()).contains("https://example.org/home");
        assertThat(row.codeUrl()).isEmpty();
    }

    @Test
    void idsAreUniqueInASectionAndTheSameInEveryExport() {
        Section s = Section.builder("3.1 中文").number("3.1").entry(Entry.of("CMB")).entry(Entry.of("cmb"))
                .entry(Entry.of("CMB 2")).entry(Entry.of("C·M·B!")).entry(Entry.of("ＣＭＢ")).entry(Entry.of("“肝”柔相济，大模型"))
                .entry(Entry.of("!!!")).entry(Entry.of("???")).build();
        Catalogue c = catalogue(s);
        assertThat(EntryRow.listOf(c)).extracting(EntryRow::id).containsExactly("3.1/cmb", "3.1/cmb~2", "3.1/cmb-2",
                "3.1/c-m-b", "3.1/cmb~3", "3.1/肝-柔相济-大模型", "3.1/u+21-21-21", "3.1/u+3f-3f-3f");
        // a query that leaves out the first CMB: the others keep their ids
        List<Match> some = c.query().where(e -> !e.name().equals("CMB")).list();
        assertThat(EntryRow.listOf(some)).extracting(EntryRow::id).containsExactly("3.1/cmb~2", "3.1/cmb-2",
                "3.1/c-m-b", "3.1/cmb~3", "3.1/肝-柔相济-大模型", "3.1/u+21-21-21", "3.1/u+3f-3f-3f");
        assertThat(some).allSatisfy(m -> assertThat(EntryRow.of(m)).isEqualTo(EntryRow.listOf(List.of(m)).get(0)));
    }

    @Test
    void sectionsWithoutANumberAreKnownByTheirAnchor() {
        Catalogue c = catalogue(Section.builder("Natural Language Processing")
                .child(Section.builder("Datasets").entry(Entry.of("MIMIC-III")).build()).build());
        EntryRow row = EntryRow.listOf(c).get(0);
        assertThat(row.id()).isEqualTo("datasets/mimic-iii");
        assertThat(row.sectionPath()).isEqualTo("Natural Language Processing > Datasets");
        assertThat(row.sectionTitle()).isEqualTo("Datasets");
    }

    @Test
    void idOfIsTheRuleTheCurationDataUses() {
        assertThat(EntryRow.idOf("3.1", "Huatuo-26M")).isEqualTo("3.1/huatuo-26m");
        assertThat(EntryRow.idOf("3.1", "cMedQA2 (108K)")).isEqualTo("3.1/cmedqa2-108k");
        assertThat(EntryRow.idOf("2.2.2", "“肝”柔相济，大模型")).isEqualTo("2.2.2/肝-柔相济-大模型");
        assertThatThrownBy(() -> EntryRow.idOf(null, "x")).hasMessage("sectionKey must not be null");
    }

    @Test
    void theSeedSampleHasUniqueIdsAndRowsThatAgreeWithTheQueryFilters() {
        Catalogue c = SeedSample.catalogue();
        List<Match> matches = c.query().list();
        List<EntryRow> rows = EntryRow.listOf(c);
        assertThat(rows).hasSize(c.entryCount());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Match m = matches.get(i);
            EntryRow r = rows.get(i);
            assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
            assertThat(r.id()).startsWith(m.section().number().orElse(m.section().anchor()) + "/");
            assertThat(r.name()).isEqualTo(m.name());
            assertThat(r.sectionPath()).isEqualTo(m.path());
            assertThat(r.paperUrl().isPresent()).as(r.id()).isEqualTo(EntryFilter.hasPaper().test(m));
            assertThat(r.gitHubRepository().isPresent()).isEqualTo(EntryFilter.hasGitHubRepository().test(m));
            assertThat(r.huggingFaceRepository().isPresent()).isEqualTo(EntryFilter.hasHuggingFaceRepository().test(m));
            assertThat(r.codeUrl().isPresent()).isEqualTo(EntryFilter.hasLink(LinkRole.CODE).test(m));
            assertThat(r.dataUrl().isPresent()).isEqualTo(EntryFilter.hasLink(LinkRole.DATA).test(m));
            r.gitHubRepository().ifPresent(repo -> assertThat(EntryFilter.repository(repo).test(m)).isTrue());
            assertThat(r.primaryUrl()).isEqualTo(m.primaryUrl());
            assertThat(r.description()).isEqualTo(m.entry().description());
            assertThat(EntryRow.of(m)).isEqualTo(r);
        }
        assertThat(rows.stream().filter(r -> r.gitHubRepository().isPresent())).isNotEmpty();
    }

    @Test
    void aMatchWhoseEntryIsNotAtItsIndexIsRefused() {
        Section s = Section.builder("S").entry(Entry.of("a")).entry(Entry.of("b")).build();
        assertThatThrownBy(() -> EntryRow.of(new Match(Entry.of("b"), List.of(s), 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the entry 'b' is not entry 0 of its section 'S', which has 2 entries");
        assertThatThrownBy(() -> EntryRow.listOf(List.of(new Match(Entry.of("a"), List.of(s), 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("which has 2 entries");
        assertThat(EntryRow.of(new Match(Entry.of("b"), List.of(s), 1)).id()).isEqualTo("s/b");
    }

    @Test
    void nullsAreRefusedByName() {
        assertThatThrownBy(() -> EntryRow.of(null)).hasMessage("match must not be null");
        assertThatThrownBy(() -> EntryRow.listOf((Catalogue) null)).hasMessage("catalogue must not be null");
        assertThatThrownBy(() -> EntryRow.listOf((List<Match>) null)).hasMessage("matches must not be null");
        EntryRow row = EntryRow.listOf(catalogue(Section.builder("S").entry(Entry.of("a")).build())).get(0);
        assertThatThrownBy(() -> new EntryRow(row.id(), row.name(), null, row.sectionPath(), row.sectionNumber(),
                row.sectionTitle(), row.sectionGroup(), row.kind(), row.languages(), row.modalities(), row.tasks(),
                row.tags(), row.primaryUrl(), row.gitHubRepository(), row.huggingFaceRepository(), row.arxivId(),
                row.paperUrl(), row.codeUrl(), row.dataUrl(), row.description())).hasMessage("nameEn must not be null");
    }

    @Test
    void theFieldsOfAnEntryWithoutADescriptionLabelGiveTheFirstUnlabelledText() {
        Entry e = Entry.builder("x").field(TextField.of("来源", "s")).field(TextField.unlabelled("plain")).build();
        assertThat(EntryRow.listOf(catalogue(Section.builder("S").entry(e).build())).get(0).description())
                .contains("plain");
    }

    @Test
    void entriesWithoutASectionHaveEmptySectionColumnsAndTheSlugAsId() {
        Catalogue c = catalogue(Section.builder("中文").number("3.1").entry(FULL).build());
        EntryRow inSection = EntryRow.of(c.query().first().orElseThrow());
        List<EntryRow> rows = EntryRow.ofEntries(List.of(FULL, Entry.builder("huatuo 26m").build(),
                Entry.builder("Huatuo-26M").build(), Entry.builder("🙂").build()));
        assertThat(rows).extracting(EntryRow::id)
                .containsExactly("huatuo-26m", "huatuo-26m~2", "huatuo-26m~3", "u+1f642");
        EntryRow row = rows.get(0);
        assertThat(row.sectionPath()).isEmpty();
        assertThat(row.sectionTitle()).isEmpty();
        assertThat(row.sectionNumber()).isEmpty();
        assertThat(row).isEqualTo(new EntryRow("huatuo-26m", inSection.name(), inSection.nameEn(), "", Optional.empty(),
                "", inSection.sectionGroup(), inSection.kind(), inSection.languages(), inSection.modalities(),
                inSection.tasks(), inSection.tags(), inSection.primaryUrl(), inSection.gitHubRepository(),
                inSection.huggingFaceRepository(), inSection.arxivId(), inSection.paperUrl(), inSection.codeUrl(),
                inSection.dataUrl(), inSection.description()));
        assertThat(EntryRow.ofEntries(List.of())).isEmpty();
    }

    @Test
    void ofEntriesRefusesNull() {
        assertThatThrownBy(() -> EntryRow.ofEntries(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("entries");
        assertThatThrownBy(() -> EntryRow.ofEntries(java.util.Arrays.asList(FULL, null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("entries");
    }
}
