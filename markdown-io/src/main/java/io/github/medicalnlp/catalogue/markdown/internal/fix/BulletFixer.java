package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.lint.BulletCensus;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import io.github.medicalnlp.catalogue.markdown.internal.lint.TextRules;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code mixed-bullets}: gives an entry the bullet marker most entries of its section have, one character
 * replaced; nothing else of the entry changes.
 *
 * <p>Declines when two markers are tied for most in the section (which one the list means is not known),
 * and when the entry with the new marker would render otherwise than a list item with the same content
 * (a line such as {@code - * *} would become the thematic break {@code * * *}).
 */
final class BulletFixer implements Fixer {

    @Override
    public List<String> rules() {
        return List.of(TextRules.MIXED_BULLETS.rule());
    }

    @Override
    public void fix(FixContext context, List<Detection> detections, Fixes fixes) {
        BulletCensus census = new BulletCensus(context.parsed());
        String text = context.text();
        for (Detection d : detections) {
            BulletCensus.Section section = d.section() < 0 ? null : census.section(d.section());
            if (section == null || d.start() < 0 || d.segment() < 0) {
                fixes.decline(d, "the entry's section has no bulleted entries to compare with");
                continue;
            }
            if (section.majority() == null) {
                fixes.decline(d, "the section's entries are split evenly between markers ("
                        + section.counts().entrySet().stream().map(e -> e.getValue() + " '" + e.getKey() + "'")
                                .collect(Collectors.joining(", "))
                        + "); which one the list means is not known, so choose one by hand");
                continue;
            }
            String marker = text.substring(d.start(), d.end());
            Parsed.Segment s = context.parsed().segments().get(d.segment());
            String before = text.substring(s.start(), s.end());
            int at = d.start() - s.start();
            String after = before.substring(0, at) + section.majority() + before.substring(at + 1);
            String asListItem = before.substring(0, at) + marker + before.substring(at + 1);
            if (!SameRendering.same(asListItem, after)) {
                fixes.decline(d, "with '" + section.majority() + "' the entry would no longer read as the same list"
                        + " item; change it by hand");
                continue;
            }
            fixes.text(d, d.start(), d.end(), section.majority(), marker);
        }
    }
}
