package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.TextField;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an entry as every entry style writes them: its name, links, fields and annotation, escaped
 * so that the reader gives back each as it was.
 */
final class EntryText {

    private EntryText() {
    }

    /** The annotation comment of an entry whose metadata is not what its headings imply; else none. */
    static Optional<String> note(Entry entry, Annotation.Metadata implied) {
        Annotation.Metadata own = Annotation.Metadata.of(entry);
        return own.equals(implied) ? Optional.empty() : Optional.of(Annotation.write(own));
    }

    /**
     * The annotation comment of an entry that carries its group ({@code group=}, see {@link Annotation}) as
     * well as its metadata, implied or not.
     */
    static String noteWithGroup(Entry entry) {
        return Annotation.write(Annotation.Metadata.of(entry).withGroup(entry.group()));
    }

    /**
     * The GitHub repository ({@code owner/repo}) whose star badge a link gets, or none: only a link to the
     * entry's own repository, that is a homepage or code link whose address is the repository itself
     * ({@code https://github.com/owner/repo}, with at most a closing {@code /}, {@code .git}, a query or a
     * fragment). A link to a file or folder in a repository ({@code …/blob/master/HUNFLAIR.md},
     * {@code …/tree/main/data}) or to another resource's repository (a data or other link) names something
     * the entry mentions, whose badge the entry does not have.
     */
    static Optional<String> starBadge(Link link) {
        if (link.role() != LinkRole.HOMEPAGE && link.role() != LinkRole.CODE) {
            return Optional.empty();
        }
        Optional<String> repository = link.gitHubRepository();
        if (repository.isEmpty()) {
            return repository;
        }
        String url = link.url();
        int scheme = url.indexOf("://");
        int at = url.indexOf("/" + repository.get(), scheme < 0 ? 0 : scheme + 3);
        if (at < 0) {
            return Optional.empty();
        }
        int k = at + 1 + repository.get().length();
        if (url.startsWith(".git", k)) {
            k += 4;
        }
        if (k < url.length() && url.charAt(k) == '/') {
            k++;
        }
        return k == url.length() || url.charAt(k) == '?' || url.charAt(k) == '#' ? repository : Optional.empty();
    }

    /** A link in an inline position: {@code [label](url)}, the label implying its role. */
    static String inlineLink(Link link, boolean angle) {
        String text = link.label().isEmpty() || Inference.role(link.label()) != link.role()
                ? Inference.label(link.role()) : link.label();
        return "[" + Escaping.text(text) + "](" + dest(link.url(), angle) + ")";
    }

    /** A link destination, in angle brackets when {@code angle}. */
    static String dest(String url, boolean angle) {
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
    static String field(TextField f, String colon, String continuation) {
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
     * The name on a bullet's own line ({@link #name}). The reader takes all the text before the first link of
     * that line for the name, so a colon in it needs no reference there ({@code * FedED: Federated…},
     * {@code * 分词工具：PKUSEG}); only the first item of a list that follows a bold line, or a heading that may
     * be read as an entry, must not start as {@code label：value}, or the reader would take the list for the
     * body of an entry under that line: when {@code leadsList}, the colon is written as a reference as in
     * {@link #unlabelled}. A name that starts as an address has its first character written as one wherever it is.
     */
    static String itemName(String name, String continuation, boolean leadsList) {
        String out = name(name, continuation);
        if (leadsList) {
            return unlabelled(out);
        }
        return Escaping.isPlainUrl(out.strip()) || out.startsWith("http") ? "&#104;" + out.substring(1) : out;
    }

    /**
     * Whether the first line of a list item as written (its marker and indent included) could start as
     * {@code label：value}: a colon before any link on it. A conservative test: a name with a colon anywhere
     * before a link answers yes.
     */
    static boolean mayStartAsLabel(String item) {
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == ':' || c == '：') {
                return true;
            }
            if (c == '[' || c == '<' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return false;
    }

    /**
     * Unlabelled text whose start would read as a label (or as a URL) gets the colon that ends the
     * would-be label (or its first character) written as a character reference, until it no longer does.
     */
    static String unlabelled(String escaped) {
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
    static String name(String name, String continuation) {
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
    static String lineField(TextField f, String colon) {
        return f.isLabelled() ? Escaping.label(f.label()) + colon + Escaping.singleLine(f.value())
                : unlabelled(Escaping.singleLine(f.value()));
    }

    /** The fields from {@code from} on as child lines {@code marker label：value} below the item. */
    static void childFields(List<TextField> fields, int from, String indent, String marker, String colon,
            String eol, StringBuilder out) {
        String continuation = indent + " ".repeat(marker.length() + 1);
        for (TextField f : fields.subList(from, fields.size())) {
            out.append(indent).append(marker).append(' ').append(field(f, colon, continuation)).append(eol);
        }
    }
}
