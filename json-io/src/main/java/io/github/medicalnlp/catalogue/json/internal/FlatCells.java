package io.github.medicalnlp.catalogue.json.internal;

import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import java.util.List;

/**
 * The values of a flat row as both flat exports take them, checked once: text holding a lone surrogate
 * is refused with an {@link IllegalArgumentException} naming the row and the column (see
 * {@link JsonText}), as the JSON writer refuses it.
 */
public final class FlatCells {

    private FlatCells() {
    }

    /**
     * The values of {@code column} in {@code row} ({@link Column#values}), checked.
     *
     * @param line the 1-based number of the row among the rows written, for the message
     * @throws IllegalArgumentException when a value holds a lone surrogate
     */
    public static List<String> values(Column column, EntryRow row, long line) {
        List<String> values = column.values(row);
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            int lone = JsonText.loneSurrogate(v);
            if (lone >= 0) {
                throw new IllegalArgumentException("cannot write row " + line + " (entry " + JsonText.quote(row.id())
                        + "), column " + column.columnName() + (column.isList() ? "[" + i + "]" : "") + ": "
                        + JsonText.loneSurrogateProblem(v, lone));
            }
        }
        return values;
    }
}
