package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.markdown.internal.Annotation;
import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.Inference;
import io.github.medicalnlp.catalogue.markdown.internal.Labels;
import io.github.medicalnlp.catalogue.markdown.internal.Syntax;
import io.github.medicalnlp.catalogue.markdown.internal.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * An entry written as its own heading, followed by its body up to the next heading (the 2020 and 2023
 * lists): {@code #### 1.1 Name}, then {@code label：value} paragraphs or bullets, links, addresses written
 * as text, quotes, and numbered sub-items ({@code 1. CHIP2022: http://…}, {@code 1. 测评一：…} with their
 * {@code [任务网址](url)}), whose links and fields are the entry's. A heading is an entry when it is a leaf
 * (level 3 or deeper, not among the first two headings) whose body has content and holds nothing that
 * makes it a section: sub-headings, tables, code, group labels, list items that are not {@code label：value}.
 */
final class HeadingEntries implements EntryRecogniser {

    private static final Pattern FIELD_LIKE = Pattern.compile("^[^\\s：:\\[\\]()]{1,10}\\s*[：:]\\s*\\S");

    private boolean[] entry = new boolean[0];

    @Override
    public void prepare(Reading r, List<Unit> units) {
        entry = new boolean[units.size()];
        int depth = 0;
        for (int i = 0; i < units.size(); i++) {
            if (!(units.get(i).block() instanceof Heading h)) {
                continue;
            }
            depth++;
            if (h.getLevel() < 3 || depth <= 2 || Outline.isSpecialTitle(r.inline.plain(h).strip())) {
                continue;
            }
            entry[i] = judge(r, units, i, h);
        }
    }

    private boolean judge(Reading r, List<Unit> units, int i, Heading h) {
        boolean content = r.inline.hasLink(h);
        Node bodyList = null;
        for (int j = i + 1; j < units.size(); j++) {
            Node b = units.get(j).block();
            if (b instanceof Heading next) {
                return next.getLevel() <= h.getLevel() && content; // a deeper heading: a section
            }
            if (b == null) {
                continue;
            }
            if (b instanceof TableBlock || b instanceof TableRow || b instanceof FencedCodeBlock
                    || (b instanceof HtmlBlock html && Annotation.isSection(html.getLiteral()))) {
                return false;
            } else if (b instanceof ListItem item) {
                if (item.getParent() != bodyList) {
                    if (!isFieldLike(r, item)) {
                        return false; // a list whose first item is not label：value: a list of entries
                    }
                    bodyList = item.getParent();
                }
                content = true;
            } else if (b instanceof Paragraph p) {
                if (r.inline.isBoldLine(p)) {
                    return false;
                }
                content |= r.inline.hasLink(p) || !r.inline.plain(p).isBlank();
            } else if (b instanceof HtmlBlock html && Annotation.isReadable(html.getLiteral())) {
                content = true; // an entry's annotation: a heading with only that is an entry without links
            } else if (b instanceof org.commonmark.node.BlockQuote) {
                content = true;
            }
        }
        return content;
    }

    /**
     * Whether a list item reads as part of an entry rather than as an entry: {@code label：value} with a
     * value ({@code 论文地址：…}, {@code Paper address: …}, {@code CHIP2022: http://…}), or a link whose text is
     * a label ({@code [数据集地址](url)}, {@code [论文地址 ](url) text}). An item {@code Name：} without a
     * value is one when another item of its list is such a link or address ({@code - CBLUE 1.0：} then
     * {@code - [论文地址](url)}); without one it names an entry ({@code * BioBERT：} over its child bullets).
     * The first item of a list decides for the list.
     */
    private static boolean isFieldLike(Reading r, ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph p)) {
            return false;
        }
        String raw = r.src.source(p).strip();
        if (FIELD_LIKE.matcher(raw).lookingAt() || isLabelLink(r, p, raw)) {
            return true;
        }
        if (item.getParent() instanceof OrderedList) {
            return false;
        }
        if (LabelText.isLabelWithValue(raw)) {
            return true;
        }
        Labels.Label name = Labels.read(raw);
        if (name == null || !raw.substring(name.valueStart()).isBlank()) {
            return false;
        }
        for (Node other = item.getParent().getFirstChild(); other != null; other = other.getNext()) {
            if (other.getFirstChild() instanceof Paragraph op) {
                String source = r.src.source(op);
                if (isLabelLink(r, op, source)
                        || (source.contains("http") && Urls.LABELLED_URL.matcher(source).lookingAt())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a paragraph starts with a link whose text is a label: {@code [论文地址](url)}; {@code source} is
     * the paragraph as written.
     */
    private static boolean isLabelLink(Reading r, Paragraph p, String source) {
        if (source.indexOf('[') < 0 && source.indexOf('<') < 0) {
            return false; // no link written: the usual item, answered without its text
        }
        List<Inline.InlineLink> links = new ArrayList<>();
        String plain = r.inline.plain(p, links).strip();
        if (links.isEmpty() || !plain.startsWith(links.get(0).text())) {
            return false;
        }
        String label = links.get(0).text();
        return label.length() <= Labels.MAX && (plain.equals(label) || Inference.role(label) != LinkRole.OTHER);
    }

    @Override
    public int read(Reading r, List<Unit> units, int at) {
        if (at >= entry.length || !entry[at] || r.current() == null || !(units.get(at).block() instanceof Heading h)) {
            return -1;
        }
        Unit head = units.get(at);
        int end = at;
        for (int j = at + 1; j < units.size() && !(units.get(j).block() instanceof Heading); j++) {
            end = j;
        }
        int lastContent = end;
        while (lastContent > at && units.get(lastContent).block() == null) {
            lastContent--;
        }
        Draft d = new Draft();
        String headRaw = r.src.lines(head.first(), head.last());
        d.name = name(r, d, h, headRaw);
        r.parts.bodyOf(d, units, at + 1, lastContent);
        if (d.name.isEmpty()) {
            return -1;
        }
        String eol = r.src.eol(headRaw);
        return r.bodyEntry(units, at, lastContent, end, d, r.src.offsetOf(h),
                colon -> new EntryStyle.Heading(h.getLevel(), colon, eol));
    }

    /** The entry's name from its heading: without a number written as such; a link in it is the homepage. */
    private static String name(Reading r, Draft d, Heading h, String headRaw) {
        List<Inline.InlineLink> headLinks = new ArrayList<>();
        // a line break written as a reference (&#10;) is the name's; one in the source (setext) a space
        String name = r.inline.plainLine(h, headLinks).strip();
        int[] m = Syntax.sectionNumber(name);
        if (m != null && Outline.numberWrittenAsIs(headRaw, Syntax.atxTitle(headRaw), name.substring(0, m[0]))) {
            name = name.substring(m[1]).strip();
        }
        r.parts.titleLinks(d, headLinks);
        if (!headLinks.isEmpty()) {
            String linkText = headLinks.get(0).text();
            int at = name.indexOf(linkText);
            if (at >= 0 && at + linkText.length() < name.length()) {
                r.parts.trailing(d, name.substring(at + linkText.length()), null); // text after the linked name is a note
                name = name.substring(0, at + linkText.length()).strip();
            }
        }
        // "#### BioBERT：" is the style of a title, a colon written as a reference (&#65306;) is the name's
        return endsWithColon(headRaw) ? Syntax.stripTrailingColons(name).strip() : name;
    }

    /** Whether a heading's text, as written, ends with a colon (closing hashes and blanks aside). */
    private static boolean endsWithColon(String headRaw) {
        int[] atx = Syntax.atxTitle(headRaw);
        String title = (atx != null ? headRaw.substring(atx[0], atx[1]) : headRaw.lines().findFirst().orElse("")).strip();
        return title.endsWith("：") || title.endsWith(":");
    }
}
