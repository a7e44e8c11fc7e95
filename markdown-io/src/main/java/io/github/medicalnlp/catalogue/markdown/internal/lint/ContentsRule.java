package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.markdown.internal.LintText;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code contents-without-heading} and {@code heading-missing-from-contents}: the Contents (the
 * navigation segments) against the headings of the document.
 */
final class ContentsRule {

    private ContentsRule() {
    }

    static void check(LintContext c, boolean links, boolean headings, List<Detection> out) {
        HeadingAnchors anchors = new HeadingAnchors(c.parsed);
        Set<String> listed = new HashSet<>();
        boolean[] hasContents = {false};
        List<Parsed.Segment> segments = c.parsed.segments();
        for (int k = 0; k < segments.size(); k++) {
            Parsed.Segment s = segments.get(k);
            if (s.type() != Parsed.Type.NAV) {
                continue;
            }
            int segment = k;
            LintText.anchorLinks(c.text, s.start(), s.end(), (written, offset) -> {
                hasContents[0] = true;
                String anchor = LintText.decodeAnchor(written).toLowerCase(Locale.ROOT);
                listed.add(anchor);
                if (links && anchors.byAnchor(anchor) == null && !anchor.equals("contents")) {
                    out.add(new Detection(c.finding(TextRules.CONTENTS_WITHOUT_HEADING, "the Contents links to #"
                            + written + " but no heading has that anchor; add the heading or remove the item", -1,
                            null, offset - 1), segment, -1, offset, offset + written.length()));
                }
            });
        }
        if (!headings || !hasContents[0]) {
            return;
        }
        for (int i = 0; i < c.nodes.size(); i++) {
            Section section = c.nodes.get(i).section();
            if (!listed.contains(section.anchor().toLowerCase(Locale.ROOT))) {
                int at = c.locator.heading(i);
                out.add(new Detection(c.finding(TextRules.HEADING_MISSING_FROM_CONTENTS, "heading '"
                        + section.heading() + "' is not in the Contents; add it", i, null, at),
                        c.parsed.sections().get(i).heading(), i, at, at));
            }
        }
    }
}
