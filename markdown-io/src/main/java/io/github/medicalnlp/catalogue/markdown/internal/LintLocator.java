package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places in the file for the linter, from indexes built once per document: the segment of each entry
 * (by section and entry index), the section of each path, and the line of each offset. Locating all
 * the findings of a document takes time linear in the document and the findings (n log n with the
 * line look-ups), where looking through every segment for every finding took their product.
 */
public final class LintLocator {

    private final Parsed parsed;
    private final String text;
    private final String source;
    private final boolean bom;
    private final Map<String, Integer> sectionByPath = new HashMap<>();
    /** For each section, the index of the first segment of each of its entries, or -1. */
    private final int[][] entrySegments;

    /**
     * Indexes a parsed document.
     *
     * @param parsed the document
     * @param source the name of the source, for the locations
     * @param paths the path of each section, in the order of {@link Parsed#sections()}
     */
    public LintLocator(Parsed parsed, String source, List<String> paths) {
        this.parsed = parsed;
        this.text = parsed.text();
        this.source = source;
        this.bom = text.startsWith("\uFEFF");
        for (int i = 0; i < paths.size(); i++) {
            sectionByPath.putIfAbsent(paths.get(i), i);
        }
        int sections = Math.max(paths.size(), parsed.sections().size());
        int[] entries = new int[sections];
        for (Parsed.Segment s : parsed.segments()) {
            if (s.type() == Parsed.Type.ENTRY && s.section() >= 0 && s.section() < sections && s.entry() >= 0) {
                entries[s.section()] = Math.max(entries[s.section()], s.entry() + 1);
            }
        }
        entrySegments = new int[sections][];
        for (int i = 0; i < sections; i++) {
            entrySegments[i] = new int[entries[i]];
            java.util.Arrays.fill(entrySegments[i], -1);
        }
        List<Parsed.Segment> segments = parsed.segments();
        for (int k = 0; k < segments.size(); k++) {
            Parsed.Segment s = segments.get(k);
            if (s.type() == Parsed.Type.ENTRY && s.section() >= 0 && s.section() < sections && s.entry() >= 0
                    && entrySegments[s.section()][s.entry()] < 0) {
                entrySegments[s.section()][s.entry()] = k;
            }
        }
    }

    /** The location of an offset: 1-based line and column (a byte order mark at the start not counted). */
    public Location at(int offset) {
        int line = parsed.lines().lineOf(offset);
        int column = offset - parsed.lines().start(line) + 1;
        if (bom && line == 0) {
            column = Math.max(1, column - 1);
        }
        return new Location(source, line + 1, column);
    }

    /** The offset of the first character after spaces, tabs and a byte order mark. */
    public int skipIndent(int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    /** The start of the heading of a section, its indent skipped. */
    public int heading(int section) {
        return skipIndent(parsed.segments().get(parsed.sections().get(section).heading()).start());
    }

    /**
     * Where a model finding is in the text: the first segment of its entry (-1 when it is about a section or
     * its section is not known), and the offset and length of what it is about.
     *
     * @param segment the index of the entry's first segment, or -1
     * @param section the index of the finding's section, or -1 when not known
     * @param offset the finding's offset: its URL's first occurrence in the entry's text, the entry, or the
     *     section's heading; -1 when its section is not known (the start of the file)
     * @param length the length of the URL found there, 0 when the offset is not a URL's
     */
    public record Place(int segment, int section, int offset, int length) {
    }

    /**
     * The place of each model finding: its URL in its entry (the URL's first occurrence in the entry's
     * text), its entry, or its section's heading; the start of the file when its section is not known.
     */
    public List<Location> locate(List<Finding> findings) {
        List<Location> out = new ArrayList<>(findings.size());
        for (Place p : places(findings)) {
            out.add(p.offset() < 0 ? new Location(source, 1, 1) : at(p.offset()));
        }
        return out;
    }

    /** The places of {@link #locate}, as offsets in the text. */
    public List<Place> places(List<Finding> findings) {
        int[] segmentOf = new int[findings.size()];
        int[] sectionOf = new int[findings.size()];
        Map<Integer, List<String>> urlsBySegment = new LinkedHashMap<>();
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            Integer section = f.sectionPath().map(sectionByPath::get).orElse(null);
            sectionOf[k] = section == null ? -1 : section;
            segmentOf[k] = section == null ? -1 : f.entryIndex().map(e -> entrySegment(section, e)).orElse(-1);
            if (segmentOf[k] >= 0 && f.url().isPresent()) {
                urlsBySegment.computeIfAbsent(segmentOf[k], x -> new ArrayList<>()).add(f.url().get());
            }
        }
        Map<Integer, Map<String, Integer>> urlAt = new HashMap<>();
        urlsBySegment.forEach((k, urls) -> {
            Parsed.Segment s = parsed.segments().get(k);
            urlAt.put(k, LintSearch.firstOccurrences(text, s.start(), s.end(), urls));
        });
        List<Place> out = new ArrayList<>(findings.size());
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (sectionOf[k] < 0) {
                out.add(new Place(-1, -1, -1, 0));
            } else if (segmentOf[k] < 0) {
                out.add(new Place(-1, sectionOf[k], heading(sectionOf[k]), 0));
            } else {
                int start = parsed.segments().get(segmentOf[k]).start();
                Map<String, Integer> inSegment = urlAt.getOrDefault(segmentOf[k], Map.of());
                Integer found = f.url().map(inSegment::get).orElse(null);
                out.add(found != null ? new Place(segmentOf[k], sectionOf[k], found, f.url().get().length())
                        : new Place(segmentOf[k], sectionOf[k], skipIndent(start), 0));
            }
        }
        return out;
    }

    /** The index of the first segment of an entry, or -1. */
    private int entrySegment(int section, int entry) {
        if (section >= entrySegments.length || entry < 0 || entry >= entrySegments[section].length) {
            return -1;
        }
        return entrySegments[section][entry];
    }
}
