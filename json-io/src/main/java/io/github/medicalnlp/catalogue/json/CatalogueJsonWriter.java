package io.github.medicalnlp.catalogue.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.internal.AtomicFiles;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.json.internal.CatalogueCodec;
import io.github.medicalnlp.catalogue.json.internal.FlatJsonLines;
import io.github.medicalnlp.catalogue.json.internal.Json;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes catalogues in the JSON format (see {@link JsonFormat}): a document that names the format and
 * its version, properties in a fixed order, enums as lower-case words, empty collections and absent
 * values left out, UTF-8 with non-ASCII text as it is, pretty-printed unless {@linkplain #compact()
 * compact}, ending with a line break.
 *
 * <p>{@link #writeJsonLines} exports the entries instead, in the flat form for data tools: one compact
 * JSON object per entry and line ({@link EntryRow}), UTF-8, each line ending with {@code \n}, with the keys
 * of {@link Column} in their order on every line (the same names as the CSV of
 * {@link io.github.medicalnlp.catalogue.csv.CatalogueCsvWriter}): a list column as an array of strings
 * (empty when the entry has none), an absent value as {@code null}. pandas ({@code read_json(lines=True)}),
 * DuckDB ({@code read_json_auto}) and Spark ({@code spark.read.json}) read it as a table without
 * {@code unnest}. The flat form keeps the first paper, code and data link and repository of an entry; the
 * document keeps them all. JSON Lines are always compact, whether the writer is pretty or not.
 *
 * <p>Text holding a lone surrogate (a UTF-16 unit U+D800–U+DFFF without its pair, possible only in a
 * catalogue built in code) is not Unicode, which UTF-8, Markdown and this format cannot hold, and which
 * {@link CatalogueJsonReader} refuses; every method refuses it with an {@link IllegalArgumentException}
 * naming its JSON pointer, instead of writing {@code ?} or an escape no reader of the format takes back.
 * The methods that write to a file write nothing then; those that write to a stream may have written
 * the part before it.
 *
 * <p>Writers are immutable and safe to share as constants.
 */
public final class CatalogueJsonWriter {

    private static final CatalogueJsonWriter PRETTY = new CatalogueJsonWriter(true);
    private static final CatalogueJsonWriter COMPACT = new CatalogueJsonWriter(false);

    private final boolean pretty;

    private CatalogueJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** A writer of pretty-printed documents, two spaces an indent. */
    public static CatalogueJsonWriter create() {
        return PRETTY;
    }

    /** A writer of documents on one line. */
    public static CatalogueJsonWriter compact() {
        return COMPACT;
    }

    /** The document of the catalogue. */
    public String write(Catalogue catalogue) {
        StringWriter out = new StringWriter();
        try {
            write(catalogue, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the document (the writer is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, Writer out) throws IOException {
        Objects.requireNonNull(catalogue, "catalogue must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try (JsonGenerator g = generator(Json.FACTORY.createGenerator(out))) {
            CatalogueCodec.write(g, catalogue, true);
        }
        out.write('\n');
    }

    /**
     * Writes the document as UTF-8 (the stream is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, OutputStream out) throws IOException {
        Objects.requireNonNull(catalogue, "catalogue must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try (JsonGenerator g = generator(Json.FACTORY.createGenerator(out))) {
            CatalogueCodec.write(g, catalogue, true);
        }
        out.write('\n');
    }

    /**
     * Writes the document to a file as UTF-8, through a temporary file moved into place.
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(catalogue, bytes);
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /** The entries as flat JSON Lines, one compact object per line, each line ending with a line break. */
    public String toJsonLines(Catalogue catalogue) {
        return toJsonLines(matches(catalogue));
    }

    /** Query results as flat JSON Lines, in their order. */
    public String toJsonLines(List<Match> matches) {
        StringWriter out = new StringWriter();
        try {
            writeJsonLines(matches, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the entries as flat JSON Lines (the writer is not closed).
     *
     * @throws IOException when writing fails
     */
    public void writeJsonLines(Catalogue catalogue, Writer out) throws IOException {
        writeJsonLines(matches(catalogue), out);
    }

    /**
     * Writes query results as flat JSON Lines, in their order (the writer is not closed).
     *
     * @throws IOException when writing fails
     */
    public void writeJsonLines(List<Match> matches, Writer out) throws IOException {
        Objects.requireNonNull(matches, "matches must not be null");
        Objects.requireNonNull(out, "out must not be null");
        FlatJsonLines.write(EntryRow.listOf(matches), out);
    }

    /**
     * Writes the entries as UTF-8 flat JSON Lines (the stream is not closed).
     *
     * @throws IOException when writing fails
     */
    public void writeJsonLines(Catalogue catalogue, OutputStream out) throws IOException {
        writeJsonLines(matches(catalogue), out);
    }

    /**
     * Writes query results as UTF-8 flat JSON Lines, in their order (the stream is not closed).
     *
     * @throws IOException when writing fails
     */
    public void writeJsonLines(List<Match> matches, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeJsonLines(matches, w);
        w.flush();
    }

    /**
     * Writes the entries as UTF-8 flat JSON Lines to a file, through a temporary file moved into place.
     *
     * @throws IOException when writing fails
     */
    public void writeJsonLines(Catalogue catalogue, Path file) throws IOException {
        writeJsonLines(matches(catalogue), file);
    }

    /**
     * Writes query results as UTF-8 flat JSON Lines to a file, through a temporary file moved into place.
     *
     * @throws IOException when writing fails
     */
    public void writeJsonLines(List<Match> matches, Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        AtomicFiles.write(file, toJsonLines(matches).getBytes(StandardCharsets.UTF_8));
    }

    private static List<Match> matches(Catalogue catalogue) {
        return Objects.requireNonNull(catalogue, "catalogue must not be null").query().list();
    }

    private JsonGenerator generator(JsonGenerator g) {
        return pretty ? g.setPrettyPrinter(Json.prettyPrinter()) : g;
    }
}
