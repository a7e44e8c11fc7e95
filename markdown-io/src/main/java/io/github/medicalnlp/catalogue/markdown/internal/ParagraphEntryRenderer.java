package io.github.medicalnlp.catalogue.markdown.internal;

import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.field;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.linkValue;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.TextField;
import java.util.Optional;

/** Writes entries as blocks of paragraphs: entries written as their own heading ({@link EntryStyle.Heading}). */
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
        out.append("#".repeat(s.level())).append(' ').append(Escaping.unnumberedHeading(e.name())).append(s.eol());
        body(e, s.colon(), s.eol(), note, out);
        return out.toString();
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
