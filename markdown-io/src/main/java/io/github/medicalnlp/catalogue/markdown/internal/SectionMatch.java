package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which section as read each section of an edited catalogue is, so that its heading and unchanged
 * entries keep their text: first by path of labels ({@code A > B}), then, for those left, by position
 * (indexes from the top); each old section is matched at most once.
 */
final class SectionMatch {

    /** A section's place: its indexes from the top and its path of labels. */
    private record Place(List<Integer> address, String path) {
    }

    /** The sections as read, in depth-first order (the order of {@link Parsed#sections()}). */
    final List<Section> oldSections;
    /** For each section of the edited catalogue, in depth-first order, the old section it is, or -1. */
    final int[] matchOfNew;

    SectionMatch(List<Section> old, List<Section> edited) {
        List<Place> oldPlaces = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        walk(old, List.of(), "", oldPlaces, sections);
        this.oldSections = sections;
        List<Place> fresh = new ArrayList<>();
        walk(edited, List.of(), "", fresh, new ArrayList<>());
        matchOfNew = new int[fresh.size()];
        Arrays.fill(matchOfNew, -1);
        Map<String, Integer> byPath = new HashMap<>();
        for (int i = oldPlaces.size() - 1; i >= 0; i--) {
            byPath.put(oldPlaces.get(i).path(), i);
        }
        Set<Integer> usedOld = new HashSet<>();
        List<Integer> unmatched = new ArrayList<>();
        for (int k = 0; k < fresh.size(); k++) {
            Integer i = byPath.get(fresh.get(k).path());
            if (i != null && usedOld.add(i)) {
                matchOfNew[k] = i;
            } else {
                unmatched.add(k);
            }
        }
        List<List<Integer>> oldAddresses = new ArrayList<>();
        for (Place p : oldPlaces) {
            oldAddresses.add(p.address());
        }
        for (int k : unmatched) {
            int i = oldAddresses.indexOf(fresh.get(k).address());
            if (i >= 0 && usedOld.add(i)) {
                matchOfNew[k] = i;
            }
        }
    }

    private static void walk(List<Section> sections, List<Integer> address, String path, List<Place> out,
            List<Section> visited) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            List<Integer> a = new ArrayList<>(address);
            a.add(i);
            String p = path.isEmpty() ? s.label() : path + " > " + s.label();
            out.add(new Place(a, p));
            visited.add(s);
            walk(s.children(), a, p, out, visited);
        }
    }
}
