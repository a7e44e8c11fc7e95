package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second attack on the rebuilt reader: the linter on bold-title, link-paragraph and heading entries,
 * hostile text written by the minimal-diff writer into those styles, line-ending and BOM variants of the
 * corpus files, and the diagnostics themselves.
 *
 * <p>Failing when written (each pins a defect of the minimal-diff writer or the reader): a link added to a
 * link-paragraph entry is written with the label 项目地址 whatever its label; a link-paragraph entry renamed to a
 * name with a {@code ：}, a {@code label:} prefix, a label word or a URL is written {@code [name](url)} and read
 * back as no entry; a heading entry renamed with a {@code ：} loses it (or the entry), and one with a line break
 * reads back with a space; renaming a heading entry rewrites its {@code [地址](url)} paragraph as
 * {@code 地址：url}; a field label like the annotation comment, in a link-paragraph entry, reads back as an
 * unlabelled field.
 */
class ReaderAttack2Test {

    private static MarkdownDocument read(String text) {
        return MarkdownReader.create().read(text);
    }

    private static List<String> names(Catalogue c) {
        return c.allEntries().stream().map(Entry::name).toList();
    }

    private static List<Finding> lint(String text) {
        return MarkdownLinter.standard().lint(read(text));
    }

    private static List<Finding> findings(String text, String rule) {
        return lint(text).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static int line(Finding f) {
        return f.location().map(Location::line).orElse(-1);
    }

    // ------------------------------------------------------------------ corpus-wide lint and diagnostics

    static Stream<String> corpusNames() {
        return Corpus.files().map(f -> f.getFileName().toString());
    }

    private static int lines(String text) {
        return text.split("\r\n|\r|\n", -1).length;
    }

    private static String lineText(String text, int line) {
        String[] ls = text.split("\r\n|\r|\n", -1);
        return line >= 1 && line <= ls.length ? ls[line - 1] : null;
    }

    /** Problems with the places of findings and diagnostics of one text. */
    private static List<String> placeProblems(String text) {
        List<String> out = new ArrayList<>();
        MarkdownDocument d = read(text);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (Diagnostic g : d.diagnostics()) {
            String l = lineText(body, g.line());
            if (l == null || g.column() > l.codePointCount(0, l.length()) + 1 && g.column() > l.length() + 1) {
                out.add("diagnostic outside the document (" + lines(body) + " lines): " + g);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Diagnostic g : d.diagnostics()) {
            if (!seen.add(g.line() + ":" + g.column() + ":" + g.rule())) {
                out.add("duplicate diagnostic: " + g);
            }
        }
        List<Finding> fs = MarkdownLinter.standard().lint(d);
        for (Finding f : fs) {
            Location loc = f.location().orElse(null);
            if (loc == null) {
                continue;
            }
            String l = lineText(body, loc.line());
            if (l == null || loc.column() > l.length() + 1) {
                out.add("finding outside the document: " + f);
            }
        }
        Set<String> seenF = new HashSet<>();
        for (Finding f : fs) {
            if (!seenF.add(f.toString() + f.entryIndex() + f.url())) {
                out.add("duplicate finding: " + f);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusNames")
    void lintAndDiagnosticsOfACorpusFileAreInsideItAndNotRepeated(String name) {
        assertThat(placeProblems(Corpus.text(name))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusNames")
    void lintIsTheSameOnTwoReads(String name) {
        String text = Corpus.text(name);
        MarkdownDocument d = read(text);
        List<Finding> once = MarkdownLinter.standard().lint(d);
        assertThat(MarkdownLinter.standard().lint(d)).isEqualTo(once);
        assertThat(MarkdownLinter.standard().lint(read(text))).isEqualTo(once);
        assertThat(read(text).diagnostics()).isEqualTo(d.diagnostics());
    }

    // ------------------------------------------------------------------ CRLF, BOM and tab variants

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (String name : List.of("medical-nlp-2020-08-14.md", "medical-nlp-2023-03-15.md",
                "medical-nlp-english-2023-03-15.md")) {
            out.add(Arguments.of(name, "CRLF"));
            out.add(Arguments.of(name, "BOM"));
            out.add(Arguments.of(name, "BOM+CRLF"));
            out.add(Arguments.of(name, "CR"));
            out.add(Arguments.of(name, "trailing tab"));
            out.add(Arguments.of(name, "no final newline"));
        }
        return out.stream();
    }

    static String variant(String text, String how) {
        return switch (how) {
            case "CRLF" -> text.replace("\n", "\r\n");
            case "BOM" -> "\uFEFF" + text;
            case "BOM+CRLF" -> "\uFEFF" + text.replace("\n", "\r\n");
            case "CR" -> text.replace("\n", "\r");
            case "trailing tab" -> text.replaceAll("([^\\s|])\n\n", "$1\t\n\n");
            case "no final newline" -> text.stripTrailing();
            default -> throw new IllegalArgumentException(how);
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void aVariantReadsAsTheLfFileAndRendersByteForByte(String name, String how) {
        String lf = Corpus.text(name);
        String text = variant(lf, how);
        MarkdownDocument d = read(text);
        assertThat(d.render()).as("render").isEqualTo(text);
        Catalogue expected = read(lf).catalogue();
        assertThat(differences(expected, d.catalogue())).isEmpty();
        List<String> lfDiags = read(lf).diagnostics().stream().map(g -> g.line() + ":" + g.rule()).toList();
        assertThat(d.diagnostics().stream().map(g -> g.line() + ":" + g.rule()).toList()).as("diagnostics")
                .isEqualTo(lfDiags);
        assertThat(placeProblems(text)).isEmpty();
    }

    private static String show(Object o) {
        String s = String.valueOf(o).replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The first few entries (or catalogue parts) that differ, shortly. */
    static List<String> differences(Catalogue expected, Catalogue actual) {
        List<String> out = new ArrayList<>();
        if (expected.equals(actual)) {
            return out;
        }
        if (!expected.title().equals(actual.title()) || !expected.introduction().equals(actual.introduction())) {
            out.add("title/introduction: " + show(expected.introduction()) + " vs " + show(actual.introduction()));
        }
        List<Entry> a = expected.allEntries();
        List<Entry> b = actual.allEntries();
        if (a.size() != b.size()) {
            out.add("entries " + a.size() + " vs " + b.size());
        }
        for (int i = 0; i < Math.min(a.size(), b.size()) && out.size() < 4; i++) {
            if (!a.get(i).equals(b.get(i))) {
                Entry x = a.get(i);
                Entry y = b.get(i);
                String what = !x.name().equals(y.name()) ? "name " + show(x.name()) + " vs " + show(y.name())
                        : !x.links().equals(y.links()) ? "links " + show(x.links()) + " vs " + show(y.links())
                        : !x.fields().equals(y.fields()) ? "fields " + show(x.fields()) + " vs " + show(y.fields())
                        : show(x) + " vs " + show(y);
                out.add("entry " + i + " '" + x.name() + "': " + what);
            }
        }
        if (out.isEmpty()) {
            out.add("sections or other parts differ: " + show(io.github.medicalnlp.catalogue.diff.CatalogueDiff.between(expected, actual)));
        }
        return out;
    }

    // ------------------------------------------------------------------ hostile text through the minimal-diff writer

    static final List<String> HOSTILE = List.of("**", "a**b", "**a**", "[", "]", "a[b]c", "[a](b)", "|", "a | b", "：",
            "a：b", "a：https://x.org/", "&#10;", "a&#10;b", "a\nb", "a\n\nb", "# a", "## a", "1. a", "1.", "- a", "* a",
            "> a", "a\\", "\\", "a\\*b", "**a** b", "a **b**", "<b>x</b>", "`a`", "a  ", " a", "a\tb", "论文地址",
            "[论文地址](https://x.org/)", "label:x", "https://x.org/", "a - b", " - ", "a\r\nb", "---", "***",
            "<!-- catalogue: kind=model -->", "<!-- c -->");
    static final List<String> HOSTILE_URLS = List.of("https://x.org/a b", "https://x.org/a(b)", "https://x.org/a)b",
            "https://x.org/a(b", "https://x.org/<a>", "https://x.org/a**b**", "https://x.org/a_b_", "https://x.org/|",
            "https://x.org/a\\b", "https://x.org/[a]", "https://x.org/a b)");

    record Change(String what, UnaryOperator<Entry> change) {
    }

    static List<Change> changes(String t) {
        return List.of(
                new Change("rename", e -> e.withName(t)),
                new Change("rename suffix", e -> e.withName(e.name() + t)),
                new Change("field value", e -> e.toBuilder().field("论文概要", t).build()),
                new Change("field label", e -> e.toBuilder().field(t, "v").build()),
                new Change("link label", e -> e.toBuilder().link("https://example.org/more", t, LinkRole.CODE).build()),
                new Change("group", e -> e.toBuilder().group(t).build()));
    }

    static List<String> editFailures(String corpus, String entryName) {
        MarkdownDocument doc = read(Corpus.text(corpus));
        Catalogue c = doc.catalogue();
        Entry target = c.allEntries().stream().filter(e -> e.name().equals(entryName)).findFirst().orElseThrow();
        String section = c.allSections().stream().filter(s -> s.entries().contains(target))
                .map(s -> c.pathOf(s).orElseThrow()).findFirst().orElseThrow();
        List<String> failures = new ArrayList<>();
        List<String> pieces = new ArrayList<>(HOSTILE);
        for (String t : pieces) {
            List<Change> cs = new ArrayList<>(changes(t));
            for (Change ch : cs) {
                Entry changed;
                try {
                    changed = ch.change().apply(target);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                check(doc, c.replaceEntry(target, changed), ch.what() + " «" + show(t) + "»", failures);
            }
            try {
                Entry added = Entry.builder(t).link("https://example.org/added", "论文地址", LinkRole.PAPER)
                        .field("论文概要", t).build();
                check(doc, c.addEntry(section, 0, added), "add at start «" + show(t) + "»", failures);
                check(doc, c.addEntry(section, added), "add at end «" + show(t) + "»", failures);
            } catch (IllegalArgumentException e) {
                // refused by the model
            }
        }
        for (String u : HOSTILE_URLS) {
            try {
                check(doc, c.replaceEntry(target, target.toBuilder().link(u, "项目地址", LinkRole.CODE).build()),
                        "labelled url «" + u + "»", failures);
                Entry added = Entry.builder("Added").link(u).build();
                check(doc, c.addEntry(section, added), "added homepage url «" + u + "»", failures);
            } catch (IllegalArgumentException e) {
                // refused by the model
            }
        }
        return failures;
    }

    private static void check(MarkdownDocument doc, Catalogue edited, String what, List<String> failures) {
        String written;
        try {
            written = doc.withCatalogue(edited).render();
        } catch (RuntimeException e) {
            failures.add(what + ": throws " + e);
            return;
        }
        Catalogue back = read(written).catalogue();
        if (!back.equals(edited)) {
            failures.add(what + ": " + differences(edited, back));
        }
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("editTargets")
    void hostileTextWrittenIntoABoldTitleOrLinkParagraphSectionReadsBack(String corpus, String entry) {
        List<String> failures = editFailures(corpus, entry);
        assertThat(failures).as(failures.size() + " failures").isEmpty();
    }

    static Stream<Arguments> editTargets() {
        return Stream.of(
                Arguments.of("medical-nlp-2020-08-14.md", "Bio-bert"),
                Arguments.of("medical-nlp-2020-08-14.md", "Biomedical Entity Representations with Synonym Marginalization"),
                Arguments.of("medical-nlp-2020-08-14.md", "灵医智慧"),
                Arguments.of("medical-nlp-2020-08-14.md", "医疗领域构建自然语言处理系统的经验教训"),
                Arguments.of("medical-nlp-2020-08-14.md", "CMeKG"));
    }

    static List<String> diffLines(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) {
            i++;
        }
        int j = 0;
        while (j < x.length - i && j < y.length - i && x[x.length - 1 - j].equals(y[y.length - 1 - j])) {
            j++;
        }
        List<String> out = new ArrayList<>();
        for (int k = i; k < x.length - j; k++) {
            out.add((k + 1) + " - " + show(x[k]));
        }
        for (int k = i; k < y.length - j; k++) {
            out.add((k + 1) + " + " + show(y[k]));
        }
        return out;
    }

    static Stream<Arguments> lintPlaces() {
        return Stream.of(
                // text, rule, expected line
                Arguments.of("bold dup with escaped name", "# T\n\n## A\n\n**a\\*b**\n\n[论文地址](https://a.org)\n\n"
                        + "**Y**\n\n[论文地址](https://y.org)\n\n**a\\*b**\n\n[论文地址](https://b.org)\n", "duplicate-entry", 13),
                Arguments.of("bold dup whose name is in an earlier field", "# T\n\n## A\n\n**Y**\n\n[论文地址](https://y.org)\n\n"
                        + "论文概要：about X and more\n\n**X**\n\n[论文地址](https://a.org)\n\n**X**\n\n[论文地址](https://b.org)\n",
                        "duplicate-entry", 15),
                Arguments.of("bold same bad url twice", "# T\n\n## A\n\n**X**\n\n[论文地址](ftp://bad.example)\n\n"
                        + "**Y**\n\n[论文地址](ftp://bad.example)\n", "malformed-url", 11),
                Arguments.of("bold bad url text earlier in a quote", "# T\n\n## A\n\n**X**\n\n[论文地址](https://a.org)\n\n"
                        + "> see ftp://bad.example\n\n**Y**\n\n[论文地址](ftp://bad.example)\n", "malformed-url", 13),
                Arguments.of("link paragraph dup, name in intro", "# T\n\n## A\n\nX is a name.\n\n[Y](https://y.org) - y\n\n"
                        + "[X](https://a.org) - one\n\n[X](https://b.org) - two\n", "duplicate-entry", 11),
                Arguments.of("grouped bold dup", "# T\n\n## A\n\n**G**\n\n[X](https://a.org) - one\n\n[X](https://b.org) - two\n",
                        "duplicate-entry", 9),
                Arguments.of("heading dup with numbered sub-items", "# T\n\n## A\n\n### X\n\n1. Paper: https://a.org\n"
                        + "2. Code: https://c.org\n\n### X\n\n1. Paper: https://b.org\n", "duplicate-entry", 10),
                Arguments.of("heading without link", "# T\n\n## A\n\n### X\n\nPaper: https://a.org\n\n### Y\n\n"
                        + "Description: no link here\n\nNotes: none\n", "entry-without-link", 9),
                Arguments.of("the address of another bold-title entry", "# T\n\n## A\n\n**X**\n\n[论文地址](https://a.org)\n\n"
                        + "**Y**\n\n[论文地址](https://a.org)\n", "duplicate-entry", 11));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lintPlaces")
    void aFindingIsAtItsEntrysLine(String what, String text, String rule, int line) {
        MarkdownDocument d = read(text);
        List<Finding> fs = MarkdownLinter.standard().lint(d).stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(fs).as("%s: %s in %s", what, MarkdownLinter.standard().lint(d), d.catalogue().allEntries()).isNotEmpty();
        assertThat(fs.stream().map(ReaderAttack2Test::line).toList()).as("%s: %s", what, fs).contains(line);
    }

    // ------------------------------------------------------------------ the defects, each on its own

    private static final String C2020 = "medical-nlp-2020-08-14.md";

    private static Entry named(Catalogue c, String name) {
        return c.allEntries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + name + "' among " + names(c)));
    }

    private static void readsBack(MarkdownDocument doc, Catalogue edited) {
        String written = doc.withCatalogue(edited).render();
        assertThat(differences(edited, read(written).catalogue())).as("written as%n%s",
                String.join("\n", diffLines(doc.render(), written))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linkLabels")
    void aLinkAddedToALinkParagraphEntryKeepsItsLabel(String label) {
        replacedReadsBack("灵医智慧", e -> e.toBuilder().link("https://example.org/more", label, LinkRole.CODE).build());
    }

    /** The 2020 list with its entry {@code name} changed reads back as changed. */
    private static void replacedReadsBack(String name, java.util.function.UnaryOperator<Entry> change) {
        MarkdownDocument doc = read(Corpus.text(C2020));
        Catalogue c = doc.catalogue();
        readsBack(doc, c.replaceEntry(named(c, name), change.apply(named(c, name))));
    }

    static Stream<String> linkLabels() {
        return Stream.of("Code", "Demo", "a", "a | b", "论文地址");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelLikeNames")
    void aLinkParagraphEntryRenamedToALabelLikeNameIsStillAnEntry(String name) {
        replacedReadsBack("灵医智慧", e -> e.withName(name));
    }

    static Stream<String> labelLikeNames() {
        return Stream.of("a：b", "label:x", "论文地址", "https://x.org/", "灵医智慧：");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headingNames")
    void aHeadingEntryRenamedKeepsItsName(String name) {
        replacedReadsBack("CMeKG", e -> e.withName(name));
    }

    static Stream<String> headingNames() {
        return Stream.of("CMeKG：", "：", "a\nb", "a\r\nb");
    }

    /** A field label that looks like the catalogue's annotation comment, in a link-paragraph entry. */
    @Test
    void aFieldLabelLikeAnAnnotationInALinkParagraphReadsBack() {
        MarkdownDocument doc = read(Corpus.text(C2020));
        Catalogue c = doc.catalogue();
        Entry e = named(c, "灵医智慧");
        readsBack(doc, c.replaceEntry(e, e.toBuilder().field("<!-- catalogue: kind=model -->", "v").build()));
    }
}
