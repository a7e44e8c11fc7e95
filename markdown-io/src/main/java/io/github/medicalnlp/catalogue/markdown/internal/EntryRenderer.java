package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Entry;
import java.util.Optional;

/**
 * Writes an entry in a given {@link EntryStyle}, as complete lines: list items ({@link ListEntryRenderer}),
 * blocks of paragraphs ({@link ParagraphEntryRenderer}) or table rows ({@link TableRowRenderer}), their parts
 * escaped alike ({@link EntryText}).
 */
public final class EntryRenderer {

    private EntryRenderer() {
    }

    /**
     * The lines of {@code entry} in {@code style}; {@code implied} is the metadata its headings imply:
     * when the entry's differs, an annotation comment carries it.
     */
    public static String render(Entry entry, EntryStyle style, Annotation.Metadata implied) {
        return render(entry, style, implied, false);
    }

    /**
     * The lines of {@code entry} in {@code style}, its annotation also carrying its group when {@code withGroup}
     * (for a style that writes an annotation of its own, {@link #carriesGroup}).
     */
    static String render(Entry entry, EntryStyle style, Annotation.Metadata implied, boolean withGroup) {
        return render(entry, style, implied, withGroup, true);
    }

    /**
     * The lines of {@code entry} in {@code style}; {@code leadsList} when, as a list item, it may be the first
     * of a list right after a bold line or a heading, where the reader would take a name that starts as
     * {@code label：value} for part of an entry under that line. Elsewhere a bullet's name keeps its colons
     * as they are.
     */
    static String render(Entry entry, EntryStyle style, Annotation.Metadata implied, boolean withGroup,
            boolean leadsList) {
        Optional<String> note = withGroup ? Optional.of(EntryText.noteWithGroup(entry)) : EntryText.note(entry, implied);
        if (style instanceof EntryStyle.Bullet b) {
            return ListEntryRenderer.bullet(entry, b, note, leadsList);
        }
        if (style instanceof EntryStyle.Numbered n) {
            return ListEntryRenderer.numbered(entry, n, note);
        }
        if (style instanceof EntryStyle.Heading h) {
            return ParagraphEntryRenderer.heading(entry, h, note);
        }
        if (style instanceof EntryStyle.BoldTitle b) {
            return ParagraphEntryRenderer.boldTitle(entry, b, note);
        }
        if (style instanceof EntryStyle.LinkParagraph p) {
            return ParagraphEntryRenderer.linkParagraph(entry, p, note);
        }
        return TableRowRenderer.row(entry, (EntryStyle.TableRow) style);
    }

    /**
     * Whether entries in {@code style} are blocks of paragraphs (under a heading or a bold name, or a link
     * paragraph), which a blank line must keep apart from the next entry: without one, the next would be read
     * as part of them.
     */
    public static boolean isParagraphs(EntryStyle style) {
        return style instanceof EntryStyle.Heading || style instanceof EntryStyle.BoldTitle
                || style instanceof EntryStyle.LinkParagraph;
    }

    /**
     * Whether entries in {@code style} give their group in their annotation rather than by a group label before
     * them: entries under a bold name or a heading, after which a bold label would be read as part of the entry
     * before it or as the next entry (a bold line over paragraphs), or make the heading a section.
     */
    static boolean carriesGroup(EntryStyle style) {
        return style instanceof EntryStyle.Heading || style instanceof EntryStyle.BoldTitle;
    }

    /**
     * Whether {@code e}, written as a row of a table in style {@code s}, reads back as itself: its metadata
     * is what the headings imply (a row cannot carry an annotation); each link has a column of its role
     * (or is its one unlabelled homepage); each field has a column of its label to itself, and a value that
     * a cell gives back (one line, no brackets, not a dash); the name is one line.
     */
    public static boolean fitsRow(Entry e, EntryStyle.TableRow s, Annotation.Metadata implied) {
        return TableRowRenderer.fits(e, s, implied);
    }
}
