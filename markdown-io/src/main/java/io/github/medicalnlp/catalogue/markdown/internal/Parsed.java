package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.markdown.Diagnostic;
import java.util.List;

/**
 * A Markdown document cut into segments that cover every character of its text, in order, each
 * knowing which part of the catalogue it carries.
 *
 * @param text the whole text as read
 * @param lines where the lines of the text start
 * @param segments the segments, consecutive and covering {@code text}
 * @param sections the sections of the catalogue in document order (depth first)
 * @param catalogue the catalogue read
 * @param diagnostics what was odd
 */
public record Parsed(String text, LineIndex lines, List<Segment> segments, List<SectionInfo> sections, Catalogue catalogue,
        List<Diagnostic> diagnostics) {

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
     * @param style for an entry, how it is written; otherwise null
     */
    public record Segment(int start, int end, Type type, int section, int entry, EntryStyle style) {
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

    /** The text of a segment. */
    public String text(Segment s) {
        return text.substring(s.start(), s.end());
    }
}
