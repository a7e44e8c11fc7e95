package io.github.medicalnlp.catalogue.markdown.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The segments of a document, held in parallel arrays rather than as one object each: a long list has
 * a hundred thousand of them, and as records they took about 40 bytes each, as arrays 21. {@link #get}
 * gives a {@link Parsed.Segment} made on the spot. Immutable once {@linkplain Builder#build() built}.
 */
final class Segments extends AbstractList<Parsed.Segment> implements RandomAccess {

    private static final Parsed.Type[] TYPES = Parsed.Type.values();

    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final byte[] types;
    private final int[] sections;
    private final int[] entries;
    private final EntryStyle[] styles;

    private Segments(Builder b) {
        size = b.size;
        starts = Arrays.copyOf(b.starts, size);
        ends = Arrays.copyOf(b.ends, size);
        types = Arrays.copyOf(b.types, size);
        sections = Arrays.copyOf(b.sections, size);
        entries = Arrays.copyOf(b.entries, size);
        styles = Arrays.copyOf(b.styles, size);
    }

    @Override
    public Parsed.Segment get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("segment " + index + " of " + size);
        }
        return new Parsed.Segment(starts[index], ends[index], TYPES[types[index]], sections[index], entries[index],
                styles[index]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Collects segments in order. */
    static final class Builder {
        private int size;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private byte[] types = new byte[64];
        private int[] sections = new int[64];
        private int[] entries = new int[64];
        private EntryStyle[] styles = new EntryStyle[64];

        /** Adds a segment; the arguments are those of {@link Parsed.Segment}. */
        void add(int start, int end, Parsed.Type type, int section, int entry, EntryStyle style) {
            if (size == starts.length) {
                int n = size * 2;
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
                types = Arrays.copyOf(types, n);
                sections = Arrays.copyOf(sections, n);
                entries = Arrays.copyOf(entries, n);
                styles = Arrays.copyOf(styles, n);
            }
            starts[size] = start;
            ends[size] = end;
            types[size] = (byte) type.ordinal();
            sections[size] = section;
            entries[size] = entry;
            styles[size] = style;
            size++;
        }

        /** The number of segments added. */
        int size() {
            return size;
        }

        /** The segments added, in order. */
        Segments build() {
            return new Segments(this);
        }
    }
}
