package io.github.medicalnlp.catalogue.internal;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * Text folded for word search, with the places where a word may start or end: a search for {@code CT}
 * finds "CT scans" and "CT-RATE" but not "Doctor", a search for {@code QA} finds "MedQA" and {@code Huatuo}
 * finds "HuatuoGPT", and a search in Chinese finds any substring.
 *
 * <p>The text is normalised as {@link Text#fold} normalises it (Unicode NFKC) and case-folded one code point
 * at a time, so that the boundaries stay aligned (upper then lower case, ß as ss), with every run of white
 * space made one space. A boundary lies
 * <ul>
 *   <li>at the start and the end of the text;</li>
 *   <li>between a word character (a letter, digit or combining mark of a script written with spaces
 *       between words) and any other character;</li>
 *   <li>before and after every character of a script written without spaces between words (Chinese,
 *       Japanese, Thai, …) or whose words carry their particles (Korean), so that such text is searched as
 *       characters, not words;</li>
 *   <li>inside a word where its case or kind turns: {@code Med|QA}, {@code Bio|BERT}, {@code GPT|Model},
 *       {@code GPT|4}, {@code 26|M}.</li>
 * </ul>
 * A needle is found where it occurs with a boundary at each of its ends that is a word character; an end
 * that is not (a space, a Chinese character, punctuation) needs none. Finding is linear in the text: short
 * needles use {@link String#indexOf}, long ones the Knuth–Morris–Pratt table.
 */
public final class WordText {

    /** Needles up to this length are searched with {@code indexOf}, at most this many steps a character. */
    private static final int SHORT_NEEDLE = 32;

    private final String folded;
    private final BitSet boundaries;

    private WordText(String folded, BitSet boundaries) {
        this.folded = folded;
        this.boundaries = boundaries;
    }

    /** The folded form of {@code text} with its word boundaries. */
    public static WordText of(CharSequence text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        BitSet boundaries = new BitSet(nfkc.length() + 1);
        int before = -1; // the previous code point, as read (not folded)
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (before == ' ') {
                    continue; // one space for a run of white space
                }
                cp = ' ';
            }
            int next = i < nfkc.length() ? nfkc.codePointAt(i) : -1;
            int after = next < 0 || i + Character.charCount(next) >= nfkc.length() ? -1
                    : nfkc.codePointAt(i + Character.charCount(next));
            if (before < 0 || isBoundary(before, cp, next, after)) {
                boundaries.set(out.length());
            }
            fold(cp, out);
            before = cp;
        }
        boundaries.set(out.length());
        return new WordText(out.toString(), boundaries);
    }

    /**
     * Appends the case-folded form of a code point: upper case, then lower case, so that the forms of a
     * letter that lower-casing keeps apart meet (Greek final ς and σ, both from Σ), and ß as ss (as
     * {@code STRASSE} is written). A code point gives one, except ß and ẞ, which give two; no boundary falls
     * between those two.
     */
    private static void fold(int cp, StringBuilder out) {
        if (cp < 0x80) {
            out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
        } else if (cp == 'ß' || cp == 'ẞ') {
            out.append("ss");
        } else {
            out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
        }
    }

    /** The folded text. */
    public String folded() {
        return folded;
    }

    /**
     * Folds a needle for {@link #contains}: as the text is folded, without white space at its ends.
     * Returns an empty string when nothing but white space is left.
     */
    public static String needle(String text) {
        return of(text).folded.strip();
    }

    /** Whether {@code needle} (already {@linkplain #needle folded}) occurs here between word boundaries. */
    public boolean contains(String needle) {
        if (needle.isEmpty()) {
            return false;
        }
        boolean checkStart = wordClass(needle.codePointAt(0)) == WORD;
        boolean checkEnd = wordClass(needle.codePointBefore(needle.length())) == WORD;
        if (needle.length() <= SHORT_NEEDLE) {
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
                if (bounded(at, at + needle.length(), checkStart, checkEnd)) {
                    return true;
                }
            }
            return false;
        }
        int[] table = failureTable(needle);
        int k = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            while (k > 0 && needle.charAt(k) != c) {
                k = table[k - 1];
            }
            if (needle.charAt(k) == c) {
                k++;
            }
            if (k == needle.length()) {
                if (bounded(i + 1 - k, i + 1, checkStart, checkEnd)) {
                    return true;
                }
                k = table[k - 1];
            }
        }
        return false;
    }

    private boolean bounded(int start, int end, boolean checkStart, boolean checkEnd) {
        return (!checkStart || boundaries.get(start)) && (!checkEnd || boundaries.get(end));
    }

    private static int[] failureTable(String needle) {
        int[] table = new int[needle.length()];
        int k = 0;
        for (int i = 1; i < needle.length(); i++) {
            while (k > 0 && needle.charAt(k) != needle.charAt(i)) {
                k = table[k - 1];
            }
            if (needle.charAt(k) == needle.charAt(i)) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }

    private static final int OTHER = 0;
    private static final int IDEOGRAPHIC = 1;
    private static final int WORD = 2;

    /**
     * Whether a word may start or end between {@code a} and {@code b} ({@code c} is the code point after b,
     * {@code d} the one after c, or -1).
     */
    private static boolean isBoundary(int a, int b, int c, int d) {
        int ca = wordClass(a);
        int cb = wordClass(b);
        if (ca != cb || ca == IDEOGRAPHIC) {
            return true;
        }
        if (ca == OTHER) {
            return false;
        }
        if (Character.isDigit(a) != Character.isDigit(b) && Character.isLetter(a) != Character.isLetter(b)) {
            return true; // GPT|4, 26|M
        }
        if (Character.isLowerCase(a) && Character.isUpperCase(b)) {
            return true; // Med|QA
        }
        // GPT|Model: an upper-case letter after upper case that starts a lower-case run, but not the plural
        // s of an acronym (EHRs, LLMs, CTs are one word each)
        return Character.isUpperCase(a) && Character.isUpperCase(b) && c >= 0 && Character.isLowerCase(c)
                && !(c == 's' && (d < 0 || !Character.isLetterOrDigit(d)));
    }

    private static int wordClass(int cp) {
        if (isIdeographic(cp)) {
            return IDEOGRAPHIC;
        }
        if (Character.isLetterOrDigit(cp)) {
            return WORD;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK ? WORD : OTHER;
    }

    /**
     * Whether {@code cp} belongs to a script written without spaces between words (Chinese, Japanese, Thai,
     * Lao, Khmer, Myanmar, Tibetan) or whose words carry their particles (Korean): such text is searched
     * character by character.
     */
    private static boolean isIdeographic(int cp) {
        if (cp < 0x0E00) {
            return false; // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts: words between spaces
        }
        if (Character.isIdeographic(cp)) {
            return true;
        }
        switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR, TIBETAN, BOPOMOFO, YI:
                return true;
            default:
                return false;
        }
    }
}
