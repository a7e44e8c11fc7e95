package io.github.medicalnlp.catalogue.markdown.internal;

import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.field;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.linkValue;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.TextField;
import java.util.Optional;

/**
 * Writes entries as blocks of paragraphs: under their own heading ({@link EntryStyle.Heading}) or bold name
 * ({@link EntryStyle.BoldTitle}), or as one paragraph that starts with their linked name
 * ({@link EntryStyle.LinkParagraph}).
 */
final class ParagraphEntryRenderer {

    private ParagraphEntryRenderer() {
    }

    /**
     * {@code #### name}, then each link and field as a paragraph of its own: a paragraph, unlike a list
     * item that is not {@code label：value}, never makes the reader take the heading for a section.
     */
    static String heading(Entry e, EntryStyle.Heading s, Optional<String> note) {
        StringBuilder out = new StringBuilder();
        // the reader takes a number written as such off the name
        out.append("#".repeat(s.level())).append(' ').append(headingName(e.name())).append(s.eol());
        body(e, s.colon(), s.eol(), note, out);
        return out.toString();
    }

    /**
     * A heading entry's name as its heading's text: a colon at its end written as a character reference,
     * since the reader takes a colon written so ({@code #### BioBERT：}) for the style of a title.
     */
    private static String headingName(String name) {
        int end = name.length();
        while (end > 0 && (name.charAt(end - 1) == '：' || name.charAt(end - 1) == ':')) {
            end--;
        }
        if (end == name.length()) {
            return Escaping.unnumberedHeading(name);
        }
        StringBuilder colons = new StringBuilder();
        for (int k = end; k < name.length(); k++) {
            colons.append("&#").append((int) name.charAt(k)).append(';');
        }
        return (end == 0 ? "" : Escaping.unnumberedHeading(name.substring(0, end))) + colons;
    }

    /**
     * {@code **name**} in a paragraph of its own, then the paragraphs of {@link #heading}: the name is escaped
     * as any text is, and a space at either end written as a character reference (see {@link Escaping#bold}).
     */
    static String boldTitle(Entry e, EntryStyle.BoldTitle s, Optional<String> note) {
        StringBuilder out = new StringBuilder();
        out.append(Escaping.bold(Escaping.text(e.name()))).append(s.eol());
        body(e, s.colon(), s.eol(), note, out);
        return out.toString();
    }

    /**
     * {@code [name](url) - description [label](url)}: a classic awesome-list item ({@link EntryStyle.Bullet}
     * with a linked name) without its list marker, on one line. An entry that such a paragraph cannot hold
     * ({@link #fitsLinkParagraph}) is written as a classic list item instead, which the reader reads as an entry
     * among the paragraphs; a blank line must part it from them as it parts the paragraphs.
     */
    static String linkParagraph(Entry e, EntryStyle.LinkParagraph s, Optional<String> note) {
        if (!fitsLinkParagraph(e, note)) {
            return ListEntryRenderer.bullet(e, listItem(s), note, true);
        }
        StringBuilder out = new StringBuilder(ListEntryRenderer.linkedName(e, false));
        ListEntryRenderer.classicRest(e, false, s.separator(), LINK_PARAGRAPH_COLON, out);
        return out.append(s.eol()).toString();
    }

    /** The colon after the label of a link paragraph's one field. */
    static final String LINK_PARAGRAPH_COLON = "：";

    /**
     * Whether a link paragraph holds {@code e} as a classic item's first line does: its first link is an
     * unlabelled homepage (the link of the name) and its name no label ({@link Labels#isLabelText}), its
     * other links read back with their roles, it has at most one field (the text after the links) with a
     * label that reads back, and no annotation (which a classic item writes on a line of its own, as it
     * writes its other fields).
     */
    static boolean fitsLinkParagraph(Entry e, Optional<String> note) {
        // a name such as 论文地址 or "a：b" written as a paragraph's link names no entry
        return ListEntryRenderer.fitsClassicLine(e) && e.fields().size() <= 1 && note.isEmpty()
                && !Labels.isLabelText(e.name());
    }

    /** The classic list item an entry that a link paragraph cannot hold is written as. */
    static EntryStyle.Bullet listItem(EntryStyle.LinkParagraph s) {
        return new EntryStyle.Bullet("", "-", " ", "", "", "  ", "-", LINK_PARAGRAPH_COLON, false, "    ", true,
                false, s.separator(), s.eol()); // classic when its line holds the entry, else a bullet with children
    }

    /**
     * The paragraphs below an entry's title: each link and each field in a paragraph of its own, then the
     * annotation when its metadata is not what its headings imply, or when it has neither links nor fields
     * (then the annotation is what makes the reader take the title for an entry).
     */
    private static void body(Entry e, String colon, String eol, Optional<String> note, StringBuilder out) {
        for (Link link : e.links()) {
            out.append(eol).append(linkValue(link, colon)).append(eol);
        }
        for (TextField f : e.fields()) {
            out.append(eol).append(field(f, colon, "")).append(eol);
        }
        if (note.isPresent() || (e.links().isEmpty() && e.fields().isEmpty())) {
            out.append(eol).append(note.orElse(Annotation.write(Annotation.Metadata.of(e)))).append(eol);
        }
    }
}
