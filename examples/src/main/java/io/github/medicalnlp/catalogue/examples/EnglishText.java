package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The English text of the bundled catalogue, reviewed against the list's English edition: one CSV record
 * per entry ({@code english-entries.csv}: {@code id, name, group, label_1, value_1, label_2, value_2,
 * source}, the fields in the order of the entry's own, the id as {@link CurationRecord#idOf} gives it) and
 * one per section ({@code english-sections.csv}: {@code number, title}). {@link #applyTo} gives every entry
 * and section its English; an entry or section without English, English without an entry, or a count of
 * fields other than the entry's is an error.
 *
 * @param entries the English of each entry, by id
 * @param sectionTitles the English title of each section, by number
 */
public record EnglishText(Map<String, Translation> entries, Map<String, String> sectionTitles) {

    private static final List<String> ENTRY_COLUMNS = List.of("id", "name", "group", "label_1", "value_1", "label_2",
            "value_2", "source");
    private static final List<String> SECTION_COLUMNS = List.of("number", "title");

    /** Copies the maps. */
    public EnglishText {
        entries = Map.copyOf(entries);
        sectionTitles = Map.copyOf(sectionTitles);
    }

    /**
     * Reads the two files.
     *
     * @throws CatalogueFormatException naming the file and line of a bad record
     * @throws IOException when a file cannot be read
     */
    public static EnglishText read(Path entriesCsv, Path sectionsCsv) throws IOException {
        Map<String, Translation> entries = new LinkedHashMap<>();
        for (CSVRecord r : CsvFiles.records(entriesCsv, ENTRY_COLUMNS)) {
            List<TextField> fields = new ArrayList<>();
            for (int k = 1; k <= 2; k++) {
                String value = r.get("value_" + k);
                if (!value.isEmpty()) {
                    fields.add(TextField.of(r.get("label_" + k), value));
                }
            }
            try {
                String group = r.get("group");
                Translation t = new Translation(r.get("name"), fields, group.isEmpty() ? Optional.empty() : Optional.of(group));
                if (entries.put(r.get("id"), t) != null) {
                    throw new IllegalArgumentException("the id '" + r.get("id") + "' is repeated");
                }
            } catch (IllegalArgumentException e) {
                throw new CatalogueFormatException(entriesCsv.toString(), (int) r.getParser().getCurrentLineNumber(), 1,
                        "record " + r.getRecordNumber() + " (" + r.get("id") + "): " + e.getMessage());
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (CSVRecord r : CsvFiles.records(sectionsCsv, SECTION_COLUMNS)) {
            if (r.get("title").isBlank() || titles.put(r.get("number"), r.get("title").strip()) != null) {
                throw new CatalogueFormatException(sectionsCsv.toString(), (int) r.getParser().getCurrentLineNumber(), 1,
                        "section " + r.get("number") + ": a blank or repeated title");
            }
        }
        return new EnglishText(entries, titles);
    }

    /**
     * The catalogue with every entry's and section's English.
     *
     * @throws IllegalStateException naming every entry or section without English, English without an
     *     entry or section, and entries whose English has another number of fields
     */
    public Catalogue applyTo(Catalogue c) {
        List<String> problems = new ArrayList<>();
        Map<String, Translation> left = new LinkedHashMap<>(entries);
        for (Match m : c.query().list()) {
            String id = CurationRecord.idOf(m.section().number().orElseThrow(), m.name());
            Translation t = left.remove(id);
            Entry e = m.entry();
            if (t == null) {
                problems.add("no English for the entry " + id);
            } else if (t.fields().size() != e.fields().size()) {
                problems.add("the English of " + id + " has " + t.fields().size() + " fields, the entry "
                        + e.fields().size());
            } else if (t.group().isPresent() != e.group().isPresent()) {
                problems.add("the English of " + id + " has " + (t.group().isPresent() ? "a" : "no")
                        + " group, the entry " + (e.group().isPresent() ? "one" : "none"));
            } else {
                c = c.replaceEntry(m.section().number().orElseThrow(), m.index(), e.withTranslation(Language.ENGLISH, t));
            }
        }
        left.keySet().forEach(id -> problems.add("no entry for the English of " + id));
        Map<String, String> titles = new LinkedHashMap<>(sectionTitles);
        Catalogue withTitles = c;
        for (Section s : c.allSections()) {
            String number = s.number().orElseThrow();
            String title = titles.remove(number);
            if (title == null) {
                problems.add("no English title for the section " + number);
            } else {
                withTitles = withTitles.renameSection(number, Language.ENGLISH, title);
            }
        }
        titles.keySet().forEach(n -> problems.add("no section " + n + " for its English title"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the English does not fit the catalogue: " + problems);
        }
        return withTitles;
    }
}
