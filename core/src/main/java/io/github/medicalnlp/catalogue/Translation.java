package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.validation.NullOrNotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * An entry's text in another language than the one its list is written in, as
 * {@link Entry#translation(Language)} gives it: its name, its fields with translated labels and values (in
 * the order of the entry's own), and its group label. The entry's links, kind and other metadata are not
 * text and are not translated.
 *
 * @param name the name in that language, e.g. {@code Chinese Medical Dialogue Dataset}
 * @param fields the fields in that language, e.g. {@code Source: …}
 * @param group the group label in that language, if the entry is in a group
 */
public record Translation(@NotBlank String name, @NotNull List<@NotNull @Valid TextField> fields,
        @NotNull Optional<@NullOrNotBlank String> group) {

    /**
     * Checks and copies the arguments.
     *
     * @throws NullPointerException naming the parameter that is null
     * @throws IllegalArgumentException when the name or the group is blank
     */
    public Translation {
        name = Checks.notBlank(name, "name").strip();
        fields = Checks.listOf(fields, "fields");
        Checks.notNull(group, "group");
        if (group.isPresent()) {
            group = Optional.of(Checks.notBlank(group.get(), "group").strip());
        }
    }

    /** A translation of a name and fields, in no group. */
    public static Translation of(String name, List<TextField> fields) {
        return new Translation(name, fields, Optional.empty());
    }

    /**
     * The description in this language: the first field whose label reads as a description (as
     * {@link Entry#description()} decides), or else the first unlabelled one.
     */
    public Optional<String> description() {
        return Entry.descriptionOf(fields);
    }

    /** {@code Translation[Chinese Medical Dialogue Dataset: 2 fields]}: one line for people; the accessors give each part. */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
