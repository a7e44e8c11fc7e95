package io.github.medicalnlp.catalogue.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * GitHub's heading anchors (the algorithm of github-slugger): lower-case, drop punctuation and
 * symbols, turn every space into a hyphen. Letters and digits of every script are kept, so
 * {@code "3.1 中文"} gives {@code "31-中文"} and {@code "1.1  CMB / CMExam"} gives {@code "11--cmb--cmexam"}.
 */
public final class Anchors {

    private Anchors() {
    }

    /** The anchor GitHub gives a heading with this text (before de-duplication with -1, -2, ...). */
    public static String slug(String headingText) {
        StringBuilder out = new StringBuilder(headingText.length());
        headingText.strip().codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }

    /**
     * GitHub's numbering of repeated anchors, heading after heading in document order: the first heading
     * with a slug gets the slug, the next ones {@code slug-1}, {@code slug-2}, … Not thread-safe: one per
     * document.
     */
    public static final class Numbering {

        private final Map<String, Integer> counts = new HashMap<>();

        /** The anchor of the next heading with this slug. */
        public String next(String slug) {
            int n = counts.merge(slug, 1, Integer::sum) - 1;
            return n == 0 ? slug : slug + "-" + n;
        }
    }
}
