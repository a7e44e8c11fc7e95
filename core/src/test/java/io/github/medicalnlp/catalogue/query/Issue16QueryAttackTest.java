package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Attacks on issue 16's queries: their one-line toString, countBy/groupBy, languages, arXiv ids and text over addresses. */
class Issue16QueryAttackTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static Catalogue of(Entry... entries) {
        return Catalogue.builder("t").section(Section.builder("s").number("1").entries(List.of(entries)).build()).build();
    }

    private static final Catalogue SMALL = of(
            Entry.builder("A").kind(Kind.DATASET).language(Language.CHINESE).link("https://github.com/Foo/a").build(),
            Entry.builder("B").kind(Kind.MODEL).language(Language.ENGLISH).link("https://github.com/foo/b").build(),
            Entry.builder("C").kind(Kind.DATASET).language(Language.ENGLISH)
                    .link("https://github.com/FOO/c").link("https://github.com/foo/c2").build());

    // ------------------------------------------------------------------ Query.toString

    /** A text filter of a megabyte made Query.toString() (and EntryFilter.toString()) a megabyte long. */
    @Test
    void aQueryOverAMegabyteTextPrintsOneShortLine() {
        String text = "q".repeat(1 << 20);
        Query q = SMALL.query().text(text).tag("t".repeat(1 << 20)).host("h".repeat(1 << 20));
        assertThat(q.toString()).hasSizeLessThan(1000).endsWith("→ 0 matches");
        assertThat(EntryFilter.text(text).toString()).hasSizeLessThan(200);
    }

    /** A text searched with a line break printed the query on two lines. */
    @Test
    void aQueryOverTextWithLineBreaksPrintsOneLine() {
        Query q = SMALL.query().text("a\nb").section("1").where(EntryFilter.text("x\u2028y"));
        assertThat(LINE_BREAK.matcher(q.toString()).find()).as(q.toString()).isFalse();
    }

    /** A predicate whose toString is huge (or throws) is the user's: where(...) must neither fail nor print it all. */
    @Test
    void aPredicateWithAHugeOrFailingToStringIsHarmless() {
        Predicate<Entry> huge = new Predicate<>() {
            @Override
            public boolean test(Entry e) {
                return true;
            }

            @Override
            public String toString() {
                return "p\n".repeat(1 << 19);
            }
        };
        Predicate<Entry> failing = new Predicate<>() {
            @Override
            public boolean test(Entry e) {
                return true;
            }

            @Override
            public String toString() {
                throw new IllegalStateException("no toString");
            }
        };
        Query q = SMALL.query().where(huge);
        assertThat(q.toString()).hasSizeLessThan(1000).endsWith("→ 3 matches");
        assertThat(LINE_BREAK.matcher(q.toString()).find()).isFalse();
        Query q2 = SMALL.query().where(failing);
        assertThat(q2.count()).isEqualTo(3);
        assertThat(q2.toString()).endsWith("→ 3 matches");
    }

    @Test
    void aThrowingPredicateCountsAsUnknown() {
        Query q = SMALL.query().where(e -> {
            throw new IllegalStateException("boom");
        });
        assertThat(q.toString()).endsWith("→ ?");
    }

    /**
     * "→ ? when a where predicate throws": a predicate that throws an Error (an assertion in a test, a
     * StackOverflowError of a recursive check) escapes from toString(), so that a debugger, a log line or JShell's
     * echo of the query fails. Query.java catches only RuntimeException.
     */
    @Test
    void aPredicateThrowingAnErrorCountsAsUnknown() {
        Query q = SMALL.query().where(e -> {
            throw new AssertionError("boom");
        });
        assertThat(q.toString()).endsWith("→ ?");
    }

    @Test
    void aQueryOverAHundredThousandEntriesPrintsQuickly() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            entries.add(Entry.builder("e" + i).kind(i % 2 == 0 ? Kind.DATASET : Kind.MODEL).build());
        }
        Catalogue big = of(entries.toArray(Entry[]::new));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThat(big.query().kind(Kind.DATASET).toString()).isEqualTo("Query[kind=dataset] → 50000 matches"));
    }

    // ------------------------------------------------------------------ countBy / groupBy

    @ParameterizedTest
    @EnumSource(Facet.class)
    void everyFacetOnAnEmptyCatalogueIsEmpty(Facet facet) {
        Catalogue empty = Catalogue.builder("t").build();
        assertThat(empty.query().countBy(facet)).isEmpty();
        assertThat(empty.query().groupBy(facet)).isEmpty();
        assertThat(SMALL.query().text("nothing-at-all").countBy(facet)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Facet.class)
    void countsAreTheSizesOfTheGroupsLargestFirst(Facet facet) {
        Map<String, Long> counts = SMALL.query().countBy(facet);
        Map<String, List<Match>> groups = SMALL.query().groupBy(facet);
        assertThat(counts.keySet()).containsExactlyElementsOf(groups.keySet());
        groups.forEach((k, v) -> {
            assertThat(counts.get(k)).isEqualTo(v.size());
            assertThat(v).doesNotHaveDuplicates();
        });
        List<Long> values = new ArrayList<>(counts.values());
        for (int i = 1; i < values.size(); i++) {
            assertThat(values.get(i)).isLessThanOrEqualTo(values.get(i - 1));
        }
    }

    /** Ties keep the order in which values are first met (source order), so the output is deterministic. */
    @Test
    void tiesComeInOrderOfFirstAppearance() {
        Catalogue c = of(Entry.builder("x").tag("zeta").tag("alpha").build(), Entry.builder("y").tag("mid").build());
        assertThat(c.query().countBy(Facet.TAG)).containsExactly(Map.entry("zeta", 1L), Map.entry("alpha", 1L),
                Map.entry("mid", 1L));
    }

    /**
     * One entry linking to github.com/FOO/c and github.com/foo/c2 has ONE owner (GitHub accounts are one whatever
     * the case; {@code repository("foo")} compares without case), but countBy(GITHUB_OWNER) counted it under both
     * FOO and foo. Fixed in Facet: an entry's owners are made distinct without case.
     */
    @Test
    void oneEntryIsCountedOnceUnderItsOwnerWhateverTheCase() {
        Catalogue c = of(Entry.builder("C").link("https://github.com/FOO/c").link("https://github.com/foo/c2").build());
        assertThat(c.query().countBy(Facet.GITHUB_OWNER)).containsExactly(Map.entry("FOO", 1L));
    }

    /** The same for the tags of one entry: EHR and ehr are one tag to tag("ehr"). */
    @Test
    void oneEntryIsCountedOnceUnderATagWhateverTheCase() {
        Catalogue c = of(Entry.builder("x").tag("EHR").tag("ehr").build());
        assertThat(c.query().tag("ehr").count()).isEqualTo(1);
        assertThat(c.query().countBy(Facet.TAG)).containsExactly(Map.entry("EHR", 1L));
    }

    /**
     * Across entries, github.com/Foo/a, github.com/foo/b and github.com/FOO/c are one owner, as repository("foo")
     * finds all three; countBy(GITHUB_OWNER) gives {Foo=1, foo=1, FOO=1}, and groupBy(...).get("FreedomIntelligence")
     * misses the entries that wrote the owner in another case.
     */
    @Test
    void gitHubOwnersAreCountedWithoutCase() {
        Map<String, Long> counts = SMALL.query().countBy(Facet.GITHUB_OWNER);
        assertThat(SMALL.query().repository("foo").count()).isEqualTo(3);
        assertThat(counts).containsExactly(Map.entry("Foo", 3L));
    }

    /** Tags are compared without case by tag(t): countBy(TAG) should not split "EHR" and "ehr" of two entries. */
    @Test
    void tagsAreCountedAsTagFindsThem() {
        Catalogue c = of(Entry.builder("x").tag("EHR").build(), Entry.builder("y").tag("ehr").build());
        assertThat(c.query().tag("ehr").count()).isEqualTo(2);
        assertThat(c.query().countBy(Facet.TAG)).containsExactly(Map.entry("EHR", 2L));
    }

    @Test
    void hostsAreCountedWithoutCaseWwwOrTrailingDot() {
        Catalogue c = of(Entry.builder("x").link("https://WWW.Example.ORG./a").build(),
                Entry.builder("y").link("http://example.org:8080/b").build(),
                Entry.builder("z").link("https://user:pw@example.org/c").build());
        assertThat(c.query().countBy(Facet.HOST)).containsExactly(Map.entry("example.org", 3L));
    }

    @Test
    void facetNullIsRefusedByName() {
        assertThatThrownBy(() -> SMALL.query().countBy((Facet) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("facet");
    }

    // ------------------------------------------------------------------ languages

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans-CN", "ZH_cn", "zh-TW", "Chinese", "中文", "zh", " zh ", "zh-min-nan", "ZH"})
    void chineseInEveryFormFindsAChineseEntry(String tag) {
        assertThat(SMALL.query().language(Language.of(tag)).list()).extracting(m -> m.entry().name()).contains("A");
        assertThat(SMALL.query().language(Language.parse(tag)).count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-private", "i-klingon", "zh-", "-zh", "zh--cn", "z", "zh-abcdefghi", "klingonese",
            "zh cn", "art-lojban-", "中", "\u0000", "en-\uD800"})
    void aWordNamingNoLanguageIsAnErrorListingTheAcceptedForms(String word) {
        assertThatThrownBy(() -> Language.of(word)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zh, en").hasMessageContaining("Chinese");
        assertThatThrownBy(() -> Language.parse(word)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zh, en").hasMessageContaining("Chinese");
    }

    @Test
    void aSixtyFiveCharacterTagIsRefusedAndTheMessageIsBounded() {
        String tag = "zh" + "-abcdefgh".repeat(7); // 65 characters, every subtag valid
        assertThat(tag).hasSize(65);
        assertThatThrownBy(() -> Language.of(tag)).isInstanceOf(IllegalArgumentException.class);
        String megabyte = "zh-" + "a".repeat(1 << 20);
        assertThatThrownBy(() -> Language.of(megabyte)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
        assertThat(Language.of("zh" + "-abcdefgh".repeat(6) + "-abcdefg").code()).hasSize(64);
    }

    @Test
    void nullAndBlankAreRefusedByName() {
        assertThatThrownBy(() -> Language.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Language.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Language.parse(null)).isInstanceOf(NullPointerException.class);
    }

    // ------------------------------------------------------------------ arXiv

    private static final Catalogue PAPERS = of(
            Entry.builder("new").link("https://arxiv.org/abs/2305.01526v3", "", LinkRole.PAPER).build(),
            Entry.builder("old").link("http://arxiv.org/pdf/hep-th/9901001v2.pdf", "", LinkRole.PAPER).build(),
            Entry.builder("math").link("https://export.arxiv.org/abs/math.GT/0309136", "", LinkRole.PAPER).build(),
            Entry.builder("html").link("https://arxiv.org/html/2401.10000v1", "", LinkRole.PAPER).build());

    @ParameterizedTest
    @ValueSource(strings = {"2305.01526", "2305.01526v2", "arXiv:2305.01526", "ARXIV: 2305.01526v1",
            "arxiv.org/abs/2305.01526", "https://arxiv.org/abs/2305.01526", "https://arxiv.org/pdf/2305.01526v3.pdf",
            "http://www.arxiv.org/abs/2305.01526/", "https://arxiv.org/html/2305.01526v3", "  2305.01526  ",
            "https://arxiv.org/abs/2305.01526?context=cs", "https://arxiv.org/abs/2305.01526#x"})
    void aNewIdentifierInEveryFormFindsThePaper(String id) {
        assertThat(PAPERS.query().arxiv(id).list()).extracting(m -> m.entry().name()).containsExactly("new");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hep-th/9901001", "hep-th/9901001v1", "arXiv:hep-th/9901001", "arxiv.org/abs/hep-th/9901001"})
    void anOldIdentifierFindsThePaper(String id) {
        assertThat(PAPERS.query().arxiv(id).list()).extracting(m -> m.entry().name()).containsExactly("old");
    }

    @Test
    void subjectClassOldIdentifiersAndHtmlAddresses() {
        assertThat(PAPERS.query().arxiv("math.GT/0309136").count()).isEqualTo(1);
        assertThat(PAPERS.query().arxiv("2401.10000").count()).isEqualTo(1);
        assertThat(PAPERS.query().arxiv("2305.01526", "hep-th/9901001").count()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "junk", "2305", "2305.015", "2305.015266", "arXiv:", "https://example.org/abs/2305.01526",
            "https://arxiv.org/list/cs.CL", "hep-th/990100", "2305.01526v", "23o5.01526", "2305.01526x",
            "javascript:alert(1)", "arxiv.org/abs/", "\u0000"})
    void junkIsAnErrorNamingTheForms(String id) {
        assertThatThrownBy(() -> PAPERS.query().arxiv(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2305.01526");
    }

    @Test
    void nullIdsAreRefused() {
        assertThatThrownBy(() -> EntryFilter.arxiv((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EntryFilter.arxiv((String[]) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EntryFilter.arxiv()).isInstanceOf(IllegalArgumentException.class);
    }

    /** 100k-character inputs crafted against the patterns of internal/Urls.java: each must be linear. */
    @ParameterizedTest
    @ValueSource(strings = {"digits", "letters", "dashes", "authority", "userinfo", "oldStyle", "githubPath", "hfPath",
            "arxivPath", "spaces"})
    void craftedHugeIdentifiersAreRefusedInLinearTime(String shape) {
        int n = 100_000;
        String id = switch (shape) {
            case "digits" -> "1".repeat(n) + "x";
            case "letters" -> "a".repeat(n) + "/123456";
            case "dashes" -> "-".repeat(n) + ".AB/123456!";
            case "authority" -> "https://" + "a".repeat(n) + ":";
            case "userinfo" -> "https://" + "a@".repeat(n / 2) + "/abs/2305.01526 ";
            case "oldStyle" -> "https://arxiv.org/abs/" + "a-".repeat(n / 2) + ".AB/123456";
            case "githubPath" -> "https://arxiv.org/abs/" + "1".repeat(n);
            case "hfPath" -> "arxiv.org/abs/2305.01526" + "v".repeat(n);
            case "arxivPath" -> "https://arxiv.org/pdf/2305.01526v" + "1".repeat(n) + ".pdfx";
            default -> "arXiv:" + " ".repeat(n) + "x";
        };
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                EntryFilter f = EntryFilter.arxiv(id);
                assertThat(f.toString()).hasSizeLessThan(200);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).hasSizeLessThan(400);
            }
        });
    }

    /** Links whose addresses are crafted against the patterns: the derived facts are linear too. */
    @Test
    void craftedHugeLinksAreReadInLinearTime() {
        int n = 200_000;
        Catalogue c = of(Entry.builder("a").link("https://github.com/" + "a-".repeat(n) + "/x").build(),
                Entry.builder("b").link("https://huggingface.co/" + "a".repeat(n) + "/" + "b.".repeat(n) + "!").build(),
                Entry.builder("c").link("https://github.com/a/" + "b".repeat(n) + ".git" + "/".repeat(n) + "\nx").build(),
                Entry.builder("d").link("https://" + "a".repeat(n) + "@" + "b".repeat(n)).build());
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            c.query().arxiv("2305.01526").count();
            c.query().hasGitHubRepository().count();
            c.query().hasHuggingFaceRepository().count();
            c.query().countBy(Facet.HOST);
            c.query().countBy(Facet.GITHUB_OWNER);
            c.query().text("zz").count();
        });
    }

    // ------------------------------------------------------------------ text over addresses

    private static final Catalogue LINKS = of(
            Entry.builder("one").link("https://www.github.com/FreedomIntelligence/HuatuoGPT", "Code", LinkRole.CODE).build(),
            Entry.builder("two").link("https://user:secret@example.org/p%C3%A4th?q=caf%C3%A9", "Data", LinkRole.DATA).build(),
            Entry.builder("three").link("https://例子.测试/医疗", "主页", LinkRole.HOMEPAGE).build(),
            Entry.builder("four").link("https://xn--fsqu00a.xn--0zwm56d/abc", "code", LinkRole.CODE).build());

    @Test
    void wordsOfAddressesAreFoundWithoutSchemeAndWww() {
        assertThat(LINKS.query().text("FreedomIntelligence/HuatuoGPT").count()).isEqualTo(1);
        assertThat(LINKS.query().text("github.com").count()).isEqualTo(1);
        assertThat(LINKS.query().text("https").count()).isZero();
        assertThat(LINKS.query().text("www").count()).isZero();
        assertThat(LINKS.query().text("医疗").count()).isEqualTo(1);
        assertThat(LINKS.query().text("例子").count()).isEqualTo(1);
    }

    /** A search never spans a link's label and its address, nor a name and a link. */
    @Test
    void aSearchDoesNotSpanTheLabelAndTheAddress() {
        assertThat(LINKS.query().text("Code github").count()).isZero();
        assertThat(LINKS.query().text("Code github.com").count()).isZero();
        assertThat(LINKS.query().text("one Code").count()).isZero();
        assertThat(LINKS.query().text("HuatuoGPT one").count()).isZero();
        assertThat(LINKS.query().text("Code\u0000github.com").count()).isZero();
    }

    /**
     * Credentials in an address are no words to search: a search for a password must not tell which entry holds
     * one. The address is searched from its host on.
     */
    @Test
    void credentialsOfAnAddressAreNotSearched() {
        assertThat(LINKS.query().text("secret").count()).isZero();
        assertThat(LINKS.query().text("user").count()).isZero();
        assertThat(LINKS.query().text("example.org").count()).isEqualTo(1);
    }

    @Test
    void aQueryOfThousandsOfStepsStillPrintsOneBoundedLine() {
        Query q = LINKS.query();
        for (int i = 0; i < 5_000; i++) {
            q = q.tag("tag" + i);
        }
        assertThat(q.toString()).hasSizeLessThan(500).doesNotContain("\n").endsWith("→ 0 matches");
    }

    @Test
    void percentEncodedAddressesAreSearchedAsWritten() {
        assertThat(LINKS.query().text("p%C3%A4th").count()).isEqualTo(1);
        assertThat(LINKS.query().text("example.org").count()).isEqualTo(1);
    }

    /** Linear in a huge address: a needle over 32 characters that almost matches everywhere. */
    @Test
    void hugeAddressesAreSearchedInLinearTime() {
        String url = "https://example.org/" + "ab".repeat(500_000);
        Catalogue c = of(Entry.builder("x").link(url).build());
        String needle = "ab".repeat(40) + "c";
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            assertThat(c.query().text(needle).count()).isZero();
            assertThat(c.query().text("a".repeat(33)).count()).isZero();
            assertThat(c.query().text("ab".repeat(20)).count()).isZero(); // not word-aligned inside one word
        });
    }
}
