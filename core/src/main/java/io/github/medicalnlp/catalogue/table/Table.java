package io.github.medicalnlp.catalogue.table;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.query.Match;
import io.github.medicalnlp.catalogue.table.internal.HtmlTable;
import io.github.medicalnlp.catalogue.table.internal.MarkdownTable;
import io.github.medicalnlp.catalogue.table.internal.TextTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of text: a header of column names and rows of cells, every row as wide as the header, rendered for
 * people as plain text ({@link #toText()}, also {@link #toString()}, so that JShell and a notebook show a table),
 * as a GitHub Flavored Markdown table ({@link #toMarkdown()}) and as an HTML table ({@link #toHtml()}).
 *
 * <pre>{@code
 * List<Match> matches = catalogue.query().kind(Kind.DATASET).language("中文").limit(3).list();
 * Table table = Table.of(matches);
 * System.out.println(table);            // lined up by display width: 中文 takes two columns a character
 * System.out.println(table.toText(80)); // the widest columns cut with "…" so that every line fits 80 columns
 * String markdown = table.toMarkdown(); // | name | kind | languages | section_path | primary_url |
 * String html = table.toHtml();         // <table><thead>…</thead><tbody>…</tbody></table>
 * Table custom = Table.of(matches, Column.ID, Column.NAME, Column.TASKS);
 * }</pre>
 *
 * <p>The columns of a table of matches are the {@link Column}s of the flat exports (JSON Lines, CSV), named as
 * there; a list column's values are joined with {@code ", "}, an absent value is an empty cell.
 *
 * <p>Every renderer makes the text of a cell safe for its format: line breaks, tabs and control characters can
 * never break a row or a column (a line break is a space in text and {@code <br>} in Markdown and HTML; other
 * controls are shown as control pictures such as {@code ␛}); Markdown escapes what GFM would read as markup and
 * HTML escapes {@code & < > " '}. Widths count East Asian wide characters as two columns and combining marks as
 * none; cutting never splits a character. Rendering is linear in the size of the table.
 *
 * <p>A table is immutable, compares by its header and cells, and is safe to share between threads.
 */
public final class Table {

    private static final List<Column> DEFAULT_COLUMNS =
            List.of(Column.NAME, Column.KIND, Column.LANGUAGES, Column.SECTION_PATH, Column.PRIMARY_URL);

    private final List<String> header;
    private final List<List<String>> rows;

    private Table(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    /**
     * A table of these cells. The lists are copied.
     *
     * @param header the column names, at least one
     * @param rows the rows, each with one cell per column; an empty cell is {@code ""}
     * @throws NullPointerException naming the argument, or the row and column of a null cell
     * @throws IllegalArgumentException when the header is empty, or naming a row that is not as wide as it
     */
    public static Table of(List<String> header, List<List<String>> rows) {
        List<String> names = Checks.listOf(header, "header");
        if (names.isEmpty()) {
            throw new IllegalArgumentException("header must name at least one column");
        }
        List<List<String>> copies = new ArrayList<>(Checks.notNull(rows, "rows").size());
        int r = 0;
        for (List<String> row : rows) {
            String where = "rows[" + r + "]";
            List<String> copy = Checks.listOf(row, where);
            if (copy.size() != names.size()) {
                throw new IllegalArgumentException(where + " has " + copy.size() + " cells, the header "
                        + names.size() + " columns: every row has one cell per column (\"\" when empty)");
            }
            copies.add(copy);
            r++;
        }
        return new Table(names, List.copyOf(copies));
    }

    /**
     * A table of query results with the {@linkplain #defaultColumns() default columns}: name, kind, languages,
     * section path and primary URL.
     *
     * @throws NullPointerException if {@code matches} or one of them is null
     * @throws IllegalArgumentException when a match's entry is not at its index in its section
     */
    public static Table of(List<Match> matches) {
        return ofMatches(matches, DEFAULT_COLUMNS);
    }

    /**
     * A table of query results with these columns, in this order, one row per match in the order of the list.
     * Each cell holds the column's {@linkplain Column#values values} for the match's {@link EntryRow}, joined
     * with {@code ", "}; an absent value is an empty cell. The header holds the columns'
     * {@linkplain Column#columnName() names}.
     *
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException when no column is given, or a match's entry is not at its index in its
     *     section
     */
    public static Table of(List<Match> matches, Column... columns) {
        return ofMatches(matches, chosen(columns));
    }

    /**
     * A table of entries that are in no catalogue, or whose sections do not matter, with the default columns
     * (the section path is empty): the rows of {@link EntryRow#ofEntries}.
     *
     * @throws NullPointerException if {@code entries} or one of them is null
     */
    public static Table ofEntries(List<Entry> entries) {
        return ofRows(EntryRow.ofEntries(entries), DEFAULT_COLUMNS);
    }

    /**
     * A table of entries with these columns, in this order, one row per entry: the rows of
     * {@link EntryRow#ofEntries}, whose section columns are empty.
     *
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException when no column is given
     */
    public static Table ofEntries(List<Entry> entries, Column... columns) {
        return ofRows(EntryRow.ofEntries(entries), chosen(columns));
    }

    private static List<Column> chosen(Column... columns) {
        List<Column> chosen = Checks.listOf(Arrays.asList(Checks.notNull(columns, "columns")), "columns");
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("columns must name at least one column; Table.of(matches) takes "
                    + "the default columns " + DEFAULT_COLUMNS);
        }
        return chosen;
    }

    private static Table ofMatches(List<Match> matches, List<Column> columns) {
        return ofRows(EntryRow.listOf(matches), columns);
    }

    private static Table ofRows(List<EntryRow> entryRows, List<Column> columns) {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) {
            names.add(c.columnName());
        }
        List<List<String>> rows = new ArrayList<>(entryRows.size());
        for (EntryRow row : entryRows) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column c : columns) {
                List<String> values = c.values(row);
                cells.add(values.size() == 1 ? values.get(0) : String.join(", ", values));
            }
            rows.add(List.copyOf(cells));
        }
        return new Table(List.copyOf(names), List.copyOf(rows));
    }

    /**
     * The columns of {@link #of(List)}: {@link Column#NAME}, {@link Column#KIND}, {@link Column#LANGUAGES},
     * {@link Column#SECTION_PATH}, {@link Column#PRIMARY_URL}.
     */
    public static List<Column> defaultColumns() {
        return DEFAULT_COLUMNS;
    }

    /** The column names, in order; unmodifiable. */
    public List<String> header() {
        return header;
    }

    /** The rows, in order, each with one cell per column; unmodifiable. */
    public List<List<String>> rows() {
        return rows;
    }

    /** The number of rows, not counting the header. */
    public int size() {
        return rows.size();
    }

    /**
     * The table as plain text: the header line, then one line per row, the columns lined up by display width
     * (East Asian wide characters take two columns, combining marks none) with two spaces between them, the last
     * column not padded, and every line ended by {@code '\n'}. Nothing is cut.
     *
     * <pre>
     * name        kind     languages
     * Huatuo-26M  dataset  zh
     * CBLUE       dataset  zh
     * </pre>
     */
    public String toText() {
        return TextTable.render(header, rows, Integer.MAX_VALUE);
    }

    /**
     * The table as {@linkplain #toText() plain text} with no line wider than {@code maxWidth} display columns:
     * when the table is wider, its widest columns (header included) are cut to one common width, as little as
     * makes the lines fit, each cut cell ending with {@code "…"}. When {@code maxWidth} is too small for even
     * one column each, the lines are cut too.
     *
     * @throws IllegalArgumentException if {@code maxWidth} is less than 1
     */
    public String toText(int maxWidth) {
        if (maxWidth < 1) {
            throw new IllegalArgumentException("maxWidth must be at least 1, was " + maxWidth);
        }
        return TextTable.render(header, rows, maxWidth);
    }

    /**
     * The table as a GitHub Flavored Markdown pipe table: header row, delimiter row ({@code | --- |}), one row
     * per line. Cells are escaped so that GFM shows their text and not markup: {@code |} and {@code \} as
     * {@code \|} and {@code \\}, as are the characters that would start emphasis, code, links, HTML or (in a
     * notebook) mathematics; a line break becomes {@code <br>}.
     */
    public String toMarkdown() {
        return MarkdownTable.render(header, rows);
    }

    /**
     * The table as an HTML {@code <table>} with a {@code <thead>} and a {@code <tbody>}: every cell's text
     * escaped ({@code & < > " '}), a line break as {@code <br>}, and a cell that is one {@code http} or
     * {@code https} address a link to it.
     */
    public String toHtml() {
        return HtmlTable.render(header, rows);
    }

    /** Whether {@code o} is a table with the same header and cells. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && header.equals(t.header) && rows.equals(t.rows);
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + rows.hashCode();
    }

    /**
     * The widest line {@link #toString()} shows: wider than any screen, so a table people print is never cut, yet
     * bounded, since every row of a text table is padded to its widest cell (one name of a megabyte in a table of
     * 100,000 rows made {@code toText()} 150 GB, and JShell's echo of the table an {@link OutOfMemoryError}).
     */
    static final int LONGEST_SHOWN_LINE = 4096;

    /**
     * The table as {@linkplain #toText() plain text}, which JShell and notebooks show; a table wider than
     * {@value #LONGEST_SHOWN_LINE} columns has its widest columns cut as {@link #toText(int)} cuts them.
     */
    @Override
    public String toString() {
        return toText(LONGEST_SHOWN_LINE);
    }
}
