package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Writes an entry in a given {@link EntryStyle}, as complete lines. */
public final class EntryRenderer {

    /** A label: short, on one line, without brackets, followed by a colon. Written text must not look like one. */
    static final Pattern LABEL_PREFIX = Pattern.compile("^([^\\s：:\\[\\]()<>`*]{1,12}|[^：:\\[\\]()<>`*\\n]{1,24}?)\\s*[：:]");

    private EntryRenderer() {
    }

    /**
     * The lines of {@code entry} in {@code style}; {@code implied} is the metadata its headings imply:
     * when the entry's differs, an annotation comment carries it.
     */
    public static String render(Entry entry, EntryStyle style, Annotation.Metadata implied) {
        Optional<String> note = Annotation.Metadata.of(entry).equals(implied) ? Optional.empty()
                : Optional.of(Annotation.write(Annotation.Metadata.of(entry)));
        if (style instanceof EntryStyle.Bullet b) {
            return bullet(entry, b, note);
        }
        if (style instanceof EntryStyle.Numbered n) {
            return numbered(entry, n, note);
        }
        return row(entry, (EntryStyle.TableRow) style);
    }

    // ---------------------------------------------------------------- bullets

    private static String bullet(Entry e, EntryStyle.Bullet s, Optional<String> note) {
        if (s.linkedName() && !e.links().isEmpty() && e.links().get(0).label().isEmpty()
                && e.links().get(0).role() == LinkRole.HOMEPAGE) {
            return classic(e, s, note);
        }
        StringBuilder out = new StringBuilder();
        String contentIndent = s.indent() + " ".repeat(s.marker().length() + s.afterMarker().length());
        out.append(s.indent()).append(s.marker()).append(s.afterMarker())
                .append(unlabelled(name(e.name(), contentIndent))).append(s.nameSuffix()).append(s.eol());
        boolean children = !e.links().isEmpty() || !e.fields().isEmpty();
        if (children) {
            out.append(s.afterHead());
        }
        String childContent = s.childIndent() + " ".repeat(s.childMarker().length() + 1);
        for (Link link : e.links()) {
            out.append(s.childIndent()).append(s.childMarker()).append(' ').append(linkValue(link, s.colon()))
                    .append(s.eol());
            if (s.badges()) {
                link.gitHubRepository().ifPresent(repo -> out.append(s.badgeIndent())
                        .append("![](https://img.shields.io/github/stars/").append(repo).append(')').append(s.eol()));
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
        out.append(s.indent()).append(s.marker()).append(s.afterMarker());
        out.append('[').append(Escaping.text(e.name())).append("](").append(dest(e.links().get(0).url(), s.angle()))
                .append(')');
        for (Link link : e.links().subList(1, e.links().size())) {
            out.append(' ').append(inlineLink(link, s.angle()));
        }
        List<String> texts = new ArrayList<>();
        for (TextField f : e.fields()) {
            texts.add(f.isLabelled() ? Escaping.singleLine(f.label()) + s.colon() + Escaping.singleLine(f.value())
                    : unlabelled(Escaping.singleLine(f.value())));
        }
        if (!texts.isEmpty()) {
            out.append(s.separator()).append(String.join(" ", texts));
        }
        out.append(s.eol());
        note.ifPresent(n -> out.append(contentIndent).append(n).append(s.eol()));
        return out.toString();
    }

    /** A link in an inline position: {@code [label](url)}, the label implying its role. */
    private static String inlineLink(Link link, boolean angle) {
        String text = link.label().isEmpty() || Inference.role(link.label()) != link.role()
                ? Inference.label(link.role()) : link.label();
        return "[" + Escaping.text(text) + "](" + dest(link.url(), angle) + ")";
    }

    private static String dest(String url, boolean angle) {
        String d = Escaping.destination(url);
        return angle && !d.startsWith("<") ? "<" + d + ">" : d;
    }

    /**
     * The child bullet text of a link: {@code 地址：url} when the label implies the role and the URL
     * is plain; {@code <url>} for an unlabelled homepage; otherwise the role's label and a Markdown
     * link carrying the label as written.
     */
    static String linkValue(Link link, String colon) {
        boolean implied = Inference.role(link.label()) == link.role();
        if (!link.label().isEmpty() && implied && Escaping.isPlainUrl(link.url()) && isLabel(link.label())) {
            return Escaping.singleLine(link.label()) + colon + link.url();
        }
        if (link.label().isEmpty() && Escaping.isPlainUrl(link.url())) {
            return (implied ? "" : Inference.label(link.role()) + colon) + "<" + link.url() + ">";
        }
        return Inference.label(link.role()) + colon + "[" + Escaping.text(link.label()) + "]("
                + Escaping.destination(link.url()) + ")";
    }

    /** Whether the text reads back as a label before a colon. */
    static boolean isLabel(String label) {
        return LABEL_PREFIX.matcher(label + "：").matches() && label.strip().equals(label) && !label.isEmpty();
    }

    private static String field(TextField f, String colon, String continuation) {
        if (f.isLabelled() && isLabel(f.label())) {
            String value = Escaping.afterLabel(f.value(), continuation);
            if (value.startsWith("http")) {
                // a value that would read back as a link: its first character as a character reference
                value = "&#" + (int) value.charAt(0) + ";" + value.substring(1);
            }
            return Escaping.singleLine(f.label()) + colon + (value.isEmpty() ? "" : value);
        }
        if (f.isLabelled()) {
            // a label that would not read back as one: keep it as text of an unlabelled field is lossy,
            // so write the label escaped and its colon as an entity-free full-width colon
            return Escaping.singleLine(f.label()) + colon + Escaping.afterLabel(f.value(), continuation);
        }
        return unlabelled(Escaping.inline(f.value(), continuation));
    }

    /** Unlabelled text whose start would read as a label gets its colon written as a character reference. */
    private static String unlabelled(String escaped) {
        var m = LABEL_PREFIX.matcher(escaped);
        if (m.lookingAt()) {
            int colonAt = m.end() - 1;
            char c = escaped.charAt(colonAt);
            return escaped.substring(0, colonAt) + (c == ':' ? "&#58;" : "&#65306;") + escaped.substring(colonAt + 1);
        }
        if (Escaping.isPlainUrl(escaped.strip()) || escaped.startsWith("http")) {
            return "&#104;" + escaped.substring(1);
        }
        return escaped;
    }

    /** A name: escaped, with a trailing colon and any {@code label：http} inside it defused. */
    private static String name(String name, String continuation) {
        String escaped = Escaping.inline(name, continuation);
        escaped = escaped.replaceAll("([：:])(\\s*)(?=https?://)", "&#58;$2");
        if (escaped.endsWith("：")) {
            escaped = escaped.substring(0, escaped.length() - 1) + "&#65306;";
        } else if (escaped.endsWith(":")) {
            escaped = escaped.substring(0, escaped.length() - 1) + "&#58;";
        }
        return escaped;
    }

    // ---------------------------------------------------------------- numbered items

    private static String numbered(Entry e, EntryStyle.Numbered s, Optional<String> note) {
        StringBuilder out = new StringBuilder();
        String marker = s.number() + s.delimiter();
        String contentIndent = s.indent() + " ".repeat(marker.length() + s.afterMarker().length());
        out.append(s.indent()).append(marker).append(s.afterMarker());
        List<Link> links = e.links();
        int first = 0;
        if (s.linkedName() && !links.isEmpty() && links.get(0).label().isEmpty()
                && links.get(0).role() == LinkRole.HOMEPAGE) {
            out.append('[').append(Escaping.text(e.name())).append("](")
                    .append(Escaping.destination(links.get(0).url())).append(')');
            first = 1;
        } else {
            out.append(name(e.name().replace('\n', ' '), contentIndent));
        }
        for (Link link : links.subList(first, links.size())) {
            out.append(s.separator());
            if (s.labelColon() && !link.label().isEmpty() && Inference.role(link.label()) == link.role()
                    && Escaping.isPlainUrl(link.url()) && isLabel(link.label())) {
                out.append(Escaping.singleLine(link.label())).append('：').append(link.url());
            } else {
                out.append(inlineLink(link, false));
            }
        }
        for (TextField f : e.fields()) {
            out.append(s.separator()).append(f.isLabelled()
                    ? Escaping.singleLine(f.label()) + "：" + Escaping.singleLine(f.value())
                    : unlabelled(Escaping.singleLine(f.value())));
        }
        out.append(s.eol());
        note.ifPresent(n -> out.append(contentIndent).append(n).append(s.eol()));
        return out.toString();
    }

    // ---------------------------------------------------------------- table rows

    private static String row(Entry e, EntryStyle.TableRow s) {
        int n = s.columns().size();
        List<StringBuilder> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(new StringBuilder());
        }
        String name = cell(e.name());
        cells.get(0).append(s.codeName() && !e.name().contains("`") ? "`" + e.name().replace("|", "\\|") + "`" : name);
        List<LinkRole> roles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            roles.add(i == 0 ? null : Inference.role(s.columns().get(i)));
        }
        for (Link link : e.links()) {
            int col = roles.indexOf(link.role());
            if (col < 0) {
                col = Math.min(1, n - 1);
            }
            String text = link.label().isEmpty() ? "link" : link.label();
            String l = "[" + cell(text) + "](" + Escaping.destination(link.url()) + ")";
            cells.get(col).append(s.bracketed() ? "[" + l + "]" : l);
        }
        for (TextField f : e.fields()) {
            int col = -1;
            for (int i = 1; i < n; i++) {
                if (s.columns().get(i).strip().equalsIgnoreCase(f.label().strip())) {
                    col = i;
                }
            }
            StringBuilder c = cells.get(col < 0 ? n - 1 : col);
            if (c.length() > 0) {
                c.append(' ');
            }
            c.append(col < 0 && f.isLabelled() ? cell(f.label()) + "：" + cell(f.value()) : cell(f.value()));
        }
        StringBuilder out = new StringBuilder("|");
        for (StringBuilder c : cells) {
            out.append(c.length() == 0 ? s.empty() : c).append('|');
        }
        return out.append(s.eol()).toString();
    }

    private static String cell(String text) {
        return Escaping.text(text);
    }
}
