package io.github.medicalnlp.catalogue.markdown.internal.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the fixes together: the text as read with the text edits made, each replacing only its own
 * characters; every other character is copied. An edit that overlaps another is not made. Time linear in
 * the text and the edits (n log n with the sorting).
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
     * Makes the edits that overlap no other (the first of two that overlap is made).
     *
     * @param source the text as read
     * @param edits the text edits, over the text as read
     */
    public static Result compose(String source, List<Fixes.TextEdit> edits) {
        List<Fixes.TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Fixes.TextEdit::start).thenComparingInt(Fixes.TextEdit::end));
        List<Fixes.TextEdit> skipped = new ArrayList<>();
        List<Fixes.TextEdit> made = new ArrayList<>();
        List<Replacement> replacements = new ArrayList<>();
        StringBuilder out = new StringBuilder(source.length() + 64);
        int at = 0;
        int lastInsertion = -1;
        for (Fixes.TextEdit e : sorted) {
            boolean insertion = e.start() == e.end();
            if (e.start() < at || (insertion && e.start() == lastInsertion) || e.end() > source.length()) {
                skipped.add(e);
                continue;
            }
            out.append(source, at, e.start()).append(e.replacement());
            replacements.add(new Replacement(e.start(), e.end(), e.replacement()));
            made.add(e);
            at = e.end();
            lastInsertion = insertion ? e.start() : -1;
        }
        out.append(source, at, source.length());
        return new Result(out.toString(), replacements, made, skipped);
    }
}
