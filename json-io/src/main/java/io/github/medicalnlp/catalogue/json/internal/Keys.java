package io.github.medicalnlp.catalogue.json.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys seen so far in one JSON object, to find a repeated one in linear time: up to
 * {@value #SMALL} keys (every object this version writes) are compared one by one — Jackson interns key
 * names, so mostly by identity — and a hash set takes over beyond, so that an object with a million
 * unknown keys costs a million look-ups, not a million squared comparisons.
 */
final class Keys {

    private static final int SMALL = 12;

    private final String[] names = new String[SMALL];
    private int count;
    private Set<String> more;

    /** Adds {@code name}; false when the object already had it. */
    boolean add(String name) {
        if (more != null) {
            return more.add(name);
        }
        for (int i = 0; i < count; i++) {
            String seen = names[i];
            if (seen == name || seen.equals(name)) {
                return false;
            }
        }
        if (count < SMALL) {
            names[count++] = name;
            return true;
        }
        more = new HashSet<>(Arrays.asList(names));
        return more.add(name);
    }
}
