package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import io.github.medicalnlp.catalogue.markdown.internal.lint.TextRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code trailing-whitespace}: removes the spaces and tabs that end lines of an entry, where that leaves
 * what the entry renders to as it was (its HTML, rendered by commonmark-java, compared). Each entry is
 * tried whole (every run removed); if its HTML would change, the runs that cannot be a hard line break
 * (fewer than two spaces, a line of white space only, or a line followed by a blank line or by the end of
 * the entry) are tried together, then each other run on its own (up to {@value #TRIED_ALONE} of them an
 * entry, so that the time stays linear).
 *
 * <p>Declines a run when removing it changes the entry's HTML: two or more spaces before a line that
 * continues the paragraph (a hard line break), or white space inside code, where it is content.
 */
final class WhitespaceFixer implements Fixer {

    /** How many runs of one entry that may be line breaks are tried one by one (each try renders the entry). */
    private static final int TRIED_ALONE = 8;

    @Override
    public List<String> rules() {
        return List.of(TextRules.TRAILING_WHITESPACE.rule());
    }

    @Override
    public void fix(FixContext context, List<Detection> detections, Fixes fixes) {
        Map<Integer, List<Detection>> bySegment = new LinkedHashMap<>();
        for (Detection d : detections) {
            if (d.segment() < 0 || d.start() < 0 || d.end() <= d.start()) {
                fixes.decline(d, "the white space has no place in an entry");
            } else {
                bySegment.computeIfAbsent(d.segment(), k -> new ArrayList<>()).add(d);
            }
        }
        String text = context.text();
        bySegment.forEach((segment, runs) -> fixSegment(context, context.parsed().segments().get(segment), runs, fixes));
    }

    /** Removes the runs of one entry that leave its HTML as it was; declines the others. */
    private static void fixSegment(FixContext context, Parsed.Segment s, List<Detection> runs, Fixes fixes) {
        String text = context.text();
        String before = text.substring(s.start(), s.end());
        if (SameRendering.same(before, without(text, s, runs))) {
            runs.forEach(d -> remove(text, d, fixes));
            return;
        }
        List<Detection> safe = new ArrayList<>(runs.stream().filter(d -> cannotBreak(text, s, d)).toList());
        if (!safe.isEmpty() && !SameRendering.same(before, without(text, s, safe))) {
            safe.clear();
        }
        Set<Detection> removable = Collections.newSetFromMap(new IdentityHashMap<>());
        removable.addAll(safe);
        List<Detection> rest = runs.stream().filter(d -> !removable.contains(d)).toList();
        if (rest.size() <= TRIED_ALONE) {
            for (Detection d : rest) {
                List<Detection> with = new ArrayList<>(safe);
                with.add(d);
                with.sort(Comparator.comparingInt(Detection::start));
                if (SameRendering.same(before, without(text, s, with))) {
                    safe = with;
                    removable.add(d);
                }
            }
        }
        for (Detection d : runs) {
            if (removable.contains(d)) {
                remove(text, d, fixes);
            } else {
                fixes.decline(d, "removing the white space would change what the entry renders to: it makes a hard"
                        + " line break (two spaces before a line that continues the paragraph) or is part of code or"
                        + " HTML; keep it, or write a break as a backslash");
            }
        }
    }

    private static void remove(String text, Detection d, Fixes fixes) {
        fixes.text(d, d.start(), d.end(), "", text.substring(d.start(), d.end()));
    }

    /** The segment's text without the runs. */
    private static String without(String text, Parsed.Segment s, List<Detection> runs) {
        StringBuilder out = new StringBuilder(s.end() - s.start());
        int at = s.start();
        for (Detection d : runs) {
            out.append(text, at, d.start());
            at = d.end();
        }
        return out.append(text, at, s.end()).toString();
    }

    /**
     * Whether a run cannot be a hard line break: fewer than two spaces, a line of white space only, or a
     * line after which the entry ends or a blank line follows.
     */
    private static boolean cannotBreak(String text, Parsed.Segment s, Detection d) {
        int spaces = 0;
        for (int i = d.start(); i < d.end(); i++) {
            spaces += text.charAt(i) == ' ' ? 1 : 0;
        }
        if (spaces < 2) {
            return true;
        }
        int lineStart = d.start();
        while (lineStart > s.start() && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        if (lineStart == d.start()) {
            return true;
        }
        int next = d.end();
        if (next < s.end() && text.charAt(next) == '\r') {
            next++;
        }
        if (next < s.end() && text.charAt(next) == '\n') {
            next++;
        }
        while (next < s.end() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        return next >= s.end() || text.charAt(next) == '\n' || text.charAt(next) == '\r';
    }
}
