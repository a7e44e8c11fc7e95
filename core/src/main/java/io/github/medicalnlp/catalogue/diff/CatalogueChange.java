package io.github.medicalnlp.catalogue.diff;

import io.github.medicalnlp.catalogue.internal.Checks;
import java.util.Locale;
import java.util.Optional;

/**
 * A change of the catalogue's title, introduction or citation. An empty introduction counts as
 * absent.
 *
 * @param part what changed
 * @param before the text in the older catalogue (absent when it had none)
 * @param after the text in the newer catalogue (absent when it has none)
 */
public record CatalogueChange(Part part, Optional<String> before, Optional<String> after) {

    /** A part of the catalogue outside its sections and news. */
    public enum Part {
        /** The title. */
        TITLE,
        /** The introduction. */
        INTRODUCTION,
        /** The citation. */
        CITATION;

        /** The lower-case word, e.g. {@code title}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return word();
        }
    }

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the two sides are equal, or a title is absent
     */
    public CatalogueChange {
        Checks.notNull(part, "part");
        Checks.notNull(before, "before");
        Checks.notNull(after, "after");
        if (before.equals(after) || part == Part.TITLE && (before.isEmpty() || after.isEmpty())) {
            throw new IllegalArgumentException("a change of the " + part + " needs two different sides"
                    + (part == Part.TITLE ? ", both present" : ""));
        }
    }

    /** {@link ChangeType#ADDED} when only the newer side has it, {@link ChangeType#REMOVED}, or {@link ChangeType#CHANGED}. */
    public ChangeType type() {
        return before.isEmpty() ? ChangeType.ADDED : after.isEmpty() ? ChangeType.REMOVED : ChangeType.CHANGED;
    }

    /** The change between two texts, empty when they are equal; an empty text is absent. */
    static Optional<CatalogueChange> between(Part part, Optional<String> before, Optional<String> after) {
        Optional<String> b = before.filter(s -> !s.isEmpty());
        Optional<String> a = after.filter(s -> !s.isEmpty());
        return b.equals(a) ? Optional.empty() : Optional.of(new CatalogueChange(part, b, a));
    }

    /**
     * One line: {@code ~ title: Medical_NLP -> Awesome-AI4Med}; longer texts are shortened to their first
     * 60 characters, with line breaks as spaces: {@code + citation: @misc{…}}.
     */
    @Override
    public String toString() {
        String sign = switch (type()) {
            case ADDED -> "+ ";
            case REMOVED -> "- ";
            default -> "~ ";
        };
        return sign + part.word() + ": " + before.map(CatalogueChange::brief).map(s -> after.isPresent() ? s + " -> " : s)
                .orElse("") + after.map(CatalogueChange::brief).orElse("");
    }

    static String brief(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= 60 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 60)) + "…";
    }
}
