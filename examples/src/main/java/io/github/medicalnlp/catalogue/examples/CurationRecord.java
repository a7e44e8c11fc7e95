package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.flat.EntryRow;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reviewed metadata of one entry of the bundled catalogue: one record of the curation data
 * ({@code curation.csv} beside the bundled resource), read by {@link CurationData}.
 *
 * @param id the stable id of the entry, {@link #idOf}{@code (section, name)}
 * @param section the number of the entry's section, e.g. {@code 3.1}
 * @param name the entry's name in the curated catalogue
 * @param kind what the resource is
 * @param languages the languages of its data or text (empty when it has none, e.g. an image model)
 * @param modalities the kinds of data it works with (empty when the resource says nothing of its data)
 * @param tasks the tasks it serves
 * @param tags facets that are not tasks: a data source ({@code ehr}), a format ({@code exam}), a training
 *     method ({@code instruction-tuning}), a venue, a domain
 * @param reviewed whether a person has reviewed the record against the resource
 * @param source where the values come from when the seed's text does not say them
 */
public record CurationRecord(String id, String section, String name, Kind kind, List<Language> languages,
        Set<Modality> modalities, List<Task> tasks, List<String> tags, boolean reviewed, String source) {

    /** Checks that nothing is null and copies the collections. */
    public CurationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        languages = List.copyOf(languages);
        modalities = Set.copyOf(modalities);
        tasks = List.copyOf(tasks);
        tags = List.copyOf(tags);
        Objects.requireNonNull(source, "source");
    }

    /**
     * The stable id of an entry: its section number, a slash, and its name in lower case with every run
     * of characters that are not letters or digits made one hyphen ({@code 3.1/huatuo-26m},
     * {@code 3.1/中文医疗对话数据集}): the {@code id} of the flat exports, {@link EntryRow#idOf}.
     */
    public static String idOf(String section, String name) {
        return EntryRow.idOf(section, name);
    }

    /** The entry with this record's metadata in place of its own (its text and links unchanged). */
    public Entry applyTo(Entry e) {
        return e.toBuilder().kind(kind).languages(languages).modalities(modalities).tasks(tasks).tags(tags).build();
    }
}
