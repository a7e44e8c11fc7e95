package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.markdown.internal.Output;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the fixes together: the text as the minimal-diff writer renders the edited catalogue (kept ranges
 * of the text as read, and the entries written anew), with the text edits made inside the kept ranges.
 * A text edit that overlaps another, or falls in a part the writer wrote anew, is not made. Time linear
 * in the text and the edits (n log n with the sorting).
 */
public final class Composer {

    /**
     * Text {@code [start, end)} of the text as read replaced by {@code text} in the result.
     *
     * @param start the first offset replaced
     * @param end the offset after the last one replaced
     * @param text what is there instead
     */
    public record Replacement(int start, int end, String text) {
    }

    /**
     * The text put together.
     *
     * @param text the fixed text
     * @param replacements every replaced part of the text as read, in order, none overlapping
     * @param made the text edits made
     * @param skipped the text edits not made
     */
    public record Result(String text, List<Replacement> replacements, List<Fixes.TextEdit> made,
            List<Fixes.TextEdit> skipped) {
    }

    private Composer() {
    }

    /**
     * Puts the text together.
     *
     * @param source the text as read
     * @param rendered the rendering of the edited catalogue as pieces, or null when no entry was edited
     * @param edits the text edits, over the text as read
     * @return the result, or null when the rendering does not keep the text's ranges in order (an edit that
     *     moved something), so that the entry edits cannot be combined with text edits
     */
    public static Result compose(String source, Output rendered, List<Fixes.TextEdit> edits) {
        List<Object> pieces = new ArrayList<>();
        if (rendered == null) {
            pieces.add(new int[] {0, source.length()});
        } else {
            rendered.forEachPiece(new Output.Pieces() {
                @Override
                public void kept(int start, int end) {
                    pieces.add(new int[] {start, end});
                }

                @Override
                public void added(String text) {
                    pieces.add(text);
                }
            });
        }
        List<Fixes.TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Fixes.TextEdit::start).thenComparingInt(Fixes.TextEdit::end));
        List<Fixes.TextEdit> skipped = new ArrayList<>();
        List<Fixes.TextEdit> disjoint = new ArrayList<>();
        int lastEnd = -1;
        int lastInsertion = -1;
        for (Fixes.TextEdit e : sorted) {
            boolean insertion = e.start() == e.end();
            if (e.start() < lastEnd || (insertion && e.start() == lastInsertion) || e.end() > source.length()) {
                skipped.add(e);
                continue;
            }
            disjoint.add(e);
            lastEnd = e.end();
            lastInsertion = insertion ? e.start() : -1;
        }
        StringBuilder out = new StringBuilder(source.length() + 64);
        List<Replacement> replacements = new ArrayList<>();
        List<Fixes.TextEdit> made = new ArrayList<>();
        int next = 0;
        int keptEnd = 0;
        StringBuilder added = new StringBuilder();
        for (Object p : pieces) {
            if (p instanceof String s) {
                out.append(s);
                added.append(s);
                continue;
            }
            int[] range = (int[]) p;
            if (range[0] < keptEnd) {
                return null;
            }
            if (range[0] > keptEnd || added.length() > 0) {
                replacements.add(new Replacement(keptEnd, range[0], added.toString()));
                added.setLength(0);
            }
            int at = range[0];
            while (next < disjoint.size() && disjoint.get(next).start() <= range[1]) {
                Fixes.TextEdit e = disjoint.get(next++);
                if (e.start() < range[0] || e.end() > range[1]) {
                    skipped.add(e);
                    continue;
                }
                out.append(source, at, e.start()).append(e.replacement());
                replacements.add(new Replacement(e.start(), e.end(), e.replacement()));
                made.add(e);
                at = e.end();
            }
            out.append(source, at, range[1]);
            keptEnd = range[1];
        }
        if (keptEnd < source.length() || added.length() > 0) {
            replacements.add(new Replacement(keptEnd, source.length(), added.toString()));
        }
        while (next < disjoint.size()) {
            skipped.add(disjoint.get(next++));
        }
        replacements.sort(Comparator.comparingInt(Replacement::start).thenComparingInt(Replacement::end));
        return new Result(out.toString(), replacements, made, skipped);
    }
}
