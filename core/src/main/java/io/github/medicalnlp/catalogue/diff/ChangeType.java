package io.github.medicalnlp.catalogue.diff;

/** What happened to a part of a catalogue between two versions. */
public enum ChangeType {
    /** Only in the newer catalogue. */
    ADDED,
    /** Only in the older catalogue. */
    REMOVED,
    /** In both, with different content or place (entries, the title, introduction and citation). */
    CHANGED,
    /** In both, with another title (sections). */
    RENAMED,
    /** In both, under another parent or in another order among its siblings (sections, news items). */
    MOVED,
    /** In both, with another number (sections). */
    RENUMBERED;

    /** The lower-case word, e.g. {@code added}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return word();
    }
}
