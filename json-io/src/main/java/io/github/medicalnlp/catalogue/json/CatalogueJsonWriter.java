package io.github.medicalnlp.catalogue.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.internal.AtomicFiles;
import io.github.medicalnlp.catalogue.internal.Checks;
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
 * <p>Parts of a catalogue are written without building one: {@link #write(Entry)} writes one entry as the
 * object it is inside a document, {@link #writeEntries} an array of them and {@link #writeMatches} an array
 * of query results (each with the entry's id, section path and section heading beside the entry object);
 * {@link #entriesToJsonLines} and {@link #toJsonLines(List)} give the flat rows of entries and of matches.
 * {@link CatalogueJsonReader#readEntry} and {@link CatalogueJsonReader#readEntries} read entries back.
 *
 * <pre>{@code
 * CatalogueJsonWriter writer = CatalogueJsonWriter.create();
 * String document = writer.write(catalogue);                              // the whole catalogue
 * String one = writer.write(catalogue.entries().get(0));                  // {"name": …}
 * List<Match> found = catalogue.query().kind(Kind.DATASET).list();
 * String results = writer.writeMatches(found);                            // [{"id": …, "entry": {…}}, …]
 * String rows = writer.entriesToJsonLines(catalogue.entries());           // one flat row per line
 * }</pre>
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
        return string(out -> write(catalogue, out));
    }

    /**
     * Writes the document (the writer is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, Writer out) throws IOException {
        Objects.requireNonNull(catalogue, "catalogue must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(out, g -> CatalogueCodec.write(g, catalogue, true));
    }

    /**
     * Writes the document as UTF-8 (the stream is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, OutputStream out) throws IOException {
        Objects.requireNonNull(catalogue, "catalogue must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(out, g -> CatalogueCodec.write(g, catalogue, true));
    }

    /**
     * Writes the document to a file as UTF-8, through a temporary file moved into place.
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        writeFile(file, out -> write(catalogue, out));
    }

    /**
     * The JSON of one entry: the object an entry is inside a catalogue document, ending with a line break.
     *
     * @throws NullPointerException if {@code entry} is null
     */
    public String write(Entry entry) {
        Objects.requireNonNull(entry, "entry must not be null");
        return string(out -> write(entry, out));
    }

    /**
     * Writes the JSON of one entry (the writer is not closed).
     *
     * @throws NullPointerException if an argument is null
     * @throws IOException when writing fails
     */
    public void write(Entry entry, Writer out) throws IOException {
        Objects.requireNonNull(entry, "entry must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(out, g -> CatalogueCodec.write(g, entry));
    }

    /**
     * Writes the JSON of one entry as UTF-8 (the stream is not closed).
     *
     * @throws NullPointerException if an argument is null
     * @throws IOException when writing fails
     */
    public void write(Entry entry, OutputStream out) throws IOException {
        Objects.requireNonNull(entry, "entry must not be null");
        Objects.requireNonNull(out, "out must not be null");
        write(out, g -> CatalogueCodec.write(g, entry));
    }

    /**
     * Writes the JSON of one entry to a file as UTF-8, through a temporary file moved into place.
     *
     * @throws NullPointerException if an argument is null
     * @throws IOException when writing fails
     */
    public void write(Entry entry, Path file) throws IOException {
        Objects.requireNonNull(entry, "entry must not be null");
        Objects.requireNonNull(file, "file must not be null");
        writeFile(file, out -> write(entry, out));
    }

    /**
     * The JSON of a list of entries: an array of entry objects, in their order ({@code []} when empty), ending
     * with a line break.
     *
     * @throws NullPointerException if {@code entries} or one of them is null
     */
    public String writeEntries(List<Entry> entries) {
        List<Entry> list = Checks.listOf(entries, "entries");
        return string(out -> writeEntries(list, out));
    }

    /**
     * Writes a list of entries as an array of entry objects (the writer is not closed).
     *
     * @throws NullPointerException if an argument or an entry is null
     * @throws IOException when writing fails
     */
    public void writeEntries(List<Entry> entries, Writer out) throws IOException {
        List<Entry> list = Checks.listOf(entries, "entries");
        Objects.requireNonNull(out, "out must not be null");
        write(out, g -> CatalogueCodec.writeEntries(g, list));
    }

    /**
     * Writes a list of entries as a UTF-8 array of entry objects (the stream is not closed).
     *
     * @throws NullPointerException if an argument or an entry is null
     * @throws IOException when writing fails
     */
    public void writeEntries(List<Entry> entries, OutputStream out) throws IOException {
        List<Entry> list = Checks.listOf(entries, "entries");
        Objects.requireNonNull(out, "out must not be null");
        write(out, g -> CatalogueCodec.writeEntries(g, list));
    }

    /**
     * Writes a list of entries as a UTF-8 array of entry objects to a file, through a temporary file moved
     * into place.
     *
     * @throws NullPointerException if an argument or an entry is null
     * @throws IOException when writing fails
     */
    public void writeEntries(List<Entry> entries, Path file) throws IOException {
        List<Entry> list = Checks.listOf(entries, "entries");
        Objects.requireNonNull(file, "file must not be null");
        writeFile(file, out -> writeEntries(list, out));
    }

    /**
     * The JSON of query results: an array, in their order ({@code []} when empty), of one object per match
     * with {@code id} (the entry's id, as in the flat exports), {@code path} (its section path),
     * {@code section} (the heading of its section: number, title, titles, anchor) and {@code entry} (the
     * entry object), ending with a line break.
     *
     * @throws NullPointerException if {@code matches} or one of them is null
     * @throws IllegalArgumentException when a match's entry is not at its index in its section
     */
    public String writeMatches(List<Match> matches) {
        List<Match> list = Checks.listOf(matches, "matches");
        return string(out -> writeMatches(list, out));
    }

    /**
     * Writes query results as an array of match objects (see {@link #writeMatches(List)}; the writer is not
     * closed).
     *
     * @throws NullPointerException if an argument or a match is null
     * @throws IllegalArgumentException when a match's entry is not at its index in its section
     * @throws IOException when writing fails
     */
    public void writeMatches(List<Match> matches, Writer out) throws IOException {
        List<Match> list = Checks.listOf(matches, "matches");
        Objects.requireNonNull(out, "out must not be null");
        write(out, g -> CatalogueCodec.writeMatches(g, list));
    }

    /**
     * Writes query results as a UTF-8 array of match objects (see {@link #writeMatches(List)}; the stream is
     * not closed).
     *
     * @throws NullPointerException if an argument or a match is null
     * @throws IllegalArgumentException when a match's entry is not at its index in its section
     * @throws IOException when writing fails
     */
    public void writeMatches(List<Match> matches, OutputStream out) throws IOException {
        List<Match> list = Checks.listOf(matches, "matches");
        Objects.requireNonNull(out, "out must not be null");
        write(out, g -> CatalogueCodec.writeMatches(g, list));
    }

    /**
     * Writes query results as a UTF-8 array of match objects (see {@link #writeMatches(List)}) to a file,
     * through a temporary file moved into place.
     *
     * @throws NullPointerException if an argument or a match is null
     * @throws IllegalArgumentException when a match's entry is not at its index in its section
     * @throws IOException when writing fails
     */
    public void writeMatches(List<Match> matches, Path file) throws IOException {
        List<Match> list = Checks.listOf(matches, "matches");
        Objects.requireNonNull(file, "file must not be null");
        writeFile(file, out -> writeMatches(list, out));
    }

    /** The entries as flat JSON Lines, one compact object per line, each line ending with a line break. */
    public String toJsonLines(Catalogue catalogue) {
        return toJsonLines(matches(catalogue));
    }

    /** Query results as flat JSON Lines, in their order. */
    public String toJsonLines(List<Match> matches) {
        return string(out -> writeJsonLines(matches, out));
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

    /**
     * Entries given without their sections as flat JSON Lines, in their order ({@link EntryRow#ofEntries}:
     * the section columns empty or {@code null}, the id the slug of the name); empty when there are none.
     *
     * @throws NullPointerException if {@code entries} or one of them is null
     */
    public String entriesToJsonLines(List<Entry> entries) {
        List<EntryRow> rows = EntryRow.ofEntries(entries);
        return string(out -> FlatJsonLines.write(rows, out));
    }

    /**
     * Writes entries given without their sections as flat JSON Lines (see {@link #entriesToJsonLines}; the
     * writer is not closed).
     *
     * @throws NullPointerException if an argument or an entry is null
     * @throws IOException when writing fails
     */
    public void writeEntriesJsonLines(List<Entry> entries, Writer out) throws IOException {
        List<EntryRow> rows = EntryRow.ofEntries(entries);
        Objects.requireNonNull(out, "out must not be null");
        FlatJsonLines.write(rows, out);
    }

    /**
     * Writes entries given without their sections as UTF-8 flat JSON Lines (see {@link #entriesToJsonLines};
     * the stream is not closed).
     *
     * @throws NullPointerException if an argument or an entry is null
     * @throws IOException when writing fails
     */
    public void writeEntriesJsonLines(List<Entry> entries, OutputStream out) throws IOException {
        List<EntryRow> rows = EntryRow.ofEntries(entries);
        Objects.requireNonNull(out, "out must not be null");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        FlatJsonLines.write(rows, w);
        w.flush();
    }

    /**
     * Writes entries given without their sections as UTF-8 flat JSON Lines (see {@link #entriesToJsonLines})
     * to a file, through a temporary file moved into place.
     *
     * @throws NullPointerException if an argument or an entry is null
     * @throws IOException when writing fails
     */
    public void writeEntriesJsonLines(List<Entry> entries, Path file) throws IOException {
        List<EntryRow> rows = EntryRow.ofEntries(entries);
        Objects.requireNonNull(file, "file must not be null");
        writeFile(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            FlatJsonLines.write(rows, w);
            w.flush();
        });
    }

    /** Writes one JSON value with {@code body}, then a line break. */
    private void write(Writer out, Body body) throws IOException {
        try (JsonGenerator g = generator(Json.FACTORY.createGenerator(out))) {
            body.write(g);
        }
        out.write('\n');
    }

    /** Writes one UTF-8 JSON value with {@code body}, then a line break. */
    private void write(OutputStream out, Body body) throws IOException {
        try (JsonGenerator g = generator(Json.FACTORY.createGenerator(out))) {
            body.write(g);
        }
        out.write('\n');
    }

    /** What {@code to} writes to a character stream, as a string. */
    private static String string(To<Writer> to) {
        StringWriter out = new StringWriter();
        try {
            to.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes a file through {@code to} on a byte stream: all in memory first, so that a refusal writes nothing. */
    private static void writeFile(Path file, To<OutputStream> to) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        to.write(bytes);
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /** The values a generator writes. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** Writing to a stream. */
    @FunctionalInterface
    private interface To<T> {
        void write(T out) throws IOException;
    }

    private static List<Match> matches(Catalogue catalogue) {
        return Objects.requireNonNull(catalogue, "catalogue must not be null").query().list();
    }

    private JsonGenerator generator(JsonGenerator g) {
        return pretty ? g.setPrettyPrinter(Json.prettyPrinter()) : g;
    }

    /** {@code CatalogueJsonWriter[pretty, format 1.1]}. */
    @Override
    public String toString() {
        return "CatalogueJsonWriter[" + (pretty ? "pretty" : "compact") + ", format " + JsonFormat.VERSION + "]";
    }
}
