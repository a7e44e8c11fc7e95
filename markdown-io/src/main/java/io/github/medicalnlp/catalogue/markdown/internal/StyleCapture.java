package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each list entry of a document is written — bullet, indent, separator, children, star badges, line
 * ending — so that an entry written anew looks like its neighbours. Reading does not need it, so it is
 * worked out from the text only when a document is first edited or linted ({@link Parsed#styleOf}), in one
 * pass in document order: whether a section's entries carry star badges follows from the entries before.
 * It knows the segments only through {@link Table}, so that what it reads does not depend on it.
 */
final class StyleCapture {

    private static final Pattern BULLET_START = Pattern.compile("^(\\s*)([*+-])(\\s+)");
    private static final Pattern CLASSIC_SEPARATOR = Pattern.compile("^\\[[^\\]]*]\\([^)]*\\)(\\s*[-–—:]?\\s*)");
    // DOTALL on the expressions ending in ".*$": a line may hold U+0085, U+2028 or U+2029, where "." stopped
    // and "$" failed, so the blanks before were tried again at every length (quadratic in the blanks)
    private static final Pattern CHILD_BULLET = Pattern.compile("^(\\s*)([*+-])\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern CHILD_LABEL = Pattern.compile("^[^\\s：:\\[\\]()]{1,12}\\s*([：:][ \\t]*)(?=\\S)");
    private static final Pattern BADGE_LINE = Pattern.compile("^(\\s*)!\\[]\\(https://"
            + Pattern.quote(Syntax.STAR_BADGE_HOST));
    private static final Pattern NUMBERED_START = Pattern.compile("^(\\s*)(\\d+)([.)])(\\s+)(.*)$", Pattern.DOTALL);
    private static final Pattern ANGLE_LINKED_NAME = Pattern.compile("^\\[[^\\]]*]\\(<.*", Pattern.DOTALL);

    private final String text;
    private final String documentEol;
    private final Map<EntryStyle, EntryStyle> shared = new HashMap<>();

    private StyleCapture(String text) {
        this.text = text;
        this.documentEol = Lines.ending(text);
    }

    /**
     * The segments of a document as this stage reads them, by index (what {@link Parsed} holds, without
     * this stage knowing it).
     */
    interface Table {
        /** The number of segments. */
        int size();

        /** The offset of the segment's first character. */
        int start(int i);

        /** The offset after the segment's last character. */
        int end(int i);

        /** The index of the segment's section in document order, or -1 before the first. */
        int section(int i);

        /** For an entry, its index among its section's entries. */
        int entry(int i);

        /** Whether the segment is a section's heading. */
        boolean isHeading(int i);

        /** Whether the segment is an entry of a bulleted list. */
        boolean isBullet(int i);

        /** Whether the segment is an entry of a numbered list. */
        boolean isNumbered(int i);

        /** The number of sections. */
        int sections();

        /** The index of a section's parent, or -1 at the top level. */
        int parent(int section);
    }

    /**
     * The style of each list entry of a document, by segment index: worked out for the segments
     * {@code table} marks as bulleted or numbered entries; null for the others.
     *
     * @param text the whole text
     * @param catalogue the catalogue read from it, whose sections in depth-first order are those of the table
     */
    static EntryStyle[] capture(String text, Catalogue catalogue, Table table) {
        StyleCapture c = new StyleCapture(text);
        List<Section> sections = new ArrayList<>();
        depthFirst(catalogue.sections(), sections);
        boolean[] badges = new boolean[table.sections()];
        EntryStyle[] styles = new EntryStyle[table.size()];
        for (int i = 0; i < styles.length; i++) {
            int section = table.section(i);
            if (table.isHeading(i) && section >= 0) {
                int parent = table.parent(section);
                badges[section] = parent >= 0 && badges[parent]; // as the section was when the heading came
            } else if (table.isBullet(i)) {
                Entry entry = sections.get(section).entries().get(table.entry(i));
                styles[i] = c.bullet(table.start(i), table.end(i), entry, badges, section);
            } else if (table.isNumbered(i)) {
                styles[i] = c.numbered(table.start(i), table.end(i));
            }
        }
        return styles;
    }

    private static void depthFirst(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            out.add(s);
            depthFirst(s.children(), out);
        }
    }

    private EntryStyle share(EntryStyle style) {
        return shared.computeIfAbsent(style, s -> s);
    }

    private EntryStyle bullet(int start, int end, Entry entry, boolean[] sectionBadges, int section) {
        String raw = text.substring(start, end);
        List<String> lines = splitLines(raw);
        String first = lines.isEmpty() ? "" : lines.get(0);
        Matcher m = BULLET_START.matcher(first);
        String indent = "";
        String marker = "*";
        String after = " ";
        if (m.find()) {
            indent = m.group(1);
            marker = m.group(2);
            after = m.group(3);
        }
        String eol = eol(raw);
        String content = first.substring(Math.min(first.length(), m.hitEnd() ? first.length() : safeEnd(m)));
        boolean linkedName = content.startsWith("[");
        boolean angle = linkedName && ANGLE_LINKED_NAME.matcher(content).matches();
        String suffix = "";
        String stripped = content.stripTrailing();
        if (!linkedName && (stripped.endsWith("：") || stripped.endsWith(":"))) {
            suffix = stripped.substring(stripped.length() - 1);
        }
        String separator = " - ";
        Matcher sep = CLASSIC_SEPARATOR.matcher(content);
        if (linkedName && sep.find() && !sep.group(1).isEmpty()) {
            separator = sep.group(1);
        }
        // children
        StringBuilder afterHead = new StringBuilder();
        String childIndent = indent + " ".repeat(marker.length() + after.length());
        String childMarker = "*";
        String colon = "：";
        boolean badges = false;
        String badgeIndent = childIndent + "  ";
        int k = 1;
        while (k < lines.size() && lines.get(k).isBlank()) {
            afterHead.append(lines.get(k)).append(eol);
            k++;
        }
        if (k < lines.size()) { // the first child line gives the children's indent, marker and colon
            Matcher cm = CHILD_BULLET.matcher(lines.get(k));
            if (cm.matches()) {
                childIndent = cm.group(1);
                childMarker = cm.group(2);
                Matcher lm = CHILD_LABEL.matcher(cm.group(3));
                if (lm.lookingAt()) {
                    colon = lm.group(1);
                }
            }
        }
        if (raw.contains("img.shields.io")) { // the last star badge line gives the badges' indent
            for (int j = k; j < lines.size(); j++) {
                if (lines.get(j).contains("img.shields.io")) {
                    Matcher bm = BADGE_LINE.matcher(lines.get(j));
                    if (bm.find()) {
                        badges = true;
                        badgeIndent = bm.group(1);
                    }
                }
            }
        }
        if (k >= lines.size()) {
            afterHead.setLength(0);
        }
        boolean ownRepository = false;
        for (Link l : entry.links()) {
            // a star badge only for the entry's own GitHub repository (a cheap test first, then the exact one)
            ownRepository |= l.url().contains("github.com/") && EntryText.starBadge(l).isPresent();
        }
        if (!ownRepository) {
            badges = sectionBadges[section]; // an entry without a GitHub address: as the entries before it
        } else {
            sectionBadges[section] = badges;
        }
        return share(new EntryStyle.Bullet(indent, marker, after, suffix, afterHead.toString(), childIndent,
                childMarker, colon, badges, badgeIndent, linkedName, angle, separator, eol));
    }

    private EntryStyle numbered(int start, int end) {
        List<String> lines = splitLines(text.substring(start, end));
        String first = lines.isEmpty() ? "" : lines.get(0);
        String eol = eol(text.substring(start, end));
        Matcher m = NUMBERED_START.matcher(first);
        if (!m.matches()) {
            return share(new EntryStyle.Numbered("", 1, ".", " ", false, false, " ", eol));
        }
        String content = m.group(5);
        boolean linkedName = content.startsWith("[");
        Matcher labelled = Urls.LABELLED_URL.matcher(content);
        int labelAt = Urls.mayHaveLabelledUrl(content)
                && labelled.find(Urls.labelledUrlSearchStart(content)) ? labelled.start() : -1;
        boolean labelColon = labelAt >= 0;
        int bracket = content.indexOf('[', 1);
        int at = labelAt > 0 && (bracket < 0 || labelAt < bracket) ? labelAt : bracket;
        String separator = " ";
        if (at > 0) {
            int k = at;
            while (k > 0 && Character.isWhitespace(content.charAt(k - 1))) {
                k--;
            }
            if (k > 0 && k < at) {
                separator = content.substring(k, at);
            }
        }
        return share(new EntryStyle.Numbered(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4),
                linkedName, labelColon, separator, eol));
    }

    /** The line ending of the first line of {@code raw}, or else the document's first. */
    private String eol(String raw) {
        String found = Lines.firstEnding(raw);
        return found != null ? found : documentEol;
    }

    /** The lines of {@code s} without their endings, as {@link String#lines()} gives them. */
    private static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>(2);
        int start = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, k));
                if (c == '\r' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                    k++;
                }
                start = k + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static int safeEnd(Matcher m) {
        try {
            return m.end();
        } catch (IllegalStateException e) {
            return 0;
        }
    }
}
