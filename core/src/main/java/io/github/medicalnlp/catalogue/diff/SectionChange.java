package io.github.medicalnlp.catalogue.diff;

import io.github.medicalnlp.catalogue.internal.Checks;
import java.util.Optional;

/**
 * A section added, removed or renamed between two catalogues.
 *
 * @param type {@link ChangeType#ADDED}, {@link ChangeType#REMOVED} or {@link ChangeType#RENAMED}
 * @param pathBefore the section path in the older catalogue (absent when added)
 * @param pathAfter the section path in the newer catalogue (absent when removed)
 * @param titleBefore the title in the older catalogue (absent when added)
 * @param titleAfter the title in the newer catalogue (absent when removed)
 */
public record SectionChange(ChangeType type, Optional<String> pathBefore, Optional<String> pathAfter,
        Optional<String> titleBefore, Optional<String> titleAfter) {

    /**
     * Checks that the sides fit the type.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the sides do not fit the type
     */
    public SectionChange {
        Checks.notNull(type, "type");
        Checks.notNull(pathBefore, "pathBefore");
        Checks.notNull(pathAfter, "pathAfter");
        Checks.notNull(titleBefore, "titleBefore");
        Checks.notNull(titleAfter, "titleAfter");
        boolean hasBefore = pathBefore.isPresent() && titleBefore.isPresent();
        boolean hasAfter = pathAfter.isPresent() && titleAfter.isPresent();
        boolean ok = switch (type) {
            case ADDED -> !hasBefore && hasAfter && pathBefore.isEmpty() && titleBefore.isEmpty();
            case REMOVED -> hasBefore && !hasAfter && pathAfter.isEmpty() && titleAfter.isEmpty();
            case RENAMED -> hasBefore && hasAfter && !titleBefore.equals(titleAfter);
            case CHANGED -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("a section change of type " + type + " has the wrong sides");
        }
    }

    /** The section path: the newer one where there is one. */
    public String path() {
        return pathAfter.or(() -> pathBefore).orElseThrow();
    }

    /** The title: the newer one where there is one. */
    public String title() {
        return titleAfter.or(() -> titleBefore).orElseThrow();
    }

    static SectionChange added(String path, String title) {
        return new SectionChange(ChangeType.ADDED, Optional.empty(), Optional.of(path), Optional.empty(),
                Optional.of(title));
    }

    static SectionChange removed(String path, String title) {
        return new SectionChange(ChangeType.REMOVED, Optional.of(path), Optional.empty(), Optional.of(title),
                Optional.empty());
    }

    static SectionChange renamed(String pathBefore, String titleBefore, String pathAfter, String titleAfter) {
        return new SectionChange(ChangeType.RENAMED, Optional.of(pathBefore), Optional.of(pathAfter),
                Optional.of(titleBefore), Optional.of(titleAfter));
    }

    /** One line: {@code + section 4.1 中文}, {@code - section 4.1 中文}, {@code ~ section 3.1: 中文 -> 中文数据}. */
    @Override
    public String toString() {
        return switch (type) {
            case ADDED -> "+ section " + path() + " " + title();
            case REMOVED -> "- section " + path() + " " + title();
            default -> "~ section " + path() + ": " + titleBefore.orElseThrow() + " -> " + title();
        };
    }
}
