package io.github.medicalnlp.catalogue.diff;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Tree;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * @param sectionBefore the title of its section in the older catalogue (absent when added)
 * @param sectionAfter the title of its section in the newer catalogue (absent when removed)
 * @param indexBefore its index in its section in the older catalogue (absent when added, or not known)
 * @param indexAfter its index in its section in the newer catalogue (absent when removed, or not known)
 */
public record EntryChange(ChangeType type, Optional<Entry> before, Optional<Entry> after,
        Optional<String> pathBefore, Optional<String> pathAfter, Set<Aspect> aspects,
        Optional<String> sectionBefore, Optional<String> sectionAfter, Optional<Integer> indexBefore,
        Optional<Integer> indexAfter) {

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
        /** The modalities. */
        MODALITIES,
        /** The tasks. */
        TASKS,
        /** The tags. */
        TAGS,
        /** The group label within the section. */
        GROUP,
        /** The section it stands in (it moved to another one). */
        SECTION,
        /** Its order among the entries of its section (it moved within it). */
        POSITION;

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
        Checks.notNull(sectionBefore, "sectionBefore");
        Checks.notNull(sectionAfter, "sectionAfter");
        Checks.notNull(indexBefore, "indexBefore");
        Checks.notNull(indexAfter, "indexAfter");
        boolean ok = switch (type) {
            case ADDED -> before.isEmpty() && after.isPresent() && pathBefore.isEmpty() && pathAfter.isPresent()
                    && aspects.isEmpty();
            case REMOVED -> before.isPresent() && after.isEmpty() && pathBefore.isPresent() && pathAfter.isEmpty()
                    && aspects.isEmpty();
            case CHANGED -> before.isPresent() && after.isPresent() && pathBefore.isPresent()
                    && pathAfter.isPresent() && !aspects.isEmpty();
            default -> false;
        };
        if (!ok || sectionBefore.isPresent() != pathBefore.isPresent()
                || sectionAfter.isPresent() != pathAfter.isPresent()
                || indexBefore.isPresent() && (pathBefore.isEmpty() || indexBefore.get() < 0)
                || indexAfter.isPresent() && (pathAfter.isEmpty() || indexAfter.get() < 0)) {
            throw new IllegalArgumentException("an entry change of type " + type
                    + " has the wrong sides or aspects: before=" + before.isPresent() + ", after="
                    + after.isPresent() + ", aspects=" + aspects);
        }
    }

    /**
     * A change without section titles and indexes, as before they were kept: the last label of each path
     * stands for its section's title, and the indexes are not known.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the sides do not fit the type
     */
    public EntryChange(ChangeType type, Optional<Entry> before, Optional<Entry> after, Optional<String> pathBefore,
            Optional<String> pathAfter, Set<Aspect> aspects) {
        this(type, before, after, pathBefore, pathAfter, aspects, lastLabel(pathBefore), lastLabel(pathAfter),
                Optional.empty(), Optional.empty());
    }

    private static Optional<String> lastLabel(Optional<String> path) {
        return Checks.notNull(path, "path").map(p -> p.substring(p.lastIndexOf(Tree.PATH_SEPARATOR) + 1).strip());
    }

    /** The entry's name: the newer one where there is one. */
    public String name() {
        return entry().name();
    }

    /** The section path: the newer one where there is one. */
    public String path() {
        return pathAfter.or(() -> pathBefore).orElseThrow();
    }

    /** The title of the entry's section: the newer one where there is one. */
    public String sectionTitle() {
        return sectionAfter.or(() -> sectionBefore).orElseThrow();
    }

    /** The entry's primary URL ({@link Entry#primaryUrl()}): the newer one where there is one. */
    public Optional<String> primaryUrl() {
        return entry().primaryUrl();
    }

    private Entry entry() {
        return after.or(() -> before).orElseThrow();
    }

    /**
     * The older value of a changed aspect as text, e.g. {@code 简介：医疗问答} for {@link Aspect#FIELDS}:
     * for links and fields only those that differ (the ones both sides share at the start and the end
     * left out), for the section its path, for the position the 1-based index in the section; an
     * absent value is {@code (none)}.
     *
     * @throws IllegalStateException when the aspect did not change
     */
    public String valueBefore(Aspect aspect) {
        return value(aspect, true);
    }

    /** The newer value of a changed aspect as text, as {@link #valueBefore(Aspect)} gives the older one. */
    public String valueAfter(Aspect aspect) {
        return value(aspect, false);
    }

    private String value(Aspect aspect, boolean older) {
        Checks.notNull(aspect, "aspect");
        if (!aspects.contains(aspect)) {
            throw new IllegalStateException("the " + aspect + " of '" + name() + "' did not change");
        }
        Entry e = (older ? before : after).orElseThrow();
        Entry other = (older ? after : before).orElseThrow();
        return switch (aspect) {
            case NAME -> e.name();
            case LINKS -> differing(e.links(), other.links(), EntryChange::link);
            case FIELDS -> differing(e.fields(), other.fields(), EntryChange::field);
            case KIND -> e.kind().map(Object::toString).orElse(NONE);
            case LANGUAGES -> joined(e.languages().stream().map(Object::toString).toList());
            case MODALITIES -> joined(e.modalities().stream().map(Object::toString).toList());
            case TASKS -> joined(e.tasks().stream().map(Object::toString).toList());
            case TAGS -> joined(e.tags());
            case GROUP -> e.group().orElse(NONE);
            case SECTION -> (older ? pathBefore : pathAfter).orElseThrow();
            case POSITION -> (older ? indexBefore : indexAfter).map(i -> "#" + (i + 1)).orElse(NONE);
        };
    }

    private static final String NONE = "(none)";

    private static String joined(List<String> values) {
        return values.isEmpty() ? NONE : String.join(", ", values);
    }

    private static String link(Link l) {
        return (l.label().isEmpty() ? "" : l.label() + "：") + l.url() + " (" + l.role() + ")";
    }

    private static String field(TextField f) {
        return (f.isLabelled() ? f.label() + "：" : "") + f.value();
    }

    /** The items of {@code mine} between the start and end it shares with {@code theirs}, joined by {@code " | "}. */
    private static <T> String differing(List<T> mine, List<T> theirs, Function<T, String> show) {
        int start = 0;
        while (start < mine.size() && start < theirs.size() && mine.get(start).equals(theirs.get(start))) {
            start++;
        }
        int end = 0;
        while (end < mine.size() - start && end < theirs.size() - start
                && mine.get(mine.size() - 1 - end).equals(theirs.get(theirs.size() - 1 - end))) {
            end++;
        }
        List<T> middle = mine.subList(start, mine.size() - end);
        return middle.isEmpty() ? NONE : middle.stream().map(show).collect(Collectors.joining(" | "));
    }

    static EntryChange added(Entry entry, String path, String section, int index) {
        return new EntryChange(ChangeType.ADDED, Optional.empty(), Optional.of(entry), Optional.empty(),
                Optional.of(path), Set.of(), Optional.empty(), Optional.of(section), Optional.empty(), Optional.of(index));
    }

    static EntryChange removed(Entry entry, String path, String section, int index) {
        return new EntryChange(ChangeType.REMOVED, Optional.of(entry), Optional.empty(), Optional.of(path),
                Optional.empty(), Set.of(), Optional.of(section), Optional.empty(), Optional.of(index), Optional.empty());
    }

    /**
     * The change between two matched entries, or empty when they are equal and in the same place.
     *
     * @param otherSection whether the entry stands in another section (not the older section's match)
     * @param moved whether it stands in another order among the entries of its section
     */
    static Optional<EntryChange> between(Entry before, String pathBefore, String sectionBefore, int indexBefore,
            Entry after, String pathAfter, String sectionAfter, int indexAfter, boolean otherSection, boolean moved) {
        Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
        add(aspects, Aspect.NAME, before.name(), after.name());
        add(aspects, Aspect.LINKS, before.links(), after.links());
        add(aspects, Aspect.FIELDS, before.fields(), after.fields());
        add(aspects, Aspect.KIND, before.kind(), after.kind());
        add(aspects, Aspect.LANGUAGES, before.languages(), after.languages());
        add(aspects, Aspect.MODALITIES, before.modalities(), after.modalities());
        add(aspects, Aspect.TASKS, before.tasks(), after.tasks());
        add(aspects, Aspect.TAGS, before.tags(), after.tags());
        add(aspects, Aspect.GROUP, before.group(), after.group());
        if (otherSection) {
            aspects.add(Aspect.SECTION);
        }
        if (moved) {
            aspects.add(Aspect.POSITION);
        }
        return aspects.isEmpty() ? Optional.empty()
                : Optional.of(new EntryChange(ChangeType.CHANGED, Optional.of(before), Optional.of(after),
                        Optional.of(pathBefore), Optional.of(pathAfter), aspects, Optional.of(sectionBefore),
                        Optional.of(sectionAfter), Optional.of(indexBefore), Optional.of(indexAfter)));
    }

    private static void add(Set<Aspect> aspects, Aspect aspect, Object a, Object b) {
        if (!a.equals(b)) {
            aspects.add(aspect);
        }
    }

    /** The aspects in their order, as words: {@code fields, links}. */
    public String aspectWords() {
        return aspects.stream().sorted().map(Aspect::word).collect(Collectors.joining(", "));
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
            default -> "~ " + (pathBefore.equals(pathAfter) ? "" : pathBefore.orElseThrow() + " -> ")
                    + path() + ": " + (aspects.contains(Aspect.NAME) ? before.orElseThrow().name() + " -> " : "")
                    + name() + " (" + aspectWords() + ")";
        };
    }
}
