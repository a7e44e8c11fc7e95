package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.markdown.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown text into {@link Parsed}: commonmark-java finds the structure (with source spans);
 * this class cuts the text into whole-line segments along it and recognises the catalogue in them.
 * Instances hold no state between calls and are safe to share.
 */
public final class DocumentParser {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private static final Pattern NEWS_TITLE = Pattern.compile("(?i)news|新闻|更新|动态|最新动态|更新日志");
    private static final Pattern CONTENTS_TITLE = Pattern.compile("(?i)contents|table of contents|目录|toc");
    private static final Pattern FIELD_LIKE = Pattern.compile("^[^\\s：:\\[\\]()]{1,10}\\s*[：:]\\s*\\S");
    private static final Pattern SINGLE_AUTOLINK = Pattern.compile("^<[^<>\\s]+>$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[-–—:：|]+\\s*");
    private static final Pattern BRACKETS = Pattern.compile("[\\[\\]]");

    /** Reads {@code text}; never throws for any input. */
    public Parsed parse(String text) {
        return new Run(text).run();
    }

    // ================================================================== one reading

    private static final class Run {
        private final String text;
        private final int bom;
        private final LineIndex lines;
        private final Segments.Builder segments = new Segments.Builder();
        private final List<Parsed.SectionInfo> infos = new ArrayList<>();
        private final List<SectionBuilder> sections = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        /** Links without a URL already warned about. */
        private final Set<Node> emptyLinks = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<String, Integer> anchorCounts = new HashMap<>();
        /** One instance of each equal style and label: a long list repeats them thousands of times. */
        private final Map<Object, Object> shared = new HashMap<>();

        private String title;
        private final List<String> introduction = new ArrayList<>();
        private final List<NewsItem> news = new ArrayList<>();
        private String citation;
        private boolean introOpen;
        private Special special = Special.NONE;
        private SectionBuilder current;

        private enum Special { NONE, NEWS, CONTENTS }

        Run(String text) {
            this.text = text;
            this.bom = text.startsWith("\uFEFF") ? 1 : 0;
            lines = new LineIndex(text);
        }

        // ---------------------------------------------------------- lines

        int lineCount() {
            return lines.count();
        }

        int lineStart(int line) {
            return lines.start(line);
        }

        /** The line found last: offsets are mostly asked for in order, so the next is usually near it. */
        private int lastLine;

        int lineOf(int offset) {
            int l = lastLine;
            if (lineStart(l) <= offset) {
                for (int k = 0; k < 4 && l < lines.count(); k++, l++) {
                    if (offset < lineStart(l + 1) || l + 1 >= lines.count()) {
                        return lastLine = l;
                    }
                }
            }
            return lastLine = lines.lineOf(offset);
        }

        String lines(int first, int last) {
            return text.substring(lineStart(first), lineStart(last + 1));
        }

        /**
         * The first and last line of a block: its own source spans cover every line it holds (commonmark
         * adds a span to each open block for each line), so only nodes without spans need their children.
         */
        int[] range(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan first = spans.get(0);
                SourceSpan last = spans.get(spans.size() - 1);
                int start = first.getInputIndex() + bom;
                int end = last.getInputIndex() + bom + Math.max(0, last.getLength() - 1);
                int[] r = {lineOf(start), lineOf(Math.min(end, Math.max(0, text.length() - 1)))};
                // a container's last span may end before a nested block's: look at the last child too
                Node lastChild = node.getLastChild();
                if (lastChild != null && !(lastChild instanceof org.commonmark.node.Text)) {
                    int[] c = range(lastChild);
                    if (c != null && c[1] > r[1]) {
                        r[1] = c[1];
                    }
                }
                return r;
            }
            int[] r = {Integer.MAX_VALUE, -1};
            collectRange(node, r);
            return r[1] < 0 ? null : r;
        }

        private void collectRange(Node node, int[] r) {
            for (SourceSpan span : node.getSourceSpans()) {
                int start = span.getInputIndex() + bom;
                int end = start + Math.max(0, span.getLength() - 1);
                r[0] = Math.min(r[0], lineOf(start));
                r[1] = Math.max(r[1], lineOf(Math.min(end, Math.max(0, text.length() - 1))));
            }
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                collectRange(c, r);
            }
        }

        String source(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return "";
            }
            int start = spans.get(0).getInputIndex() + bom;
            SourceSpan last = spans.get(spans.size() - 1);
            int end = last.getInputIndex() + bom + last.getLength();
            return text.substring(start, Math.min(end, text.length()));
        }

        int offsetOf(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                Node p = node.getParent();
                return p == null ? 0 : offsetOf(p);
            }
            return spans.get(0).getInputIndex() + bom;
        }

        void warn(int offset, String code, String message) {
            int line = lineOf(offset);
            diagnostics.add(new Diagnostic(line + 1, offset - lineStart(line) + 1, code, message));
        }

        // ---------------------------------------------------------- units

        /** A run of lines with the block (or list item, or table row) on them; block null for blank lines. */
        private record Unit(int first, int last, Node block, Node container) {
        }

        List<Unit> units(Node document) {
            List<Unit> units = new ArrayList<>();
            int next = 0;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                int[] r = range(block);
                if (r == null || r[0] < next) {
                    continue; // a node without spans, or one inside lines already taken: its lines stay in a gap
                }
                if (r[0] > next) {
                    units.add(new Unit(next, r[0] - 1, null, null));
                }
                if (block instanceof ListBlock list) {
                    next = listUnits(list, r, units);
                } else if (block instanceof TableBlock table) {
                    next = tableUnits(table, r, units);
                } else {
                    units.add(new Unit(r[0], r[1], block, null));
                    next = r[1] + 1;
                }
            }
            if (next < lineCount()) {
                units.add(new Unit(next, lineCount() - 1, null, null));
            }
            return units;
        }

        private int listUnits(ListBlock list, int[] whole, List<Unit> units) {
            int next = whole[0];
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                int[] r = range(item);
                if (r == null || r[0] < next) {
                    continue;
                }
                if (r[0] > next) {
                    units.add(new Unit(next, r[0] - 1, null, null));
                }
                units.add(new Unit(r[0], r[1], item, list));
                next = r[1] + 1;
            }
            if (next <= whole[1]) {
                units.add(new Unit(next, whole[1], null, null));
            }
            return whole[1] + 1;
        }

        private int tableUnits(TableBlock table, int[] whole, List<Unit> units) {
            Node body = null;
            for (Node c = table.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TableBody) {
                    body = c;
                }
            }
            int firstRow = whole[1] + 1;
            if (body != null) {
                int[] br = range(body);
                if (br != null) {
                    firstRow = br[0];
                }
            }
            units.add(new Unit(whole[0], firstRow - 1, table, null));
            int next = firstRow;
            if (body != null) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    int[] r = range(row);
                    if (r == null || r[0] < next) {
                        continue;
                    }
                    units.add(new Unit(r[0], r[1], row, table));
                    next = r[1] + 1;
                }
            }
            if (next <= whole[1]) {
                units.add(new Unit(next, whole[1], null, null));
            }
            return whole[1] + 1;
        }

        // ---------------------------------------------------------- the pass

        Parsed run() {
            Node document = PARSER.parse(text.substring(bom));
            List<Unit> units = units(document);
            boolean[] entryHeading = entryHeadings(units);
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                int last = i;
                if (u.block() instanceof Heading h && entryHeading[i]) {
                    last = headingEntry(units, i, h);
                } else {
                    unit(u);
                }
                for (int k = i; k <= last; k++) {
                    release(units, k);
                }
                i = last;
            }
            if (title == null) {
                title = "Untitled";
                warn(0, "missing-title", "the document has no H1 title; the catalogue is called 'Untitled'");
            }
            Catalogue catalogue = new Catalogue(title, String.join("\n\n", introduction), news,
                    topLevel(), Optional.ofNullable(citation));
            List<Parsed.SectionInfo> sectionInfos = List.copyOf(infos);
            return new Parsed(text, lines, segments.build(text, sectionInfos, catalogue), sectionInfos, catalogue,
                    List.copyOf(diagnostics));
        }

        /**
         * Lets the parser's nodes of a unit already cut into segments go: the unit is dropped and its block
         * unlinked from its siblings (which would otherwise keep it reachable), so that the tree of a long
         * document is not held whole beside the segments and entries made from it.
         */
        private static void release(List<Unit> units, int k) {
            Unit u = units.get(k);
            if (u != null && u.block() != null) {
                u.block().unlink();
            }
            units.set(k, null);
        }

        private List<Section> topLevel() {
            List<Section> out = new ArrayList<>();
            for (SectionBuilder s : sections) {
                if (s.parent == null) {
                    out.add(s.build());
                }
            }
            return out;
        }

        void segment(Unit u, Parsed.Type type, int entry, EntryStyle style) {
            segment(u.first(), u.last(), type, entry, style);
        }

        void segment(int first, int last, Parsed.Type type, int entry, EntryStyle style) {
            segments.add(lineStart(first), lineStart(last + 1), type,
                    current == null ? -1 : current.index, entry, style, Segments.GIVEN);
        }

        void unit(Unit u) {
            Node b = u.block();
            if (b == null) {
                segment(u, Parsed.Type.GAP, -1, null);
                return;
            }
            if (b instanceof Heading h) {
                heading(u, h);
                return;
            }
            if (b instanceof FencedCodeBlock code && citation == null && isCitation(code)) {
                String literal = code.getLiteral();
                citation = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
                if (citation.isBlank()) {
                    citation = null;
                    segment(u, Parsed.Type.OPAQUE, -1, null);
                } else {
                    segment(u, Parsed.Type.CITATION, -1, null);
                }
                introOpen = false;
                return;
            }
            if (special == Special.NEWS && b instanceof ListItem item) {
                newsItem(item);
                segment(u, Parsed.Type.NEWS, -1, null);
                return;
            }
            if (special == Special.CONTENTS || (b instanceof ListItem && isNavigation(u.container()))) {
                segment(u, Parsed.Type.NAV, -1, null);
                return;
            }
            if (current == null) {
                prelude(u, b);
                return;
            }
            introOpen = false;
            if (b instanceof ListItem item) {
                listEntry(u, item);
            } else if (b instanceof TableRow row) {
                tableEntry(u, row);
            } else if (b instanceof TableBlock) {
                segment(u, Parsed.Type.TABLE_HEAD, -1, null);
            } else if (b instanceof Paragraph p && isGroupLabel(p)) {
                current.group = plain(p).strip();
                segment(u, Parsed.Type.GROUP, -1, null);
            } else if (b instanceof HtmlBlock html && Annotation.isEndOfGroup(html.getLiteral())) {
                current.group = null;
                segment(u, Parsed.Type.GROUP, -1, null);
            } else if (b instanceof HtmlBlock html && source(html).contains("back to top")) {
                segment(u, Parsed.Type.NAV, -1, null);
            } else {
                segment(u, Parsed.Type.OPAQUE, -1, null);
            }
        }

        private void prelude(Unit u, Node b) {
            if (introOpen && b instanceof Paragraph) {
                introduction.add(stripLines(source(b)));
                segment(u, Parsed.Type.INTRO, -1, null);
                return;
            }
            introOpen = false;
            segment(u, Parsed.Type.OPAQUE, -1, null);
        }

        private static String stripLines(String s) {
            return s.lines().map(String::strip).reduce((a, c) -> a + "\n" + c).orElse("");
        }

        private void heading(Unit u, Heading h) {
            String plainTitle = plainLine(h).strip();
            String anchor = anchor(plainTitle);
            special = Special.NONE;
            introOpen = false;
            if (title == null && current == null && h.getLevel() == 1) {
                title = plainTitle.isEmpty() ? "Untitled" : plainTitle;
                segment(u, Parsed.Type.TITLE, -1, null);
                introOpen = true;
                return;
            }
            if (NEWS_TITLE.matcher(plainTitle).matches()) {
                special = Special.NEWS;
                segment(u, Parsed.Type.SPECIAL_HEADING, -1, null);
                return;
            }
            if (CONTENTS_TITLE.matcher(plainTitle).matches()) {
                special = Special.CONTENTS;
                segment(u, Parsed.Type.SPECIAL_HEADING, -1, null);
                return;
            }
            if (plainTitle.isEmpty()) {
                warn(offsetOf(h), "empty-heading", "a heading without text is kept as written, not as a section");
                segment(u, Parsed.Type.OPAQUE, -1, null);
                return;
            }
            SectionBuilder parent = current;
            while (parent != null && parent.level >= h.getLevel()) {
                parent = parent.parent;
            }
            int[] m = Syntax.sectionNumber(plainTitle);
            String number = null;
            String sectionTitle = plainTitle;
            String raw = lines(u.first(), u.last());
            int[] atx = Syntax.atxTitle(raw);
            if (m != null && numberWrittenAsIs(raw, atx, plainTitle.substring(0, m[0]))) {
                number = plainTitle.substring(0, m[0]);
                sectionTitle = plainTitle.substring(m[1]).strip();
            }
            SectionBuilder s = new SectionBuilder(sections.size(), parent, h.getLevel(), number, sectionTitle, anchor);
            sections.add(s);
            if (parent != null) {
                parent.children.add(s);
            }
            current = s;
            String[] affixes = headingAffixes(raw, atx, h);
            infos.add(new Parsed.SectionInfo(parent == null ? -1 : parent.index, h.getLevel(), segments.size(),
                    share(affixes[0]), share(affixes[1])));
            segment(u, Parsed.Type.HEADING, -1, null);
        }

        /**
         * Whether the heading's source starts with {@code number} as written: a writer keeps a title such as
         * {@code 1.1 Title} of a section without a number by writing its first character as a character
         * reference ({@code &#49;.1 Title}), which reads as the same text but is no number.
         */
        private static boolean numberWrittenAsIs(String raw, int[] atx, String number) {
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

        /** The heading's text before and after its title, for renaming it in place. */
        /** {@code atx}: {@link Syntax#atxTitle} of {@code raw}, null for a setext heading. */
        private String[] headingAffixes(String raw, int[] atx, Heading h) {
            if (atx != null) {
                int[] num = Syntax.sectionNumber(raw.substring(atx[0], atx[1]));
                String prefix = raw.substring(0, num == null ? atx[0] : atx[0] + num[1]);
                return new String[] {prefix, raw.substring(atx[1])};
            }
            String eol = raw.endsWith("\r\n") ? "\r\n" : raw.endsWith("\r") ? "\r" : "\n";
            return new String[] {"#".repeat(h.getLevel()) + " ", eol};
        }

        String anchor(String headingText) {
            String slug = Section.anchorOf(headingText);
            int n = anchorCounts.merge(slug, 1, Integer::sum) - 1;
            return n == 0 ? slug : slug + "-" + n;
        }

        // ---------------------------------------------------------- special content

        private static boolean isCitation(FencedCodeBlock code) {
            String info = code.getInfo() == null ? "" : code.getInfo().strip().toLowerCase(java.util.Locale.ROOT);
            return info.startsWith("bib") || (info.isEmpty() && code.getLiteral().strip().startsWith("@")
                    && code.getLiteral().contains("{"));
        }

        private void newsItem(ListItem item) {
            String raw = stripLines(itemContent(item));
            String[] dated = Labels.newsDate(raw);
            NewsItem n;
            if (dated != null) {
                n = NewsItem.of(dated[0], dated[1]);
            } else if (!raw.isBlank()) {
                n = NewsItem.of("", raw.strip());
            } else {
                warn(offsetOf(item), "empty-news", "a news item without text");
                return;
            }
            news.add(n);
        }

        /** The source of a list item without its marker. */
        private String itemContent(ListItem item) {
            Node first = item.getFirstChild();
            if (first == null) {
                return "";
            }
            int start = offsetOf(first);
            int[] r = range(item);
            int end = lineStart(r[1] + 1);
            return text.substring(start, end).stripTrailing();
        }

        /** Lists already judged by {@link #isNavigation}: it is asked once for every item of a list. */
        private final Map<Node, Boolean> navigation = new IdentityHashMap<>();

        /**
         * Whether every item of a list is one link to an anchor (#...), as in a table of contents. Worked out
         * once per list: asked for each of its items, it looked at every item each time (quadratic in a list
         * of thousands of such links).
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
                    List<InlineLink> found = new ArrayList<>();
                    String plain = plain(c, found).strip();
                    if (found.size() != 1 || !found.get(0).url().startsWith("#")
                            || !plain.equals(found.get(0).text())) {
                        return false;
                    }
                    links++;
                }
            }
            return links > 0;
        }

        private boolean isGroupLabel(Paragraph p) {
            Node only = p.getFirstChild();
            if (!(only instanceof StrongEmphasis) || only.getNext() != null || plain(only).isBlank()) {
                return false;
            }
            // on one line: a line break written as a reference (&#10;) is part of the label
            for (Node c = only.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                    return false;
                }
            }
            return true;
        }

        // ---------------------------------------------------------- entries from list items

        private void listEntry(Unit u, ListItem item) {
            Node head = item.getFirstChild();
            if (!(head instanceof Paragraph)) {
                segment(u, Parsed.Type.OPAQUE, -1, null);
                return;
            }
            Draft d = new Draft();
            head(d, (Paragraph) head);
            for (Node c = head.getNext(); c != null; c = c.getNext()) {
                body(d, c);
            }
            if (d.name == null || d.name.isBlank()) {
                warn(offsetOf(item), "unnamed-entry", "a list item without a name is kept as written, not as an entry");
                segment(u, Parsed.Type.OPAQUE, -1, null);
                return;
            }
            // the style is worked out from the text only when the document is edited (StyleCapture)
            addEntry(u.first(), u.last(), d, offsetOf(item), null,
                    item.getParent() instanceof OrderedList ? Segments.NUMBERED : Segments.BULLET);
        }

        @SuppressWarnings("unchecked")
        private <T> T share(T value) {
            return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
        }

        private void addEntry(int first, int last, Draft d, int offset, EntryStyle style, byte styleKind) {
            for (Draft.LinkAt l : d.links) {
                if (!Urls.isWellFormedUrl(l.link().url())) {
                    warn(l.offset(), "malformed-link", "the address '" + l.link().url() + "' of '" + d.name.strip()
                            + "' is not a well-formed URL");
                }
            }
            if (d.links.isEmpty()) {
                warn(offset, "entry-without-link", "'" + d.name.strip() + "' has no link");
            }
            for (int i = 0; i < d.links.size(); i++) {
                Link l = d.links.get(i).link();
                d.links.set(i, new Draft.LinkAt(Link.of(l.url(), share(l.label()), l.role()), d.links.get(i).offset()));
            }
            for (int i = 0; i < d.fields.size(); i++) {
                TextField f = d.fields.get(i);
                d.fields.set(i, TextField.of(share(f.label()), f.value()));
            }
            Entry entry = d.build(current, offset);
            current.entries.add(entry);
            int end = last;
            while (end > first && isBlank(lineStart(end), lineStart(end + 1))) {
                end--; // blank lines at the end of an item are the gap after it
            }
            segments.add(lineStart(first), lineStart(end + 1), Parsed.Type.ENTRY, current.index,
                    current.entries.size() - 1, share(style), styleKind);
            if (end < last) {
                segment(end + 1, last, Parsed.Type.GAP, -1, null);
            }
        }

        private boolean isBlank(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** The last character of a node's source that is not white space, or 0. */
        private char lastNonBlank(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return 0;
            }
            int start = spans.get(0).getInputIndex() + bom;
            SourceSpan last = spans.get(spans.size() - 1);
            for (int k = Math.min(last.getInputIndex() + bom + last.getLength(), text.length()) - 1; k >= start; k--) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    return text.charAt(k);
                }
            }
            return 0;
        }

        /** Name, links and fields from an entry's first paragraph. */
        private void head(Draft d, Paragraph p) {
            List<Object> parts = inlineParts(p);
            int i = 0;
            // a classic item starts with its linked name
            if (!parts.isEmpty() && parts.get(0) instanceof InlineLink first) {
                d.name = first.text();
                d.links.add(new Draft.LinkAt(Link.of(first.url(), "", LinkRole.HOMEPAGE), first.offset()));
                i = 1;
            } else {
                StringBuilder name = new StringBuilder();
                while (i < parts.size() && parts.get(i) instanceof TextPart t) {
                    name.append(t.text());
                    i++;
                }
                String n = name.toString();
                Matcher m = Urls.LABELLED_URL.matcher(n);
                // only a colon written as such: "&#58;" is how a writer keeps "label:http..." in a name
                String src = Urls.mayHaveLabelledUrl(n) ? source(p) : null;
                if (src != null && Urls.LABELLED_URL.matcher(src).find(Urls.labelledUrlSearchStart(src))
                        && m.find(Urls.labelledUrlSearchStart(n))) {
                    String rest = n.substring(m.end());
                    d.links.add(new Draft.LinkAt(Link.of(m.group(2), m.group(1), Inference.role(m.group(1))),
                            offsetOf(p)));
                    n = n.substring(0, m.start());
                    trailing(d, rest);
                }
                n = n.strip();
                if ((n.endsWith("：") || n.endsWith(":")) && i >= parts.size()
                        && (lastNonBlank(p) == '：' || lastNonBlank(p) == ':')) {
                    n = n.substring(0, n.length() - 1).strip(); // the style of "BioBERT：", not part of the name
                }
                d.name = n;
                if (n.isEmpty() && i < parts.size() && parts.get(i) instanceof InlineLink l) {
                    d.name = l.text();
                    d.links.add(new Draft.LinkAt(Link.of(l.url(), "", LinkRole.HOMEPAGE), l.offset()));
                    i++;
                }
            }
            StringBuilder rest = new StringBuilder();
            for (; i < parts.size(); i++) {
                if (parts.get(i) instanceof InlineLink l) {
                    trailing(d, rest.toString());
                    rest.setLength(0);
                    // an autolink's text is its address, not a label: read as an unlabelled homepage, as in tables
                    d.links.add(new Draft.LinkAt(l.autolink() ? Link.of(l.url(), "", LinkRole.HOMEPAGE)
                            : Link.of(l.url(), l.text(), Inference.role(l.text())), l.offset()));
                } else {
                    rest.append(((TextPart) parts.get(i)).text());
                }
            }
            trailing(d, rest.toString());
        }

        /** Text after a name or link: a separator, then a labelled or unlabelled field. */
        private void trailing(Draft d, String text) {
            String t = text.replace('\n', ' ').strip();
            t = LEADING_SEPARATOR.matcher(t).replaceFirst("").strip();
            if (t.isEmpty()) {
                return;
            }
            Matcher m = Labels.LABEL_PREFIX.matcher(t);
            if (m.lookingAt()) {
                String label = t.substring(0, m.end() - 1).strip();
                d.fields.add(TextField.of(label, t.substring(m.end()).strip()));
            } else {
                d.fields.add(TextField.unlabelled(t));
            }
        }

        /** Content below an entry's first paragraph: child bullets, more paragraphs, annotations. */
        private void body(Draft d, Node c) {
            if (c instanceof ListBlock) {
                for (Node item = c.getFirstChild(); item != null; item = item.getNext()) {
                    for (Node x = item.getFirstChild(); x != null; x = x.getNext()) {
                        if (x instanceof Paragraph p) {
                            child(d, p);
                        } else {
                            body(d, x);
                        }
                    }
                }
            } else if (c instanceof Paragraph p) {
                child(d, p);
            } else if (c instanceof HtmlBlock html) {
                try {
                    Annotation.read(html.getLiteral()).ifPresent(m -> d.metadata = m);
                } catch (IllegalArgumentException e) {
                    warn(offsetOf(html), "bad-annotation", "the catalogue annotation cannot be read: " + e.getMessage());
                }
            } else if (c instanceof Heading h) {
                String t = plain(h).strip();
                if (!t.isEmpty()) {
                    d.fields.add(TextField.unlabelled(t));
                }
            }
        }

        /** A child bullet or paragraph: {@code label：url}, {@code label：[text](url)}, a link, or text. */
        private void child(Draft d, Paragraph p) {
            String source = source(p);
            String raw = withoutImages(source).strip();
            List<InlineLink> links = new ArrayList<>();
            String plain = plain(p, links).strip();
            int offset = offsetOf(p);
            if (raw.isEmpty()) {
                return;
            }
            String[] labelled = labelled(p, source, raw, plain);
            if (labelled != null) {
                String l = labelled[0];
                String rawValue = labelled[1];
                String value = labelled[2];
                if (rawValue.isEmpty() && links.isEmpty()) {
                    warn(offset, "label-without-value", "'" + l + "' has no value");
                    d.fields.add(TextField.of(l, ""));
                    return;
                }
                if (links.size() == 1 && isSingleLink(rawValue)) {
                    InlineLink only = links.get(0);
                    d.links.add(new Draft.LinkAt(Link.of(only.url(), only.autolink() ? "" : only.text(),
                            Inference.role(l)), only.offset()));
                    return;
                }
                if (links.isEmpty() && Urls.isUrlList(rawValue)) {
                    for (String url : Urls.urlTokens(value)) {
                        d.links.add(new Draft.LinkAt(Link.of(url, l, Inference.role(l)), offset));
                    }
                    return;
                }
                d.fields.add(TextField.of(l, value));
                inlineLinks(d, links);
                return;
            }
            if (links.size() == 1 && isSingleLink(raw)) {
                InlineLink only = links.get(0);
                d.links.add(new Draft.LinkAt(Link.of(only.url(), only.autolink() ? "" : only.text(),
                        Inference.role(only.autolink() ? "" : only.text())), only.offset()));
                return;
            }
            if (links.isEmpty() && Urls.isUrlList(raw)) {
                for (String url : Urls.urlTokens(plain)) {
                    d.links.add(new Draft.LinkAt(Link.of(url), offset));
                }
                return;
            }
            if (!plain.isEmpty()) {
                d.fields.add(TextField.unlabelled(plain));
            }
            inlineLinks(d, links);
        }

        private static String withoutImages(String raw) {
            return Syntax.removeImages(raw);
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
                String label = plain(strong);
                int colonAt = offsetOf(after);
                char colon = colonAt < text.length() ? text.charAt(colonAt) : 0;
                String rest = after.getLiteral();
                if (onlyText && !label.isBlank() && (colon == '：' || colon == ':') && !rest.isEmpty()
                        && rest.charAt(0) == colon && plain.startsWith(label + colon)
                        && colonAt - offsetOf(p) + 1 <= source.length()) {
                    String rawValue = withoutImages(source.substring(colonAt - offsetOf(p) + 1)).strip();
                    return new String[] {label.strip(), rawValue, plain.substring(label.length() + 1).strip()};
                }
            }
            if (indexOfColon(raw) < 0) {
                return null; // a label ends with a colon: without one there is nothing to scan
            }
            Labels.Label label = Labels.read(raw);
            if (label == null || !plain.startsWith(label.label())) {
                return null;
            }
            int k = label.label().length();
            while (k < plain.length() && Character.isWhitespace(plain.charAt(k))) {
                k++;
            }
            if (k >= plain.length() || (plain.charAt(k) != ':' && plain.charAt(k) != '：')) {
                return null;
            }
            return new String[] {label.label(), raw.substring(label.valueStart()).strip(), plain.substring(k + 1).strip()};
        }

        private static int indexOfColon(String s) {
            int a = s.indexOf('：');
            int b = s.indexOf(':');
            return a < 0 ? b : b < 0 ? a : Math.min(a, b);
        }

        private void inlineLinks(Draft d, List<InlineLink> links) {
            for (InlineLink l : links) {
                d.links.add(new Draft.LinkAt(Link.of(l.url(), l.autolink() ? "" : l.text(),
                        Inference.role(l.autolink() ? "" : l.text())), l.offset()));
            }
        }

        private static boolean isSingleLink(String raw) {
            return Syntax.isSingleLink(raw) || SINGLE_AUTOLINK.matcher(raw).matches();
        }

        // ---------------------------------------------------------- entries from table rows

        private void tableEntry(Unit u, TableRow row) {
            TableBlock table = (TableBlock) u.container();
            List<String> headers = tableHeaders.computeIfAbsent(table, this::headers);
            Draft d = new Draft();
            boolean codeName = false;
            boolean bracketed = false;
            int col = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), col++) {
                List<InlineLink> links = new ArrayList<>();
                String plain = plain(cell, links).strip();
                String header = col < headers.size() ? headers.get(col) : "";
                if (col == 0) {
                    d.name = plain;
                    codeName = cell.getFirstChild() instanceof Code;
                    for (InlineLink l : links) {
                        d.links.add(new Draft.LinkAt(Link.of(l.url(), "", LinkRole.HOMEPAGE), l.offset()));
                    }
                    continue;
                }
                for (InlineLink l : links) {
                    d.links.add(new Draft.LinkAt(Link.of(l.url(), l.autolink() ? "" : l.text(),
                            Inference.role(header)), l.offset()));
                }
                if (!links.isEmpty() && source(cell).strip().startsWith("[[")) {
                    bracketed = true;
                }
                String rest = plain;
                for (InlineLink l : links) {
                    rest = rest.replace(l.text(), "");
                }
                rest = BRACKETS.matcher(rest).replaceAll("").strip();
                if (!rest.isEmpty() && !rest.equals("-") && !rest.equals("—")) {
                    d.fields.add(TextField.of(header, links.isEmpty() ? plain : rest));
                }
            }
            if (d.name == null || d.name.isBlank()) {
                warn(offsetOf(row), "unnamed-entry", "a table row without a name in its first cell");
                segment(u, Parsed.Type.OPAQUE, -1, null);
                return;
            }
            String raw = lines(u.first(), u.last());
            addEntry(u.first(), u.last(), d, offsetOf(row),
                    new EntryStyle.TableRow(headers, codeName, bracketed, "-", eol(raw)), Segments.GIVEN);
        }

        /** The header texts of each table, worked out once per table rather than once per row. */
        private final Map<Node, List<String>> tableHeaders = new IdentityHashMap<>();

        private List<String> headers(Node table) {
            List<String> headers = new ArrayList<>();
            for (Node c = table.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof TableHead head && head.getFirstChild() != null) {
                    for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                        headers.add(plain(cell).strip());
                    }
                }
            }
            return headers;
        }

        // ---------------------------------------------------------- entries written as headings

        /** Which headings are entries: leaves with field-like bodies (the 2020 and 2023 lists). */
        private boolean[] entryHeadings(List<Unit> units) {
            boolean[] result = new boolean[units.size()];
            int depth = 0;
            for (int i = 0; i < units.size(); i++) {
                if (!(units.get(i).block() instanceof Heading h)) {
                    continue;
                }
                depth++;
                String t = plain(h).strip();
                if (h.getLevel() < 3 || depth <= 2 || NEWS_TITLE.matcher(t).matches()
                        || CONTENTS_TITLE.matcher(t).matches()) {
                    continue;
                }
                boolean headingLink = hasLink(h);
                boolean content = false;
                boolean entries = false;
                int j = i + 1;
                for (; j < units.size(); j++) {
                    Node b = units.get(j).block();
                    if (b instanceof Heading next) {
                        if (next.getLevel() > h.getLevel()) {
                            entries = true; // it has sub-headings: a section
                        }
                        break;
                    }
                    if (entries) {
                        break; // a section: nothing further changes that
                    }
                    if (b == null) {
                        continue;
                    }
                    if (b instanceof TableBlock || b instanceof TableRow || b instanceof FencedCodeBlock
                            || (b instanceof HtmlBlock html && Annotation.isSection(html.getLiteral()))) {
                        entries = true;
                    } else if (b instanceof ListItem item) {
                        if (item.getParent() instanceof OrderedList || !isFieldLike(item)) {
                            entries = true;
                        }
                        content = true;
                    } else if (b instanceof Paragraph p) {
                        if (isGroupLabel(p)) {
                            entries = true;
                        }
                        content |= hasLink(p) || !plain(p).isBlank();
                    } else if (b instanceof HtmlBlock html && isMetadata(html)) {
                        content = true; // an entry's annotation: a heading with only that is an entry without links
                    }
                }
                result[i] = !entries && (headingLink || content);
            }
            return result;
        }

        private static boolean isMetadata(HtmlBlock html) {
            try {
                return Annotation.read(html.getLiteral()).isPresent();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private boolean isFieldLike(ListItem item) {
            Node head = item.getFirstChild();
            if (!(head instanceof Paragraph p)) {
                return false;
            }
            String raw = source(p).strip();
            Matcher m = FIELD_LIKE.matcher(raw);
            if (m.lookingAt()) {
                return true;
            }
            List<InlineLink> links = new ArrayList<>();
            String plain = plain(p, links).strip();
            return links.size() == 1 && plain.equals(links.get(0).text()) && plain.length() <= 12;
        }

        private boolean hasLink(Node n) {
            List<InlineLink> links = new ArrayList<>();
            plain(n, links);
            return !links.isEmpty();
        }

        /** An entry written as a heading and the blocks under it, up to the next heading. */
        private int headingEntry(List<Unit> units, int i, Heading h) {
            Unit head = units.get(i);
            int end = i;
            for (int j = i + 1; j < units.size() && !(units.get(j).block() instanceof Heading); j++) {
                end = j;
            }
            int lastContent = end;
            while (lastContent > i && units.get(lastContent).block() == null) {
                lastContent--;
            }
            Draft d = new Draft();
            List<InlineLink> headLinks = new ArrayList<>();
            String name = plain(h, headLinks).replace('\n', ' ').strip();
            int[] m = Syntax.sectionNumber(name);
            String headRaw = lines(head.first(), head.last());
            if (m != null && numberWrittenAsIs(headRaw, Syntax.atxTitle(headRaw), name.substring(0, m[0]))) {
                name = name.substring(m[1]).strip();
            }
            for (InlineLink l : headLinks) {
                d.links.add(new Draft.LinkAt(Link.of(l.url(), "", LinkRole.HOMEPAGE), l.offset()));
                name = name.replace(l.text(), l.text());
            }
            if (!headLinks.isEmpty()) {
                // text after the linked name is a note
                String linkText = headLinks.get(0).text();
                int at = name.indexOf(linkText);
                if (at >= 0 && at + linkText.length() < name.length()) {
                    trailing(d, name.substring(at + linkText.length()));
                    name = name.substring(0, at + linkText.length()).strip();
                }
            }
            d.name = Syntax.stripTrailingColons(name).strip();
            Node listParent = null;
            for (int j = i + 1; j <= lastContent; j++) {
                Node b = units.get(j).block();
                if (b instanceof ListItem item) {
                    if (item.getParent() != listParent) {
                        listParent = item.getParent();
                    }
                    for (Node x = item.getFirstChild(); x != null; x = x.getNext()) {
                        if (x instanceof Paragraph p) {
                            child(d, p);
                        } else {
                            body(d, x);
                        }
                    }
                } else if (b != null) {
                    body(d, b);
                }
            }
            if (d.name.isEmpty() || current == null) {
                unit(head);
                return i;
            }
            String written = lines(head.first(), units.get(lastContent).last());
            String colon = written.indexOf('：') >= 0 || written.indexOf(':') < 0 ? "：" : ":";
            addEntry(head.first(), units.get(lastContent).last(), d, offsetOf(h),
                    new EntryStyle.Heading(h.getLevel(), colon, eol(headRaw)), Segments.GIVEN);
            for (int j = lastContent + 1; j <= end; j++) {
                segment(units.get(j), Parsed.Type.GAP, -1, null);
            }
            return end;
        }

        // ---------------------------------------------------------- styles

        /** The line ending of the first line of {@code raw}, or else the document's first. */
        private String eol(String raw) {
            String found = Lines.firstEnding(raw);
            return found != null ? found : Lines.ending(text);
        }

        // ---------------------------------------------------------- inline text

        /** A link found in inline content. */
        private record InlineLink(String url, String text, boolean autolink, int offset) {
        }

        /** Text between links. */
        private record TextPart(String text) {
        }

        String plain(Node node) {
            return plain(node, new ArrayList<>());
        }

        /**
         * The text of inline content on one line, for a heading: its line breaks (a setext heading's)
         * as spaces; a line break written as a reference ({@code &#10;}) stays, as the writer encodes one.
         */
        String plainLine(Node node) {
            StringBuilder sb = new StringBuilder();
            appendLine(node, sb);
            return sb.toString();
        }

        private void appendLine(Node node, StringBuilder sb) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
                    sb.append(' ');
                } else if (c.getFirstChild() != null && !(c instanceof org.commonmark.node.Link)) {
                    appendLine(c, sb);
                } else {
                    appendOne(c, sb, new ArrayList<>());
                }
            }
        }

        /** The text of inline content, without images; links found are added to {@code links}. */
        String plain(Node node, List<InlineLink> links) {
            StringBuilder sb = new StringBuilder();
            appendPlain(node, sb, links);
            return sb.toString();
        }

        private void appendPlain(Node node, StringBuilder sb, List<InlineLink> links) {
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
            } else if (c instanceof org.commonmark.node.Link link && link.getDestination().isBlank()) {
                if (emptyLinks.add(link)) { // the text of a node is taken more than once; warn once
                    warn(offsetOf(link), "empty-link", "a link without a URL is kept as written; its text is read as text");
                }
                appendPlain(link, sb, links);
            } else if (c instanceof org.commonmark.node.Link link) {
                String inner = plain(link, new ArrayList<>());
                boolean autolink = !link.getSourceSpans().isEmpty() && text.charAt(offsetOf(link)) == '<';
                links.add(new InlineLink(link.getDestination(), inner.strip(), autolink, offsetOf(link)));
                sb.append(inner);
            } else {
                appendPlain(c, sb, links);
            }
        }

        /** A paragraph's content as text parts and links, in order; links inside emphasis count too. */
        private List<Object> inlineParts(Paragraph p) {
            List<Object> parts = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                List<InlineLink> links = new ArrayList<>();
                StringBuilder sb = new StringBuilder();
                appendOne(c, sb, links);
                if (links.isEmpty()) {
                    text.append(sb);
                    continue;
                }
                if (!(c instanceof org.commonmark.node.Link)) {
                    text.append(sb); // a link inside emphasis: its text stays with the text around it
                }
                if (text.length() > 0) {
                    parts.add(new TextPart(text.toString()));
                    text.setLength(0);
                }
                parts.addAll(links);
            }
            if (text.length() > 0) {
                parts.add(new TextPart(text.toString()));
            }
            parts.removeIf(x -> x instanceof TextPart t && t.text().isBlank());
            return parts;
        }
    }

    // ================================================================== builders

    /** An entry being read. */
    private static final class Draft {
        record LinkAt(Link link, int offset) {
        }

        String name;
        final List<LinkAt> links = new ArrayList<>();
        final List<TextField> fields = new ArrayList<>();
        Annotation.Metadata metadata;

        Entry build(SectionBuilder section, int offset) {
            Entry.Builder b = Entry.builder(name.strip());
            for (LinkAt l : links) {
                b.link(l.link());
            }
            b.fields(fields).group(section.group);
            Annotation.Metadata m = metadata != null ? metadata : section.implied();
            return m.applyTo(b).build();
        }
    }

    /** A section being read. */
    private static final class SectionBuilder {
        final int index;
        final SectionBuilder parent;
        final int level;
        final String number;
        final String title;
        final String anchor;
        final List<SectionBuilder> children = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();
        String group;

        SectionBuilder(int index, SectionBuilder parent, int level, String number, String title, String anchor) {
            this.index = index;
            this.parent = parent;
            this.level = level;
            this.number = number;
            this.title = title;
            this.anchor = anchor;
        }

        private Annotation.Metadata implied;

        /** The metadata the headings imply, computed once per section. */
        Annotation.Metadata implied() {
            if (implied == null) {
                implied = Annotation.Metadata.of(facts());
            }
            return implied;
        }

        Inference.Facts facts() {
            List<String> titles = new ArrayList<>();
            for (SectionBuilder s = this; s != null; s = s.parent) {
                titles.add(0, s.title);
            }
            return Inference.facts(titles);
        }

        Section build() {
            Section.Builder b = Section.builder(title).number(number).anchor(anchor).entries(entries);
            for (SectionBuilder c : children) {
                b.child(c.build());
            }
            return b.build();
        }
    }
}
