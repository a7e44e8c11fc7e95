package io.github.medicalnlp.catalogue.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.query.Match;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MedicalNlpTest {

    @Test
    void oneCallGivesTheWholeCuratedList() {
        Catalogue c = MedicalNlp.catalogue();
        assertThat(c.title()).isEqualTo("Medical_NLP");
        assertThat(c.entryCount()).isEqualTo(118);
        assertThat(c.allSections()).hasSize(27);
        assertThat(c.news()).hasSize(2);
        assertThat(c.citation()).isPresent();
        assertThat(c.section("1.1").entries()).extracting(Entry::name)
                .containsExactly("CMB", "CMExam", "PromptCBLUE", "CBLUE", "MedBench");
    }

    @Test
    void theSnapshotTheBuildWritesHoldsExactlyTheJsonResource() {
        assertThat(MedicalNlp.class.getResource(MedicalNlp.SNAPSHOT)).as("written by the build").isNotNull();
        assertThat(MedicalNlp.catalogue()).isEqualTo(MedicalNlp.loadJson());
    }

    @Test
    void everyEntryIsCurated() {
        Catalogue c = MedicalNlp.catalogue();
        assertThat(c.allEntries()).allSatisfy(e -> {
            assertThat(e.kind()).as(e.name()).isPresent();
            assertThat(e.links()).as(e.name()).isNotEmpty();
            assertThat(e.links()).allSatisfy(l -> assertThat(l.url()).matches("https?://[^\\s\\[\\]()<>]+"));
        });
        assertThat(c.allSections()).allSatisfy(s -> assertThat(s.isEmpty() && s.children().isEmpty()
                && !s.title().equals("reference")).as(s.title()).isFalse());
        for (Section s : c.allSections()) {
            Set<String> urls = new HashSet<>();
            for (Entry e : s.entries()) {
                assertThat(urls.add(e.primaryUrl().orElseThrow().replaceAll("/$", "").toLowerCase()))
                        .as("%s in %s has the address of another entry of its section", e.name(), s.title()).isTrue();
            }
            assertThat(s.entries().stream().map(Entry::name).distinct().count()).isEqualTo(s.entries().size());
        }
    }

    @Test
    void lintReportsNoError() {
        assertThat(io.github.medicalnlp.catalogue.lint.Linter.standard().lint(MedicalNlp.catalogue()))
                .noneMatch(f -> f.severity() == io.github.medicalnlp.catalogue.lint.Severity.ERROR);
    }

    @Test
    void answersTheQuestionsUsersAsk() {
        Catalogue c = MedicalNlp.catalogue();
        assertThat(c.query().kind(Kind.DATASET).language(Language.CHINESE).text("问答").list())
                .extracting(Match::name).contains("Huatuo-26M", "cMedQA2 (108K)");
        assertThat(c.query().tag("exam").count()).isPositive();
        assertThat(c.query().task("QA").count()).isPositive();
        assertThat(c.query().kind(Kind.KNOWLEDGE_GRAPH).count()).isEqualTo(4);
    }

    @Test
    void isLoadedOnceAndSharedSafelyBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Catalogue>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(MedicalNlp::catalogue);
            }
            Catalogue first = MedicalNlp.catalogue();
            for (Future<Catalogue> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
