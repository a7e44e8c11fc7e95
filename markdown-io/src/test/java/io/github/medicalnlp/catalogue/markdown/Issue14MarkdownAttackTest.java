package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Translation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attacks on what issue 14 added to markdown-io: translations, annotations with tasks, the English rendering. */
class Issue14MarkdownAttackTest {

    /**
     * Markdown holds one language, so giving an entry an English translation changes nothing that the
     * document holds: the minimal-diff writer must give back the bytes read. It rewrites the entry instead
     * (BioBERT loses its trailing spaces, FedED the double space before its blog link, CHIP历年测评 is
     * split into one line per address).
     */
    @Test
    void aTranslationOnlyEditLeavesTheDocumentBytesUnchanged() throws IOException {
        byte[] bytes = Files.readAllBytes(Corpus.file(Corpus.SEED));
        MarkdownDocument doc = MarkdownReader.create().read(Corpus.file(Corpus.SEED));
        Catalogue catalogue = doc.catalogue();
        SoftAssertions soft = new SoftAssertions();
        for (String prefix : List.of("BioBERT", "FedED", "CHIP历年测评")) {
            Entry entry = catalogue.allEntries().stream().filter(e -> e.name().startsWith(prefix)).findFirst().orElseThrow();
            Catalogue translated = catalogue.replaceEntry(entry,
                    entry.withTranslation(Language.ENGLISH, Translation.of("English name", List.of())));
            soft.assertThat(doc.withCatalogue(translated).render()).as(prefix)
                    .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        }
        soft.assertAll();
    }

    /**
     * A tag that is blank once decoded ({@code a,,b}, {@code +}, an encoded line separator) is a value the
     * annotation cannot give; the reader must say so as a bad-annotation diagnostic at the comment, as it does
     * for a bad task or language. Instead {@code read} throws a bare IllegalArgumentException ("tags[1] must not
     * be blank") without a place, and the CLI's lint reports an internal error.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a,,b", "+", "%E2%80%A8", ",a"})
    void aBlankTagInAnAnnotationIsADiagnosticNotACrash(String tags) {
        String markdown = "# T\n\n## 1. 其他\n\n* E\n  * 地址：https://e.org\n  <!-- catalogue: kind=model; tags=" + tags
                + " -->\n";
        assertThatCode(() -> MarkdownReader.create().read(markdown)).doesNotThrowAnyException();
        MarkdownDocument doc = MarkdownReader.create().read(markdown);
        assertThat(doc.diagnostics()).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo("bad-annotation");
            assertThat(d.line()).isEqualTo(7);
        });
        assertThat(doc.render()).isEqualTo(markdown);
    }

    /**
     * Reading an annotation whose old task words are tags ({@code tasks=exam,exam,…}) beside many tags is
     * quadratic: each former task is looked up in the list of tags. 3,000 → 30,000 words took 48 ms → 6 s.
     */
    @Test
    void anAnnotationWithManyTagsAndFormerTasksIsReadInLinearTime() {
        readAnnotation(300); // warm-up
        long small = bestOf3(() -> readAnnotation(4_000));
        long large = bestOf3(() -> readAnnotation(40_000));
        assertThat(large).as("ms for 10x the words (%d ms for 4,000)", small).isLessThan(15 * small + 300);
    }

    private static void readAnnotation(int n) {
        StringBuilder tags = new StringBuilder();
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < n; i++) {
            tags.append(i > 0 ? "," : "").append("t").append(i);
            tasks.append(i > 0 ? "," : "").append("exam");
        }
        String markdown = "# T\n\n## 1. 其他\n\n* E\n  * 地址：https://e.org\n  <!-- catalogue: tags=" + tags + "; tasks="
                + tasks + " -->\n";
        assertThat(MarkdownReader.create().read(markdown).catalogue().allEntries().get(0).tags()).hasSize(n + 1);
    }

    private static long bestOf3(Runnable r) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
        }
        return best;
    }

    /**
     * Two sections with different titles of their own but the same English title ("数据集一", "数据集二" →
     * "Datasets"): the English rendering writes both Contents links as {@code #datasets} and the view keeps
     * both anchors {@code datasets}, while GitHub and the reader give the second {@code datasets-1}. Reading
     * the English rendering back must give the English view.
     */
    @Test
    void sectionsSharingAnEnglishTitleReadBackAsTheEnglishView() {
        Catalogue catalogue = Catalogue.builder("T")
                .section(Section.builder("数据集一").title(Language.ENGLISH, "Datasets").entry(Entry.of("a", "https://a.org")).build())
                .section(Section.builder("数据集二").title(Language.ENGLISH, "Datasets").entry(Entry.of("b", "https://b.org")).build())
                .build();
        String english = MarkdownWriter.canonical().inLanguage(Language.ENGLISH).write(catalogue);
        Catalogue back = MarkdownReader.create().read(english).catalogue();
        assertThat(english).contains("(#datasets)").contains("(#datasets-1)");
        assertThat(back).as(english).isEqualTo(MarkdownWriter.canonical().inLanguage(Language.ENGLISH).view(catalogue));
        assertThat(back.sections()).extracting(Section::anchor).containsExactly("datasets", "datasets-1");
    }

    /**
     * The vocabulary treats space, hyphen and underscore alike, and older annotations' {@code exam},
     * {@code instruction-tuning}, {@code knowledge-graph} are read as tags; written with a space or an
     * underscore they make the whole annotation unreadable (kind and languages lost with it).
     */
    @ParameterizedTest
    @ValueSource(strings = {"instruction+tuning", "instruction_tuning", "Knowledge%20Graph"})
    void formerTaskWordsAreTagsHoweverTheyAreSpaced(String word) {
        String markdown = "# T\n\n## 1. 其他\n\n* E\n  * 地址：https://e.org\n  <!-- catalogue: kind=model; languages=en; tasks=qa,"
                + word + " -->\n";
        MarkdownDocument doc = MarkdownReader.create().read(markdown);
        assertThat(doc.diagnostics()).isEmpty();
        Entry e = doc.catalogue().allEntries().get(0);
        assertThat(e.kind()).isPresent();
        assertThat(e.tags()).hasSize(1);
    }
}
