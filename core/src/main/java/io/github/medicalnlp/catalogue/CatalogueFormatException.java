package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Checks;
import java.util.Optional;

/**
 * A catalogue file that cannot be read as it is: malformed text, or, in strict mode, text the reader
 * would only warn about. It names the place: the source (a file name, or {@code <string>}), the
 * 1-based line and column, and for JSON the JSON pointer of the value.
 *
 * <p>The message reads {@code source:line:column: detail}, the form editors and compilers use, so
 * that a user can jump to the place.
 */
public final class CatalogueFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String pointer;
    private final String detail;

    /**
     * A format error at a line and column of a source.
     *
     * @param source the file name or another name of the source, e.g. {@code README.md}
     * @param line the 1-based line
     * @param column the 1-based column
     * @param detail what is wrong and what to do
     */
    public CatalogueFormatException(String source, int line, int column, String detail) {
        this(source, line, column, null, detail, null);
    }

    /**
     * A format error with a JSON pointer and an underlying cause.
     *
     * @param source the file name or another name of the source
     * @param line the 1-based line, or 0 when unknown
     * @param column the 1-based column, or 0 when unknown
     * @param pointer the JSON pointer of the value, or {@code null}
     * @param detail what is wrong and what to do
     * @param cause the underlying exception, or {@code null}
     */
    public CatalogueFormatException(String source, int line, int column, String pointer, String detail,
            Throwable cause) {
        super(message(source, line, column, pointer, detail), cause);
        this.source = Checks.notNull(source, "source");
        this.line = line;
        this.column = column;
        this.pointer = pointer;
        this.detail = Checks.notNull(detail, "detail");
    }

    private static String message(String source, int line, int column, String pointer, String detail) {
        StringBuilder b = new StringBuilder(String.valueOf(source));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (pointer != null) {
            b.append("at ").append(pointer.isEmpty() ? "/" : pointer).append(": ");
        }
        return b.append(detail).toString();
    }

    /** The name of the source, e.g. a file name. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The JSON pointer of the offending value, for JSON sources. */
    public Optional<String> pointer() {
        return Optional.ofNullable(pointer);
    }

    /** What is wrong, without the location. */
    public String detail() {
        return detail;
    }
}
