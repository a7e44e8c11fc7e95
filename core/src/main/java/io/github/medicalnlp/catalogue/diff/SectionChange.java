package io.github.medicalnlp.catalogue.diff;

import io.github.medicalnlp.catalogue.internal.Checks;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A section added, removed or changed between two catalogues. A section in both is matched as
 * {@link CatalogueDiff} describes; its {@link #aspects()} say everything that differs, and its type
 * names the first of them in this order: {@link ChangeType#RENAMED} (title), {@link ChangeType#MOVED}
 * (parent or order among its siblings), {@link ChangeType#RENUMBERED} (number), {@link ChangeType#CHANGED}
 * (only the anchor).
 *
 * @param type what happened
 * @param pathBefore the section path in the older catalogue (absent when added)
 * @param pathAfter the section path in the newer catalogue (absent when removed)
 * @param titleBefore the title in the older catalogue (absent when added)
 * @param titleAfter the title in the newer catalogue (absent when removed)
 * @param aspects what differs (empty when added or removed)
 */
public record SectionChange(ChangeType type, Optional<String> pathBefore, Optional<String> pathAfter,
        Optional<String> titleBefore, Optional<String> titleAfter, Set<Aspect> aspects) {

    /** A part of a section that can change. */
    public enum Aspect {
        /** The title. */
        TITLE,
        /** The number (present, absent or other). */
        NUMBER,
        /** The anchor of the heading (reported only when title and number are the same). */
        ANCHOR,
        /** The parent section (it moved elsewhere in the tree). */
        PARENT,
        /** The order among its siblings under the same parent. */
        POSITION;

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
     * Checks that the sides and aspects fit the type.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the sides or aspects do not fit the type
     */
    public SectionChange {
        Checks.notNull(type, "type");
        Checks.notNull(pathBefore, "pathBefore");
        Checks.notNull(pathAfter, "pathAfter");
        Checks.notNull(titleBefore, "titleBefore");
        Checks.notNull(titleAfter, "titleAfter");
        aspects = Set.copyOf(Checks.listOf(Checks.notNull(aspects, "aspects"), "aspects"));
        boolean hasBefore = pathBefore.isPresent() && titleBefore.isPresent();
        boolean hasAfter = pathAfter.isPresent() && titleAfter.isPresent();
        boolean ok = switch (type) {
            case ADDED -> !hasBefore && hasAfter && pathBefore.isEmpty() && titleBefore.isEmpty() && aspects.isEmpty();
            case REMOVED -> hasBefore && !hasAfter && pathAfter.isEmpty() && titleAfter.isEmpty() && aspects.isEmpty();
            default -> hasBefore && hasAfter && !aspects.isEmpty() && typeOf(aspects) == type
                    && titleBefore.equals(titleAfter) != aspects.contains(Aspect.TITLE);
        };
        if (!ok) {
            throw new IllegalArgumentException("a section change of type " + type + " has the wrong sides");
        }
    }

    /**
     * A change without aspects, as before aspects were kept: a renamed section has the aspect
     * {@link Aspect#TITLE}, others none.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the sides do not fit the type
     */
    public SectionChange(ChangeType type, Optional<String> pathBefore, Optional<String> pathAfter,
            Optional<String> titleBefore, Optional<String> titleAfter) {
        this(type, pathBefore, pathAfter, titleBefore, titleAfter,
                type == ChangeType.RENAMED ? Set.of(Aspect.TITLE) : Set.of());
    }

    /** The type that names a change with these aspects. */
    static ChangeType typeOf(Set<Aspect> aspects) {
        if (aspects.contains(Aspect.TITLE)) {
            return ChangeType.RENAMED;
        }
        if (aspects.contains(Aspect.PARENT) || aspects.contains(Aspect.POSITION)) {
            return ChangeType.MOVED;
        }
        return aspects.contains(Aspect.NUMBER) ? ChangeType.RENUMBERED : ChangeType.CHANGED;
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
                Optional.of(title), Set.of());
    }

    static SectionChange removed(String path, String title) {
        return new SectionChange(ChangeType.REMOVED, Optional.of(path), Optional.empty(), Optional.of(title),
                Optional.empty(), Set.of());
    }

    static SectionChange changed(String pathBefore, String titleBefore, String pathAfter, String titleAfter,
            Set<Aspect> aspects) {
        return new SectionChange(typeOf(aspects), Optional.of(pathBefore), Optional.of(pathAfter),
                Optional.of(titleBefore), Optional.of(titleAfter), aspects);
    }

    /** The aspects in their order, as words: {@code title, number}. */
    public String aspectWords() {
        return aspects.stream().sorted().map(Aspect::word).collect(Collectors.joining(", "));
    }

    /**
     * One line: {@code + section 4.1 中文}, {@code - section 4.1 中文}, {@code ~ section 3.1: 中文 -> 中文数据}
     * for a section only renamed, else {@code ~ section 3.2 -> 3.1: 中文 (number, position)}.
     */
    @Override
    public String toString() {
        return switch (type) {
            case ADDED -> "+ section " + path() + " " + title();
            case REMOVED -> "- section " + path() + " " + title();
            default -> aspects.equals(EnumSet.of(Aspect.TITLE))
                    ? "~ section " + path() + ": " + titleBefore.orElseThrow() + " -> " + title()
                    : "~ section " + (pathBefore.equals(pathAfter) ? "" : pathBefore.orElseThrow() + " -> ") + path()
                            + ": " + (aspects.contains(Aspect.TITLE) ? titleBefore.orElseThrow() + " -> " : "") + title()
                            + " (" + aspectWords() + ")";
        };
    }
}
