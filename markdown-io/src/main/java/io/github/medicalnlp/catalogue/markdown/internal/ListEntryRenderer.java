package io.github.medicalnlp.catalogue.markdown.internal;

import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.childFields;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.dest;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.field;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.inlineLink;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.isBareLabel;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.lineField;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.linkValue;
import static io.github.medicalnlp.catalogue.markdown.internal.EntryText.name;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Writes entries as list items: bullets ({@link EntryStyle.Bullet}) and numbered items ({@link EntryStyle.Numbered}). */
final class ListEntryRenderer {

    private ListEntryRenderer() {
    }

    /** Whether an entry can be written as a classic item, its name the link of its first link. */
    static boolean hasLinkedName(Entry e) {
        return !e.links().isEmpty() && e.links().get(0).label().isEmpty()
                && e.links().get(0).role() == LinkRole.HOMEPAGE;
    }

    /** The linked name of a classic item, {@code [Name](url)}, its first link's URL (see {@link #hasLinkedName}). */
    static String linkedName(Entry e, boolean angle) {
        return "[" + Escaping.text(e.name()) + "](" + dest(e.links().get(0).url(), angle) + ")";
    }

    /**
     * What a classic item writes on its line after its linked name: its other links, then the separator and
     * its first field, which the reader reads as the text after the links (the other fields are children).
     */
    static void classicRest(Entry e, boolean angle, String separator, String colon, StringBuilder out) {
        for (Link link : e.links().subList(1, e.links().size())) {
            out.append(' ').append(inlineLink(link, angle));
        }
        if (!e.fields().isEmpty()) {
            out.append(separator).append(lineField(e.fields().get(0), colon));
        }
    }

    /**
     * Whether a classic item's line holds the entry as it is: its name is the link of its first link, each
     * other link written {@code [label](url)} reads back with its role (the role its label implies), and its
     * first field's label, written after the links, reads back as a label. Otherwise the entry is written as
     * a bullet with child lines, which hold any label and role ({@code 项目地址：[Demo](url)}).
     */
    static boolean fitsClassicLine(Entry e) {
        if (!hasLinkedName(e)) {
            return false;
        }
        for (Link link : e.links().subList(1, e.links().size())) {
            boolean readsBack = link.label().isEmpty() ? link.role() == LinkRole.HOMEPAGE
                    : Inference.role(link.label()) == link.role();
            if (!readsBack) {
                return false;
            }
        }
        return e.fields().isEmpty() || e.fields().get(0).label().isEmpty() || EntryText.isLabel(e.fields().get(0).label());
    }

    /**
     * An entry as a bullet; {@code leadsList} when it may be the first item of a list right after a bold line
     * or a heading, where its name must not start as {@code label：value} ({@link EntryText#itemName}).
     */
    static String bullet(Entry e, EntryStyle.Bullet s, Optional<String> note, boolean leadsList) {
        if (s.linkedName() && fitsClassicLine(e)) {
            return classic(e, s, note);
        }
        StringBuilder out = new StringBuilder();
        String contentIndent = s.indent() + " ".repeat(s.marker().length() + s.afterMarker().length());
        out.append(s.indent()).append(s.marker()).append(s.afterMarker())
                .append(EntryText.itemName(e.name(), contentIndent, leadsList)).append(s.nameSuffix()).append(s.eol());
        boolean children = !e.links().isEmpty() || !e.fields().isEmpty();
        if (children) {
            out.append(s.afterHead());
        }
        String childContent = s.childIndent() + " ".repeat(s.childMarker().length() + 1);
        Set<String> badged = new HashSet<>(); // one badge per repository
        for (Link link : e.links()) {
            out.append(s.childIndent()).append(s.childMarker()).append(' ').append(linkValue(link, s.colon()))
                    .append(s.eol());
            if (s.badges()) {
                EntryText.starBadge(link).filter(repo -> badged.add(repo.toLowerCase(Locale.ROOT)))
                        .ifPresent(repo -> out.append(s.badgeIndent()).append(Syntax.starBadge(repo)).append(s.eol()));
            }
        }
        for (TextField f : e.fields()) {
            out.append(s.childIndent()).append(s.childMarker()).append(' ').append(field(f, s.colon(), childContent))
                    .append(s.eol());
        }
        note.ifPresent(n -> out.append(children ? s.childIndent() : contentIndent).append(n).append(s.eol()));
        return out.toString();
    }

    private static String classic(Entry e, EntryStyle.Bullet s, Optional<String> note) {
        StringBuilder out = new StringBuilder();
        String contentIndent = s.indent() + " ".repeat(s.marker().length() + s.afterMarker().length());
        out.append(s.indent()).append(s.marker()).append(s.afterMarker()).append(linkedName(e, s.angle()));
        // the line holds one field (the reader reads the text after the links as one); the others are children
        classicRest(e, s.angle(), s.separator(), s.colon(), out);
        out.append(s.eol());
        childFields(e.fields(), Math.min(1, e.fields().size()), contentIndent, s.marker(), s.colon(), s.eol(), out);
        note.ifPresent(n -> out.append(contentIndent).append(n).append(s.eol()));
        return out.toString();
    }

    static String numbered(Entry e, EntryStyle.Numbered s, Optional<String> note) {
        StringBuilder out = new StringBuilder();
        String marker = s.number() + s.delimiter();
        String contentIndent = s.indent() + " ".repeat(marker.length() + s.afterMarker().length());
        out.append(s.indent()).append(marker).append(s.afterMarker());
        List<Link> links = e.links();
        int first = 0;
        if (s.linkedName() && hasLinkedName(e)) {
            out.append(linkedName(e, false));
            first = 1;
        } else {
            out.append(name(e.name().replace('\n', ' '), contentIndent));
        }
        // only the first link may be written label：url: the reader finds one such address in the text after
        // the name; the others are Markdown links
        for (Link link : links.subList(first, links.size())) {
            out.append(s.separator());
            if (link.label().isEmpty() && link.role() == LinkRole.HOMEPAGE && Escaping.isPlainUrl(link.url())) {
                out.append('<').append(link.url()).append('>'); // an autolink: read back without a label
            } else if (link == links.get(first) && s.labelColon() && !link.label().isEmpty()
                    && Inference.role(link.label()) == link.role() && Escaping.isPlainUrl(link.url())
                    && isBareLabel(link.label())) {
                out.append(Escaping.label(link.label())).append('：').append(link.url());
            } else {
                out.append(inlineLink(link, false));
            }
        }
        // the line holds one field after a link (the reader reads the text after the links as one, and text
        // right after the name as part of it); the others are children
        int inline = !e.fields().isEmpty() && !links.isEmpty() ? 1 : 0;
        if (inline == 1) {
            out.append(s.separator()).append(lineField(e.fields().get(0), "："));
        }
        out.append(s.eol());
        childFields(e.fields(), inline, contentIndent, "-", "：", s.eol(), out);
        note.ifPresent(n -> out.append(contentIndent).append(n).append(s.eol()));
        return out.toString();
    }
}
