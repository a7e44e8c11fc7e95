package io.github.medicalnlp.catalogue.internal;

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
}
