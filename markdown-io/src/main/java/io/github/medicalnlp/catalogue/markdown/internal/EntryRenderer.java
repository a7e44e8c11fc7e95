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
        if (style instanceof EntryStyle.Heading h) {
            return heading(entry, h, note);
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
        // the line holds one field (the reader reads the text after the links as one); the others are children
        if (!e.fields().isEmpty()) {
            out.append(s.separator()).append(lineField(e.fields().get(0), s.colon()));
        }
        out.append(s.eol());
        childFields(e.fields(), Math.min(1, e.fields().size()), contentIndent, s.marker(), s.colon(), s.eol(), out);
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
        if (!link.label().isEmpty() && implied && Escaping.isPlainUrl(link.url()) && isBareLabel(link.label())) {
            return Escaping.label(link.label()) + colon + link.url();
        }
        if (link.label().isEmpty() && Escaping.isPlainUrl(link.url())) {
            return (implied ? "" : Inference.label(link.role()) + colon) + "<" + link.url() + ">";
        }
        return Inference.label(link.role()) + colon + "[" + Escaping.text(link.label()) + "]("
                + Escaping.destination(link.url()) + ")";
    }

    /** Whether the label, written by {@link Escaping#label}, reads back as itself before a colon. */
    static boolean isLabel(String label) {
        if (label.isEmpty() || label.length() > Labels.MAX || !label.strip().equals(label)) {
            return false;
        }
        Labels.Label read = Labels.read(Escaping.label(label) + "：");
        return read != null && read.label().equals(label);
    }

    /**
     * Whether a link's label can be written before its URL as {@code label：url}: it reads back as itself,
     * and it needs no escape of a bracket, parenthesis, angle bracket, backtick or asterisk (such a label
     * is written as the text of a Markdown link instead, which reads better).
     */
    static boolean isBareLabel(String label) {
        for (int i = 0; i < label.length(); i++) {
            if ("[]()<>`*".indexOf(label.charAt(i)) >= 0) {
                return false;
            }
        }
        return isLabel(label);
    }

    /**
     * A field: {@code label：value}; a label that would not read back from that form (longer than
     * {@value Labels#MAX} characters) is written in bold, {@code **label**：value}, which reads back
     * whatever its length; unlabelled text has any colon that would make it read as a label written as
     * a character reference.
     */
    private static String field(TextField f, String colon, String continuation) {
        if (!f.isLabelled()) {
            return unlabelled(Escaping.inline(f.value(), continuation));
        }
        String value = Escaping.afterLabel(f.value(), continuation);
        if (value.startsWith("http")) {
            // a value that would read back as a link: its first character as a character reference
            value = "&#" + (int) value.charAt(0) + ";" + value.substring(1);
        }
        String label = isLabel(f.label()) ? Escaping.label(f.label()) : Escaping.bold(Escaping.label(f.label()));
        return label + colon + value;
    }

    /**
     * Unlabelled text whose start would read as a label (or as a URL) gets the colon that ends the
     * would-be label (or its first character) written as a character reference, until it no longer does.
     */
    private static String unlabelled(String escaped) {
        String out = escaped;
        for (Labels.Label l = Labels.read(out); l != null; l = Labels.read(out)) {
            int colonAt = l.valueStart() - 1;
            out = out.substring(0, colonAt) + (out.charAt(colonAt) == ':' ? "&#58;" : "&#65306;")
                    + out.substring(colonAt + 1);
        }
        if (Escaping.isPlainUrl(out.strip()) || out.startsWith("http")) {
            return "&#104;" + out.substring(1);
        }
        return out;
    }

    /**
     * A name: escaped, with a trailing colon and the colon of any {@code label：http} inside it written as
     * a character reference of that same colon. One scan, linear in the name.
     */
    private static String name(String name, String continuation) {
        String escaped = Escaping.inline(name, continuation);
        StringBuilder out = new StringBuilder(escaped.length() + 16);
        int n = escaped.length();
        for (int i = 0; i < n; i++) {
            char c = escaped.charAt(i);
            if (c == ':' || c == '：') {
                int k = i + 1;
                while (k < n && Character.isWhitespace(escaped.charAt(k))) {
                    k++;
                }
                if (escaped.startsWith("http://", k) || escaped.startsWith("https://", k) || k == n) {
                    out.append(c == ':' ? "&#58;" : "&#65306;");
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A field on the item's own line, after its links: one line, {@code label：value} or the text. */
    private static String lineField(TextField f, String colon) {
        return f.isLabelled() ? Escaping.label(f.label()) + colon + Escaping.singleLine(f.value())
                : unlabelled(Escaping.singleLine(f.value()));
    }

    /** The fields from {@code from} on as child lines {@code marker label：value} below the item. */
    private static void childFields(List<TextField> fields, int from, String indent, String marker, String colon,
            String eol, StringBuilder out) {
        String continuation = indent + " ".repeat(marker.length() + 1);
        for (TextField f : fields.subList(from, fields.size())) {
            out.append(indent).append(marker).append(' ').append(field(f, colon, continuation)).append(eol);
        }
    }

    // ---------------------------------------------------------------- heading entries

    /**
     * {@code #### name}, then each link and field as a paragraph of its own: a paragraph, unlike a list
     * item that is not {@code label：value}, never makes the reader take the heading for a section.
     */
    private static String heading(Entry e, EntryStyle.Heading s, Optional<String> note) {
        StringBuilder out = new StringBuilder();
        // the reader takes a number written as such off the name
        out.append("#".repeat(s.level())).append(' ').append(Escaping.unnumberedHeading(e.name()))
                .append(s.eol());
        for (Link link : e.links()) {
            out.append(s.eol()).append(linkValue(link, s.colon())).append(s.eol());
        }
        for (TextField f : e.fields()) {
            out.append(s.eol()).append(field(f, s.colon(), "")).append(s.eol());
        }
        if (note.isPresent() || (e.links().isEmpty() && e.fields().isEmpty())) {
            // without links or fields, the annotation is what makes the reader take the heading for an entry
            out.append(s.eol()).append(note.orElse(Annotation.write(Annotation.Metadata.of(e)))).append(s.eol());
        }
        return out.toString();
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
        // only the first link may be written label：url: the reader finds one such address in the text after
        // the name; the others are Markdown links
        for (Link link : links.subList(first, links.size())) {
            out.append(s.separator());
            if (link.label().isEmpty() && link.role() == LinkRole.HOMEPAGE && Escaping.isPlainUrl(link.url())) {
                out.append('<').append(link.url()).append('>'); // an autolink: read back without a label
            } else if (link == links.get(first) && s.labelColon() && !link.label().isEmpty() && Inference.role(link.label()) == link.role()
                    && Escaping.isPlainUrl(link.url()) && isBareLabel(link.label())) {
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

    // ---------------------------------------------------------------- table rows

    private static String row(Entry e, EntryStyle.TableRow s) {
        int n = s.columns().size();
        List<StringBuilder> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(new StringBuilder());
        }
        String name = cell(e.name());
        name = s.codeName() && !e.name().contains("`") ? "`" + e.name().replace("|", "\\|") + "`" : name;
        Link home = homeOf(e);
        // an unlabelled homepage is the link of the name, which the reader reads as such
        cells.get(0).append(home == null ? name : "[" + name + "](" + Escaping.destination(home.url()) + ")");
        List<LinkRole> roles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            roles.add(i == 0 ? null : Inference.role(s.columns().get(i)));
        }
        for (Link link : e.links()) {
            if (link == home) {
                continue;
            }
            int col = roles.indexOf(link.role());
            if (col < 0) {
                col = Math.min(1, n - 1);
            }
            String l = link.label().isEmpty() && Escaping.isPlainUrl(link.url()) ? "<" + link.url() + ">"
                    : "[" + cell(link.label().isEmpty() ? "link" : link.label()) + "](" + Escaping.destination(link.url()) + ")";
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

    /** The entry's one unlabelled homepage link, written as the link of its name in a table; or null. */
    private static Link homeOf(Entry e) {
        Link home = null;
        for (Link link : e.links()) {
            if (link.label().isEmpty() && link.role() == LinkRole.HOMEPAGE) {
                if (home != null) {
                    return null;
                }
                home = link;
            }
        }
        return home;
    }

    /**
     * Whether {@code e}, written as a row of a table in style {@code s}, reads back as itself: its metadata
     * is what the headings imply (a row cannot carry an annotation); each link has a column of its role
     * (or is its one unlabelled homepage); each field has a column of its label to itself, and a value that
     * a cell gives back (one line, no brackets, not a dash); the name is one line.
     */
    public static boolean fitsRow(Entry e, EntryStyle.TableRow s, Annotation.Metadata implied) {
        if (!Annotation.Metadata.of(e).equals(implied) || e.name().indexOf('\n') >= 0 || e.name().indexOf('\r') >= 0
                || !e.name().strip().equals(e.name())) {
            return false;
        }
        List<String> columns = s.columns();
        Link home = homeOf(e);
        java.util.Set<Integer> linkColumns = new java.util.HashSet<>();
        for (Link link : e.links()) {
            if (link == home) {
                continue;
            }
            int col = -1;
            for (int i = 1; i < columns.size() && col < 0; i++) {
                if (Inference.role(columns.get(i)) == link.role()) {
                    col = i;
                }
            }
            boolean labelReadsBack = link.label().isEmpty() ? Escaping.isPlainUrl(link.url())
                    : link.label().strip().equals(link.label()) && link.label().indexOf('\n') < 0
                            && link.label().indexOf('\r') < 0 && !link.label().equals("link");
            if (col < 0 || !labelReadsBack) {
                return false;
            }
            linkColumns.add(col);
        }
        java.util.Set<Integer> fieldColumns = new java.util.HashSet<>();
        for (TextField f : e.fields()) {
            int col = -1;
            for (int i = 1; i < columns.size(); i++) {
                if (columns.get(i).strip().equals(f.label())) {
                    col = i;
                }
            }
            String v = f.value();
            if (col < 0 || linkColumns.contains(col) || !fieldColumns.add(col) || v.isEmpty() || !v.strip().equals(v)
                    || v.equals("-") || v.equals("—") || v.indexOf('[') >= 0 || v.indexOf(']') >= 0
                    || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String cell(String text) {
        return Escaping.text(text);
    }
}
