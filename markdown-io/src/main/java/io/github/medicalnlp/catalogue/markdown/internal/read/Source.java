package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.markdown.Diagnostic;
import io.github.medicalnlp.catalogue.markdown.internal.LineIndex;
import io.github.medicalnlp.catalogue.markdown.internal.Lines;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The first stage of reading: the text as read, where its lines start, and the way from a node of
 * commonmark's tree (its source spans) back to lines and offsets of the text. Also collects what was
 * odd, located by line and column.
 */
final class Source {

    private final String text;
    /** 1 when the text starts with a byte order mark, which commonmark does not see. */
    private final int bom;
    private final LineIndex lines;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** The line found last: offsets are mostly asked for in order, so the next is usually near it. */
    private int lastLine;

    Source(String text) {
        this.text = text;
        this.bom = text.startsWith("\uFEFF") ? 1 : 0;
        this.lines = new LineIndex(text);
    }

    String text() {
        return text;
    }

    /** The text commonmark parses: without the byte order mark. */
    String parsedText() {
        return text.substring(bom);
    }

    LineIndex lineIndex() {
        return lines;
    }

    /** What was odd, in the order of the text (stages find things in their own order). */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(sorted);
    }

    int lineCount() {
        return lines.count();
    }

    int lineStart(int line) {
        return lines.start(line);
    }

    int lineOf(int offset) {
        int n = lines.count();
        int l = lastLine;
        if (n == 0 || lineStart(l) > offset) {
            return lastLine = lines.lineOf(offset, 0, Math.max(0, l - 1));
        }
        // offsets are mostly asked for in order: gallop forward from the last line found, then bisect
        int step = 1;
        while (l + step < n && lineStart(l + step) <= offset) {
            l += step;
            step <<= 1;
        }
        return lastLine = lines.lineOf(offset, l, Math.min(l + step, n) - 1);
    }

    /** The text of lines {@code first} to {@code last}, line endings included. */
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
            int end = lastOffset(node);
            if (end >= 0) {
                int start = spans.get(0).getInputIndex() + bom;
                return new int[] {lineOf(start), lineOf(Math.min(end, Math.max(0, text.length() - 1)))};
            }
        }
        int[] r = {Integer.MAX_VALUE, -1};
        collectRange(node, r);
        return r[1] < 0 ? null : r;
    }

    /**
     * The offset of the last character of a block: a container's last span may end before a nested
     * block's, so the chain of last children is followed down to the inline content. -1 when a block on
     * the chain has no spans (its descendants' are then collected one by one).
     */
    private int lastOffset(Node node) {
        int end = -1;
        for (Node n = node; n != null && !(n instanceof org.commonmark.node.Text); n = n.getLastChild()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return n == node || n.getFirstChild() == null ? end : -1;
            }
            SourceSpan last = spans.get(spans.size() - 1);
            end = Math.max(end, last.getInputIndex() + bom + Math.max(0, last.getLength() - 1));
        }
        return end;
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

    /** The text a node was read from, or "" for a node without spans. */
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

    /** The offset in the text of a node's first character (its parent's for a node without spans). */
    int offsetOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            Node p = node.getParent();
            return p == null ? 0 : offsetOf(p);
        }
        return spans.get(0).getInputIndex() + bom;
    }

    /** The offset just after a node's last character, or -1 for a node without spans. */
    int endOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return -1;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return Math.min(last.getInputIndex() + bom + last.getLength(), text.length());
    }

    /** The character at an offset, or 0 past the end. */
    char charAt(int offset) {
        return offset >= 0 && offset < text.length() ? text.charAt(offset) : 0;
    }

    /** The last character of a node's source that is not white space, or 0. */
    char lastNonBlank(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return 0;
        }
        int start = spans.get(0).getInputIndex() + bom;
        for (int k = endOf(node) - 1; k >= start; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return 0;
    }

    /** Whether the text from {@code from} to {@code to} is all white space. */
    boolean isBlank(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The line ending of the first line of {@code raw}, or else the document's first. */
    String eol(String raw) {
        String found = Lines.firstEnding(raw);
        return found != null ? found : Lines.ending(text);
    }

    /** Notes something odd at an offset. */
    void warn(int offset, String code, String message) {
        int line = lineOf(offset);
        diagnostics.add(new Diagnostic(line + 1, offset - lineStart(line) + 1, code, message));
    }
}
