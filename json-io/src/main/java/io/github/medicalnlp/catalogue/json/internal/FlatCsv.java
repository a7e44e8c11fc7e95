package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The flat CSV export on Jackson's CSV generator: RFC 4180 (comma, double quotes doubled inside quoted
 * cells, CRLF after every record), a header row of the {@link Column} names (also when there is no row),
 * one record per row.
 * An absent text is an empty cell; a list column is one cell of its words joined with {@code ;}, where a
 * word's own {@code ;} and {@code \} are written {@code \;} and {@code \\}. With {@code spreadsheetSafe},
 * a cell that a spreadsheet would take for a formula (its first character one of {@code = + - @}, tab or
 * carriage return) gets a {@code '} put before it.
 */
public final class FlatCsv {

    /** The record separator: RFC 4180's CRLF. */
    public static final String LINE_END = "\r\n";
    /** Between the words of a list cell. */
    public static final char LIST_SEPARATOR = ';';

    /** Quoting only the fields that need it (Jackson otherwise quotes every field longer than 24 characters). */
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema SCHEMA = schema();

    private FlatCsv() {
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder();
        for (Column c : Column.values()) {
            b.addColumn(c.columnName());
        }
        return b.build().withHeader().withLineSeparator(LINE_END);
    }

    /**
     * Writes the header and the rows (the writer is not closed).
     *
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when a value holds a lone surrogate ({@link FlatCells})
     */
    public static void write(List<EntryRow> rows, Writer out, boolean spreadsheetSafe) throws IOException {
        Column[] columns = Column.values();
        String[] cells = new String[columns.length];
        try (CsvGenerator g = FACTORY.createGenerator(out)) {
            g.setSchema(SCHEMA);
            long line = 0;
            for (EntryRow row : rows) {
                line++;
                for (int i = 0; i < columns.length; i++) { // all checked before the record is begun
                    cells[i] = cell(columns[i], FlatCells.values(columns[i], row, line), spreadsheetSafe);
                }
                g.writeStartArray();
                for (String cell : cells) {
                    if (cell == null) {
                        g.writeNull();
                    } else {
                        g.writeString(cell);
                    }
                }
                g.writeEndArray();
            }
        }
    }

    /** The text of one cell: null for an absent text. */
    static String cell(Column column, List<String> values, boolean spreadsheetSafe) {
        String cell;
        if (column.isList()) {
            StringBuilder b = new StringBuilder();
            for (String v : values) {
                if (b.length() > 0) {
                    b.append(LIST_SEPARATOR);
                }
                escapeInto(b, v);
            }
            cell = b.toString();
        } else {
            cell = values.isEmpty() ? null : values.get(0);
        }
        return spreadsheetSafe && cell != null && isFormulaLike(cell) ? "'" + cell : cell;
    }

    private static void escapeInto(StringBuilder b, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == LIST_SEPARATOR || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
    }

    /** Whether a spreadsheet could read the cell as a formula (OWASP's "CSV injection" characters). */
    static boolean isFormulaLike(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
