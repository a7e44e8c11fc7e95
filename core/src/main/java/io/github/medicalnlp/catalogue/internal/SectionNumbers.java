package io.github.medicalnlp.catalogue.internal;

/**
 * The grammar of a section number: groups of one to three ASCII digits separated by single dots
 * ({@code 3}, {@code 3.1}, {@code 1.2.3}), or Chinese numerals ({@code 三}, {@code 十二}). A number is
 * written without the dot or 、 that may follow it in a heading. Longer digit groups are years or
 * counts ({@code 2023}), not section numbers.
 */
public final class SectionNumbers {

    /** What a section number must be, as error messages say it. */
    public static final String GRAMMAR = "groups of one to three digits separated by dots (3, 3.1, 1.2.3) or"
            + " Chinese numerals (三), without the dot or 、 that may follow it in a heading";

    private SectionNumbers() {
    }

    /** Whether {@code number} is a section number of this grammar. Linear, without regular expressions. */
    public static boolean isValid(String number) {
        int n = number.length();
        if (n == 0) {
            return false;
        }
        if (isChineseNumeral(number.charAt(0))) {
            for (int k = 1; k < n; k++) {
                if (!isChineseNumeral(number.charAt(k))) {
                    return false;
                }
            }
            return true;
        }
        int k = 0;
        while (true) {
            int start = k;
            while (k < n && number.charAt(k) >= '0' && number.charAt(k) <= '9') {
                k++;
            }
            if (k - start < 1 || k - start > 3) {
                return false;
            }
            if (k == n) {
                return true;
            }
            if (number.charAt(k) != '.') {
                return false;
            }
            k++;
        }
    }

    /** Whether {@code c} is one of the Chinese numerals a section number may be made of. */
    public static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十百".indexOf(c) >= 0;
    }
}
