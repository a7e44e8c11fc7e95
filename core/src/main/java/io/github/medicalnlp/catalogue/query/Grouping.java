package io.github.medicalnlp.catalogue.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
}
