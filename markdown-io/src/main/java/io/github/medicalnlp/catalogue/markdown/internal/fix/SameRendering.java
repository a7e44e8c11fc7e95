package io.github.medicalnlp.catalogue.markdown.internal.fix;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Whether an edit of a piece of Markdown leaves what it renders to as it was: both texts are rendered to
 * HTML by commonmark-java (with the GFM tables the reader knows) and compared. A piece is rendered on its
 * own, after the indent all its lines share is taken off both texts alike, so that an item of a nested
 * list is read as a list item and not as indented code. The parser and renderer are shared; both are safe
 * to use from several threads.
 */
final class SameRendering {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private SameRendering() {
    }

    /** Whether {@code before} and {@code after} render to the same HTML. */
    static boolean same(String before, String after) {
        int indent = commonIndent(before);
        return html(dedent(before, indent)).equals(html(dedent(after, indent)));
    }

    private static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** The number of spaces every line that is not blank starts with (0 when one starts with a tab). */
    static int commonIndent(String text) {
        int min = Integer.MAX_VALUE;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int spaces = 0;
            while (i + spaces < end && text.charAt(i + spaces) == ' ') {
                spaces++;
            }
            int ink = i + spaces;
            while (ink < end && (text.charAt(ink) == ' ' || text.charAt(ink) == '\t')) {
                ink++;
            }
            if (ink < end) {
                if (text.charAt(i + spaces) == '\t') {
                    return 0;
                }
                min = Math.min(min, spaces);
            }
            i = end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /** The text with up to {@code indent} leading spaces taken off each line. */
    static String dedent(String text, int indent) {
        if (indent == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        boolean lineStart = true;
        int skipped = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (lineStart && c == ' ' && skipped < indent) {
                skipped++;
            } else {
                lineStart = c == '\n' || c == '\r';
                skipped = 0;
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }
}
