package io.github.medicalnlp.catalogue.json.internal;

/**
 * The grammar of the {@code version} property, written out (no regular expression):
 * <pre>
 * version = number "." number
 * number  = "0" | nonzero digit{0,8}      ; no sign, no leading zero, at most nine digits
 * nonzero = "1" … "9"
 * digit   = "0" … "9"                     ; ASCII only: no full-width or other Unicode digits
 * </pre>
 * Nothing else: no space, no line break, no third part. It is the JSON Schema pattern
 * {@code ^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$}; the schema of major version 1 uses
 * {@code ^1\.(0|[1-9][0-9]{0,8})$}.
 *
 * @param major the major version
 * @param minor the minor version
 */
public record FormatVersion(int major, int minor) {

    private static final int MAX_DIGITS = 9;

    /** The version {@code text} spells, or {@code null} when it does not follow the grammar. */
    public static FormatVersion parse(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return null;
        }
        int major = number(text, 0, dot);
        int minor = number(text, dot + 1, text.length());
        return major < 0 || minor < 0 ? null : new FormatVersion(major, minor);
    }

    /** The number {@code text[from, to)} spells, or -1 when it does not follow the grammar. */
    private static int number(String text, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_DIGITS || (length > 1 && text.charAt(from) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
