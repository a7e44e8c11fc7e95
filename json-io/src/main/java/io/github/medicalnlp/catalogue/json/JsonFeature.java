package io.github.medicalnlp.catalogue.json;

/**
 * The features of {@link CatalogueModule}, each with its default, in the manner of Jackson's own
 * feature enums.
 */
public enum JsonFeature {
    /**
     * Reject properties this version of the format does not know, and keys repeated in an object. Off by
     * default: forward compatible (a repeated key then keeps its last value and is logged as a warning).
     */
    REJECT_UNKNOWN_PROPERTIES(false),
    /**
     * Write the {@code format} and {@code version} properties when a {@code Catalogue} is serialised. On
     * by default, so that the output is a catalogue document {@link CatalogueJsonReader} reads.
     */
    WRITE_FORMAT_HEADER(true);

    private final boolean enabledByDefault;

    JsonFeature(boolean enabledByDefault) {
        this.enabledByDefault = enabledByDefault;
    }

    /** Whether the feature is on unless configured otherwise. */
    public boolean enabledByDefault() {
        return enabledByDefault;
    }
}
