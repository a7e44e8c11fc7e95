package io.github.medicalnlp.catalogue.markdown.internal.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The inline stage: the text of a paragraph, heading or cell and the links in it, in one walk over its
 * inline nodes. Images are left out; a line break is a newline (or a space, for a heading's one line);
 * a link without an address is read as its text, once warned about.
 */
final class Inline {

    /**
     * A link found in inline content.
     *
     * @param url its destination
     * @param text its text, stripped
     * @param autolink whether it was written {@code <url>}, whose text is its address, not a label
     * @param offset where it starts in the text
     * @param end where it ends in the text (just after it), or -1 when not known
     */
    record InlineLink(String url, String text, boolean autolink, int offset, int end) {
    }

    /** Text between links, in {@link #parts}. */
    record TextPart(String text) {
    }

    private final Source src;
    /** Links without a URL already warned about: the text of a node may be taken more than once. */
    private final Set<Node> emptyLinks = Collections.newSetFromMap(new IdentityHashMap<>());

    Inline(Source src) {
        this.src = src;
    }

    /** The text of a node's inline content. */
    String plain(Node node) {
        return plain(node, new ArrayList<>(2));
    }

    /** The text of a node's inline content; the links in it are added to {@code links}. */
    String plain(Node node, List<InlineLink> links) {
        Node first = node.getFirstChild();
        if (first == null) {
            return "";
        }
        if (first.getNext() == null && first instanceof Text t) {
            return t.getLiteral(); // the usual cell, label or title: one text, taken as it is
        }
        StringBuilder sb = new StringBuilder();
        appendChildren(node, sb, links);
        return sb.toString();
    }

    /**
     * Whether a node's inline content holds a link: one with an address, or one without inside which
     * there is one. A link without an address is warned about as {@link #plain} would.
     */
    boolean hasLink(Node node) {
        boolean found = false;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image) {
                continue;
            }
            if (c instanceof Link link) {
                if (!link.getDestination().isBlank()) {
                    found = true;
                } else if (emptyLinks.add(link)) {
                    src.warn(src.offsetOf(link), "empty-link", "a link without a URL is kept as written; its text is read as text");
                }
            }
            if (c.getFirstChild() != null) {
                found |= hasLink(c); // on to the end: an empty link further on is warned about as plain would
            }
        }
        return found;
    }

    /**
     * The text of inline content on one line, for a heading: its line breaks (a setext heading's) as
     * spaces; a line break written as a reference ({@code &#10;}) stays, as the writer encodes one.
     */
    String plainLine(Node node) {
        return plainLine(node, new ArrayList<>());
    }

    /** {@link #plainLine(Node)}, adding the links found to {@code links}. */
    String plainLine(Node node, List<InlineLink> links) {
        StringBuilder sb = new StringBuilder();
        appendLine(node, sb, links);
        return sb.toString();
    }

    private void appendLine(Node node, StringBuilder sb, List<InlineLink> links) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                sb.append(' ');
            } else if (c.getFirstChild() != null && !(c instanceof Link)) {
                appendLine(c, sb, links);
            } else {
                appendOne(c, sb, links);
            }
        }
    }

    private void appendChildren(Node node, StringBuilder sb, List<InlineLink> links) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            appendOne(c, sb, links);
        }
    }

    private void appendOne(Node c, StringBuilder sb, List<InlineLink> links) {
        if (c instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (c instanceof Code code) {
            sb.append(code.getLiteral());
        } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
            sb.append('\n');
        } else if (c instanceof HtmlInline html) {
            sb.append(html.getLiteral());
        } else if (c instanceof Image) {
            return;
        } else if (c instanceof Link link && link.getDestination().isBlank()) {
            if (emptyLinks.add(link)) {
                src.warn(src.offsetOf(link), "empty-link", "a link without a URL is kept as written; its text is read as text");
            }
            appendChildren(link, sb, links);
        } else if (c instanceof Link link) {
            String inner = plain(link, new ArrayList<>());
            boolean autolink = !link.getSourceSpans().isEmpty() && src.charAt(src.offsetOf(link)) == '<';
            links.add(new InlineLink(link.getDestination(), inner.strip(), autolink, src.offsetOf(link), src.endOf(link)));
            sb.append(inner);
        } else {
            appendChildren(c, sb, links);
        }
    }

    /**
     * A paragraph's content as text parts and links, in order; a link inside emphasis counts too, its
     * text staying with the text around it. Blank text parts are left out.
     */
    List<Object> parts(Paragraph p) {
        List<Object> parts = new ArrayList<>(4);
        StringBuilder text = new StringBuilder();
        List<InlineLink> links = new ArrayList<>(2);
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                text.append(t.getLiteral()); // the usual node, which holds no link
                continue;
            }
            int before = links.size();
            int length = text.length();
            appendOne(c, text, links);
            if (links.size() == before) {
                continue;
            }
            if (c instanceof Link) {
                text.setLength(length); // a link's text is its own part
            }
            if (text.length() > 0) {
                addText(parts, text);
            }
            parts.addAll(links.subList(before, links.size()));
        }
        if (text.length() > 0) {
            addText(parts, text);
        }
        return parts;
    }

    private static void addText(List<Object> parts, StringBuilder text) {
        if (!text.toString().isBlank()) {
            parts.add(new TextPart(text.toString()));
        }
        text.setLength(0);
    }

    /**
     * Whether a paragraph is only a bold text on one line, {@code **Text**} (blanks around it aside): a
     * group label, or the name of an entry written as a bold-title paragraph. A line break written as a
     * reference is part of it.
     */
    boolean isBoldLine(Paragraph p) {
        Node only = null;
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.StrongEmphasis && only == null) {
                only = c;
            } else if (!(c instanceof Text t && t.getLiteral().isBlank()) && !(c instanceof HardLineBreak)) {
                return false; // blanks around it (a trailing tab, a hard break) are no text of its own
            }
        }
        if (only == null || plain(only).isBlank()) {
            return false;
        }
        for (Node c = only.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                return false;
            }
        }
        return true;
    }
}
