package io.github.medicalnlp.catalogue.diff;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.internal.Checks;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An entry added, removed or changed between two catalogues.
 *
 * @param type {@link ChangeType#ADDED}, {@link ChangeType#REMOVED} or {@link ChangeType#CHANGED}
 * @param before the entry in the older catalogue (absent when added)
 * @param after the entry in the newer catalogue (absent when removed)
 * @param pathBefore the section path in the older catalogue (absent when added)
 * @param pathAfter the section path in the newer catalogue (absent when removed)
 * @param aspects what changed (empty unless {@code type} is {@link ChangeType#CHANGED})
 */
public record EntryChange(ChangeType type, Optional<Entry> before, Optional<Entry> after,
        Optional<String> pathBefore, Optional<String> pathAfter, Set<Aspect> aspects) {

    /** A part of an entry that can change. */
    public enum Aspect {
        /** The name. */
        NAME,
        /** The links: URL, label, role or order. */
        LINKS,
        /** The text fields. */
        FIELDS,
        /** The kind. */
        KIND,
        /** The languages. */
        LANGUAGES,
        /** The modality. */
        MODALITY,
        /** The tasks. */
        TASKS,
        /** The tags. */
        TAGS,
        /** The group label within the section. */
        GROUP,
        /** The section it stands in (it moved). */
        SECTION;

        /** The lower-case word, e.g. {@code links}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return word();
        }
    }

    /**
     * Checks the arguments: an added change has only an after side, a removed one only a before
     * side, a changed one both sides and at least one aspect.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the sides do not fit the type
     */
    public EntryChange {
        Checks.notNull(type, "type");
        Checks.notNull(before, "before");
        Checks.notNull(after, "after");
        Checks.notNull(pathBefore, "pathBefore");
        Checks.notNull(pathAfter, "pathAfter");
        aspects = Set.copyOf(Checks.listOf(Checks.notNull(aspects, "aspects"), "aspects"));
        boolean ok = switch (type) {
            case ADDED -> before.isEmpty() && after.isPresent() && pathBefore.isEmpty() && pathAfter.isPresent()
                    && aspects.isEmpty();
            case REMOVED -> before.isPresent() && after.isEmpty() && pathBefore.isPresent() && pathAfter.isEmpty()
                    && aspects.isEmpty();
            case CHANGED -> before.isPresent() && after.isPresent() && pathBefore.isPresent()
                    && pathAfter.isPresent() && !aspects.isEmpty();
            case RENAMED -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("an entry change of type " + type
                    + " has the wrong sides or aspects: before=" + before.isPresent() + ", after="
                    + after.isPresent() + ", aspects=" + aspects);
        }
    }

    /** The entry's name: the newer one where there is one. */
    public String name() {
        return after.or(() -> before).orElseThrow().name();
    }

    /** The section path: the newer one where there is one. */
    public String path() {
        return pathAfter.or(() -> pathBefore).orElseThrow();
    }

    static EntryChange added(Entry entry, String path) {
        return new EntryChange(ChangeType.ADDED, Optional.empty(), Optional.of(entry), Optional.empty(),
                Optional.of(path), Set.of());
    }

    static EntryChange removed(Entry entry, String path) {
        return new EntryChange(ChangeType.REMOVED, Optional.of(entry), Optional.empty(), Optional.of(path),
                Optional.empty(), Set.of());
    }

    /** The change between two matched entries, or empty when they are equal and in the same section. */
    static Optional<EntryChange> between(Entry before, String pathBefore, Entry after, String pathAfter) {
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        add(aspects, Aspect.NAME, before.name(), after.name());
        add(aspects, Aspect.LINKS, before.links(), after.links());
        add(aspects, Aspect.FIELDS, before.fields(), after.fields());
        add(aspects, Aspect.KIND, before.kind(), after.kind());
        add(aspects, Aspect.LANGUAGES, before.languages(), after.languages());
        add(aspects, Aspect.MODALITY, before.modality(), after.modality());
        add(aspects, Aspect.TASKS, before.tasks(), after.tasks());
        add(aspects, Aspect.TAGS, before.tags(), after.tags());
        add(aspects, Aspect.GROUP, before.group(), after.group());
        add(aspects, Aspect.SECTION, pathBefore, pathAfter);
        return aspects.isEmpty() ? Optional.empty()
                : Optional.of(new EntryChange(ChangeType.CHANGED, Optional.of(before), Optional.of(after),
                        Optional.of(pathBefore), Optional.of(pathAfter), aspects));
    }

    private static void add(Set<Aspect> aspects, Aspect aspect, Object a, Object b) {
        if (!a.equals(b)) {
            aspects.add(aspect);
        }
    }

    /**
     * One line: {@code + 3.1: Huatuo-26M}, {@code - 3.1: Huatuo-26M}, or
     * {@code ~ 3.1: Huatuo-26M (fields, links)}; a moved entry shows {@code 3.1 -> 3.2}.
     */
    @Override
    public String toString() {
        return switch (type) {
            case ADDED -> "+ " + path() + ": " + name();
            case REMOVED -> "- " + path() + ": " + name();
            default -> "~ " + (aspects.contains(Aspect.SECTION) ? pathBefore.orElseThrow() + " -> " : "")
                    + path() + ": " + (aspects.contains(Aspect.NAME) ? before.orElseThrow().name() + " -> " : "")
                    + name() + " (" + aspects.stream().sorted().map(Aspect::word).collect(Collectors.joining(", "))
                    + ")";
        };
    }
}
