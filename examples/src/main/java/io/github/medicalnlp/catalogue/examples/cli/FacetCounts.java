package io.github.medicalnlp.catalogue.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.query.Facet;
import io.github.medicalnlp.catalogue.query.Query;
import io.github.medicalnlp.catalogue.table.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The output of {@code query --count-by F}: how many matches have each value of a facet, the largest count first,
 * as the library's {@code Query.countBy} gives them, in the format asked for.
 */
final class FacetCounts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FacetCounts() {
    }

    /** The facet words, for the help and for shell completion. */
    static final class Words implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Facet.values()).map(Facet::word).iterator();
        }
    }

    /**
     * The facets a {@code --count-by} value names: one, or two separated by a comma (rows,columns).
     *
     * @throws CliFailure naming the word that is no facet, or saying that more than two were given
     */
    static List<Facet> facets(String countBy) {
        List<Facet> facets = new ArrayList<>();
        try {
            for (String word : countBy.split(",", -1)) {
                facets.add(Facet.parse(word));
            }
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        if (facets.size() > 2) {
            throw new CliFailure("--count-by takes one facet, or two separated by a comma (rows,columns), not "
                    + facets.size());
        }
        return facets;
    }

    /**
     * The counts of the query's matches by one facet, or the cross-count of two, in the format asked for;
     * {@code limit}, when given, keeps the largest counts (or rows).
     */
    static String render(Query query, List<Facet> facets, Integer limit, QueryCommand.OutputFormat format) {
        long keep = limit == null ? Long.MAX_VALUE : limit;
        if (facets.size() == 2) {
            Table cross = query.countBy(facets.get(0), facets.get(1));
            return render(Table.of(cross.header(), cross.rows().subList(0, (int) Math.min(keep, cross.rows().size()))),
                    format);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        query.countBy(facets.get(0)).entrySet().stream().limit(keep).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return render(facets.get(0), counts, query.count(), format);
    }

    /**
     * The counts in the format asked for: as text a table of the values and their counts, then the number of matches
     * (which the counts can exceed: an entry in two languages counts under both); as JSON an object of values to
     * counts; otherwise as the two-column table ({@code language,entries}) in that format.
     */
    private static String render(Facet facet, Map<String, Long> counts, long matches, QueryCommand.OutputFormat format) {
        List<List<String>> rows = new ArrayList<>(counts.size());
        counts.forEach((value, n) -> rows.add(List.of(value, Long.toString(n))));
        Table table = Table.of(List.of(facet.word(), "entries"), rows);
        return switch (format) {
            case table -> table.toText() + matches + (matches == 1 ? " entry\n" : " entries\n");
            case json -> json(counts) + "\n";
            default -> render(table, format);
        };
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table's first column as a key of CSV and JSON Lines: {@code github_owner}, as the flat exports name columns. */
    private static String key(Table table) {
        return table.header().get(0).replace('-', '_');
    }

    /**
     * The cross-count of two facets ({@code --count-by kind,language}): the table of {@code Query.countBy(rows,
     * columns)} as text, Markdown or CSV; as JSON an object of row values to objects of column counts; as JSON Lines
     * one object per row.
     */
    private static String render(Table table, QueryCommand.OutputFormat format) {
        return switch (format) {
            case table -> table.toText();
            case markdown -> table.toMarkdown();
            case csv -> csv(table);
            case json -> {
                Map<String, Map<String, Long>> all = new LinkedHashMap<>();
                for (List<String> row : table.rows()) {
                    all.put(row.get(0), counts(table.header(), row));
                }
                yield json(all) + "\n";
            }
            case jsonl -> {
                StringBuilder out = new StringBuilder();
                for (List<String> row : table.rows()) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put(key(table), row.get(0));
                    line.putAll(counts(table.header(), row));
                    out.append(json(line)).append('\n');
                }
                yield out.toString();
            }
        };
    }

    private static Map<String, Long> counts(List<String> header, List<String> row) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 1; i < row.size(); i++) {
            if (counts.put(header.get(i), Long.parseLong(row.get(i))) != null) { // a value named "all" (a tag)
                throw new CliFailure("the column '" + header.get(i) + "' appears twice, so JSON cannot hold both;"
                        + " use --format csv, markdown or table");
            }
        }
        return counts;
    }

    private static String csv(Table table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(table.header());
            header.set(0, key(table));
            printer.printRecord(header);
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
