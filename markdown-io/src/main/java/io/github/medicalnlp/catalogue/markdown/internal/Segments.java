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
 * <p>Storage only: it keeps each segment as it was added, with how its style is known. The styles of list
 * entries are not worked out while reading, nor here, but by {@link Parsed#styleOf} when first asked for.
 * The list is immutable and safe to share.
 */
public final class Segments extends AbstractList<Parsed.Segment> implements RandomAccess {

    /** The style is the one given when the segment was added (none, or a table row's). */
    public static final byte GIVEN = Parsed.Segment.GIVEN;
    /** A bulleted list entry, whose style is worked out on demand. */
    public static final byte BULLET = Parsed.Segment.BULLET;
    /** A numbered list entry, whose style is worked out on demand. */
    public static final byte NUMBERED = Parsed.Segment.NUMBERED;

    private static final Parsed.Type[] TYPES = Parsed.Type.values();

    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final byte[] types;
    private final int[] sections;
    private final int[] entries;
    private final EntryStyle[] styles;
    private final byte[] kinds;

    private Segments(Builder b) {
        size = b.size;
        starts = Arrays.copyOf(b.starts, size);
        ends = Arrays.copyOf(b.ends, size);
        types = Arrays.copyOf(b.types, size);
        sections = Arrays.copyOf(b.sections, size);
        entries = Arrays.copyOf(b.entries, size);
        styles = Arrays.copyOf(b.styles, size);
        kinds = Arrays.copyOf(b.kinds, size);
    }

    @Override
    public Parsed.Segment get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("segment " + index + " of " + size);
        }
        return new Parsed.Segment(starts[index], ends[index], TYPES[types[index]], sections[index], entries[index],
                styles[index], kinds[index]);
    }

    @Override
    public int size() {
        return size;
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

        /** An empty builder. */
        public Builder() {
        }

        /**
         * Adds a segment; the arguments are those of {@link Parsed.Segment}: how its style is known is
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

        /** The segments added, in order. */
        public Segments build() {
            return new Segments(this);
        }

        /**
         * The segments added, in order. The text, its sections and the catalogue are not kept: the styles
         * they served to work out are now {@link Parsed#styleOf}'s. The same as {@link #build()}.
         */
        public Segments build(String text, List<Parsed.SectionInfo> infos, Catalogue catalogue) {
            return build();
        }
    }
}
