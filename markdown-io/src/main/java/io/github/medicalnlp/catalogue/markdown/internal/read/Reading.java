package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.Inference;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.Segments;
import io.github.medicalnlp.catalogue.markdown.internal.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading in progress: the stages' shared services (the source, the inline pass, the entry parts),
 * the sections read so far with the one entries go to, and the segments cut. Recognisers add entries
 * through {@link #entry}; everything else is cut by {@link #segment}.
 */
final class Reading {

    final Source src;
    final Inline inline;
    final EntryParts parts;
    private final Segments.Builder segments = new Segments.Builder();
    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<Parsed.SectionInfo> infos = new ArrayList<>();
    /** One instance of each equal style and label: a long list repeats them thousands of times. */
    private final Map<Object, Object> shared = new HashMap<>();
    private SectionDraft current;
    /** The facts each section title implies on its own: a long list repeats its titles. */
    final Map<String, Inference.Facts> titleFacts = new HashMap<>();

    Reading(String text) {
        src = new Source(text);
        inline = new Inline(src);
        parts = new EntryParts(src, inline);
    }

    /** The section entries go to, or null before the first. */
    SectionDraft current() {
        return current;
    }

    /** Opens a section read from a heading: entries go to it from now on. */
    void openSection(SectionDraft s, Unit heading, int parent, String prefix, String suffix) {
        sections.add(s);
        if (s.parent != null) {
            s.parent.children.add(s);
        }
        current = s;
        infos.add(new Parsed.SectionInfo(parent, s.level, segments.size(), share(prefix), share(suffix)));
        segment(heading, Parsed.Type.HEADING);
    }

    /** The number of sections opened so far. */
    int sectionCount() {
        return sections.size();
    }

    void segment(Unit u, Parsed.Type type) {
        segment(u.first(), u.last(), type);
    }

    void segment(int first, int last, Parsed.Type type) {
        segments.add(src.lineStart(first), src.lineStart(last + 1), type, current == null ? -1 : current.index, -1,
                null, Segments.GIVEN);
    }

    /**
     * Adds the entry read from lines {@code first} to {@code last} to the current section: its blank
     * lines at the end are the gap after it. Warns of malformed addresses, of an entry without links and
     * of labels left without a value.
     *
     * @param offset where the entry starts, for warnings
     * @param style how it is written, or null when worked out on demand ({@code styleKind})
     * @param styleKind {@link Segments#GIVEN}, {@link Segments#BULLET} or {@link Segments#NUMBERED}
     */
    void entry(int first, int last, Draft d, int offset, EntryStyle style, byte styleKind) {
        for (Draft.LinkAt l : d.links) {
            if (!Urls.isWellFormedUrl(l.link().url())) {
                src.warn(l.offset(), "malformed-link", "the address '" + l.link().url() + "' of '" + d.name.strip()
                        + "' is not a well-formed URL");
            }
        }
        if (d.links.isEmpty()) {
            src.warn(offset, "entry-without-link", "'" + d.name.strip() + "' has no link");
        }
        for (int[] empty : d.emptyLabels) {
            src.warn(empty[1], "label-without-value", "'" + d.fields.get(empty[0]).label() + "' has no value");
        }
        for (int i = 0; i < d.links.size(); i++) {
            Link l = d.links.get(i).link();
            String label = share(l.label());
            if (label != l.label()) {
                d.links.set(i, new Draft.LinkAt(Link.of(l.url(), label, l.role()), d.links.get(i).offset()));
            }
        }
        for (int i = 0; i < d.fields.size(); i++) {
            TextField f = d.fields.get(i);
            String label = share(f.label());
            if (label != f.label()) {
                d.fields.set(i, TextField.of(label, f.value()));
            }
        }
        Entry entry = d.build(current);
        current.entries.add(entry);
        int end = last;
        while (end > first && src.isBlank(src.lineStart(end), src.lineStart(end + 1))) {
            end--;
        }
        segments.add(src.lineStart(first), src.lineStart(end + 1), Parsed.Type.ENTRY, current.index,
                current.entries.size() - 1, share(style), styleKind);
        if (end < last) {
            segment(end + 1, last, Parsed.Type.GAP);
        }
    }

    /**
     * Adds an entry written as a title over a body (a heading entry, a bold-title entry): units {@code at} to
     * {@code lastContent} are the entry, written with the colon its body uses ({@code ：} when it has one or
     * none), and the blank units after them up to {@code end} the gap after it.
     *
     * @return {@code end}, the last unit read
     */
    int bodyEntry(List<Unit> units, int at, int lastContent, int end, Draft d, int offset,
            java.util.function.Function<String, EntryStyle> style) {
        int first = units.get(at).first();
        int last = units.get(lastContent).last();
        String written = src.lines(first, last);
        String colon = written.indexOf('：') >= 0 || written.indexOf(':') < 0 ? "：" : ":";
        entry(first, last, d, offset, style.apply(colon), Segments.GIVEN);
        for (int j = lastContent + 1; j <= end; j++) {
            segment(units.get(j), Parsed.Type.GAP);
        }
        return end;
    }

    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    /** The top-level sections read. */
    List<Section> topLevel() {
        List<Section> out = new ArrayList<>();
        for (SectionDraft s : sections) {
            if (s.parent == null) {
                out.add(s.build());
            }
        }
        return out;
    }

    List<Parsed.SectionInfo> sectionInfos() {
        return List.copyOf(infos);
    }

    Segments.Builder segments() {
        return segments;
    }
}
