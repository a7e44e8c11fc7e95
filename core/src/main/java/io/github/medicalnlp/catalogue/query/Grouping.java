package io.github.medicalnlp.catalogue.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import io.github.medicalnlp.catalogue.table.Table;

/** The groupings of {@link Query#groupBy(Facet)} and {@link Query#groupBy(Function)}, over a query's matches. */
final class Grouping {

    private Grouping() {
    }

    /**
     * The matches of each value of the facet, the largest group first (ties in the order values are first met); values
     * with one {@link Facet#key} are one group, under the spelling met first.
     */
    static Map<String, List<Match>> byFacet(List<Match> matches, Facet facet) {
        Map<String, String> spelling = new HashMap<>(); // a value's key to the spelling met first
        Map<String, List<Match>> groups = new LinkedHashMap<>();
        for (Match match : matches) {
            for (String value : facet.values(match)) {
                String key = facet.key(value);
                spelling.putIfAbsent(key, value);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(match);
            }
        }
        List<Map.Entry<String, List<Match>>> order = new ArrayList<>(groups.entrySet());
        order.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size())); // stable
        Map<String, List<Match>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<Match>> e : order) {
            result.put(spelling.get(e.getKey()), List.copyOf(e.getValue()));
        }
        return Collections.unmodifiableMap(result);
    }

    /** The matches of each key, keys in the order they are first met. */
    static <K> Map<K, List<Match>> by(List<Match> matches, Function<? super Match, ? extends K> classifier) {
        Map<K, List<Match>> groups = new LinkedHashMap<>();
        for (Match match : matches) {
            K key = classifier.apply(match);
            if (key == null) {
                throw new NullPointerException("classifier returned null for " + match);
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(match);
        }
        Map<K, List<Match>> result = new LinkedHashMap<>();
        groups.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(result);
    }

    /**
     * The cross-count of two facets as a table: a row per value of {@code rows} and a column per value of
     * {@code columns}, each ordered by its total (largest first, ties in the order met), each cell the number of
     * matches with both values, then a last column {@code all}: the matches with the row's value.
     */
    static Table crossCount(List<Match> matches, Facet rows, Facet columns) {
        Map<String, List<Match>> byRow = byFacet(matches, rows);
        List<String> columnValues = new ArrayList<>(byFacet(matches, columns).keySet());
        Map<String, Integer> columnIndex = new HashMap<>();
        for (int i = 0; i < columnValues.size(); i++) {
            columnIndex.put(columns.key(columnValues.get(i)), i);
        }
        List<String> header = new ArrayList<>();
        header.add(rows.word());
        header.addAll(columnValues);
        header.add("all");
        List<List<String>> cells = new ArrayList<>(byRow.size());
        for (Map.Entry<String, List<Match>> row : byRow.entrySet()) {
            long[] counts = new long[columnValues.size()];
            for (Match m : row.getValue()) {
                for (String v : columns.values(m)) {
                    counts[columnIndex.get(columns.key(v))]++;
                }
            }
            List<String> line = new ArrayList<>(counts.length + 2);
            line.add(row.getKey());
            for (long c : counts) {
                line.add(Long.toString(c));
            }
            line.add(Integer.toString(row.getValue().size()));
            cells.add(line);
        }
        return Table.of(header, cells);
    }
}
