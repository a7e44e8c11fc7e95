package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rebuilt reader (bold-title entries, link paragraphs, heading entries, addresses written as text)
 * attacked as an adversary and as a demanding user: documents where it guesses wildly or where an address
 * written in a section never reaches the catalogue, catalogues the canonical writer cannot write back, and
 * single edits the minimal-diff writer writes so that they read back as another catalogue. Each document
 * is a few lines in the shape of the corpus lists; each test names what should hold. The time attacks are
 * in {@link PathologicalInputTest}.
 */
class ReaderAttackTest {

    private static MarkdownDocument read(String text) {
        return MarkdownReader.create().read(text);
    }

    private static List<String> names(Catalogue c) {
        return c.allEntries().stream().map(Entry::name).toList();
    }

    private static Entry entry(Catalogue c, String name) {
        return c.allEntries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + name + "' among " + names(c)));
    }

    private static List<String> urls(Entry e) {
        return e.links().stream().map(Link::url).toList();
    }

    // ------------------------------------------------------------------ addresses that never reach the catalogue

    static Stream<Arguments> sectionsWithAddresses() {
        return Stream.of(
                Arguments.of("a bold-title entry whose body is followed by list items (read as a group label, its body"
                        + " dropped)", "# T\n\n## A\n\n**ClinicalBERT**\n\n代码：https://github.com/x/clin\n\n"
                        + "- [Other](https://other.org) - a classic item\n"),
                Arguments.of("a bold-title entry whose name is a link",
                        "# T\n\n## A\n\n**[BioBERT](https://github.com/dmis/biobert)**\n\n论文概要：x\n"));
    }

    /**
     * Addresses the model has no place for: a section has no links or text of its own, and a group is a
     * label. A group label written with a link, and the {@code label：value} lines under a heading that its
     * table, classic list, sub-heading or code block make a section, stay in the document as written
     * (every byte of it writes back, and an edit elsewhere keeps them) but reach no entry; the README lists
     * this among the reader's known limits.
     */
    static Stream<Arguments> addressesWithoutAPlace() {
        return Stream.of(
                Arguments.of("a linked bold group label", "# T\n\n## A\n\n**[BioBERT](https://github.com/dmis/biobert)**\n\n"
                        + "- [x](https://x.org)\n"),
                Arguments.of("a leaf heading with a table under its fields (read as a section, its fields dropped)",
                        "# T\n\n## A\n\n### Heading entry\n\n论文地址：https://a.org\n\n| a | b |\n|---|---|\n"
                        + "| x | [t](https://t.org) |\n"),
                Arguments.of("a leaf heading with fields then a classic list",
                        "# T\n\n## A\n\n### X\n\n论文地址：https://a.org\n\n- [Other](https://o.org) - a resource\n"
                        + "- [Other2](https://o2.org) - b\n"),
                Arguments.of("a heading with fields then a sub-heading", "# T\n\n## A\n\n### X\n\n"
                        + "说明：a very long text https://a.org/x inside\n\n#### Sub\n\n说明：y https://sub.org\n"),
                Arguments.of("a heading with fields then a code block",
                        "# T\n\n## A\n\n### X\n\n论文地址：https://a.org\n\n```\nbibtex\n```\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addressesWithoutAPlace")
    void addressesWithoutAPlaceInTheModelStayInTheDocument(String what, String text) {
        MarkdownDocument doc = read(text);
        assertThat(doc.render()).as(what).isEqualTo(text);
        Catalogue c = doc.catalogue();
        Catalogue edited = c.addEntry(c.pathOf(c.allSections().get(c.allSections().size() - 1)).orElseThrow(), ADDED);
        String written = doc.withCatalogue(edited).render();
        assertThat(LinkCoverage.of(what, text, c).unreached()).isNotEmpty().allSatisfy(url ->
                assertThat(written).as("%s keeps %s after an edit", what, url.url()).contains(url.url()));
    }

    /**
     * The lossless promise keeps every byte, but a user reads the catalogue: an address written in a section
     * body should reach it, as an entry's link or inside a field value. In each of these documents the
     * reader leaves one as opaque text (or reads the line it is on as something that holds no address).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sectionsWithAddresses")
    void everyAddressInASectionReachesTheCatalogue(String what, String text) {
        MarkdownDocument doc = read(text);
        assertThat(LinkCoverage.of(what, text, doc.catalogue()).unreached())
                .as("addresses of '%s' that reach no entry: catalogue %s", what, doc.catalogue().allEntries())
                .isEmpty();
    }

    @Test
    void theLinkOfABoldTitleIsTheEntrysHomepage() {
        Catalogue c = read("# T\n\n## A\n\n**[BioBERT](https://github.com/dmis/biobert)**\n\n论文概要：x\n").catalogue();
        assertThat(urls(entry(c, "BioBERT"))).containsExactly("https://github.com/dmis/biobert");
    }

    @Test
    void aBoldTitleWhoseBodyIsFollowedByAListKeepsItsBody() {
        Catalogue c = read("# T\n\n## A\n\n**ClinicalBERT**\n\n代码：https://github.com/x/clin\n\n"
                + "- [Other](https://other.org) - a classic item\n").catalogue();
        assertThat(urls(entry(c, "ClinicalBERT"))).containsExactly("https://github.com/x/clin");
        assertThat(entry(c, "Other").group()).isEmpty();
    }

    // ------------------------------------------------------------------ wild guesses

    static Stream<Arguments> labelLinks() {
        return Stream.of(
                Arguments.of("after a line of two bold texts", "# T\n\n## A\n\n**A** **B**\n\n[论文地址](https://a.org)\n"),
                Arguments.of("after a bold title with a trailing tab", "# T\n\n## A\n\n**Bio**\t\n\n[论文地址](https://a.org)\n"),
                Arguments.of("after a bold title with a hard break", "# T\n\n## A\n\n**Bio**  \n\n[论文地址](https://a.org)\n"),
                Arguments.of("after a bold title followed by a table", "# T\n\n## A\n\n**Bio**\n\n[论文地址](https://a.org)\n\n"
                        + "| a | b |\n|---|---|\n| x | [t](https://t.org) |\n"),
                Arguments.of("in a heading made a section by a bold line", "# T\n\n## A\n\n### X\n\n[论文地址](https://a.org)\n\n"
                        + "**Bold inside**\n\n说明：y\n"));
    }

    /**
     * {@code [论文地址](url)} is how the 2020 and 2023 lists give an entry its paper: the text is a label
     * (the role it implies is the paper's), never a resource's name. Read as a link paragraph of its own it
     * makes an entry called "论文地址", and the entry it belongs to loses it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("labelLinks")
    void aLinkWhoseTextIsALabelNamesNoEntry(String what, String text) {
        Catalogue c = read(text).catalogue();
        assertThat(names(c)).as(what).doesNotContain("论文地址");
    }

    @Test
    void aBoldTitleWithTrailingBlanksIsStillABoldTitle() {
        for (String blanks : List.of("\t", "  ", " ")) {
            Catalogue c = read("# T\n\n## A\n\n**Bio**" + blanks + "\n\n[论文地址](https://a.org)\n").catalogue();
            assertThat(names(c)).as("'**Bio**' followed by %s", blanks.replace("\t", "a tab")).containsExactly("Bio");
            assertThat(entry(c, "Bio").links()).containsExactly(Link.of("https://a.org", "论文地址", LinkRole.PAPER));
        }
    }

    /**
     * A bold line over paragraphs that each start with a linked name ({@code [灵医智慧](url)}, the products
     * and blogs of the 2020 to 2023 lists) is a group label over link-paragraph entries: the link texts are
     * names, not labels. The reader makes one entry named by the group, holding every product as a link.
     */
    @Test
    void aGroupLabelOverLinkParagraphsIsNoEntry() {
        Catalogue c = read("# T\n\n## A\n\n**Group**\n\n[灵医智慧](https://ling.example.com)\n\n"
                + "[左手医生](https://zuo.example.com) - text\n").catalogue();
        assertThat(names(c)).containsExactly("灵医智慧", "左手医生");
        assertThat(c.allEntries()).allMatch(e -> e.group().equals(java.util.Optional.of("Group")));
    }

    /** After a bold-title entry, a paragraph that starts with a linked name is the next entry, not a link of it. */
    @Test
    void aLinkParagraphAfterABoldTitleEntryIsAnEntryOfItsOwn() {
        Catalogue c = read("# T\n\n## A\n\n**Bio2**\n\n[论文地址](https://b.org)\n\n[LP](https://lp.org) - x\n").catalogue();
        assertThat(names(c)).containsExactly("Bio2", "LP");
        assertThat(urls(entry(c, "Bio2"))).containsExactly("https://b.org");
    }

    /**
     * Addresses separated by blanks are a list of links when a label comes before them
     * ({@code 地址：https://a https://b}); without the label the same addresses are one text field.
     */
    @Test
    void unlabelledAddressesSeparatedByBlanksAreLinks() {
        Catalogue c = read("# T\n\n## A\n\n**X**\n\nhttps://a.org\n\nhttps://b.org https://c.org\n").catalogue();
        assertThat(urls(entry(c, "X"))).containsExactly("https://a.org", "https://b.org", "https://c.org");
        assertThat(entry(c, "X").fields()).isEmpty();
    }

    // ------------------------------------------------------------------ canonical round trips

    static Stream<Arguments> canonicalDocuments() {
        return Stream.of(
                Arguments.of("a classic item with addresses separated by blanks after its link",
                        "# T\n\n## A\n\n- [X](https://x.org) - 地址：https://a.org https://b.org\n"),
                Arguments.of("a link paragraph with addresses separated by blanks after its link",
                        "# T\n\n## A\n\n[X](https://x.org) - 地址：https://a.org https://b.org\n"));
    }

    /**
     * The canonical writer keeps the field {@code 地址 = "https://a.org https://b.org"} as text by writing
     * {@code 地址：&#104;ttps://a.org https://b.org}; the reader decodes the reference before it looks for
     * addresses after a label ({@code EntryParts.labelledUrl} works on the decoded value) and reads two links.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalDocuments")
    void theCanonicalWriterWritesBackWhatWasRead(String what, String text) {
        Catalogue c = read(text).catalogue();
        String written = MarkdownWriter.canonical().write(c);
        assertThat(read(written).catalogue()).as("%s, written as%n%s", what, written).isEqualTo(c);
    }

    // ------------------------------------------------------------------ single edits

    private record Edit(String name, UnaryOperator<Catalogue> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Entry ADDED = Entry.builder("Added entry").link("https://example.org/added")
            .field("简介", "a new entry").build();

    private static Edit addAtStart(String section) {
        return new Edit("add at the start of " + section, c -> c.addEntry(section, 0, ADDED));
    }

    private static Edit addAtEnd(String section) {
        return new Edit("add at the end of " + section, c -> c.addEntry(section, ADDED));
    }

    private static Edit remove(String name) {
        return new Edit("remove " + name, c -> c.removeEntry(entry(c, name)));
    }

    private static Edit moveTo(String name, String section) {
        return new Edit("move " + name + " to " + section, c -> c.moveEntry(entry(c, name), section));
    }

    private static Edit replace(String name, String what, UnaryOperator<Entry> change) {
        return new Edit(what + " on " + name, c -> c.replaceEntry(entry(c, name), change.apply(entry(c, name))));
    }

    private static final String GROUPED_TABLE = "# T\n\n## A\n\n**Group**\n\n| Name | Link |\n|---|---|\n"
            + "| x | [l](https://t.org) |\n";
    private static final String GROUPED_LINK_PARAGRAPHS = "# T\n\n## A\n\n**Group**\n\n[A](https://a.org) - text\n\n"
            + "- [B](https://b.org) - text\n";
    private static final String MIXED = "# Title\n\nIntro text https://intro.example.org\n\n## 1. Models\n\n"
            + "**Bio-bert**\n\n[论文地址](https://arxiv.org/abs/1)\n\n论文概要：A model.\n\n**ClinicalBERT**\n\n"
            + "- [Other](https://other.org) - a classic item\n\n[LinkPara](https://lp.org) - a link paragraph\n\n"
            + "## 2. Products\n\n**Group A**\n\n[论文地址](https://ling.example.com)\n";
    private static final String BOLD_AND_LINKS = "# Medical_NLP\n\n## 3. 论文\n\n#### 3.1 电子病历相关文章\n\n"
            + "**Transfer Learning for Section Prediction**\n\n[论文地址](https://www.aclweb.org/anthology/D19-1492/)\n\n"
            + "论文概要：发表于EMNLP2019。\n\n**MUFASA: Multimodal Fusion**\n\n"
            + "[论文地址](http://arxiv-download.xixiaoyao.cn/pdf/2102.02340.pdf)\n\n论文概要:发表于AAAI2021。\n\n"
            + "## 4. 工业级产品解决方案\n\n[灵医智慧](https://01.baidu.com/index.html)\n\n"
            + "[左手医生](https://open.zuoshouyisheng.com/)\n";
    private static final String CLASSIC = "# T\n\n## A\n\n- [灵医智慧](https://01.baidu.com/index.html) - 说明\n"
            + "- [左手医生](https://open.zuoshouyisheng.com/)\n";

    static Stream<Arguments> singleEdits() {
        return Stream.of(
                // an entry without a group placed after a group label: no end-of-group mark is written for
                // table rows and paragraph styles (EntryPlacement.group: "List styles only")
                Arguments.of("grouped table", GROUPED_TABLE, addAtEnd("A")),
                Arguments.of("grouped table", GROUPED_TABLE, addAtStart("A")),
                Arguments.of("grouped link paragraphs", GROUPED_LINK_PARAGRAPHS, addAtStart("A")),
                // what a bold line is depends on what follows it: removing the list item after it turns
                // the group label into a bold-title entry that swallows the link paragraph
                Arguments.of("grouped link paragraphs", GROUPED_LINK_PARAGRAPHS, remove("B")),
                Arguments.of("mixed shapes", MIXED, remove("Other")),
                Arguments.of("mixed shapes", MIXED, addAtEnd("1")),
                // a grouped entry moved to a section of bold titles is written without its group label
                Arguments.of("mixed shapes", MIXED, moveTo("Other", "2")),
                Arguments.of("mixed shapes", MIXED, moveTo("LinkPara", "2")),
                Arguments.of("bold titles and link paragraphs", BOLD_AND_LINKS,
                        replace("MUFASA: Multimodal Fusion", "a group", e -> e.withGroup("Some group"))),
                Arguments.of("bold titles and link paragraphs", BOLD_AND_LINKS,
                        replace("灵医智慧", "a group", e -> e.withGroup("Some group"))),
                // a field written on the line of a linked name is read from the decoded text: the escapes
                // the writer puts in it (&#65306; &#58; &#10;) do not keep it as written
                Arguments.of("bold titles and link paragraphs", BOLD_AND_LINKS, replace("灵医智慧",
                        "an unlabelled field that reads as label：value", e -> e.toBuilder().field("", "论文概要：x").build())),
                Arguments.of("bold titles and link paragraphs", BOLD_AND_LINKS, replace("灵医智慧",
                        "a field of two lines", e -> e.toBuilder().field("摘要", "line1\nline2").build())),
                Arguments.of("bold titles and link paragraphs", BOLD_AND_LINKS, replace("灵医智慧",
                        "a field whose label holds a colon", e -> e.toBuilder().field("a:b", "v").build())),
                Arguments.of("classic items", CLASSIC, replace("左手医生",
                        "an unlabelled field that reads as label：value", e -> e.toBuilder().field("", "论文概要：x").build())),
                Arguments.of("classic items", CLASSIC, replace("左手医生",
                        "a field of two lines", e -> e.toBuilder().field("摘要", "line1\nline2").build())),
                Arguments.of("classic items", CLASSIC, replace("左手医生",
                        "a field whose label holds a colon", e -> e.toBuilder().field("a:b", "v").build())));
    }

    /** {@code read(doc.withCatalogue(edit(c)))} equals {@code edit(c)}, as {@link SingleEditPropertyTest} asks of the corpus. */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("singleEdits")
    void aSingleEditReadsBackAsTheEditedCatalogue(String document, String text, Edit edit) {
        MarkdownDocument doc = read(text);
        Catalogue edited = edit.apply().apply(doc.catalogue());
        String written = doc.withCatalogue(edited).render();
        assertThat(read(written).catalogue()).as("%s, written as%n%s", edit, written).isEqualTo(edited);
    }

    /** The edits that already work on these shapes, kept working: every section and entry of a mixed document. */
    @Test
    void everySingleEditOfBoldTitlesAndLinkParagraphsReadsBack() {
        String text = BOLD_AND_LINKS.replace("\n", "\r\n") + "\r\n## 5. blog分享\r\n\r\n"
                + "[医疗领域构建自然语言处理系统的经验教训](http://www.oreilly.com.cn/radar/?p=2083)\r\n";
        MarkdownDocument doc = read("\uFEFF" + text);
        Catalogue c = doc.catalogue();
        assertThat(c.allEntries()).hasSize(5);
        List<Edit> edits = new ArrayList<>();
        for (Section s : c.allSections()) {
            String at = c.pathOf(s).orElseThrow();
            edits.add(addAtStart(at));
            edits.add(addAtEnd(at));
        }
        for (Entry e : c.allEntries()) {
            edits.add(remove(e.name()));
            edits.add(replace(e.name(), "rename", x -> x.withName(x.name() + " renamed")));
            edits.add(replace(e.name(), "a field", x -> x.toBuilder().field("备注", "added note").build()));
            edits.add(replace(e.name(), "a link", x -> x.toBuilder().link("https://example.org/more", "Code",
                    LinkRole.CODE).build()));
            edits.add(moveTo(e.name(), "5"));
        }
        List<String> failures = new ArrayList<>();
        for (Edit edit : edits) {
            Catalogue edited = edit.apply().apply(c);
            MarkdownDocument written = doc.withCatalogue(edited);
            if (!read(written.render()).catalogue().equals(edited)) {
                failures.add(edit.name());
            }
        }
        assertThat(failures).isEmpty();
    }

    // ------------------------------------------------------------------ concurrency

    /**
     * The shared reader, and one document's lazy styles ({@code Parsed.styleOf}) and renders, used from
     * several threads at once: each thread reads the same texts and edit-renders the same shared documents,
     * and gets what one thread gets.
     */
    @Test
    void readingAndEditingFromManyThreadsGivesWhatOneThreadGives() throws Exception {
        MarkdownReader reader = MarkdownReader.create();
        List<String> texts = List.of(BOLD_AND_LINKS, MIXED, CLASSIC, GROUPED_LINK_PARAGRAPHS,
                Corpus.text("medical-nlp-2023-03-15.md"), Corpus.text("medical-nlp-2020-08-14.md"));
        List<MarkdownDocument> shared = texts.stream().map(reader::read).toList();
        List<Catalogue> edited = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<Catalogue> expectedCatalogues = new ArrayList<>();
        for (String text : texts) {
            MarkdownDocument own = MarkdownReader.create().read(text);
            Catalogue c = own.catalogue();
            Section last = c.allSections().get(c.allSections().size() - 1);
            Catalogue e = c.addEntry(c.pathOf(last).orElseThrow(), 0, ADDED);
            edited.add(e);
            expected.add(own.withCatalogue(e).render());
            expectedCatalogues.add(c);
        }
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> wrong = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (int k = 0; k < texts.size(); k++) {
                            int i = (k + offset) % texts.size();
                            if (!reader.read(texts.get(i)).catalogue().equals(expectedCatalogues.get(i))) {
                                wrong.add("read " + i);
                            }
                            if (!shared.get(i).withCatalogue(edited.get(i)).render().equals(expected.get(i))) {
                                wrong.add("edit " + i);
                            }
                        }
                    }
                    return wrong;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
