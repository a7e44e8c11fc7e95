package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.markdown.internal.LintText;
import io.github.medicalnlp.catalogue.markdown.internal.Lines;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import io.github.medicalnlp.catalogue.markdown.internal.lint.HeadingAnchors;
import io.github.medicalnlp.catalogue.markdown.internal.lint.TextRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code contents-without-heading} and {@code heading-missing-from-contents}: brings the Contents list in
 * line with the headings, one line at a time; every item that is right keeps its bytes.
 *
 * <ul>
 *   <li>An item linking to no heading that reads as exactly one heading (the same letters and digits)
 *       gets that heading's anchor, or is removed with its line when another item lists that heading; an
 *       item that reads as no heading, and whose section number no heading has, is removed with its
 *       line.</li>
 *   <li>A section missing from the Contents gets an item {@code [Heading text](#anchor)} right after the
 *       item of the heading before it, indented for its level as the Contents indents that level (or, for a
 *       level the Contents does not show, one step further than its parent, as the Contents steps), with
 *       that level's marker.</li>
 * </ul>
 *
 * <p>Declines an item that shares its line with other text, an item that reads as several headings, an
 * item whose section number a heading has under other words (the heading may have been reworded after
 * the Contents was written), an item with sub-items (removing it would move them); and a missing section
 * when the
 * Contents is not a list of such items in the order of the headings, is numbered, does not list the
 * section's parent, or comes before every heading it lists, and when the heading's anchor is not
 * certain (two headings would share it).
 */
final class ContentsFixer implements Fixer {

    private static final String WITHOUT = TextRules.CONTENTS_WITHOUT_HEADING.rule();

    @Override
    public List<String> rules() {
        return List.of(WITHOUT, TextRules.HEADING_MISSING_FROM_CONTENTS.rule());
    }

    @Override
    public void fix(FixContext context, List<Detection> detections, Fixes fixes) {
        Run run = new Run(context, fixes);
        List<Detection> missing = new ArrayList<>();
        for (Detection d : detections) {
            if (!d.rule().equals(WITHOUT)) {
                missing.add(d);
                run.missingByHeading.put(d.segment(), d);
            }
        }
        for (Detection d : detections) {
            if (d.rule().equals(WITHOUT)) {
                run.wrongLink(d);
            }
        }
        run.missing(missing);
    }

    /** One fix of one document's Contents. */
    private static final class Run {
        private final FixContext context;
        private final Fixes fixes;
        private final String text;
        private final ContentsList list;
        private final HeadingAnchors anchors;
        private final Set<ContentsList.Item> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<ContentsList.Item, HeadingAnchors.Heading> reanchored = new IdentityHashMap<>();
        private final Set<String> listed = new HashSet<>();
        /** The missing sections to fix, by the index of their heading's segment. */
        private final Map<Integer, Detection> missingByHeading = new HashMap<>();
        /** Sections whose missing item a new anchor of a wrong item adds. */
        private final Set<Integer> consumed = new HashSet<>();

        Run(FixContext context, Fixes fixes) {
            this.context = context;
            this.fixes = fixes;
            this.text = context.text();
            this.list = new ContentsList(context.parsed());
            this.anchors = new HeadingAnchors(context.parsed());
            for (ContentsList.Item i : list.items) {
                if (anchors.byAnchor(i.anchor()) != null) {
                    listed.add(i.anchor());
                }
            }
        }

        void wrongLink(Detection d) {
            ContentsList.Item item = list.itemWithAnchorAt(d.start());
            if (item == null) {
                fixes.decline(d, "the link is not alone on its line of the Contents list; fix it by hand");
                return;
            }
            String label = LintText.headingText(item.label());
            List<HeadingAnchors.Heading> same = anchors.readingAs(label);
            if (same.size() > 1) {
                fixes.decline(d, "several headings read '" + item.label() + "'; which one the item means is not known");
                return;
            }
            if (same.size() == 1 && !listed.contains(same.get(0).anchor())) {
                reanchor(d, item, same.get(0));
                return;
            }
            String number = HeadingAnchors.numberOf(label);
            if (same.isEmpty() && number != null && !anchors.numbered(number).isEmpty()) {
                fixes.decline(d, "a heading numbered " + number + " reads otherwise than the item; which anchor is"
                        + " right is not known, so fix the item by hand");
                return;
            }
            if (hasSubItems(item)) {
                fixes.decline(d, "the item has sub-items, which removing it would move; fix the Contents by hand");
                return;
            }
            removed.add(item);
            fixes.text(d, item.lineStart(), item.next(), "", text.substring(item.lineStart(), item.lineEnd()));
        }

        private void reanchor(Detection d, ContentsList.Item item, HeadingAnchors.Heading heading) {
            Parsed.Segment s = context.parsed().segments().get(heading.segment());
            if (s.type() == Parsed.Type.HEADING && !context.nodes().get(s.section()).section().anchor()
                    .toLowerCase(Locale.ROOT).equals(heading.anchor())) {
                fixes.decline(d, "another heading has the anchor of '" + item.label() + "'; fix the item by hand");
                return;
            }
            List<Fixes.Applied> applied = new ArrayList<>();
            applied.add(new Fixes.Applied(d, text.substring(item.anchorStart(), item.anchorEnd()), heading.anchor()));
            Detection m = s.type() == Parsed.Type.HEADING ? missingByHeading.get(heading.segment()) : null;
            if (m != null) {
                applied.add(new Fixes.Applied(m, "", text.substring(item.lineStart(), item.anchorStart())
                        + heading.anchor() + ")"));
                consumed.add(m.section());
            }
            reanchored.put(item, heading);
            listed.add(heading.anchor());
            fixes.text(new Fixes.TextEdit(item.anchorStart(), item.anchorEnd(), heading.anchor(), applied));
        }

        /** Whether the next item of the list is indented deeper, with only blank lines between. */
        private boolean hasSubItems(ContentsList.Item item) {
            int k = item.index();
            if (k + 1 >= list.items.size()) {
                return false;
            }
            ContentsList.Item next = list.items.get(k + 1);
            return text.substring(item.next(), next.lineStart()).isBlank()
                    && next.indent().length() > item.indent().length();
        }

        void missing(List<Detection> missing) {
            List<Detection> open = missing.stream().filter(d -> !consumed.contains(d.section())).toList();
            if (open.isEmpty()) {
                return;
            }
            List<ContentsList.Item> kept = new ArrayList<>();
            List<HeadingAnchors.Heading> targets = new ArrayList<>();
            for (ContentsList.Item i : list.items) {
                HeadingAnchors.Heading h = reanchored.containsKey(i) ? reanchored.get(i) : anchors.byAnchor(i.anchor());
                if (!removed.contains(i) && h != null) {
                    if (!targets.isEmpty() && h.segment() <= targets.get(targets.size() - 1).segment()) {
                        open.forEach(d -> fixes.decline(d, "the Contents is not in the order of the headings;"
                                + " add the item by hand"));
                        return;
                    }
                    kept.add(i);
                    targets.add(h);
                }
            }
            if (kept.isEmpty()) {
                open.forEach(d -> fixes.decline(d, "the Contents has no item on a line of its own to place a new one"
                        + " beside; add the item by hand"));
                return;
            }
            new Insertions(this, kept, targets).place(open);
        }
    }

    /** The new items of one Contents, placed in the order of their headings. */
    private static final class Insertions {
        private final Run run;
        private final List<ContentsList.Item> kept;
        private final List<HeadingAnchors.Heading> targets;
        private final Map<Integer, ContentsList.Item> byDepth = new LinkedHashMap<>();
        private final Map<Integer, Group> groups = new LinkedHashMap<>();
        private int pointer = -1;
        private Group last;
        private int lastSegment = -1;
        private int lastDepth;

        /** The new lines written at one offset, and the detections they fix. */
        private static final class Group {
            final StringBuilder lines = new StringBuilder();
            final List<Fixes.Applied> applied = new ArrayList<>();
            final boolean leadingEol;
            final String eol;

            Group(boolean leadingEol, String eol) {
                this.leadingEol = leadingEol;
                this.eol = eol;
            }
        }

        Insertions(Run run, List<ContentsList.Item> kept, List<HeadingAnchors.Heading> targets) {
            this.run = run;
            this.kept = kept;
            this.targets = targets;
            for (int k = 0; k < kept.size(); k++) {
                byDepth.putIfAbsent(depth(targets.get(k)), kept.get(k));
            }
        }

        void place(List<Detection> open) {
            for (Detection d : open) {
                String why = placeOne(d);
                if (why != null) {
                    run.fixes.decline(d, why);
                }
            }
            groups.forEach((offset, g) -> run.fixes.text(new Fixes.TextEdit(offset, offset, g.lines.toString(), g.applied)));
        }

        /** Places the item of a missing section; the reason it cannot, or null. */
        private String placeOne(Detection d) {
            Section section = run.context.nodes().get(d.section()).section();
            String anchor = section.anchor();
            HeadingAnchors.Heading heading = run.anchors.byAnchor(anchor.toLowerCase(Locale.ROOT));
            if (heading == null || heading.segment() != d.segment()) {
                return "another heading has the section's anchor #" + anchor + "; add the item by hand";
            }
            while (pointer + 1 < kept.size() && targets.get(pointer + 1).segment() < heading.segment()) {
                pointer++;
            }
            boolean afterNew = last != null && (pointer < 0 || lastSegment > targets.get(pointer).segment());
            if (pointer < 0 && !afterNew) {
                return "the heading comes before every heading the Contents lists; add the item by hand";
            }
            int depth = run.context.nodes().get(d.section()).ancestry().size() - 1;
            int before = afterNew ? lastDepth : depth(targets.get(pointer));
            if (depth > before + 1) {
                return "the Contents does not list the section's parent; add the items by hand";
            }
            ContentsList.Item style = byDepth.get(depth);
            String indent = indent(depth);
            if (indent == null) {
                return "the Contents shows no level to take this level's indent from; add the item by hand";
            }
            ContentsList.Item like = style != null ? style : nearest(depth);
            if (!isBullet(like.marker())) {
                return "the Contents is numbered; add the item by hand";
            }
            String label = escape(heading.text());
            String line = indent + like.marker() + like.afterMarker() + "[" + label + "](#" + anchor + ")";
            if (!readsBack(line, anchor)) {
                return "the heading's text would not read back as the text of one link; add the item by hand";
            }
            byDepth.putIfAbsent(depth, new ContentsList.Item(-1, -1, -1, -1, indent, like.marker(), like.afterMarker(),
                    label, -1, -1, anchor));
            Group g;
            if (afterNew) {
                g = last;
            } else {
                ContentsList.Item prev = kept.get(pointer);
                String eol = prev.eol(run.text);
                g = groups.get(prev.next());
                if (g == null) {
                    g = new Group(eol.isEmpty(), eol.isEmpty() ? Lines.ending(run.text) : eol);
                    groups.put(prev.next(), g);
                }
            }
            g.lines.append(g.leadingEol ? g.eol + line : line + g.eol);
            g.applied.add(new Fixes.Applied(d, "", line));
            last = g;
            lastSegment = heading.segment();
            lastDepth = depth;
            return null;
        }

        /** Whether the Contents list and the linter both read the line as one item linking to the anchor. */
        private static boolean readsBack(String line, String anchor) {
            ContentsList.Item item = ContentsList.item(0, line, 0, line.length(), line.length());
            List<String> links = new ArrayList<>();
            LintText.anchorLinks(line, 0, line.length(), (written, at) -> links.add(written));
            return item != null && item.anchor().equals(anchor.toLowerCase(Locale.ROOT))
                    && links.equals(List.of(anchor));
        }

        private static boolean isBullet(String marker) {
            return marker.equals("*") || marker.equals("-") || marker.equals("+");
        }

        /** The item of the level nearest to {@code depth} (the shallower one on a tie). */
        private ContentsList.Item nearest(int depth) {
            ContentsList.Item best = null;
            int distance = Integer.MAX_VALUE;
            for (Map.Entry<Integer, ContentsList.Item> e : byDepth.entrySet()) {
                int dist = Math.abs(e.getKey() - depth) * 2 + (e.getKey() > depth ? 1 : 0);
                if (dist < distance) {
                    distance = dist;
                    best = e.getValue();
                }
            }
            return best;
        }

        /**
         * The indent of a level: as the Contents writes it, or one step deeper than the level above (the
         * step between the two levels above, or the width of the marker and the space after it).
         */
        private String indent(int depth) {
            ContentsList.Item at = byDepth.get(depth);
            if (at != null) {
                return at.indent();
            }
            ContentsList.Item parent = byDepth.get(depth - 1);
            if (parent == null) {
                return null;
            }
            ContentsList.Item grand = byDepth.get(depth - 2);
            int step = grand != null ? parent.indent().length() - grand.indent().length()
                    : parent.marker().length() + parent.afterMarker().length();
            if (step <= 0 || step > parent.marker().length() + parent.afterMarker().length() + 3) {
                step = parent.marker().length() + parent.afterMarker().length();
            }
            return parent.indent() + " ".repeat(step);
        }

        /** The level of a heading: a section's depth, an entry's one more than its section's, -1 for the title. */
        private int depth(HeadingAnchors.Heading h) {
            Parsed.Segment s = run.context.parsed().segments().get(h.segment());
            if (s.section() < 0 || s.section() >= run.context.nodes().size()) {
                return -1;
            }
            int depth = run.context.nodes().get(s.section()).ancestry().size() - 1;
            return s.type() == Parsed.Type.ENTRY ? depth + 1 : depth;
        }

        /** The heading's text as link text: brackets not yet escaped get a backslash. */
        private static String escape(String label) {
            StringBuilder out = new StringBuilder(label.length() + 4);
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if ((c == '[' || c == ']') && (i == 0 || label.charAt(i - 1) != '\\')) {
                    out.append('\\');
                }
                out.append(c);
            }
            return out.toString();
        }
    }
}
