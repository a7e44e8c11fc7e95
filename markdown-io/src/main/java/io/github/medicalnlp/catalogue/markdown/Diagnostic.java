package io.github.medicalnlp.catalogue.markdown;

import java.util.Objects;

/**
 * Something odd the reader found in the Markdown: a malformed link, a label without a value, an entry
 * without a link. Reading goes on; a strict reader turns the first diagnostic into a
 * {@link io.github.medicalnlp.catalogue.CatalogueFormatException}.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 * @param rule a stable identifier of the kind of problem, e.g. {@code malformed-link}: the rule, as
 *     {@code Finding.rule()} and {@code RuleInfo.rule()} name it
 * @param message what is odd, in English
 */
public record Diagnostic(int line, int column, String rule, String message) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the line or column is not positive
     */
    public Diagnostic {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column must be positive, were " + line + ":" + column);
        }
    }

    /**
     * The rule, under the name it had before the rule was given one name everywhere.
     *
     * @deprecated use {@link #rule()}, the name {@code Finding} and {@code RuleInfo} give it; this name goes in 0.2
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public String code() {
        return rule;
    }

    /** {@code line:column: warning: rule: message}. */
    @Override
    public String toString() {
        return line + ":" + column + ": warning: " + rule + ": " + message;
    }
}
