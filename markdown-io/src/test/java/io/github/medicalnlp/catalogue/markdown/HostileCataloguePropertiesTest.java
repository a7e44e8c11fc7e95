package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.fail;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated catalogues with hostile text — Markdown punctuation, tabs, line breaks (single and
 * repeated), spaces around line breaks, right-to-left marks, CJK and emoji — read back from their
 * canonical Markdown as equal catalogues (seeded: a failure repeats; {@code -Dproperty.tries=N}).
 * NUL is left out: CommonMark turns it into U+FFFD, so no Markdown can carry it.
 */
class HostileCataloguePropertiesTest {

    private static final int TRIES = Integer.getInteger("property.tries", 5_000);
    private static final String CHARS = "[]()<>|`*_#-+=!&;:：\\\"' \t\n\n.1aZzq中文🙂\u200F\u202E~^$%{}";

    private static String hostile(Random r, int max) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(max);
        int count = CHARS.codePointCount(0, CHARS.length());
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(CHARS.codePointAt(CHARS.offsetByCodePoints(0, r.nextInt(count))));
        }
        return b.toString().isBlank() ? "x" + b : b.toString();
    }

    @Test
    void canonicalMarkdownReadsBackAsAnEqualCatalogue() {
        Random r = new Random(42);
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
                                    .kind(Kind.DATASET).tag(value).group(title).build())
                            .build())
                    .build();
            String markdown = MarkdownWriter.canonical().write(c);
            Catalogue back = MarkdownReader.create().read(markdown).catalogue();
            if (!back.equals(c)) {
                fail("try " + i + " differs: " + CatalogueDiff.between(c, back) + "\n" + markdown);
            }
        }
    }
}
