package io.github.medicalnlp.catalogue.lint;

import java.util.Locale;

/** How bad a finding is. Only errors make the command-line {@code lint} fail. */
public enum Severity {
    /** Wrong: a list must not have it. */
    ERROR,
    /** Probably wrong, or against the list's style. */
    WARNING,
    /** Worth a look. */
    INFO;

    /** The lower-case word, e.g. {@code error}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return word();
    }
}
