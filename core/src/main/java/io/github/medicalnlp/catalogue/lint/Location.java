package io.github.medicalnlp.catalogue.lint;

import io.github.medicalnlp.catalogue.internal.Checks;

/**
 * A place in a source file.
 *
 * @param source the file name, or another name of the source
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record Location(String source, int line, int column) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if line or column is not positive
     */
    public Location {
        Checks.notNull(source, "source");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column must be positive, were " + line + ":" + column);
        }
    }

    /** {@code source:line:column}. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
