package io.github.medicalnlp.catalogue.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalisation used for matching: Unicode NFKC, then case folding in the root locale. */
public final class Text {

    private Text() {
    }

    /**
     * The form used to compare text without regard to case or compatibility variants: full-width
     * Latin letters, digits and punctuation ({@code ＣＭＢ}, {@code ：}) become their ASCII forms, and
     * letters are lower-cased. Chinese characters are unchanged, so substrings of Chinese text still
     * match.
     */
    public static String fold(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return normalized.toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} with runs of white space collapsed to one space and the ends stripped. */
    public static String foldKey(String text) {
        return fold(text).strip().replaceAll("\\s+", " ");
    }

    /**
     * {@code text} cut to at most {@code max} characters (with an ellipsis) for an error message, so that a
     * hostile value of megabytes does not become a message of megabytes.
     */
    public static String abbreviate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
