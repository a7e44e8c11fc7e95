package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Anchors;
import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.LintText;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.Syntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The anchor of every heading of a document as GitHub makes them: the title, News and Contents, the
 * sections, and the entries written as headings; a repeated anchor gets {@code -1}, {@code -2}, … in
 * document order. Keys are lower-cased, as GitHub matches them.
 */
public final class HeadingAnchors {

    /**
     * A heading.
     *
     * @param segment the index of its segment
     * @param text its text as the anchor is made from it
     * @param anchor its anchor, lower-cased
     */
    public record Heading(int segment, String text, String anchor) {
    }

    private final Map<String, Heading> byAnchor = new HashMap<>();
    private final Map<String, List<Heading>> bySlug = new HashMap<>();
    private final Map<String, List<Heading>> byNumber = new HashMap<>();

    /** The headings of a document. */
    public HeadingAnchors(Parsed parsed) {
        Anchors.Numbering numbering = new Anchors.Numbering();
        List<Parsed.Segment> segments = parsed.segments();
        for (int k = 0; k < segments.size(); k++) {
            Parsed.Segment s = segments.get(k);
            String line;
            if (s.type() == Parsed.Type.HEADING || s.type() == Parsed.Type.TITLE
                    || s.type() == Parsed.Type.SPECIAL_HEADING) {
                line = parsed.text(s);
            } else if (s.type() == Parsed.Type.ENTRY && s.givenStyle() instanceof EntryStyle.Heading) {
                line = firstLine(parsed.text(), s.start(), s.end());
            } else {
                continue;
            }
            String text = LintText.headingText(line);
            String slug = Section.anchorOf(text);
            String anchor = numbering.next(slug).toLowerCase(Locale.ROOT);
            Heading h = new Heading(k, text, anchor);
            byAnchor.putIfAbsent(anchor, h);
            bySlug.computeIfAbsent(slug.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).add(h);
            String number = numberOf(text);
            if (number != null) {
                byNumber.computeIfAbsent(number, x -> new ArrayList<>()).add(h);
            }
        }
    }

    private static String firstLine(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return text.substring(start, i);
    }

    /** The heading with this anchor (lower-cased, decoded), or null. */
    public Heading byAnchor(String anchor) {
        return byAnchor.get(anchor);
    }

    /**
     * The headings whose text reads as this text: the same anchor before de-duplication (the same letters
     * and digits, case and punctuation aside), in document order.
     */
    public List<Heading> readingAs(String text) {
        return bySlug.getOrDefault(Section.anchorOf(text).toLowerCase(Locale.ROOT), List.of());
    }

    /** The headings whose text starts with this section number ({@code 4.1}), in document order. */
    public List<Heading> numbered(String number) {
        return byNumber.getOrDefault(number, List.of());
    }

    /** The section number a heading's text starts with ({@code 4.1}, {@code 三}), or null. */
    public static String numberOf(String text) {
        int[] m = Syntax.sectionNumber(text);
        return m == null ? null : text.substring(0, m[0]);
    }
}
