package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.markdown.internal.LintText;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Contents as lines: the lines of the navigation segments that are list items holding one link to
 * an anchor and nothing else ({@code   * [Text](#anchor)}, trailing white space allowed), read by a
 * scanner, one pass over each line.
 */
final class ContentsList {

    /**
     * An item on a line of its own.
     *
     * @param lineStart the offset of the line
     * @param lineEnd the offset of its line ending (or of the end of the text)
     * @param next the offset of the next line
     * @param indent the spaces before the marker
     * @param marker the marker: {@code *}, {@code -}, {@code +}, or a number and {@code .} or {@code )}
     * @param afterMarker the white space between the marker and the link
     * @param label the link's text as written
     * @param anchorStart the offset of the anchor (after {@code #})
     * @param anchorEnd the offset after the anchor
     * @param anchor the anchor decoded and lower-cased, as the linter compares it
     * @param index the item's index in {@link ContentsList#items}
     */
    record Item(int index, int lineStart, int lineEnd, int next, String indent, String marker, String afterMarker,
            String label, int anchorStart, int anchorEnd, String anchor) {

        /** The line ending of the item's line, empty when it is the last line without one. */
        String eol(String text) {
            return text.substring(lineEnd, next);
        }
    }

    /** The items, in the order of the text. */
    final List<Item> items = new ArrayList<>();
    private Map<Integer, Item> byAnchorStart;
    /** The offsets of the lines of the navigation segments that are neither items nor blank. */
    final List<Integer> others = new ArrayList<>();

    ContentsList(Parsed parsed) {
        String text = parsed.text();
        for (Parsed.Segment s : parsed.segments()) {
            if (s.type() != Parsed.Type.NAV) {
                continue;
            }
            int at = s.start();
            while (at < s.end()) {
                int end = at;
                while (end < s.end() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                int next = end;
                if (next < s.end() && text.charAt(next) == '\r') {
                    next++;
                }
                if (next < s.end() && text.charAt(next) == '\n' && (next == end || text.charAt(end) == '\r')) {
                    next++;
                }
                Item item = item(items.size(), text, at, end, next);
                if (item != null) {
                    items.add(item);
                } else if (!text.substring(at, end).isBlank()) {
                    others.add(at);
                }
                at = next;
            }
        }
    }

    /** The item whose anchor starts at an offset, or null. */
    Item itemWithAnchorAt(int offset) {
        if (byAnchorStart == null) {
            byAnchorStart = new HashMap<>();
            items.forEach(i -> byAnchorStart.put(i.anchorStart(), i));
        }
        return byAnchorStart.get(offset);
    }

    /** The line {@code [start, end)} of the text (its ending up to {@code next}) as an item, or null. */
    static Item item(int index, String text, int start, int end, int next) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        int markerStart = i;
        if (i < end && (text.charAt(i) == '*' || text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        } else {
            while (i < end && i - markerStart < 9 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            if (i == markerStart || i >= end || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
                return null;
            }
            i++;
        }
        int markerEnd = i;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == markerEnd || i >= end || text.charAt(i) != '[') {
            return null;
        }
        int labelStart = i + 1;
        int close = labelStart;
        while (close < end && text.charAt(close) != ']') {
            close += text.charAt(close) == '\\' ? 2 : 1;
        }
        if (close + 2 >= end || text.charAt(close + 1) != '(' || text.charAt(close + 2) != '#') {
            return null;
        }
        int anchorStart = close + 3;
        int anchorEnd = anchorStart;
        while (anchorEnd < end && text.charAt(anchorEnd) != ')' && !Character.isWhitespace(text.charAt(anchorEnd))) {
            anchorEnd++;
        }
        if (anchorEnd >= end || text.charAt(anchorEnd) != ')') {
            return null;
        }
        for (int k = anchorEnd + 1; k < end; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return null;
            }
        }
        String anchor = LintText.decodeAnchor(text.substring(anchorStart, anchorEnd)).toLowerCase(Locale.ROOT);
        return new Item(index, start, end, next, text.substring(start, markerStart), text.substring(markerStart, markerEnd),
                text.substring(markerEnd, labelStart - 1), text.substring(labelStart, close), anchorStart, anchorEnd,
                anchor);
    }
}
