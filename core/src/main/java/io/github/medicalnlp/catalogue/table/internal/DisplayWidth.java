package io.github.medicalnlp.catalogue.table.internal;

/**
 * Display width in a terminal or a monospaced font, the one definition for the library and its tool: East Asian
 * wide and full-width characters (Han, Hiragana, Katakana, Hangul, full-width forms, most emoji) take two
 * columns; combining and enclosing marks (variation selectors among them), format characters (such as the
 * zero-width joiner), U+200B and controls take none; every other code point takes one.
 *
 * <p>Everything works on code points, so a surrogate pair is never split; every method is linear in its
 * argument.
 */
public final class DisplayWidth {

    /** The ellipsis that ends a cut text: one column. */
    public static final char ELLIPSIS = '…';

    private DisplayWidth() {
    }

    /** The display width of {@code s}, the sum of {@link #of(int)} over its code points. */
    public static int of(String s) {
        int w = 0;
        int previous = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(previous, cp);
            previous = cp;
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The width of {@code cp} after {@code previous}: none after a zero-width joiner, which makes one glyph of an
     * emoji sequence (👩‍⚕️ is two columns, not three); between letters it joins nothing.
     */
    private static int of(int previous, int cp) {
        return previous == ZWJ && pictographic(cp) ? 0 : of(cp);
    }

    private static final int ZWJ = 0x200D;

    /** Whether {@code cp} is a symbol an emoji ZWJ sequence joins (⚕, ♀, ❤, 🩺 …), not a letter. */
    private static boolean pictographic(int cp) {
        return cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2190 && cp <= 0x2BFF;
    }

    /**
     * Emoji of the Basic Multilingual Plane whose East Asian Width is W (emoji presentation by default): the
     * watch, hourglass, umbrella, coffee, wheelchair, check and cross marks, stars … (Unicode 15, EastAsianWidth.txt).
     */
    private static boolean wideBmpEmoji(int cp) {
        return cp == 0x231A || cp == 0x231B || cp >= 0x23E9 && cp <= 0x23EC || cp == 0x23F0 || cp == 0x23F3
                || cp == 0x25FD || cp == 0x25FE || cp == 0x2614 || cp == 0x2615 || cp >= 0x2648 && cp <= 0x2653
                || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || cp == 0x26AA || cp == 0x26AB || cp == 0x26BD
                || cp == 0x26BE || cp == 0x26C4 || cp == 0x26C5 || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA
                || cp == 0x26F2 || cp == 0x26F3 || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD || cp == 0x2705
                || cp == 0x270A || cp == 0x270B || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || cp >= 0x2753 && cp <= 0x2755 || cp == 0x2757 || cp >= 0x2795 && cp <= 0x2797 || cp == 0x27B0
                || cp == 0x27BF || cp == 0x2B1B || cp == 0x2B1C || cp == 0x2B50 || cp == 0x2B55;
    }

    /** The display width of one code point: 0, 1 or 2. */
    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        if (Character.isISOControl(cp) || cp >= 0x1F3FB && cp <= 0x1F3FF) { // a skin tone joins the emoji before it
            return 0;
        }
        if (wideBmpEmoji(cp)) {
            return 2;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F680 && cp <= 0x1F6FF) || (cp >= 0x1F7E0 && cp <= 0x1F7EB) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x1FA70 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /**
     * The text cut to at most {@code max} columns, ending with {@link #ELLIPSIS} when cut (so at least one
     * column: {@code max} should be 1 or more); tabs and line feeds become spaces. A code point is kept whole or
     * not at all, and the marks that follow a kept character are kept with it.
     */
    public static String cut(String s, int max) {
        String flat = s.replace('\n', ' ').replace('\t', ' ');
        if (of(flat) <= max) {
            return flat;
        }
        StringBuilder out = new StringBuilder();
        int w = 0;
        int previous = 0;
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            int width = of(previous, cp);
            if (w + width > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            w += width;
            previous = cp;
            i += Character.charCount(cp);
        }
        return out.append(ELLIPSIS).toString();
    }

    /** The text padded with spaces on the right to {@code width} columns (unchanged when it is as wide). */
    public static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }
}
