package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Generated catalogues with hostile text — Markdown punctuation, tabs, line breaks (single and
 * repeated), spaces around line breaks, right-to-left marks, CJK and emoji — read back from their
 * canonical Markdown as equal catalogues, and that Markdown, parsed by commonmark, holds no link, image or
 * HTML the model did not have. Hostile pieces: {@code <script>}, {@code ](javascript:…)}, autolinks,
 * images, link reference definitions, HTML comments, fences, table rows, control characters and, one
 * try in a hundred, text up to 5,000 characters (seeded: a failure repeats; {@code -Dproperty.tries=N}).
 * NUL is left out: CommonMark turns it into U+FFFD, so no Markdown can carry it.
 */
class HostileCataloguePropertiesTest {

    private static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern ANNOTATION = Pattern.compile("[ ]*<!-- catalogue: (?:(?!-->)[^\n<>])* -->\n?");
    private static final int TRIES = Integer.getInteger("property.tries", 5_000);
    private static final String CHARS = "[]()<>|`*_#-+=!&;:：\\\"' \t\n\n.1aZzq中文🙂\u200F\u202E~^$%{}";

    private static final String[] TOKENS = {"<script>alert(1)</script>", "](javascript:alert(1))",
        "[x](javascript:alert(1))", "<img src=x onerror=alert(1)>", "<https://evil.example/>", "![i](https://i.example/i.png)",
        "[ref]: https://evil.example/", "<!-- c -->", "&lt;", "| --- |", "```", "\u0001\u001B\u007F",
        "&amp;", "&#58;", "&#65306;", "\r", "\r\n", "\u000B\u0085\u2028\u2029\u009B", "［】（", "__init__", "1) ",
        "\\", "：https://x.org/"};

    private static String hostile(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(r.nextInt(100) == 0 ? 5_000 : max);
        int count = CHARS.codePointCount(0, CHARS.length());
        for (int i = 0; i < n; i++) {
            if (r.nextInt(8) == 0) {
                b.append(TOKENS[r.nextInt(TOKENS.length)]);
                continue;
            }
            b.appendCodePoint(CHARS.codePointAt(CHARS.offsetByCodePoints(0, r.nextInt(count))));
        }
        return b.toString().isBlank() ? "x" + b : b.toString();
    }

    /**
     * Links, images and HTML a Markdown renderer would see in {@code markdown}, beyond the model's own links
     * and section anchors and the writer's own one-line {@code <!-- catalogue: … -->} annotations.
     */
    static List<String> injected(String markdown, Set<String> modelUrls) {
        List<String> found = new ArrayList<>();
        COMMONMARK.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!modelUrls.contains(link.getDestination())) {
                    found.add("link " + link.getDestination());
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add("image " + image.getDestination());
            }

            @Override
            public void visit(HtmlInline html) {
                found.add("HTML " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                if (!ANNOTATION.matcher(html.getLiteral()).matches()) {
                    found.add("HTML block " + html.getLiteral());
                }
            }
        });
        return found;
    }

    @Test
    void theInjectionCheckSeesUnescapedMarkup() {
        assertThat(injected("a <script>x</script> [b](javascript:alert(1)) ![i](i.png) <https://e.org/>\n", Set.of()))
                .containsExactly("HTML <script>", "HTML </script>", "link javascript:alert(1)", "image i.png",
                        "link https://e.org/");
        assertThat(injected("<div>\n\n<!-- catalogue: kind=x --> <b>\n", Set.of())).hasSize(2);
        assertThat(injected("* x\n  <!-- catalogue: kind=dataset; tags=a%20b -->\n", Set.of())).isEmpty();
    }

    @Test
    void canonicalMarkdownReadsBackAsAnEqualCatalogue() {
        long seed = Long.getLong("fuzz.seed", 42L);
        Random r = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            String name = hostile(r, 12);
            String value = hostile(r, 24);
            String title = hostile(r, 10).replace('\n', ' ');
            if (title.isBlank()) {
                title = "t";
            }
            Catalogue c = Catalogue.builder("T " + title)
                    .section(Section.builder(title).number("1")
                            .entry(Entry.builder(name)
                                    .link("https://example.org/" + i, value.replace('\n', ' '), LinkRole.PAPER)
                                    .field(TextField.of("简介", value)).field(TextField.unlabelled(value))
                                    .field(TextField.of(name, value))
                                    .link("https://example.org/" + name, "", LinkRole.CODE)
                                    .kind(Kind.DATASET).tag(value).group(title).build())
                            .build())
                    .build();
            String markdown = MarkdownWriter.canonical().write(c);
            Catalogue back = MarkdownReader.create().read(markdown).catalogue();
            if (!back.equals(c)) {
                fail("seed " + seed + ", try " + i
                        + " differs: " + CatalogueDiff.between(c, back) + "\n" + markdown);
            }
            Set<String> own = new HashSet<>();
            c.allEntries().forEach(e -> e.links().forEach(l -> own.add(l.url())));
            c.allSections().forEach(s -> own.add("#" + s.anchor()));
            List<String> injected = injected(markdown, own);
            if (!injected.isEmpty()) {
                fail("seed " + seed + ", try " + i
                        + ": the Markdown holds " + injected + " the model did not have:\n" + markdown);
            }
        }
    }
}
