package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The flat JSON Lines export: one compact object per row and line, every {@link Column} on every line in
 * column order, a list column as an array of strings (possibly empty), an absent text as {@code null},
 * each line ending with {@code \n}.
 */
public final class FlatJsonLines {

    private FlatJsonLines() {
    }

    /**
     * Writes the rows (the writer is not closed).
     *
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when a value holds a lone surrogate ({@link FlatCells})
     */
    public static void write(List<EntryRow> rows, Writer out) throws IOException {
        Column[] columns = Column.values();
        List<?>[] cells = new List<?>[columns.length];
        long line = 0;
        for (EntryRow row : rows) {
            line++;
            for (int i = 0; i < columns.length; i++) { // all checked before the line is begun
                cells[i] = FlatCells.values(columns[i], row, line);
            }
            try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
                g.writeStartObject();
                for (int i = 0; i < columns.length; i++) {
                    Column c = columns[i];
                    List<?> values = cells[i];
                    if (c.isList()) {
                        g.writeArrayFieldStart(c.columnName());
                        for (Object v : values) {
                            g.writeString((String) v);
                        }
                        g.writeEndArray();
                    } else if (values.isEmpty()) {
                        g.writeNullField(c.columnName());
                    } else {
                        g.writeStringField(c.columnName(), (String) values.get(0));
                    }
                }
                g.writeEndObject();
            }
            out.write('\n');
        }
    }
}
