package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the flat exports back with parsers other than the writers' (commons-csv for CSV, Jackson's tree
 * model for JSON Lines) and compares every row and column with the rows of the catalogue.
 */
public final class FlatReadBack {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Strict RFC 4180, header row required and checked by the test. */
    private static final CSVFormat RFC_4180 = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get();

    private FlatReadBack() {
    }

    /** The column names in order. */
    public static List<String> header() {
        return Arrays.stream(Column.values()).map(Column::columnName).toList();
    }

    /** The records of a CSV export, header checked, each as the cells in column order. */
    public static List<List<String>> csv(String text) throws IOException {
        assertThat(text).as("no byte order mark").doesNotStartWith("\uFEFF");
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text)).setFormat(RFC_4180).get()) {
            assertThat(p.getHeaderNames()).isEqualTo(header());
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                assertThat(r.size()).as("record %d has every column", r.getRecordNumber()).isEqualTo(header().size());
                assertThat(r.isConsistent()).isTrue();
                rows.add(r.toList());
            }
            return rows;
        }
    }

    /** The words of a list cell: split at {@code ;} that is not escaped, {@code \;} and {@code \\} unescaped. */
    public static List<String> words(String cell) {
        List<String> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                word.append(cell.charAt(++i));
            } else if (c == ';') {
                out.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        out.add(word.toString());
        return out;
    }

    /** Checks every cell of every CSV record against the rows. */
    public static void assertCsvHolds(String text, List<EntryRow> rows) throws IOException {
        List<List<String>> records = csv(text);
        assertThat(records).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            EntryRow row = rows.get(i);
            List<String> record = records.get(i);
            Column[] columns = Column.values();
            for (int c = 0; c < columns.length; c++) {
                List<String> expected = columns[c].values(row);
                String cell = record.get(c);
                if (columns[c].isList()) {
                    assertThat(words(cell)).as("row %d (%s), %s", i + 1, row.id(), columns[c]).isEqualTo(expected);
                } else {
                    assertThat(cell).as("row %d (%s), %s", i + 1, row.id(), columns[c])
                            .isEqualTo(expected.isEmpty() ? "" : expected.get(0));
                }
            }
        }
    }

    /** Checks every key of every JSON line against the rows: the keys in column order, null for absent. */
    public static void assertJsonLinesHold(String text, List<EntryRow> rows) throws IOException {
        assertThat(text).as("no byte order mark").doesNotStartWith("\uFEFF");
        if (!rows.isEmpty()) {
            assertThat(text).endsWith("\n").doesNotContain("\r");
        }
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            EntryRow row = rows.get(i);
            JsonNode node = MAPPER.readTree(lines.get(i));
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(header());
            for (Column column : Column.values()) {
                JsonNode value = node.get(column.columnName());
                List<String> expected = column.values(row);
                if (column.isList()) {
                    assertThat(value.isArray()).as("row %d, %s is an array", i + 1, column).isTrue();
                    List<String> actual = new ArrayList<>();
                    value.forEach(v -> {
                        assertThat(v.isTextual()).isTrue();
                        actual.add(v.textValue());
                    });
                    assertThat(actual).as("row %d (%s), %s", i + 1, row.id(), column).isEqualTo(expected);
                } else if (expected.isEmpty()) {
                    assertThat(value.isNull()).as("row %d (%s), %s is null", i + 1, row.id(), column).isTrue();
                } else {
                    assertThat(value.isTextual()).isTrue();
                    assertThat(value.textValue()).as("row %d (%s), %s", i + 1, row.id(), column)
                            .isEqualTo(expected.get(0));
                }
            }
        }
    }
}
