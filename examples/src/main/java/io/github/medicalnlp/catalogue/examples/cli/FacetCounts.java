package io.github.medicalnlp.catalogue.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.query.Facet;
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
     * The counts as text: a table of the values and their counts, then the number of matches (which the counts can
     * exceed: an entry in two languages counts under both).
     */
    static String render(Facet facet, Map<String, Long> counts, long matches, QueryCommand.OutputFormat format) {
        List<List<String>> rows = new ArrayList<>(counts.size());
        counts.forEach((value, n) -> rows.add(List.of(value, Long.toString(n))));
        Table table = Table.of(List.of(facet.word(), "entries"), rows);
        return switch (format) {
            case table -> table.toText() + matches + (matches == 1 ? " entry\n" : " entries\n");
            case markdown -> table.toMarkdown();
            case csv -> csv(facet, counts);
            case json -> json(counts) + "\n";
            case jsonl -> jsonLines(facet, counts);
        };
    }

    private static String csv(Facet facet, Map<String, Long> counts) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(facet.word().replace('-', '_'), "entries").get())) {
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                printer.printRecord(e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonLines(Facet facet, Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put(facet.word().replace('-', '_'), e.getKey());
            line.put("entries", e.getValue());
            out.append(json(line)).append('\n');
        }
        return out.toString();
    }
}
