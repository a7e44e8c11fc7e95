package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.NewsItem;
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

/**
 * The English text of the bundled catalogue, reviewed against the list's English edition: one CSV record
 * per entry ({@code english-entries.csv}: {@code id, name, group, label_1, value_1, label_2, value_2,
 * source}, the fields in the order of the entry's own, the id as {@link CurationRecord#idOf} gives it) and
 * one per section ({@code english-sections.csv}: {@code number, title}), and the catalogue's title,
 * introduction and news ({@code english-catalogue.csv}: {@code part, date, text}, a part being {@code title},
 * {@code introduction} or {@code news}). {@link #applyTo} gives every entry and section and the catalogue its
 * English; an entry or section without English, English without an entry, or a count of fields or news
 * items other than the catalogue's is an error.
 *
 * @param entries the English of each entry, by id
 * @param sectionTitles the English title of each section, by number
 * @param catalogue the English of the catalogue's title, introduction and news
 */
public record EnglishText(Map<String, Translation> entries, Map<String, String> sectionTitles,
        CatalogueTranslation catalogue) {

    private static final List<String> ENTRY_COLUMNS = List.of("id", "name", "group", "label_1", "value_1", "label_2",
            "value_2", "source");
    private static final List<String> SECTION_COLUMNS = List.of("number", "title");
    private static final List<String> CATALOGUE_COLUMNS = List.of("part", "date", "text");

    /** Copies the maps. */
    public EnglishText {
        entries = Map.copyOf(entries);
        sectionTitles = Map.copyOf(sectionTitles);
        java.util.Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Reads the three files.
     *
     * @throws CatalogueFormatException naming the file and line of a bad record
     * @throws IOException when a file cannot be read
     */
    public static EnglishText read(Path entriesCsv, Path sectionsCsv, Path catalogueCsv) throws IOException {
        Map<String, Translation> entries = new LinkedHashMap<>();
        for (CsvFiles.Row r : CsvFiles.records(entriesCsv, ENTRY_COLUMNS)) {
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
                throw r.problem(entriesCsv, "record " + r.record().getRecordNumber() + " (" + r.get("id") + "): "
                        + e.getMessage());
            }
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (CsvFiles.Row r : CsvFiles.records(sectionsCsv, SECTION_COLUMNS)) {
            if (r.get("title").isBlank() || titles.put(r.get("number"), r.get("title").strip()) != null) {
                throw r.problem(sectionsCsv, "section " + r.get("number") + ": a blank or repeated title");
            }
        }
        return new EnglishText(entries, titles, catalogue(catalogueCsv));
    }

    private static CatalogueTranslation catalogue(Path file) throws IOException {
        String title = null;
        List<String> introduction = new ArrayList<>();
        List<NewsItem> news = new ArrayList<>();
        for (CsvFiles.Row r : CsvFiles.records(file, CATALOGUE_COLUMNS)) {
            try {
                switch (r.get("part")) {
                    case "title" -> title = r.get("text");
                    case "introduction" -> introduction.add(r.get("text"));
                    case "news" -> news.add(NewsItem.of(r.get("date"), r.get("text")));
                    default -> throw new IllegalArgumentException("the part '" + r.get("part")
                            + "' is not title, introduction or news");
                }
            } catch (IllegalArgumentException e) {
                throw r.problem(file, e.getMessage());
            }
        }
        if (title == null) {
            throw new CatalogueFormatException(file.toString(), 1, 1, "no title");
        }
        return new CatalogueTranslation(title, String.join("\n\n", introduction), news);
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
        if (catalogue.news().size() != c.news().size()) {
            problems.add("the English has " + catalogue.news().size() + " news items, the catalogue " + c.news().size());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the English does not fit the catalogue: " + problems);
        }
        return withTitles.toBuilder().translation(Language.ENGLISH, catalogue).build();
    }
}
