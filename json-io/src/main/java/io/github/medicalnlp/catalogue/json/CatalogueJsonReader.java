package io.github.medicalnlp.catalogue.json;

import com.fasterxml.jackson.core.JsonParser;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.json.internal.CatalogueReader;
import io.github.medicalnlp.catalogue.json.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads catalogue documents in the JSON format (see {@link JsonFormat}).
 *
 * <p>Anything wrong gives a {@link CatalogueFormatException} whose message is one line naming the source,
 * the line:column and the JSON pointer: malformed or cut-short JSON, a value of the wrong type, a missing
 * required property, an unknown format, a version that is not {@code major.minor} (see
 * {@link JsonFormat#VERSION}) or of a newer major version, a string holding a lone surrogate (such as
 * <code>"&#92;ud800"</code>: not Unicode text, which UTF-8, Markdown and this format cannot hold), or input
 * beyond the limits ({@value #MAX_NESTING_DEPTH} levels of nesting, 256 MiB, strings of 16 MiB).
 *
 * <p>Properties this version does not know are ignored, so that newer minor versions can be read; a
 * {@linkplain #strict() strict} reader rejects them. A key repeated in one object (RFC 8259 leaves its
 * meaning open) is an error of a strict reader; the default reader uses the last value, as most JSON
 * parsers do, and reports a warning: the {@code CatalogueFormatException} a strict reader would have
 * thrown, handed to the {@linkplain #withWarnings warning handler}. Unless another is set, the handler
 * logs it at {@code WARNING} to the platform logger ({@link System.Logger})
 * {@code io.github.medicalnlp.catalogue.json}, which {@code java.util.logging} prints to standard error
 * and SLF4J or Log4j bridges pick up.
 *
 * <p>{@link #readEntry} and {@link #readEntries} read one entry object and an array of them (what
 * {@link CatalogueJsonWriter#write(Entry)} and {@link CatalogueJsonWriter#writeEntries} write) with the same
 * rules and errors, the JSON pointer counted from the entry or the array:
 * <pre>{@code
 * List<Entry> entries = CatalogueJsonReader.create().readEntries(CatalogueJsonWriter.create().writeEntries(list));
 * }</pre>
 *
 * <p>The reader works on Jackson's streaming API only: reading never starts Jackson databind.
 * Readers are immutable and safe to share as constants.
 */
public final class CatalogueJsonReader {

    /** The deepest nesting of arrays and objects a document may have. */
    public static final int MAX_NESTING_DEPTH = Json.MAX_NESTING_DEPTH;

    private static final CatalogueJsonReader LENIENT = new CatalogueJsonReader(false, CatalogueReader.LOG_WARNINGS);
    private static final CatalogueJsonReader STRICT = new CatalogueJsonReader(true, CatalogueReader.LOG_WARNINGS);

    private final boolean strict;
    private final Consumer<? super CatalogueFormatException> warnings;

    private CatalogueJsonReader(boolean strict, Consumer<? super CatalogueFormatException> warnings) {
        this.strict = strict;
        this.warnings = warnings;
    }

    /** A reader that ignores unknown properties and warns of repeated keys. */
    public static CatalogueJsonReader create() {
        return LENIENT;
    }

    /** A reader that rejects unknown properties and repeated keys. */
    public static CatalogueJsonReader strict() {
        return STRICT;
    }

    /** Whether this reader rejects unknown properties and repeated keys. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * A reader like this one that hands each warning to {@code handler} instead of the platform logger:
     * a {@link CatalogueFormatException} (not thrown) with the source, line:column, JSON pointer and
     * detail of what a strict reader would refuse, in document order. Today the one warning is a key
     * repeated in an object. The handler runs on the reading thread; an exception it throws ends the
     * read. {@code withWarnings(w -> { })} ignores warnings.
     *
     * @throws NullPointerException if {@code handler} is null
     */
    public CatalogueJsonReader withWarnings(Consumer<? super CatalogueFormatException> handler) {
        return new CatalogueJsonReader(strict, Objects.requireNonNull(handler, "handler must not be null"));
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
            return new CatalogueReader(p, strict, sourceName, warnings).document();
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

    /**
     * Reads one entry object (what {@link CatalogueJsonWriter#write(Entry)} writes: the object an entry is
     * inside a document) from a string; the source is called {@code <string>} in errors.
     *
     * @throws NullPointerException if {@code json} is null
     * @throws CatalogueFormatException when the text is not one valid entry object
     */
    public Entry readEntry(String json) {
        Objects.requireNonNull(json, "json must not be null");
        return fromString(json, CatalogueReader::entryDocument);
    }

    /**
     * Reads one entry object from a character stream (not closed).
     *
     * @throws NullPointerException if {@code reader} is null
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the text is not one valid entry object
     */
    public Entry readEntry(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader must not be null");
        try (JsonParser p = Json.FACTORY.createParser(reader)) {
            return read(p, "<reader>", CatalogueReader::entryDocument);
        }
    }

    /**
     * Reads one UTF-8 entry object from a byte stream (not closed).
     *
     * @throws NullPointerException if {@code in} is null
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the text is not one valid entry object
     */
    public Entry readEntry(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        try (JsonParser p = Json.FACTORY.createParser(in)) {
            return read(p, "<stream>", CatalogueReader::entryDocument);
        }
    }

    /**
     * Reads one UTF-8 entry object from a file.
     *
     * @throws NullPointerException if {@code file} is null
     * @throws IOException when the file cannot be read
     * @throws CatalogueFormatException when the text is not one valid entry object
     */
    public Entry readEntry(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.FACTORY.createParser(in)) {
            return read(p, file.toString(), CatalogueReader::entryDocument);
        }
    }

    /**
     * Reads an array of entry objects (what {@link CatalogueJsonWriter#writeEntries(List)} writes) from a
     * string, in their order; the source is called {@code <string>} in errors, which name the entry's index
     * ({@code at /2/kind}).
     *
     * @throws NullPointerException if {@code json} is null
     * @throws CatalogueFormatException when the text is not an array of valid entry objects
     */
    public List<Entry> readEntries(String json) {
        Objects.requireNonNull(json, "json must not be null");
        return fromString(json, CatalogueReader::entriesDocument);
    }

    /**
     * Reads an array of entry objects from a character stream (not closed).
     *
     * @throws NullPointerException if {@code reader} is null
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the text is not an array of valid entry objects
     */
    public List<Entry> readEntries(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader must not be null");
        try (JsonParser p = Json.FACTORY.createParser(reader)) {
            return read(p, "<reader>", CatalogueReader::entriesDocument);
        }
    }

    /**
     * Reads a UTF-8 array of entry objects from a byte stream (not closed).
     *
     * @throws NullPointerException if {@code in} is null
     * @throws IOException when reading fails
     * @throws CatalogueFormatException when the text is not an array of valid entry objects
     */
    public List<Entry> readEntries(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        try (JsonParser p = Json.FACTORY.createParser(in)) {
            return read(p, "<stream>", CatalogueReader::entriesDocument);
        }
    }

    /**
     * Reads a UTF-8 array of entry objects from a file.
     *
     * @throws NullPointerException if {@code file} is null
     * @throws IOException when the file cannot be read
     * @throws CatalogueFormatException when the text is not an array of valid entry objects
     */
    public List<Entry> readEntries(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file); JsonParser p = Json.FACTORY.createParser(in)) {
            return read(p, file.toString(), CatalogueReader::entriesDocument);
        }
    }

    private <T> T fromString(String json, Function<CatalogueReader, T> what) {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            return what.apply(new CatalogueReader(p, strict, "<string>", warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(JsonParser p, String source, Function<CatalogueReader, T> what) throws IOException {
        try {
            return what.apply(new CatalogueReader(p, strict, source, warnings));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Catalogue read(JsonParser p, String source) throws IOException {
        try {
            return new CatalogueReader(p, strict, source, warnings).document();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code CatalogueJsonReader[strict]} or {@code CatalogueJsonReader[lenient]}. */
    @Override
    public String toString() {
        return "CatalogueJsonReader[" + (strict ? "strict" : "lenient") + "]";
    }
}
