package io.github.medicalnlp.catalogue.diff;

/** What happened to an entry or section between two catalogues. */
public enum ChangeType {
    /** Only in the newer catalogue. */
    ADDED,
    /** Only in the older catalogue. */
    REMOVED,
    /** In both, with different content or place (entries). */
    CHANGED,
    /** In both at the same place, with another title (sections). */
    RENAMED;

    /** The lower-case word, e.g. {@code added}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return word();
    }
}
