package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bullet markers of the entries of each section: which marker each bulleted entry has, where it is,
 * and the marker most of the section's entries have (none when two markers are tied for most).
 */
public final class BulletCensus {

    /**
     * A bulleted entry.
     *
     * @param segment the index of its segment
     * @param offset the offset of its marker
     * @param marker its marker, {@code *}, {@code -} or {@code +}
     */
    public record Item(int segment, int offset, String marker) {
    }

    /**
     * The bulleted entries of one section.
     *
     * @param items the entries, in document order
     * @param majority the marker more entries have than any other, or null when two are tied
     * @param counts how many entries have each marker, in the order of first use
     */
    public record Section(List<Item> items, String majority, Map<String, Integer> counts) {

        /** The marker the others are compared with: the majority's, or the first entry's on a tie. */
        public String reference() {
            return majority != null ? majority : items.get(0).marker();
        }
    }

    private final Map<Integer, Section> sections = new LinkedHashMap<>();

    /** The census of a document. */
    public BulletCensus(Parsed parsed) {
        Map<Integer, List<Item>> items = new LinkedHashMap<>();
        String text = parsed.text();
        List<Parsed.Segment> segments = parsed.segments();
        for (int k = 0; k < segments.size(); k++) {
            Parsed.Segment s = segments.get(k);
            if (s.type() == Parsed.Type.ENTRY && s.section() >= 0 && parsed.styleOf(k) instanceof EntryStyle.Bullet b) {
                int at = s.start();
                while (at < s.end() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\uFEFF')) {
                    at++;
                }
                items.computeIfAbsent(s.section(), x -> new ArrayList<>()).add(new Item(k, at, b.marker()));
            }
        }
        items.forEach((section, list) -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            list.forEach(i -> counts.merge(i.marker(), 1, Integer::sum));
            String majority = null;
            int best = 0;
            boolean tied = false;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    majority = e.getKey();
                    tied = false;
                } else if (e.getValue() == best) {
                    tied = true;
                }
            }
            sections.put(section, new Section(List.copyOf(list), tied ? null : majority, java.util.Collections.unmodifiableMap(counts)));
        });
    }

    /** The sections that have bulleted entries, by index, in document order. */
    public Map<Integer, Section> sections() {
        return sections;
    }

    /** The census of one section, or null when it has no bulleted entry. */
    public Section section(int index) {
        return sections.get(index);
    }
}
