package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every piece of hostile text in every text position of a catalogue: each escapable ASCII punctuation
 * character alone, doubled, at the start, in the middle and at the end of a word; full-width colons and
 * brackets; {@code \r}, {@code \r\n}, {@code \n}, tabs and spaces around them; every C0 and C1 control
 * character, DEL, LS and PS; entities written literally ({@code &amp;}, {@code &#58;}); backslashes at the
 * end; runs of thousands of one character. The canonical Markdown of each catalogue reads back as an
 * equal catalogue, is a fixed point of writing and reading, and holds no link, image or HTML the model
 * lacked ({@link HostileCataloguePropertiesTest#injected}). Each failure names the position and the piece.
 * Every piece is tried in all positions at once; then {@code -Dproperty.tries}/5 random single positions
 * holding one to three pieces (seeded by {@code -Dfuzz.seed}; the {@code fuzz} profile tries 20,000).
 * A U+0000 cannot be carried by Markdown: the writer refuses it with an error naming its place.
 *
 * <p>Not covered here yet: the introduction and the news text, which hold Markdown as written and are
 * read back with their lines stripped; a line break inside a title (a heading), which the writer writes
 * as {@code &#10;} but the reader's heading code still turns into a space; a carriage return in the
 * citation, which a code block turns into a line feed.
 */
class HostileTextPositionsTest {

    /** Every ASCII punctuation character, each of which CommonMark lets a backslash escape. */
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final int TRIES = Integer.getInteger("property.tries", 5_000) / 5;

    /** The hostile pieces of text. */
    static List<String> pieces() {
        Set<String> p = new LinkedHashSet<>();
        for (char c : PUNCTUATION.toCharArray()) {
            String s = String.valueOf(c);
            p.add(s);
            p.add(s + s);
            p.add(s + "a");
            p.add("a" + s);
            p.add("a" + s + "b");
            p.add("a " + s + " b");
            p.add(s + " a");
            p.add("1" + s + " a");
            p.add("a" + s + s + "b" + s + s);
        }
        for (String s : List.of("：", "［", "］", "【", "】", "（", "）", "＜", "＞", "｀", "＊", "＿")) {
            p.add(s);
            p.add("a" + s + "b");
            p.add(s + "a");
            p.add("a" + s);
        }
        p.addAll(List.of("__init__", "\\_\\_init\\_\\_", "*a*", "**a**", "[a]", "[a](b)", "`a`", "<a>", "<b>x</b>",
                "1) a", "1. a", "1)", "1.", "- a", "* a", "+ a", "# a", "> a", "a:", "a：", "a: b", "a：b", ":a",
                "a: https://x.org/", "a：http://x.org/", "a:https://x.org/", "https://x.org/", "http://x.org/ a",
                "<https://x.org/>", "![i](https://i.org/i.png)", "[r]: https://r.org/", "<!-- c -->",
                "<script>alert(1)</script>", "](javascript:alert(1))", "| a | b |", "```", "~~~", "---", "===",
                "a\n---", "a\n===", "a\n- b", "a\n1. b", "a\n# b", "a\n> b", "a\n    b"));
        p.addAll(List.of("a\rb", "a\r\nb", "a\nb", "a\n\nb", "a\n\n\nb", "a\r\rb", "a\r", "a\tb", "a \nb", "a\n b",
                "a\t\nb", "a  b", "a    b", "a\u00A0", "\u00A0a", "a\u3000b", "a\u200Bb", "a\u200F", "\u202Ea"));
        for (int c = 0; c < 0x20; c++) {
            p.add("a" + (char) c + "b");
            p.add("a" + (char) c);
        }
        for (int c = 0x7F; c <= 0x9F; c++) {
            p.add("a" + (char) c + "b");
            p.add("a" + (char) c);
        }
        p.addAll(List.of("a\u2028b", "a\u2029b", "a\u0085b", "\u0085a", "a\u0085"));
        p.addAll(List.of("&amp;", "&#58;", "&#65306;", "&#x3A;", "&lt;b&gt;", "&copy;", "&nbsp;", "&#10;", "&#32;",
                "&#0;", "a&b", "&", "&;", "&#;", "a&amp;b", "&amp;amp;", "&#38;", "AT&T"));
        p.addAll(List.of("a\\", "a\\\\", "\\", "\\\\", "a\\\\\\", "\\a", "a\\nb", "a\\\nb", "\\*", "\\&amp;"));
        for (String s : List.of("*", "_", "\\", "[", "]", ":", "：", "`", "<", "&", "#", "!", " ", "-", "|", "(")) {
            p.add("a" + s.repeat(3_000) + "b");
            p.add(s.repeat(2_001) + "a");
        }
        p.add("a" + ": ".repeat(2_000) + "https://x.org/");
        p.add("a" + "： ".repeat(2_000) + "b");
        p.add("a" + "\\*".repeat(1_000));
        p.add("a" + "&amp;".repeat(1_000));
        return List.copyOf(p);
    }

    /** A position of text in a catalogue: the catalogue holding {@code text} there. */
    record Position(String name, Function<String, Catalogue> place) {
    }

    private static Entry.Builder entry(String name) {
        return Entry.builder(name).link("https://example.org/a", "论文地址", LinkRole.PAPER);
    }

    private static Catalogue inSection(Entry... entries) {
        Section.Builder s = Section.builder("评测").number("1");
        for (Entry e : entries) {
            s.entry(e);
        }
        return Catalogue.builder("T").section(s.build()).build();
    }

    static List<Position> positions() {
        return List.of(
                new Position("catalogue title", t -> Catalogue.builder(t).section(Section.of("1", "S")).build()),
                new Position("news date", t -> Catalogue.builder("T").news(List.of(NewsItem.of(t, "n"))).build()),
                new Position("numbered section title", t -> Catalogue.builder("T")
                        .section(Section.builder(t).number("1").entry(entry("e").build())
                                .child(Section.builder(t).number("1.1").build()).build()).build()),
                new Position("section title", t -> Catalogue.builder("T")
                        .section(Section.builder("a " + t).entry(entry("e").build()).build()).build()),
                new Position("entry name", t -> inSection(entry(t).build())),
                new Position("entry name without links", t -> inSection(Entry.builder(t).build())),
                new Position("entry name with a homepage", t -> inSection(Entry.builder(t).link("https://e.org/").build())),
                new Position("link label", t -> inSection(Entry.builder("e").link("https://e.org/", t, LinkRole.CODE)
                        .build())),
                new Position("homepage link label", t -> inSection(Entry.builder("e")
                        .link("https://e.org/", t, LinkRole.HOMEPAGE).build())),
                new Position("link URL", t -> inSection(Entry.builder("e").link("https://e.org/" + t).build())),
                new Position("labelled link URL", t -> inSection(Entry.builder("e")
                        .link("https://e.org/?q=" + t, "论文地址", LinkRole.PAPER).build())),
                new Position("bare link URL", t -> inSection(Entry.builder("e")
                        .link(t, "", LinkRole.DATA).build())),
                new Position("field label", t -> inSection(entry("e").field(TextField.of(t, "v")).build())),
                new Position("field label without value", t -> inSection(entry("e").field(TextField.of(t, "")).build())),
                new Position("field value", t -> inSection(entry("e").field(TextField.of("简介", t)).build())),
                new Position("unlabelled value", t -> inSection(entry("e").field(TextField.unlabelled(t)).build())),
                new Position("group", t -> inSection(entry("e").group(t).build(), entry("f").build())),
                new Position("tag", t -> inSection(entry("e").tag(t).kind(Kind.MODEL).build())),
                new Position("citation", t -> Catalogue.builder("T").citation(t).build()));
    }

    /** What is wrong with the canonical Markdown of {@code c}, or null. */
    static String problem(Catalogue c) {
        String markdown;
        Catalogue back;
        try {
            markdown = MarkdownWriter.canonical().write(c);
            back = MarkdownReader.create().read(markdown).catalogue();
        } catch (RuntimeException | StackOverflowError e) {
            return "throws " + e;
        }
        if (!back.equals(c)) {
            return "reads back different: " + CatalogueDiff.between(c, back) + "\n" + shorten(markdown);
        }
        String again = MarkdownWriter.canonical().write(back);
        if (!again.equals(markdown)) {
            return "not a fixed point:\n" + shorten(markdown) + "\nthen\n" + shorten(again);
        }
        Set<String> own = new java.util.HashSet<>();
        c.allEntries().forEach(e -> e.links().forEach(l -> own.add(l.url())));
        c.allSections().forEach(s -> own.add("#" + s.anchor()));
        List<String> injected = HostileCataloguePropertiesTest.injected(markdown, own);
        if (!injected.isEmpty()) {
            return "holds " + injected + " the model lacked:\n" + shorten(markdown);
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() > 600 ? s.substring(0, 300) + " ... " + s.substring(s.length() - 300) : s;
    }

    private static String show(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b + (s.length() > 40 ? "…(" + s.length() + ")" : "");
    }

    /** Whether the piece is one the reader cannot keep yet in this position (see the class comment). */
    private static boolean notYet(String position, String piece) {
        boolean title = position.contains("title");
        return (title && piece.indexOf('\n') >= 0)
                || (position.equals("citation") && piece.indexOf('\r') >= 0)
                // item 4 of issue 12 (another change): a heading with thousands of spaces reads slowly
                || (title && piece.length() > 1_000 && piece.contains("   "));
    }

    /** The catalogue with the piece in this position, or null when the model refuses it there. */
    private static Catalogue build(Position p, String piece) {
        try {
            return p.place().apply(piece);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The catalogue with {@code t} in every position at once. */
    private static Catalogue everywhere(String t) {
        Entry withLabels = Entry.builder(t).link("https://e.org/" + t).link("https://e.org/?q=" + t, "论文地址", LinkRole.PAPER)
                .link("https://e.org/", t, LinkRole.CODE).link("https://e.org/h", t, LinkRole.HOMEPAGE)
                .link(t, "", LinkRole.DATA).field(TextField.of(t, "v")).field(TextField.of(t, ""))
                .field(TextField.of("简介", t)).field(TextField.unlabelled(t)).task(Task.TRIAGE).tag(t).kind(Kind.MODEL)
                .group(t).build();
        Section.Builder section = Section.builder(notYet("title", t) ? "a" : t).number("1")
                .entry(withLabels).entry(Entry.builder(t).build()).entry(entry("f").build())
                .child(Section.builder(notYet("title", t) ? "b" : "a " + t).number("1.1").build());
        return Catalogue.builder(notYet("title", t) ? "T" : t).news(List.of(NewsItem.of(t, "n")))
                .section(section.build()).citation(notYet("citation", t) ? "c" : t).build();
    }

    @Test
    void everyPieceInEveryPositionReadsBackAsItIs() {
        List<String> failures = new ArrayList<>();
        for (String piece : pieces()) {
            if (piece.indexOf('\u0000') >= 0) {
                continue;
            }
            String problem = problem(everywhere(piece));
            if (problem != null) {
                failures.add("«" + show(piece) + "»: " + problem);
            }
        }
        assertThat(failures).as(failures.size() + " failures").isEmpty();
    }

    @Test
    void aNulCharacterIsRefusedWithItsPlaceNamed() {
        for (Position p : positions()) {
            Catalogue c = build(p, "a\u0000b");
            if (c != null) {
                assertThatThrownBy(() -> MarkdownWriter.canonical().write(c)).as(p.name())
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0000");
            }
        }
        Catalogue deep = inSection(entry("e").field(TextField.of("简介", "x\u0000")).build());
        assertThatThrownBy(() -> MarkdownWriter.canonical().write(deep))
                .hasMessageStartingWith("sections[0].entries[0].fields[0].value holds the character U+0000 at index 1");
    }

    @Test
    void piecesInSinglePositionsReadBackAsTheyAre() {
        long seed = Long.getLong("fuzz.seed", 12L);
        Random r = new Random(seed);
        List<String> pieces = pieces().stream().filter(s -> s.indexOf('\u0000') < 0).toList();
        List<Position> positions = positions();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < TRIES && failures.size() < 20; i++) {
            Position p = positions.get(r.nextInt(positions.size()));
            StringBuilder text = new StringBuilder(pieces.get(r.nextInt(pieces.size())));
            for (int k = r.nextInt(3); k > 0; k--) {
                text.append(pieces.get(r.nextInt(pieces.size())));
            }
            if (notYet(p.name(), text.toString())) {
                continue;
            }
            Catalogue c = build(p, text.toString());
            String problem = c == null ? null : problem(c);
            if (problem != null) {
                failures.add("seed " + seed + ", try " + i + ", " + p.name() + " «" + show(text.toString()) + "»: "
                        + problem);
            }
        }
        assertThat(failures).as(failures.size() + " failures").isEmpty();
    }
}
