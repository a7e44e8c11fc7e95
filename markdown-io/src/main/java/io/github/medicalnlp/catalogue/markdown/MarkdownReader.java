package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.markdown.internal.read.DocumentReader;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the README Markdown of an awesome list into a {@link MarkdownDocument}: the catalogue it
 * holds, and every byte as it was written.
 *
 * <p>Every shape the Medical_NLP list has had is recognised: entries as a bullet with nested
 * {@code label：value} bullets and star badges, numbered paper lists, bold group labels, classic
 * {@code - [Name](url) - description} items, GFM tables, and entries written as their own heading.
 * What is not recognised is kept as written. Odd Markdown gives {@linkplain Diagnostic diagnostics};
 * a {@linkplain #strict() strict} reader throws {@link CatalogueFormatException} at the first one.
 *
 * <p>Readers are immutable and safe to share as constants:
 * <pre>{@code
 * MarkdownDocument doc = MarkdownReader.create().read(Path.of("README.md"));
 * Catalogue catalogue = doc.catalogue();
 * }</pre>
 */
public final class MarkdownReader {

    /**
     * The longest document read, in characters (64 Mi): a hundred times the longest list seen, and short
     * of what the default heap of a small machine can hold with its catalogue.
     */
    public static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

    /** The most UTF-8 bytes {@link #MAX_DOCUMENT_CHARS} characters can take (four per character). */
    private static final int MAX_DOCUMENT_BYTES = 4 * MAX_DOCUMENT_CHARS;

    private static final MarkdownReader LENIENT = new MarkdownReader(false);
    private static final MarkdownReader STRICT = new MarkdownReader(true);
    private static final DocumentReader PARSER = new DocumentReader();

    private final boolean strict;

    private MarkdownReader(boolean strict) {
        this.strict = strict;
    }

    /** A reader that reports odd Markdown as diagnostics and reads on. */
    public static MarkdownReader create() {
        return LENIENT;
    }

    /** A reader that throws {@link CatalogueFormatException} at the first diagnostic. */
    public static MarkdownReader strict() {
        return STRICT;
    }

    /** Whether this reader is strict. */
    public boolean isStrict() {
        return strict;
    }

    /** A reader like this one, strict or not. */
    public MarkdownReader withStrict(boolean strict) {
        return strict ? STRICT : LENIENT;
    }

    /**
     * Reads Markdown text; the source is called {@code <string>} in errors.
     *
     * @throws CatalogueFormatException in strict mode, at the first diagnostic
     */
    public MarkdownDocument read(String markdown) {
        return read(markdown, "<string>");
    }

    /**
     * Reads Markdown text whose source is called {@code sourceName} in diagnostics and errors.
     *
     * @throws CatalogueFormatException in strict mode, at the first diagnostic
     */
    public MarkdownDocument read(String markdown, String sourceName) {
        Objects.requireNonNull(markdown, "markdown must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        if (markdown.length() > MAX_DOCUMENT_CHARS) {
            throw tooLong(sourceName, markdown.length() + " characters");
        }
        Parsed parsed = PARSER.read(markdown);
        if (strict && !parsed.diagnostics().isEmpty()) {
            Diagnostic d = parsed.diagnostics().get(0);
            throw new CatalogueFormatException(sourceName, d.line(), d.column(), d.rule() + ": " + d.message());
        }
        return new MarkdownDocument(parsed, sourceName);
    }

    private static CatalogueFormatException tooLong(String source, String size) {
        return new CatalogueFormatException(source, 0, 0, null, "the document is " + size + ", over the limit of "
                + MAX_DOCUMENT_CHARS + " characters (MarkdownReader.MAX_DOCUMENT_CHARS); split the list", null);
    }

    /**
     * Reads all characters from a reader (not closed).
     *
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the reader gives more than {@link #MAX_DOCUMENT_CHARS}
     *     characters (it stops reading there)
     */
    public MarkdownDocument read(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader must not be null");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_DOCUMENT_CHARS) {
                throw tooLong("<reader>", "over " + MAX_DOCUMENT_CHARS + " characters");
            }
        }
        return read(text.toString(), "<reader>");
    }

    /**
     * Reads UTF-8 bytes from a stream (not closed).
     *
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the bytes are not UTF-8, naming the byte offset
     */
    public MarkdownDocument read(InputStream in) throws IOException {
        return read(in, "<stream>");
    }

    /**
     * Reads UTF-8 bytes from a stream (not closed) whose source is called {@code sourceName} in
     * diagnostics and errors.
     *
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the bytes are not UTF-8, naming the byte offset, or the
     *     document is over {@link #MAX_DOCUMENT_CHARS} (reading stops at four bytes a character)
     */
    public MarkdownDocument read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw tooLong(sourceName, "over " + MAX_DOCUMENT_BYTES + " bytes");
        }
        return read(Utf8.decode(bytes, sourceName), sourceName);
    }

    /**
     * Reads a UTF-8 file.
     *
     * @throws IOException when the file cannot be read
     * @throws CatalogueFormatException when the bytes are not UTF-8, naming the byte offset
     */
    public MarkdownDocument read(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.toString();
        long size = Files.size(file);
        if (size > MAX_DOCUMENT_BYTES) {
            throw tooLong(name, size + " bytes");
        }
        return read(Utf8.decode(Files.readAllBytes(file), name), name);
    }
}
