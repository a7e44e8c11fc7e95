package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.query.Match;
import io.github.medicalnlp.catalogue.table.Table;
import io.github.medicalnlp.catalogue.table.internal.DisplayWidth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The table {@code query} prints: the columns chosen ({@link Column}), lined up by display width so that Chinese
 * text keeps the columns straight, and a last line counting the
 * entries ({@code N of M entries} when {@code --limit} left some out). Text from the catalogue is
 * {@linkplain TerminalText#line neutralised}.
 *
 * <p>Long values are cut only where they must be: with a known line width (the terminal's), a table that fits
 * is printed whole, and one that does not has its long columns cut to their widths ({@link Column}); with
 * no known width the columns are cut to those widths; {@code --wide} never cuts.
 */
final class QueryTable {

    /** A column: its name on the command line, its header, the width it is cut to (0: never cut), its value. */
    enum Column {
        section("SECTION", 16, m -> m.path()),
        name("NAME", 40, Match::name),
        kind("KIND", 0, m -> m.kind().map(Kind::word).orElse("-")),
        lang("LANG", 0, m -> joined(m.entry().languages().stream().map(Language::code).toList(), ",")),
        tasks("TASKS", 48, m -> joined(m.entry().tasks().stream().map(Task::id).toList(), ",")),
        modalities("MODALITIES", 0, m -> joined(m.entry().modalities().stream().map(Modality::word).toList(), ",")),
        tags("TAGS", 32, m -> joined(m.entry().tags(), ",")),
        repo("REPOSITORY", 48, m -> joined(m.entry().gitHubRepositories(), ",")),
        url("URL", 0, m -> m.primaryUrl().orElse("-"));

        private final String header;
        private final int cut;
        private final Function<Match, String> value;

        Column(String header, int cut, Function<Match, String> value) {
            this.header = header;
            this.cut = cut;
            this.value = value;
        }
    }

    /** The columns without {@code --columns}. */
    static final List<Column> DEFAULT = List.of(Column.section, Column.name, Column.kind, Column.lang, Column.url);

    private QueryTable() {
    }

    private static String joined(List<String> values, String separator) {
        return values.isEmpty() ? "-" : String.join(separator, values);
    }

    /**
     * The table of these matches; {@code total} is the count before {@code --limit}, or -1 without one.
     *
     * @param lineWidth the width of the terminal's lines, or 0 when it is not known; ignored when {@code wide}
     */
    static String render(List<Match> matches, int total, List<Column> columns, boolean wide, int lineWidth) {
        List<String[]> rows = rows(matches, columns);
        if (!wide && (lineWidth <= 0 || tableWidth(columns, rows) > lineWidth)) {
            cut(rows, columns);
        }
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (String[] r : rows) {
            cells.add(Arrays.asList(r));
        }
        // the library's text table: the same layout (two spaces between columns, the last not padded)
        StringBuilder out = new StringBuilder(Table.of(Arrays.asList(header(columns)), cells).toText());
        int of = Math.max(total, matches.size());
        out.append(matches.size());
        if (of > matches.size()) {
            out.append(" of ").append(of);
        }
        out.append(of == 1 ? " entry\n" : " entries\n");
        return out.toString();
    }

    private static List<String[]> rows(List<Match> matches, List<Column> columns) {
        List<String[]> rows = new ArrayList<>();
        for (Match m : matches) {
            String[] row = new String[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = TerminalText.line(columns.get(i).value.apply(m));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Cuts the cells of the columns that have a width to cut to. */
    private static void cut(List<String[]> rows, List<Column> columns) {
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (columns.get(i).cut > 0) {
                    row[i] = DisplayWidth.cut(row[i], columns.get(i).cut);
                }
            }
        }
    }

    private static String[] header(List<Column> columns) {
        return columns.stream().map(c -> c.header).toArray(String[]::new);
    }

    private static int[] widths(String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = DisplayWidth.of(header[i]);
            for (String[] r : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(r[i]));
            }
        }
        return widths;
    }

    /** The width of the widest line of the table: the columns and the two spaces between them. */
    private static int tableWidth(List<Column> columns, List<String[]> rows) {
        int sum = 0;
        for (int w : widths(header(columns), rows)) {
            sum += w;
        }
        return sum + 2 * (columns.size() - 1);
    }

    /**
     * The width of the terminal's lines: {@code --width} when given, else the {@code COLUMNS} environment
     * variable (which shells set, and the launcher {@code bin/medical-nlp} exports when standard output is a
     * terminal), else 0: not known.
     */
    static int lineWidth(Integer option, String columnsVariable) {
        if (option != null) {
            if (option < 0) {
                throw new CliFailure("--width must not be negative, was " + option);
            }
            return option;
        }
        if (columnsVariable != null && columnsVariable.matches("[1-9][0-9]{0,5}")) {
            return Integer.parseInt(columnsVariable);
        }
        return 0;
    }

    /** The columns a {@code --columns} value names, comma-separated, in order. */
    static List<Column> columns(List<String> names) {
        List<Column> out = new ArrayList<>();
        for (String list : names) {
            for (String name : list.split(",", -1)) {
                try {
                    out.add(Column.valueOf(name.strip().toLowerCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new CliFailure("--columns: '" + TerminalText.line(name) + "' is not a column; the columns are "
                            + java.util.Arrays.stream(Column.values()).map(Enum::name).collect(Collectors.joining(", ")));
                }
            }
        }
        return out;
    }
}
