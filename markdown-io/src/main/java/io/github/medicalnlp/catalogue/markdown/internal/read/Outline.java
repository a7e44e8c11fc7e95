package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Anchors;
import io.github.medicalnlp.catalogue.markdown.internal.Annotation;
import io.github.medicalnlp.catalogue.markdown.internal.Labels;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.Syntax;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The outline stage: what is not an entry. The title, the introduction under it (paragraphs, quotes,
 * badges), the news list, the contents list and other navigation, the citation, the section headings,
 * group labels, and everything else kept as written (opaque). Entries are the recognisers'.
 */
final class Outline {

    private static final Pattern NEWS_TITLE = Pattern.compile("(?i)news|新闻|更新|动态|最新动态|更新日志");
    private static final Pattern CONTENTS_TITLE = Pattern.compile("(?i)contents|table of contents|目录|toc");

    private enum Special { NONE, NEWS, CONTENTS }

    private final Reading r;
    private String title;
    private final List<String> introduction = new ArrayList<>();
    private final List<NewsItem> news = new ArrayList<>();
    private String citation;
    private boolean introOpen;
    private Special special = Special.NONE;
    private final Anchors.Numbering anchors = new Anchors.Numbering();
    /** Lists already judged by {@link #isNavigation}: it is asked once for every item of a list. */
    private final Map<Node, Boolean> navigation = new IdentityHashMap<>();

    Outline(Reading r) {
        this.r = r;
    }

    /** Whether a heading's text names the news or the contents, which are not sections. */
    static boolean isSpecialTitle(String plainTitle) {
        return special(plainTitle) != Special.NONE;
    }

    /** What a heading's text names: the news, the contents, or neither (the longest name is 17 characters). */
    private static Special special(String plainTitle) {
        if (plainTitle.length() > 17) {
            return Special.NONE;
        }
        return NEWS_TITLE.matcher(plainTitle).matches() ? Special.NEWS
                : CONTENTS_TITLE.matcher(plainTitle).matches() ? Special.CONTENTS : Special.NONE;
    }

    /**
     * Whether a unit is the outline's before any recogniser may look at it: blank lines, the citation,
     * the items of the news and contents lists, navigation, and everything before the first section.
     */
    boolean claimsFirst(Unit u) {
        Node b = u.block();
        if (b == null) {
            return true;
        }
        if (b instanceof Heading) {
            return false;
        }
        return (b instanceof FencedCodeBlock code && citation == null && isCitation(code))
                || special != Special.NONE || (b instanceof ListItem && isNavigation(u.container()))
                || r.current() == null;
    }

    /** Reads a unit no recogniser claimed. */
    void read(Unit u) {
        Node b = u.block();
        if (b == null) {
            r.segment(u, Parsed.Type.GAP);
        } else if (b instanceof Heading h) {
            heading(u, h);
        } else if (b instanceof FencedCodeBlock code && citation == null && isCitation(code)) {
            String literal = code.getLiteral();
            citation = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            if (citation.isBlank()) {
                citation = null;
                r.segment(u, Parsed.Type.OPAQUE);
            } else {
                r.segment(u, Parsed.Type.CITATION);
            }
            introOpen = false;
        } else if (special == Special.NEWS && b instanceof ListItem item) {
            newsItem(item);
            r.segment(u, Parsed.Type.NEWS);
        } else if (special == Special.CONTENTS || (b instanceof ListItem && isNavigation(u.container()))) {
            r.segment(u, Parsed.Type.NAV);
        } else if (r.current() == null) {
            prelude(u, b);
        } else {
            introOpen = false;
            body(u, b);
        }
    }

    /** A block in a section that no recogniser read as an entry. */
    private void body(Unit u, Node b) {
        if (b instanceof TableBlock) {
            r.segment(u, Parsed.Type.TABLE_HEAD);
        } else if (b instanceof Paragraph p && r.inline.isBoldLine(p)) {
            r.current().group = r.inline.plain(p).strip();
            r.segment(u, Parsed.Type.GROUP);
        } else if (b instanceof HtmlBlock html && Annotation.isEndOfGroup(html.getLiteral())) {
            r.current().group = null;
            r.segment(u, Parsed.Type.GROUP);
        } else if (b instanceof HtmlBlock html && r.src.source(html).contains("back to top")) {
            r.segment(u, Parsed.Type.NAV);
        } else {
            r.segment(u, Parsed.Type.OPAQUE);
        }
    }

    /**
     * Before the first section: the paragraphs, quotes and HTML blocks (badges) right under the title
     * are its introduction; a comment, a list or anything else ends it.
     */
    private void prelude(Unit u, Node b) {
        if (introOpen && (b instanceof Paragraph || b instanceof BlockQuote
                || (b instanceof HtmlBlock html && !html.getLiteral().stripLeading().startsWith("<!--")))) {
            introduction.add(stripLines(r.src.source(b)));
            r.segment(u, Parsed.Type.INTRO);
            return;
        }
        introOpen = false;
        r.segment(u, Parsed.Type.OPAQUE);
    }

    private static String stripLines(String s) {
        return s.lines().map(String::strip).reduce((a, c) -> a + "\n" + c).orElse("");
    }

    private void heading(Unit u, Heading h) {
        String plainTitle = r.inline.plainLine(h).strip();
        String anchor = anchor(plainTitle);
        special = Special.NONE;
        introOpen = false;
        if (title == null && r.current() == null && h.getLevel() == 1) {
            title = plainTitle.isEmpty() ? "Untitled" : plainTitle;
            r.segment(u, Parsed.Type.TITLE);
            introOpen = true;
            return;
        }
        Special named = special(plainTitle);
        if (named != Special.NONE) {
            special = named;
            r.segment(u, Parsed.Type.SPECIAL_HEADING);
            return;
        }
        if (plainTitle.isEmpty()) {
            r.src.warn(r.src.offsetOf(h), "empty-heading", "a heading without text is kept as written, not as a section");
            r.segment(u, Parsed.Type.OPAQUE);
            return;
        }
        SectionDraft parent = r.current();
        while (parent != null && parent.level >= h.getLevel()) {
            parent = parent.parent;
        }
        int[] m = Syntax.sectionNumber(plainTitle);
        String number = null;
        String sectionTitle = plainTitle;
        String raw = r.src.lines(u.first(), u.last());
        int[] atx = Syntax.atxTitle(raw);
        if (m != null && numberWrittenAsIs(raw, atx, plainTitle.substring(0, m[0]))) {
            number = plainTitle.substring(0, m[0]);
            sectionTitle = plainTitle.substring(m[1]).strip();
        }
        SectionDraft s = new SectionDraft(r.sectionCount(), parent, h.getLevel(), number, sectionTitle, anchor,
                r.titleFacts);
        String[] affixes = headingAffixes(raw, atx, h);
        r.openSection(s, u, parent == null ? -1 : parent.index, affixes[0], affixes[1]);
    }

    /**
     * Whether the heading's source starts with {@code number} as written: a writer keeps a title such as
     * {@code 1.1 Title} of a section without a number by writing its first character as a character
     * reference ({@code &#49;.1 Title}), which reads as the same text but is no number.
     */
    static boolean numberWrittenAsIs(String raw, int[] atx, String number) {
        int start = 0;
        if (atx != null) {
            start = atx[0];
        } else {
            while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) {
                start++; // a setext heading's text, after the blanks before it
            }
        }
        return raw.startsWith(number, start);
    }

    /** The heading's text before and after its title, for renaming it in place; {@code atx} null for setext. */
    private static String[] headingAffixes(String raw, int[] atx, Heading h) {
        if (atx != null) {
            int[] num = Syntax.sectionNumber(raw.substring(atx[0], atx[1]));
            String prefix = raw.substring(0, num == null ? atx[0] : atx[0] + num[1]);
            return new String[] {prefix, raw.substring(atx[1])};
        }
        String eol = raw.endsWith("\r\n") ? "\r\n" : raw.endsWith("\r") ? "\r" : "\n";
        return new String[] {"#".repeat(h.getLevel()) + " ", eol};
    }

    private String anchor(String headingText) {
        return anchors.next(Section.anchorOf(headingText));
    }

    private static boolean isCitation(FencedCodeBlock code) {
        String info = code.getInfo() == null ? "" : code.getInfo().strip().toLowerCase(Locale.ROOT);
        return info.startsWith("bib") || (info.isEmpty() && code.getLiteral().strip().startsWith("@")
                && code.getLiteral().contains("{"));
    }

    private void newsItem(ListItem item) {
        String raw = stripLines(itemContent(item));
        String[] dated = Labels.newsDate(raw);
        if (dated != null) {
            news.add(NewsItem.of(dated[0], dated[1]));
        } else if (!raw.isBlank()) {
            news.add(NewsItem.of("", raw.strip()));
        } else {
            r.src.warn(r.src.offsetOf(item), "empty-news", "a news item without text");
        }
    }

    /** The source of a list item without its marker. */
    private String itemContent(ListItem item) {
        Node first = item.getFirstChild();
        if (first == null) {
            return "";
        }
        int start = r.src.offsetOf(first);
        int[] range = r.src.range(item);
        return r.src.text().substring(start, r.src.lineStart(range[1] + 1)).stripTrailing();
    }

    /**
     * Whether every item of a list is one link to an anchor (#...), as in a table of contents. Worked out
     * once per list: asked for each of its items, it would look at every item each time.
     */
    private boolean isNavigation(Node list) {
        if (!(list instanceof ListBlock)) {
            return false;
        }
        Boolean known = navigation.get(list);
        if (known == null) {
            known = judgeNavigation(list);
            navigation.put(list, known);
        }
        return known;
    }

    private boolean judgeNavigation(Node list) {
        int links = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock) {
                    if (!isNavigation(c)) {
                        return false;
                    }
                    continue;
                }
                List<Inline.InlineLink> found = new ArrayList<>();
                String plain = r.inline.plain(c, found).strip();
                if (found.size() != 1 || !found.get(0).url().startsWith("#") || !plain.equals(found.get(0).text())) {
                    return false;
                }
                links++;
            }
        }
        return links > 0;
    }

    /** The title read, or null before the H1. */
    String title() {
        return title;
    }

    String introduction() {
        return String.join("\n\n", introduction);
    }

    List<NewsItem> news() {
        return news;
    }

    String citation() {
        return citation;
    }
}
