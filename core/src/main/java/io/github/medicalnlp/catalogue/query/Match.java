package io.github.medicalnlp.catalogue.query;

import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.Descriptions;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Tree;
import java.util.List;
import java.util.Optional;

/**
 * An entry found by a {@link Query}, with the sections that lead to it.
 *
 * @param entry the entry
 * @param sections the sections from the top level down to the one holding the entry (never empty)
 * @param index the entry's index among its section's own entries
 */
public record Match(Entry entry, List<Section> sections, int index) {

    /**
     * Checks and copies the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when {@code sections} is empty or {@code index} is negative
     */
    public Match {
        Checks.notNull(entry, "entry");
        sections = Checks.listOf(sections, "sections");
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("sections must not be empty");
        }
        Checks.notNegative(index, "index");
    }

    /** The section holding the entry. */
    public Section section() {
        return sections.get(sections.size() - 1);
    }

    /** The section path, e.g. {@code 5 > 5.2 > 5.2.1}: numbers, or titles where there is no number. */
    public String path() {
        return Tree.path(sections);
    }

    /** The entry's name. */
    public String name() {
        return entry.name();
    }

    /** The entry's kind. */
    public Optional<Kind> kind() {
        return entry.kind();
    }

    /** The entry's primary URL. */
    public Optional<String> primaryUrl() {
        return entry.primaryUrl();
    }

    /**
     * The section path and the entry's name, {@code 3 > 3.1: Huatuo-26M}, as a list of results prints them
     * (what {@code toString()} gave before it became the summary).
     */
    public String pathAndName() {
        return path() + ": " + entry.name();
    }

    /** Where the match is ({@code at 3 > 3.1 #0}), then every field of the entry, over several lines and uncut. */
    public String describe() {
        return Descriptions.of(this);
    }

    /**
     * {@code Match[Huatuo-26M · dataset · zh · 3.1]}: the entry's summary and the label of its section, one line
     * for people; {@link #describe()} gives every field, {@link #pathAndName()} the path and name.
     */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
