package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Descriptions;
import io.github.medicalnlp.catalogue.internal.Anchors;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.SectionNumbers;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.validation.NullOrNotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A section of the catalogue: a heading with its number as written, its entries and its child
 * sections, in document order.
 *
 * <p>The number is kept as written ({@code "1"}, {@code "2.2.1"}, {@code "一"}) without the dot that
 * may follow it; a section may have none. The anchor is the fragment GitHub gives the heading
 * ({@code 31-中文}); sections built in code get the anchor of their {@linkplain #heading() canonical
 * heading}, sections read from a file the anchor of the heading as written there.
 *
 * <p>Group labels, the bold sub-headings that split a section's entries into groups, are held by the
 * entries themselves ({@link Entry#group()}); {@link #groupLabels()} lists them.
 *
 * <p>Sections are immutable values with value equality.
 *
 * @param number the number as written, e.g. {@code 5.2.1}, if any
 * @param title the title as written, e.g. {@code 多语言医疗大模型}; white space around it is dropped
 * @param anchor the GitHub-compatible anchor of the heading, without {@code #}
 * @param children the child sections in order
 * @param entries the entries in order
 * @param titles its title in other languages (the English edition's), by language
 */
public record Section(
        @NotNull Optional<@NullOrNotBlank String> number,
        @NotBlank String title,
        @NotNull String anchor,
        @NotNull List<@NotNull @Valid Section> children,
        @NotNull List<@NotNull @Valid Entry> entries,
        @NotNull Map<@NotNull Language, @NotBlank String> titles) {

    /**
     * Checks and copies the arguments.
     *
     * @throws NullPointerException naming the parameter that is null, or the list and index of a null element
     * @throws IllegalArgumentException when {@code title} or a present {@code number} is blank, when the
     *     number is not a section number ({@link #NUMBER_GRAMMAR}), or when the children nest more than
     *     {@link #MAX_DEPTH} levels of sections, this one included
     */
    public Section {
        Checks.notNull(number, "number");
        if (number.isPresent()) { // no lambda: the first one costs a fresh JVM milliseconds to set up
            String n = Checks.notBlank(number.get(), "number").strip();
            if (!SectionNumbers.isValid(n)) {
                throw new IllegalArgumentException("number '" + Text.abbreviate(n, 40) + "' is not a section number: "
                        + NUMBER_GRAMMAR);
            }
            number = Optional.of(n);
        }
        title = Checks.notBlank(title, "title").strip();
        Checks.notNull(anchor, "anchor");
        children = Checks.listOf(children, "children");
        entries = Checks.listOf(entries, "entries");
        titles = Checks.mapOf(titles, "titles");
        if (!titles.isEmpty()) { // stripped as the title is, so that a round trip through any format is equal
            Map<Language, String> stripped = new java.util.LinkedHashMap<>();
            titles.forEach((language, t) -> stripped.put(language, Checks.notBlank(t, "titles").strip()));
            titles = java.util.Collections.unmodifiableMap(stripped);
        }
        for (Section child : children) {
            if (child.levels() >= MAX_DEPTH) {
                throw new IllegalArgumentException("section '" + Text.abbreviate(title, 40) + "' holds sections "
                        + (child.levels() + 1) + " levels deep; at most " + MAX_DEPTH
                        + " levels are allowed (as many as Markdown has heading levels)");
            }
        }
    }

    /** A section without translated titles (the constructor before they were added). */
    public Section(Optional<String> number, String title, String anchor, List<Section> children, List<Entry> entries) {
        this(number, title, anchor, children, entries, Map.of());
    }

    /** A copy with its title in {@code language}, or this section when it has that title there. */
    public Section withTitle(Language language, String title) {
        Checks.notBlank(title, "title");
        return title.strip().equals(titles.get(Checks.notNull(language, "language"))) ? this
                : toBuilder().title(language, title).build();
    }

    /** Its title in {@code language}, or its own title when it has none there. */
    public String title(Language language) {
        return titles.getOrDefault(Checks.notNull(language, "language"), title);
    }

    /**
     * What a section number is: groups of one to three digits separated by dots, or Chinese numerals,
     * without a trailing dot. Other numbers are refused rather than kept, because a heading could not
     * give them back: {@code "1."} would be read as {@code 1}, {@code "2023"} as part of the title.
     */
    public static final String NUMBER_GRAMMAR = SectionNumbers.GRAMMAR;

    /**
     * The most levels of sections a catalogue may nest, a section and its descendants included: six,
     * as many as Markdown has heading levels, so that every catalogue can be written as Markdown and read
     * back unchanged.
     */
    public static final int MAX_DEPTH = 6;

    /**
     * The levels of sections this one spans: 1 without children, else 1 more than its deepest child; at
     * most {@link #MAX_DEPTH}.
     */
    public int levels() {
        int deepest = 0;
        for (Section child : children) {
            deepest = Math.max(deepest, child.levels());
        }
        return deepest + 1;
    }

    /** An empty, unnumbered section. */
    public static Section of(String title) {
        return builder(title).build();
    }

    /** An empty, numbered section, e.g. {@code Section.of("3.1", "中文")}. */
    public static Section of(String number, String title) {
        return builder(title).number(number).build();
    }

    /** A builder for a section with this title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** A builder holding everything this section holds. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The heading text as this library writes it: the number, a dot after a number without one
     * ({@code "1. 评测"}, {@code "一. 评测"}), then the title; {@code "3.1 中文"} for dotted numbers; the
     * title alone without a number.
     */
    public String heading() {
        return canonicalHeading(number, title);
    }

    /**
     * The anchor GitHub gives a heading with this text, before it adds {@code -1}, {@code -2} to
     * repeats: lower case, punctuation and symbols dropped, every space a hyphen. Letters and digits
     * of every script stay: {@code "3.1 中文"} gives {@code "31-中文"}.
     */
    public static String anchorOf(String headingText) {
        return Anchors.slug(Checks.notNull(headingText, "headingText"));
    }

    /**
     * The short label of this section in paths: its number, or its title when it has none.
     */
    public String label() {
        return number.orElse(title);
    }

    /** The distinct group labels of the entries, in the order they first appear. */
    public List<String> groupLabels() {
        return entries.stream().flatMap(e -> e.group().stream()).distinct().toList();
    }

    /** The entries in this group, in order. */
    public List<Entry> entriesInGroup(String group) {
        Checks.notNull(group, "group");
        return entries.stream().filter(e -> e.group().filter(group::equals).isPresent()).toList();
    }

    /** This section's entries then those of its descendants, in document order. */
    public List<Entry> allEntries() {
        return Stream.concat(entries.stream(), children.stream().flatMap(c -> c.allEntries().stream()))
                .toList();
    }

    /** Whether neither this section nor any descendant has an entry. */
    public boolean isEmpty() {
        return entries.isEmpty() && children.stream().allMatch(Section::isEmpty);
    }

    /** A copy with this title and the anchor of the new heading, or this section when it is the same. */
    public Section withTitle(String title) {
        return this.title.equals(title) ? this
                : toBuilder().title(title).anchor(canonicalAnchor(number, title)).build();
    }

    /** A copy with this number and the anchor of the new heading, or this section when it is the same. */
    public Section withNumber(String number) {
        Checks.notBlank(number, "number");
        return this.number.equals(Optional.of(number)) ? this
                : toBuilder().number(number).anchor(canonicalAnchor(Optional.of(number), title)).build();
    }

    /** A copy with this anchor, or this section when it is the same. */
    public Section withAnchor(String anchor) {
        return this.anchor.equals(anchor) ? this : toBuilder().anchor(anchor).build();
    }

    /** A copy with these entries, or this section when they are the same. */
    public Section withEntries(List<Entry> entries) {
        return this.entries.equals(entries) ? this : toBuilder().entries(entries).build();
    }

    /** A copy with these children, or this section when they are the same. */
    public Section withChildren(List<Section> children) {
        return this.children.equals(children) ? this : toBuilder().children(children).build();
    }

    private static String canonicalHeading(Optional<String> number, String title) {
        return number.map(n -> n + (n.contains(".") ? " " : ". ") + title).orElse(title);
    }

    private static String canonicalAnchor(Optional<String> number, String title) {
        return Anchors.slug(canonicalHeading(number, title));
    }

    /**
     * Collects the parts of a {@link Section}. Not thread-safe; {@link #build()} may be called more
     * than once. Unless {@link #anchor(String)} is called, the section gets the anchor of its
     * canonical heading.
     */
    public static final class Builder {
        private String number;
        private String title;
        private String anchor;
        private final List<Section> children = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();
        private final Map<Language, String> titles = new java.util.LinkedHashMap<>();

        private Builder(String title) {
            this.title = Checks.notBlank(title, "title");
        }

        private Builder(Section section) {
            this.number = section.number.orElse(null);
            this.title = section.title;
            this.anchor = section.anchor;
            this.children.addAll(section.children);
            this.entries.addAll(section.entries);
            this.titles.putAll(section.titles);
        }

        /** Sets its title in {@code language}. */
        public Builder title(Language language, String title) {
            titles.put(Checks.notNull(language, "language"), Checks.notBlank(title, "title").strip());
            return this;
        }

        /** Sets the number as written, without a trailing dot; {@code null} removes it. */
        public Builder number(String number) {
            if (number != null) {
                Checks.notBlank(number, "number");
            }
            this.number = number;
            return this;
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = Checks.notBlank(title, "title");
            return this;
        }

        /** Sets the anchor (without {@code #}); {@code null} derives it from the canonical heading. */
        public Builder anchor(String anchor) {
            this.anchor = anchor;
            return this;
        }

        /** Adds an entry. */
        public Builder entry(Entry entry) {
            entries.add(Checks.notNull(entry, "entry"));
            return this;
        }

        /** Replaces the entries. */
        public Builder entries(Collection<Entry> entries) {
            List<Entry> copy = Checks.listOf(entries, "entries");
            this.entries.clear();
            this.entries.addAll(copy);
            return this;
        }

        /** Adds a child section. */
        public Builder child(Section child) {
            children.add(Checks.notNull(child, "child"));
            return this;
        }

        /** Replaces the child sections. */
        public Builder children(Collection<Section> children) {
            List<Section> copy = Checks.listOf(children, "children");
            this.children.clear();
            this.children.addAll(copy);
            return this;
        }

        /** The section. */
        public Section build() {
            // the anchor of the heading as it will be: number and title without surrounding white space
            Optional<String> n = Optional.ofNullable(number).map(String::strip);
            String t = title.strip();
            return new Section(n, t, anchor != null ? anchor : canonicalAnchor(n, t), children, entries, titles);
        }
    }

    /**
     * Every field of this section, over several lines and uncut, with its entries and child sections: what {@link #toString()}, a one-line
     * summary, leaves out.
     */
    public String describe() {
        return Descriptions.of(this);
    }

    /**
     * A one-line summary for people, {@code Section[3.1 中文: 5 entries]}; the whole value is what a writer (JSON, Markdown) writes,
     * its parts are its accessors, and {@link #describe()} gives every field.
     */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
