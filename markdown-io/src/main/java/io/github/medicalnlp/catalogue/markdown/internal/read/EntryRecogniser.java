package io.github.medicalnlp.catalogue.markdown.internal.read;

import java.util.List;

/**
 * Reads one shape of entry, as commonmark-java's block parser factories each start one kind of block.
 * The reader offers each unit of a section, in order, to the recognisers in turn; the first that claims it
 * reads the entry (or entries) and says how far it read. Units no recogniser claims go to the outline,
 * which keeps what it does not know as written. Adding a shape means adding a recogniser.
 */
interface EntryRecogniser {

    /** Looks over the whole document once before reading, for shapes that depend on what follows. */
    default void prepare(Reading r, List<Unit> units) {
    }

    /**
     * Reads the entry starting at {@code units.get(at)} when it is of this shape, adding it through
     * {@link Reading#entry}.
     *
     * @return the index of the last unit read, or -1 when the unit is not of this shape
     */
    int read(Reading r, List<Unit> units, int at);
}
