package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated structures (seeded; {@code -Dfuzz.seed}, {@code -Dproperty.tries}): section trees up to the
 * model's six levels, wide and deep, numbered or not, titles that start like numbers ({@code 1.1 x},
 * {@code 一 x}, {@code 2023 x}, {@code 1. x}), groups and long runs of one token. Canonical Markdown reads
 * back as the same catalogue and is a fixed point; an entry added to the written document through the
 * minimal-diff writer reads back too.
 */
class StructurePropertiesTest {

    private static final int TRIES = Integer.getInteger("property.tries", 5_000) / 10;
    private static final String[] PREFIXES = {"", "1 ", "1. ", "1.1 ", "12.3.4 ", "一 ", "三、", "2023 ", "1.1234 ",
        "１. ", "9\t", "1.".repeat(50) + " ", "#", "\\#", "  "};
    private static final String[] WORDS = {"评测", "Data", "x", "中文 数据集", "*a*", "[b]", "`c`", "<d>", "e:", "f：",
        "&amp;", "_g_", "h|i", "—", "!", "~~j~~", "1)", "+"};

    @Test
    void generatedSectionTreesComeBackAsTheyWere() {
        long seed = Long.getLong("fuzz.seed", 7L);
        Random r = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            Catalogue.Builder b = Catalogue.builder("T");
            for (int s = r.nextInt(3) + 1; s > 0; s--) {
                b.section(section(r, 1 + r.nextInt(Section.MAX_DEPTH), String.valueOf(s)));
            }
            Catalogue c = b.build();
            String written = MarkdownWriter.canonical().write(c);
            MarkdownDocument doc = MarkdownReader.create().read(written);
            if (!doc.catalogue().equals(c)) {
                fail("seed " + seed + ", try " + i + ": " + CatalogueDiff.between(c, doc.catalogue()) + "\n" + written);
            }
            assertThat(MarkdownWriter.canonical().write(doc.catalogue())).as("fixed point, try %d", i).isEqualTo(written);
            Section target = c.allSections().get(r.nextInt(c.allSections().size()));
            // by anchor: a path does not resolve when a title holds '>' (a known limit of path selectors)
            Catalogue edited = c.addEntry(target.anchor(),
                    Entry.builder("Added " + i).link("https://example.org/added").build());
            Catalogue back = MarkdownReader.create().read(doc.withCatalogue(edited).render()).catalogue();
            if (!back.equals(edited)) {
                fail("seed " + seed + ", try " + i + ", added to " + target.anchor() + ": "
                        + CatalogueDiff.between(edited, back));
            }
        }
    }

    private static Section section(Random r, int levels, String number) {
        // titles distinct (the path in each): two sections of one heading text get one anchor in the model but
        // two on GitHub (x, x-1), a known difference of derived anchors left for later
        String title = PREFIXES[r.nextInt(PREFIXES.length)] + WORDS[r.nextInt(WORDS.length)]
                + (r.nextInt(10) == 0 ? WORDS[r.nextInt(WORDS.length)].repeat(500) : "") + " s" + number;
        if (title.isBlank()) {
            title = "t";
        }
        Section.Builder s = Section.builder(title);
        if (r.nextBoolean()) {
            s.number(number);
        }
        for (int e = r.nextInt(3); e > 0; e--) {
            Entry.Builder entry = Entry.builder(WORDS[r.nextInt(WORDS.length)] + " " + e)
                    .link("https://example.org/" + r.nextInt(1000));
            if (r.nextInt(3) == 0) {
                entry.group(WORDS[r.nextInt(WORDS.length)]);
            }
            s.entry(entry.build());
        }
        if (levels > 1) {
            for (int k = r.nextInt(3) + (levels > 3 ? 1 : 0); k > 0; k--) {
                s.child(section(r, levels - 1, number + "." + k));
            }
        }
        return s.build();
    }
}
