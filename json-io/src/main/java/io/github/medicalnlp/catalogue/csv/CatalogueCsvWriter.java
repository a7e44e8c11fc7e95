package io.github.medicalnlp.catalogue.csv;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.internal.AtomicFiles;
import io.github.medicalnlp.catalogue.json.internal.FlatCsv;
import io.github.medicalnlp.catalogue.query.Match;
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
 * Writes the entries of a catalogue, or query results, as flat CSV: one record per entry
 * ({@link EntryRow}), the columns of {@link Column} in their order, the same rows and names as the flat
 * JSON Lines of {@link io.github.medicalnlp.catalogue.json.CatalogueJsonWriter#writeJsonLines}.
 *
 * <ul>
 *   <li>RFC 4180: a header row of the column names, fields separated by commas, every record ending
 *       with CRLF; a field holding a comma, a double quote (doubled inside) or a line break is quoted, line
 *       breaks inside it kept as they are (some other fields are quoted too, e.g. those with a space, which
 *       every RFC 4180 reader reads the same);</li>
 *   <li>UTF-8 without a byte order mark (the methods writing bytes);</li>
 *   <li>an absent value is an empty field; a list column (languages, modalities, tasks, tags) is one field
 *       of its words joined with {@code ;}, a word's own {@code ;} and {@code \} written {@code \;} and
 *       {@code \\} (none of the closed vocabularies has either), an empty list an empty field.</li>
 * </ul>
 *
 * <p>Values are written exactly as the catalogue has them, for data tools (DuckDB, pandas, Spark), which
 * never evaluate a cell. A spreadsheet may take a cell that begins with {@code =}, {@code +}, {@code -}
 * or {@code @} for a formula ("CSV injection"); {@link #spreadsheetSafe()} gives a writer that puts a
 * {@code '} before such cells (and those beginning with a tab or carriage return), as OWASP recommends,
 * which changes those values.
 *
 * <p>Text holding a lone surrogate (possible only in a catalogue built in code) cannot be written as
 * UTF-8: every method refuses it with an {@link IllegalArgumentException} naming the row and column. The
 * methods that write to a file write nothing then; those that write to a stream may have written the
 * records before it.
 *
 * <p>Writers are immutable and safe to share as constants.
 */
public final class CatalogueCsvWriter {

    private static final CatalogueCsvWriter EXACT = new CatalogueCsvWriter(false);
    private static final CatalogueCsvWriter SPREADSHEET_SAFE = new CatalogueCsvWriter(true);

    private final boolean spreadsheetSafe;

    private CatalogueCsvWriter(boolean spreadsheetSafe) {
        this.spreadsheetSafe = spreadsheetSafe;
    }

    /** A writer of the values exactly as the catalogue has them. */
    public static CatalogueCsvWriter create() {
        return EXACT;
    }

    /**
     * A writer like this one that puts a {@code '} before every cell beginning with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return, so that a spreadsheet shows it as text.
     */
    public CatalogueCsvWriter spreadsheetSafe() {
        return SPREADSHEET_SAFE;
    }

    /** Whether this writer protects cells from being read as formulas ({@link #spreadsheetSafe()}). */
    public boolean isSpreadsheetSafe() {
        return spreadsheetSafe;
    }

    /** The CSV of the catalogue's entries, in document order. */
    public String toCsv(Catalogue catalogue) {
        return toCsv(matches(catalogue));
    }

    /** The CSV of query results, in their order. */
    public String toCsv(List<Match> matches) {
        return string(out -> write(matches, out));
    }

    /**
     * Writes the catalogue's entries (the writer is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, Writer out) throws IOException {
        write(matches(catalogue), out);
    }

    /**
     * Writes query results, in their order (the writer is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(List<Match> matches, Writer out) throws IOException {
        Objects.requireNonNull(matches, "matches must not be null");
        Objects.requireNonNull(out, "out must not be null");
        FlatCsv.write(EntryRow.listOf(matches), out, spreadsheetSafe);
    }

    /**
     * Writes the catalogue's entries as UTF-8 (the stream is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, OutputStream out) throws IOException {
        write(matches(catalogue), out);
    }

    /**
     * Writes query results as UTF-8, in their order (the stream is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(List<Match> matches, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(matches, w);
        w.flush();
    }

    /**
     * Writes the catalogue's entries to a file as UTF-8, through a temporary file moved into place.
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, Path file) throws IOException {
        write(matches(catalogue), file);
    }

    /**
     * Writes query results to a file as UTF-8, through a temporary file moved into place.
     *
     * @throws IOException when writing fails
     */
    public void write(List<Match> matches, Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        AtomicFiles.write(file, toCsv(matches).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The CSV of entries that are in no catalogue, in their order: the same columns, with the section's columns
     * empty and ids made of the names alone ({@link EntryRow#ofEntries}).
     *
     * @throws NullPointerException if {@code entries} or one of them is null
     */
    public String entriesToCsv(List<Entry> entries) {
        return string(out -> writeEntries(entries, out));
    }

    /**
     * Writes entries that are in no catalogue, in their order (the writer is not closed); see {@link #entriesToCsv}.
     *
     * @throws IOException when writing fails
     */
    public void writeEntries(List<Entry> entries, Writer out) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        FlatCsv.write(EntryRow.ofEntries(entries), out, spreadsheetSafe);
    }

    /**
     * Writes entries that are in no catalogue to a file as UTF-8, through a temporary file moved into place.
     *
     * @throws IOException when writing fails
     */
    public void writeEntries(List<Entry> entries, Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        AtomicFiles.write(file, entriesToCsv(entries).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CatalogueCsvWriter[" + (spreadsheetSafe ? "spreadsheet-safe" : "exact") + "]";
    }

    /** What {@code to} writes, as a string. */
    private static String string(To to) {
        StringWriter out = new StringWriter();
        try {
            to.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writing to a character stream. */
    @FunctionalInterface
    private interface To {
        void write(Writer out) throws IOException;
    }

    private static List<Match> matches(Catalogue catalogue) {
        return Objects.requireNonNull(catalogue, "catalogue must not be null").query().list();
    }
}
