package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.markdown.Diagnostic;
import java.util.List;

/**
 * A Markdown document cut into segments that cover every character of its text, in order, each
 * knowing which part of the catalogue it carries.
 *
 * <p>How each entry is written ({@link #styleOf}) is known from reading for table rows and entries written
 * as headings; that of list entries is not needed to read, so it is worked out from the text the first time
 * it is asked for ({@link StyleCapture}), for the whole document at once, and kept. An instance is immutable
 * but for that, and safe to share: two threads may both work the styles out, with equal results.
 */
public final class Parsed {

    private final String text;
    private final LineIndex lines;
    private final List<Segment> segments;
    private final List<SectionInfo> sections;
    private final Catalogue catalogue;
    private final List<Diagnostic> diagnostics;
    /** The style of each list entry, by segment index, once worked out. */
    private volatile EntryStyle[] captured;

    /**
     * A document as read.
     *
     * @param text the whole text as read
     * @param lines where the lines of the text start
     * @param segments the segments, consecutive and covering {@code text}
     * @param sections the sections of the catalogue in document order (depth first)
     * @param catalogue the catalogue read
     * @param diagnostics what was odd
     */
    public Parsed(String text, LineIndex lines, List<Segment> segments, List<SectionInfo> sections, Catalogue catalogue,
            List<Diagnostic> diagnostics) {
        this.text = text;
        this.lines = lines;
        this.segments = segments;
        this.sections = sections;
        this.catalogue = catalogue;
        this.diagnostics = diagnostics;
    }

    /** What a segment carries. */
    public enum Type {
        /** The H1 title line. */
        TITLE,
        /** A paragraph of the introduction. */
        INTRO,
        /** The news list. */
        NEWS,
        /** Navigation: the Contents heading, list or back-to-top links, regenerated canonically. */
        NAV,
        /** A special heading (News, Contents) that is not a section. */
        SPECIAL_HEADING,
        /** A section heading. */
        HEADING,
        /** An entry. */
        ENTRY,
        /** A bold group label. */
        GROUP,
        /** Blank lines. */
        GAP,
        /** Anything not understood, kept as written. */
        OPAQUE,
        /** The BibTeX citation block. */
        CITATION,
        /** The header and delimiter rows of a table. */
        TABLE_HEAD
    }

    /**
     * A run of whole lines of the text.
     *
     * @param start the offset of its first character
     * @param end the offset after its last character (its last line ending included)
     * @param type what it carries
     * @param section the index in {@link Parsed#sections()} of the section it belongs to, or -1 before the first
     * @param entry for an entry, its index among its section's entries; otherwise -1
     * @param givenStyle the style the reader gave it: for a table row or an entry written as a heading, how it
     *     is written; otherwise null (a list entry's is worked out by {@link Parsed#styleOf})
     * @param styleKind how its style is known: {@link #GIVEN}, {@link #BULLET} or {@link #NUMBERED}
     */
    public record Segment(int start, int end, Type type, int section, int entry, EntryStyle givenStyle,
            byte styleKind) {

        /** The style is {@link #givenStyle()} (none, a table row's, a heading entry's...). */
        public static final byte GIVEN = 0;
        /** A bulleted list entry, whose style {@link Parsed#styleOf} works out. */
        public static final byte BULLET = 1;
        /** A numbered list entry, whose style {@link Parsed#styleOf} works out. */
        public static final byte NUMBERED = 2;

        /** A segment whose style is given. */
        public Segment(int start, int end, Type type, int section, int entry, EntryStyle givenStyle) {
            this(start, end, type, section, entry, givenStyle, GIVEN);
        }
    }

    /**
     * A section heading and what follows it.
     *
     * @param parent the index of the parent section, or -1 at the top level
     * @param level the heading level (1 to 6)
     * @param heading the index of the heading segment
     * @param prefix the heading's text before its title (hashes, number, separator)
     * @param suffix the heading's text after its title (closing hashes, spaces, line ending)
     */
    public record SectionInfo(int parent, int level, int heading, String prefix, String suffix) {
    }

    /** The whole text as read. */
    public String text() {
        return text;
    }

    /** Where the lines of the text start. */
    public LineIndex lines() {
        return lines;
    }

    /** The segments, consecutive and covering {@link #text()}. */
    public List<Segment> segments() {
        return segments;
    }

    /** The sections of the catalogue in document order (depth first). */
    public List<SectionInfo> sections() {
        return sections;
    }

    /** The catalogue read. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** What was odd. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The text of a segment. */
    public String text(Segment s) {
        return text.substring(s.start(), s.end());
    }

    /**
     * How the entry of a segment is written, so that a new entry beside it can be written alike: the style
     * the reader gave it, or for a list entry the one worked out from its text; null for a segment that is
     * no entry.
     */
    public EntryStyle styleOf(int segment) {
        Segment s = segments.get(segment);
        return s.styleKind() == Segment.GIVEN ? s.givenStyle() : captured()[segment];
    }

    private EntryStyle[] captured() {
        EntryStyle[] c = captured;
        if (c == null) {
            c = StyleCapture.capture(text, catalogue, new Table());
            captured = c;
        }
        return c;
    }

    /** The segments as {@link StyleCapture} reads them; one instance per capture (it keeps the last one). */
    private final class Table implements StyleCapture.Table {
        private int at = -1;
        private Segment last;

        private Segment at(int i) {
            if (i != at) {
                last = segments.get(i);
                at = i;
            }
            return last;
        }

        @Override
        public int size() {
            return segments.size();
        }

        @Override
        public int start(int i) {
            return at(i).start();
        }

        @Override
        public int end(int i) {
            return at(i).end();
        }

        @Override
        public int section(int i) {
            return at(i).section();
        }

        @Override
        public int entry(int i) {
            return at(i).entry();
        }

        @Override
        public boolean isHeading(int i) {
            return at(i).type() == Type.HEADING;
        }

        @Override
        public boolean isBullet(int i) {
            return at(i).styleKind() == Segment.BULLET;
        }

        @Override
        public boolean isNumbered(int i) {
            return at(i).styleKind() == Segment.NUMBERED;
        }

        @Override
        public int sections() {
            return sections.size();
        }

        @Override
        public int parent(int section) {
            return sections.get(section).parent();
        }
    }

    @Override
    public String toString() {
        return "Parsed[" + segments.size() + " segments, " + sections.size() + " sections, " + diagnostics.size()
                + " diagnostics]";
    }
}
