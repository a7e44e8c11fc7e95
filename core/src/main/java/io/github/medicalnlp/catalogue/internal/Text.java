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
        if (isNfkcStable(text)) {
            return text.toLowerCase(Locale.ROOT); // the usual title or label: normalising would not change it
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return normalized.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether every character of {@code text} is ASCII or a CJK unified ideograph (U+4E00 to U+9FFF):
     * characters NFKC leaves as they are, none combining with another, so the text is its own NFKC form.
     */
    private static boolean isNfkcStable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
                return false;
            }
        }
        return true;
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
