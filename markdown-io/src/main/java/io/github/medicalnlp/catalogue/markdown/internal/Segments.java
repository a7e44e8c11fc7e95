package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The segments of a document, held in parallel arrays rather than as one object each: a long list has
 * a hundred thousand of them, and as records they took about 40 bytes each, as arrays 21. {@link #get}
 * gives a {@link Parsed.Segment} made on the spot.
 *
 * <p>The styles of list entries are not worked out while reading: the first {@link #get} of such an entry
 * works out all of them ({@link StyleCapture}) and keeps them. The list is immutable and safe to share;
 * two threads may both work the styles out, with equal results.
 */
public final class Segments extends AbstractList<Parsed.Segment> implements RandomAccess {

    /** The style is the one given when the segment was added (none, or a table row's). */
    public static final byte GIVEN = 0;
    /** A bulleted list entry, whose style is worked out on demand. */
    public static final byte BULLET = 1;
    /** A numbered list entry, whose style is worked out on demand. */
    public static final byte NUMBERED = 2;

    private static final Parsed.Type[] TYPES = Parsed.Type.values();

    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final byte[] types;
    private final int[] sections;
    private final int[] entries;
    private final EntryStyle[] styles;
    private final byte[] kinds;
    private final String text;
    private final List<Parsed.SectionInfo> infos;
    private final Catalogue catalogue;
    private volatile EntryStyle[] captured;

    private Segments(Builder b, String text, List<Parsed.SectionInfo> infos, Catalogue catalogue) {
        size = b.size;
        starts = Arrays.copyOf(b.starts, size);
        ends = Arrays.copyOf(b.ends, size);
        types = Arrays.copyOf(b.types, size);
        sections = Arrays.copyOf(b.sections, size);
        entries = Arrays.copyOf(b.entries, size);
        styles = Arrays.copyOf(b.styles, size);
        kinds = Arrays.copyOf(b.kinds, size);
        this.text = text;
        this.infos = infos;
        this.catalogue = catalogue;
    }

    @Override
    public Parsed.Segment get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("segment " + index + " of " + size);
        }
        EntryStyle style = kinds[index] == GIVEN ? styles[index] : captured()[index];
        return new Parsed.Segment(starts[index], ends[index], TYPES[types[index]], sections[index], entries[index],
                style);
    }

    @Override
    public int size() {
        return size;
    }

    private EntryStyle[] captured() {
        EntryStyle[] c = captured;
        if (c == null) {
            c = StyleCapture.capture(text, this, infos, catalogue);
            captured = c;
        }
        return c;
    }

    int startAt(int i) {
        return starts[i];
    }

    int endAt(int i) {
        return ends[i];
    }

    Parsed.Type typeAt(int i) {
        return TYPES[types[i]];
    }

    int sectionAt(int i) {
        return sections[i];
    }

    int entryAt(int i) {
        return entries[i];
    }

    byte kindAt(int i) {
        return kinds[i];
    }

    EntryStyle givenStyleAt(int i) {
        return styles[i];
    }

    /** Collects segments in order. */
    public static final class Builder {
        private int size;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private byte[] types = new byte[64];
        private int[] sections = new int[64];
        private int[] entries = new int[64];
        private EntryStyle[] styles = new EntryStyle[64];
        private byte[] kinds = new byte[64];

        /**
         * Adds a segment; the arguments are those of {@link Parsed.Segment}, and how its style is known:
         * {@link #GIVEN}, {@link #BULLET} or {@link #NUMBERED}.
         */
        public void add(int start, int end, Parsed.Type type, int section, int entry, EntryStyle style, byte kind) {
            if (size == starts.length) {
                int n = size * 2;
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
                types = Arrays.copyOf(types, n);
                sections = Arrays.copyOf(sections, n);
                entries = Arrays.copyOf(entries, n);
                styles = Arrays.copyOf(styles, n);
                kinds = Arrays.copyOf(kinds, n);
            }
            starts[size] = start;
            ends[size] = end;
            types[size] = (byte) type.ordinal();
            sections[size] = section;
            entries[size] = entry;
            styles[size] = style;
            kinds[size] = kind;
            size++;
        }

        /** The number of segments added. */
        public int size() {
            return size;
        }

        /** The segments added, in order, of this text, its sections and the catalogue read from it. */
        public Segments build(String text, List<Parsed.SectionInfo> infos, Catalogue catalogue) {
            return new Segments(this, text, infos, catalogue);
        }
    }
}
