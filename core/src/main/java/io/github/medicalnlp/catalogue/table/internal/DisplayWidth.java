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
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The display width of one code point: 0, 1 or 2. */
    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        if (Character.isISOControl(cp)) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
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
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            if (w + of(cp) > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return out.append(ELLIPSIS).toString();
    }

    /** The text padded with spaces on the right to {@code width} columns (unchanged when it is as wide). */
    public static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }
}
