package io.github.medicalnlp.catalogue.json;

import com.fasterxml.jackson.core.JsonParser;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.json.internal.CatalogueCodec;
import io.github.medicalnlp.catalogue.json.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads catalogue documents in the JSON format (see {@link JsonFormat}).
 *
 * <p>Anything wrong gives a {@link CatalogueFormatException} naming the JSON pointer and the
 * line:column: malformed JSON, a value of the wrong type, a missing required property, an unknown
 * format, a newer major version, or input beyond the limits ({@value #MAX_NESTING_DEPTH} levels of
 * nesting, 256 MiB). Properties this version does not know are ignored, so that newer minor versions
 * can be read; a {@linkplain #strict() strict} reader rejects them.
 *
 * <p>The reader works on Jackson's streaming API only: reading never starts Jackson databind.
 * Readers are immutable and safe to share as constants.
 */
public final class CatalogueJsonReader {

    /** The deepest nesting of arrays and objects a document may have. */
    public static final int MAX_NESTING_DEPTH = Json.MAX_NESTING_DEPTH;

    private static final CatalogueJsonReader LENIENT = new CatalogueJsonReader(false);
    private static final CatalogueJsonReader STRICT = new CatalogueJsonReader(true);

    private final boolean strict;

    private CatalogueJsonReader(boolean strict) {
        this.strict = strict;
    }

    /** A reader that ignores unknown properties. */
    public static CatalogueJsonReader create() {
        return LENIENT;
    }

    /** A reader that rejects unknown properties. */
    public static CatalogueJsonReader strict() {
        return STRICT;
    }

    /** Whether this reader rejects unknown properties. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Reads a document from a string; the source is called {@code <string>} in errors.
     *
     * @throws CatalogueFormatException when the document is not a valid catalogue document
     */
    public Catalogue read(String json) {
        return read(json, "<string>");
    }

    /**
     * Reads a document from a string whose source is called {@code sourceName} in errors.
     *
     * @throws CatalogueFormatException when the document is not a valid catalogue document
     */
    public Catalogue read(String json, String sourceName) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            return new CatalogueCodec.Reader(p, strict, sourceName).document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document from a character stream (not closed).
     *
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the document is not a valid catalogue document
     */
    public Catalogue read(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader must not be null");
        try (JsonParser p = Json.FACTORY.createParser(reader)) {
            return read(p, "<reader>");
        }
    }

    /**
     * Reads a UTF-8 document from a byte stream (not closed).
     *
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the document is not a valid catalogue document
     */
    public Catalogue read(InputStream in) throws IOException {
        return read(in, "<stream>");
    }

    /**
     * Reads a UTF-8 document from a byte stream (not closed) whose source is called
     * {@code sourceName} in errors.
     *
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the document is not a valid catalogue document
     */
    public Catalogue read(InputStream in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        try (JsonParser p = Json.FACTORY.createParser(in)) {
            return read(p, sourceName);
        }
    }

    /**
     * Reads a UTF-8 document from a file.
     *
     * @throws IOException when the file cannot be read
     * @throws CatalogueFormatException when the document is not a valid catalogue document
     */
    public Catalogue read(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.FACTORY.createParser(in)) {
            return read(p, file.toString());
        }
    }

    private Catalogue read(JsonParser p, String source) throws IOException {
        try {
            return new CatalogueCodec.Reader(p, strict, source).document();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
