package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.util.List;

/**
 * {@code mixed-bullets}: the entries of a section whose bullet marker is not the one most of the section's
 * entries have; when two markers are tied for most, those whose marker is not the first entry's.
 */
final class BulletRule {

    private BulletRule() {
    }

    static void check(LintContext c, List<Detection> out) {
        new BulletCensus(c.parsed).sections().forEach((section, census) -> {
            String reference = census.reference();
            for (BulletCensus.Item item : census.items()) {
                if (item.marker().equals(reference)) {
                    continue;
                }
                Parsed.Segment s = c.parsed.segments().get(item.segment());
                String name = Text.abbreviate(c.entry(s).name(), 80);
                out.add(new Detection(c.finding(TextRules.MIXED_BULLETS, "'" + name + "' is a '" + item.marker()
                        + "' item among '" + reference + "' items; use one marker", section, s, item.offset()),
                        item.segment(), section, item.offset(), item.offset() + 1));
            }
        });
    }
}
