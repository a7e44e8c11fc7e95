package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.markdown.internal.Annotation;
import io.github.medicalnlp.catalogue.markdown.internal.Inference;
import io.github.medicalnlp.catalogue.markdown.internal.Labels;
import io.github.medicalnlp.catalogue.markdown.internal.Syntax;
import io.github.medicalnlp.catalogue.markdown.internal.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * What every recogniser reads the same way: an entry's head paragraph (its name, links and the text
 * after them), and the blocks of its body ({@code label：value} lines, {@code [label](url)} links,
 * addresses written as text, quotes, annotations). Recognisers decide which blocks make an entry; this
 * class reads them into a {@link Draft}.
 */
final class EntryParts {

    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[-–—:：|]+\\s*");
    private static final Pattern SINGLE_AUTOLINK = Pattern.compile("^<[^<>\\s]+>$");

    private final Source src;
    private final Inline inline;
    private final java.util.Map<String, LinkRole> roles = new java.util.HashMap<>();

    EntryParts(Source src, Inline inline) {
        this.src = src;
        this.inline = inline;
    }

    /** A link read from inline content with the role its label (or, for an autolink, nothing) implies. */
    private Link linkOf(Inline.InlineLink l) {
        return l.autolink() ? Link.of(l.url(), "", LinkRole.HOMEPAGE) : Link.of(l.url(), l.text(), role(l.text()));
    }

    /** The role a label implies ({@link Inference#role}), worked out once per label: a list repeats them. */
    LinkRole role(String label) {
        LinkRole role = roles.get(label);
        if (role == null) {
            role = Inference.role(label);
            if (roles.size() < 4096) {
                roles.put(label, role);
            }
        }
        return role;
    }

    /** Name, links and fields from an entry's first paragraph: {@code [Name](url) - text} or {@code Name label：url}. */
    void head(Draft d, Paragraph p) {
        List<Object> parts = inline.parts(p);
        int i = 0;
        if (!parts.isEmpty() && parts.get(0) instanceof Inline.InlineLink first) {
            d.name = first.text();
            d.link(Link.of(first.url(), "", LinkRole.HOMEPAGE), first.offset());
            i = 1;
        } else {
            StringBuilder name = new StringBuilder();
            while (i < parts.size() && parts.get(i) instanceof Inline.TextPart t) {
                name.append(t.text());
                i++;
            }
            String n = name.toString();
            // only a colon written as such: "&#58;" is how a writer keeps "label:http..." in a name
            String source = Urls.mayHaveLabelledUrl(n) ? src.source(p) : null;
            int[] m = source != null && Urls.findLabelledUrl(source) != null ? Urls.findLabelledUrl(n) : null;
            if (m != null) {
                String rest = n.substring(m[3]);
                String label = n.substring(m[0], m[1]);
                d.link(Link.of(n.substring(m[2], m[3]), label, role(label)), src.offsetOf(p));
                n = n.substring(0, m[0]);
                trailing(d, rest, null);
            }
            n = n.strip();
            if ((n.endsWith("：") || n.endsWith(":")) && i >= parts.size()
                    && (src.lastNonBlank(p) == '：' || src.lastNonBlank(p) == ':')) {
                n = n.substring(0, n.length() - 1).strip(); // the style of "BioBERT：", not part of the name
            }
            d.name = n;
            if (n.isEmpty() && i < parts.size() && parts.get(i) instanceof Inline.InlineLink l) {
                d.name = l.text();
                d.link(Link.of(l.url(), "", LinkRole.HOMEPAGE), l.offset());
                i++;
            }
        }
        StringBuilder rest = new StringBuilder();
        // where the text after the last link read starts as written: labels are taken as written there
        int from = i > 0 && parts.get(i - 1) instanceof Inline.InlineLink last ? last.end() : -1;
        for (; i < parts.size(); i++) {
            if (parts.get(i) instanceof Inline.InlineLink l) {
                trailing(d, rest.toString(), written(from, l.offset()));
                rest.setLength(0);
                d.link(linkOf(l), l.offset());
                from = l.end();
            } else {
                rest.append(((Inline.TextPart) parts.get(i)).text());
            }
        }
        trailing(d, rest.toString(), written(from, src.endOf(p)));
    }

    /** The text as written from one offset to another, or null when either is not known. */
    private String written(int from, int to) {
        return from < 0 || to < from ? null : src.text().substring(from, to);
    }

    /**
     * The links of a title (a heading entry's heading, a bold title): the first is the name's, an unlabelled
     * homepage; a later one is labelled with its text, as links in text are.
     */
    void titleLinks(Draft d, List<Inline.InlineLink> links) {
        for (int k = 0; k < links.size(); k++) {
            Inline.InlineLink l = links.get(k);
            d.link(k == 0 ? Link.of(l.url(), "", LinkRole.HOMEPAGE) : linkOf(l), l.offset());
        }
    }


    /**
     * Text after a name or link: a separator, then a labelled or unlabelled field. {@code written} is the
     * same text as written, or null: when given, a label is one only as written there ({@link Labels#read}:
     * a colon written {@code &#65306;} ends none, a label written {@code a&#58;b} is {@code a:b}), and a
     * line break is one only where the text was written on one line (a reference, {@code &#10;}).
     */
    void trailing(Draft d, String text, String written) {
        boolean oneLine = written != null && written.indexOf('\n') < 0 && written.indexOf('\r') < 0;
        if (text.isBlank()) {
            return; // the usual text after a name: none
        }
        String t = (oneLine ? text : text.replace('\n', ' ')).strip();
        if ("-–—:：|".indexOf(t.charAt(0)) >= 0) { // else the separator, which starts with one of them, is not there
            t = LEADING_SEPARATOR.matcher(t).replaceFirst("").strip();
        }
        if (t.isEmpty()) {
            return;
        }
        if (written != null) {
            String raw = LEADING_SEPARATOR.matcher(written.strip()).replaceFirst("").strip();
            Labels.Label label = Labels.read(raw);
            int value = label == null || LabelText.isScheme(label.label(), raw, label.valueStart()) ? -1
                    : LabelText.valueAfter(t, label.label());
            if (value >= 0) {
                d.field(TextField.of(label.label(), t.substring(value).strip()));
                return;
            }
            d.field(TextField.unlabelled(t));
            return;
        }
        Matcher m = Labels.LABEL_PREFIX.matcher(t);
        if (hasColon(t) && m.lookingAt() && !LabelText.isScheme(t.substring(0, m.end() - 1), t, m.end())) {
            d.field(TextField.of(t.substring(0, m.end() - 1).strip(), t.substring(m.end()).strip()));
        } else {
            d.field(TextField.unlabelled(t));
        }
    }

    /**
     * Units {@code from} to {@code to} as an entry's body, as a heading entry and a bold-title entry have
     * one: each block as {@link #body} reads it, a list item's paragraphs as lines of their own.
     */
    void bodyOf(Draft d, List<Unit> units, int from, int to) {
        for (int j = from; j <= to; j++) {
            Node b = units.get(j).block();
            if (b instanceof org.commonmark.node.ListItem item) {
                item(d, item);
            } else if (b != null) {
                body(d, b);
            }
        }
    }

    /** A list item of an entry's body: each paragraph a line ({@link #child}), the rest blocks. */
    private void item(Draft d, Node item) {
        for (Node x = item.getFirstChild(); x != null; x = x.getNext()) {
            if (x instanceof Paragraph p) {
                child(d, p);
            } else {
                body(d, x);
            }
        }
    }

    /** A block of an entry's body: child bullets, more paragraphs, quotes, annotations, sub-headings. */
    void body(Draft d, Node c) {
        if (c instanceof ListBlock) {
            for (Node item = c.getFirstChild(); item != null; item = item.getNext()) {
                item(d, item);
            }
        } else if (c instanceof Paragraph p) {
            child(d, p);
        } else if (c instanceof BlockQuote quote) {
            quote(d, quote);
        } else if (c instanceof HtmlBlock html) {
            try {
                Annotation.read(html.getLiteral()).ifPresent(m -> d.metadata = m);
            } catch (IllegalArgumentException e) {
                src.warn(src.offsetOf(html), "bad-annotation", "the catalogue annotation cannot be read: " + e.getMessage());
            }
        } else if (c instanceof Heading h) {
            String t = inline.plain(h).strip();
            if (!t.isEmpty()) {
                d.field(TextField.unlabelled(t));
            }
        }
    }

    /**
     * A quote in an entry's body: the value of a {@code label：} written just before it without one
     * ({@code 论文摘要：} then {@code > …}), otherwise a field of its own; its links are the entry's too.
     */
    private void quote(Draft d, BlockQuote quote) {
        List<Inline.InlineLink> links = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node c = quote.getFirstChild(); c != null; c = c.getNext()) {
            String t = c instanceof Paragraph || c instanceof Heading ? inline.plain(c, links).strip() : "";
            if (!t.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n").append(t);
            }
        }
        String value = text.toString();
        if (!d.fillOpenLabel(value) && !value.isEmpty()) {
            d.field(TextField.unlabelled(value));
        }
        for (Inline.InlineLink l : links) {
            d.link(linkOf(l), l.offset());
        }
    }

    /** A child bullet or paragraph: {@code label：url}, {@code label：[text](url)}, a link, addresses, or text. */
    void child(Draft d, Paragraph p) {
        String source = src.source(p);
        String raw = Syntax.removeImages(source).strip();
        List<Inline.InlineLink> links = new ArrayList<>();
        String plain = inline.plain(p, links).strip();
        int offset = src.offsetOf(p);
        if (raw.isEmpty()) {
            return;
        }
        String[] labelled = labelled(p, source, raw, plain);
        if (labelled != null) {
            String l = labelled[0];
            String rawValue = labelled[1];
            String value = labelled[2];
            if (rawValue.isEmpty() && links.isEmpty()) {
                d.emptyLabel(l, offset);
                return;
            }
            if (links.size() == 1 && isSingleLink(rawValue)) {
                Inline.InlineLink only = links.get(0);
                d.link(Link.of(only.url(), only.autolink() ? "" : only.text(), role(l)), only.offset());
                return;
            }
            if (links.isEmpty() && Urls.isUrlList(rawValue)) {
                for (String url : Urls.urlTokens(value)) {
                    d.link(Link.of(url, l, role(l)), offset);
                }
                return;
            }
            if (links.isEmpty() && labelledUrl(d, l, rawValue, value, offset)) {
                return;
            }
            d.field(TextField.of(l, value));
            inlineLinks(d, links);
            return;
        }
        if (links.size() == 1 && isSingleLink(raw)) {
            d.link(linkOf(links.get(0)), links.get(0).offset());
            return;
        }
        if (links.isEmpty() && Urls.isUrlList(raw)) {
            for (String url : Urls.urlTokens(plain)) {
                d.link(Link.of(url), offset);
            }
            return;
        }
        if (links.isEmpty() && LabelText.onlyUrls(raw, plain)) {
            for (String url : LabelText.leadingUrls(plain, new int[1])) {
                d.link(Link.of(url), offset);
            }
            return;
        }
        if (!plain.isEmpty()) {
            d.field(TextField.unlabelled(plain));
        }
        inlineLinks(d, links);
    }

    /**
     * A value that is addresses separated by blanks, or addresses followed by a {@code label：value} pair on
     * the same line, as in {@code 度盘下载地址：https://… 提取码：flql}: each address is a link with the label,
     * the pair after them a field. False, reading nothing, when the value is not so.
     */
    private boolean labelledUrl(Draft d, String label, String rawValue, String value, int offset) {
        int[] rawEnd = new int[1];
        List<String> written = LabelText.leadingUrls(rawValue, rawEnd);
        int[] end = new int[1];
        List<String> urls = LabelText.leadingUrls(value, end);
        // the addresses as written: "&#104;ttps://…" is how a writer keeps such a value text
        if (urls.isEmpty() || written.size() != urls.size()) {
            return false;
        }
        String rest = value.substring(end[0]);
        String rawRest = rawValue.substring(rawEnd[0]);
        if ((urls.size() == 1 && rest.isEmpty()) || (!rest.isEmpty() && Labels.read(rawRest) == null)) {
            return false;
        }
        for (String url : urls) {
            d.link(Link.of(url, label, role(label)), offset);
        }
        trailing(d, rest, rawRest);
        return true;
    }




    /**
     * The label, the value as written and the value as text of a {@code label：value} paragraph, or
     * null: {@code label：} as {@link Labels#read} reads it (escapes decoded), or a bold label
     * {@code **label**：} of any length. The text must start with the label and its colon too, so that
     * the value is the text after them.
     */
    private String[] labelled(Paragraph p, String source, String raw, String plain) {
        if (p.getFirstChild() instanceof StrongEmphasis strong && raw.startsWith("**")
                && strong.getNext() instanceof Text after && !after.getSourceSpans().isEmpty()) {
            boolean onlyText = true;
            for (Node c = strong.getFirstChild(); c != null; c = c.getNext()) {
                onlyText &= c instanceof Text;
            }
            String label = inline.plain(strong);
            int colonAt = src.offsetOf(after);
            char colon = src.charAt(colonAt);
            String rest = after.getLiteral();
            if (onlyText && !label.isBlank() && (colon == '：' || colon == ':') && !rest.isEmpty()
                    && rest.charAt(0) == colon && plain.startsWith(label + colon)
                    && colonAt - src.offsetOf(p) + 1 <= source.length()) {
                String rawValue = Syntax.removeImages(source.substring(colonAt - src.offsetOf(p) + 1)).strip();
                return new String[] {label.strip(), rawValue, plain.substring(label.length() + 1).strip()};
            }
        }
        if ((raw.indexOf('：') < 0 && raw.indexOf(':') < 0) || raw.startsWith("http://") || raw.startsWith("https://")) {
            return null; // a label ends with a colon, and an address is none
        }
        Labels.Label label = Labels.read(raw);
        if (label == null || LabelText.isScheme(label.label(), raw, label.valueStart())) {
            return null;
        }
        int value = LabelText.valueAfter(plain, label.label());
        return value < 0 ? null
                : new String[] {label.label(), raw.substring(label.valueStart()).strip(), plain.substring(value).strip()};
    }

    /** Whether a text has a colon, without which {@link Labels#LABEL_PREFIX} cannot match. */
    private static boolean hasColon(String t) {
        return t.indexOf(':') >= 0 || t.indexOf('：') >= 0;
    }



    private void inlineLinks(Draft d, List<Inline.InlineLink> links) {
        for (Inline.InlineLink l : links) {
            d.link(linkOf(l), l.offset());
        }
    }

    private static boolean isSingleLink(String raw) {
        return Syntax.isSingleLink(raw) || SINGLE_AUTOLINK.matcher(raw).matches();
    }
}
