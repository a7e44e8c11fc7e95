package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a curation CSV file (RFC 4180, UTF-8, a header row), every problem a
 * {@link CatalogueFormatException} naming the file and line: a file over 4 MiB, bytes that are not UTF-8, an
 * unclosed quote, a header other than the one expected, a record with another number of values. A byte
 * order mark, which spreadsheets write before UTF-8 CSV, is skipped.
 */
final class CsvFiles {

    /** The largest file read: the data of a few hundred entries is far smaller. */
    static final long MAX_BYTES = 4L << 20;

    private CsvFiles() {
    }

    /**
     * A record and the line it ends on, taken as it is read: once the whole file is read, the parser's line
     * is the file's last.
     *
     * @param record the record
     * @param line its last line, 1-based
     */
    record Row(CSVRecord record, int line) {

        /** The value in this column. */
        String get(String column) {
            return record.get(column);
        }

        /** A problem of this row, located at its line. */
        CatalogueFormatException problem(Path file, String detail) {
            return new CatalogueFormatException(file.toString(), line, 1, detail);
        }
    }

    /** The rows of {@code file}, whose header must be {@code columns}. */
    static List<Row> records(Path file, List<String> columns) throws IOException {
        String name = file.toString();
        if (Files.size(file) > MAX_BYTES) {
            throw new CatalogueFormatException(name, 1, 1, "the file is larger than " + MAX_BYTES + " bytes");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        CSVParser csv = null;
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            Reader body = skipByteOrderMark(in);
            csv = CSVParser.builder().setReader(body).setFormat(format).get();
            if (!csv.getHeaderNames().equals(columns)) {
                throw new CatalogueFormatException(name, 1, 1, "the header is " + csv.getHeaderNames() + ", not " + columns);
            }
            List<Row> out = new ArrayList<>();
            for (CSVRecord r : csv) {
                int line = (int) csv.getCurrentLineNumber();
                if (!r.isConsistent()) {
                    throw new CatalogueFormatException(name, line, 1,
                            "a record of " + r.size() + " values, not " + columns.size());
                }
                out.add(new Row(r, line));
            }
            return out;
        } catch (CharacterCodingException e) {
            throw new CatalogueFormatException(name, line(csv), 1, "the file is not UTF-8 text (" + e + ")");
        } catch (UncheckedIOException e) { // commons-csv's report of a malformed record, such as an unclosed quote
            if (e.getCause() instanceof CharacterCodingException c) {
                throw new CatalogueFormatException(name, line(csv), 1, "the file is not UTF-8 text (" + c + ")");
            }
            throw new CatalogueFormatException(name, line(csv), 1, "malformed CSV: " + e.getCause().getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) { // a header commons-csv refuses
            throw new CatalogueFormatException(name, line(csv), 1, "malformed CSV: " + e.getMessage());
        }
    }

    private static int line(CSVParser csv) {
        return csv == null ? 1 : (int) Math.max(1, csv.getCurrentLineNumber());
    }

    private static Reader skipByteOrderMark(Reader in) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(in, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
