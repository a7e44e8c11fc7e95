package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The curation data of the bundled catalogue: a CSV file (RFC 4180, UTF-8, a header row) with one record
 * per entry, so that each entry's review is one line of a diff and the file opens in a spreadsheet.
 * Columns: {@code id, section, name, kind, languages, modalities, tasks, tags, reviewed, source}; lists are
 * joined with {@code ;}; {@code reviewed} is {@code yes} or {@code no}. Every value is checked against the
 * model's vocabularies ({@link Task#parse} and the rest) and every id against {@link CurationRecord#idOf};
 * a bad value is a {@link CatalogueFormatException} naming the file, line and column.
 */
public final class CurationData {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "section", "name", "kind", "languages", "modalities",
            "tasks", "tags", "reviewed", "source");

    private CurationData() {
    }

    /**
     * Reads and checks the records of a curation file.
     *
     * @throws CatalogueFormatException naming the line and column of the first bad value
     * @throws IOException when the file cannot be read
     */
    public static List<CurationRecord> read(Path file) throws IOException {
        List<CurationRecord> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvFiles.Row r : CsvFiles.records(file, COLUMNS)) {
            CurationRecord record = record(file, r);
            if (!ids.add(record.id())) {
                throw problem(file, r, "id", "the id '" + record.id() + "' is repeated");
            }
            records.add(record);
        }
        return records;
    }

    private static CurationRecord record(Path file, CsvFiles.Row r) {
        String section = r.get("section");
        String name = r.get("name");
        String id = r.get("id");
        if (!id.equals(CurationRecord.idOf(section, name))) {
            throw problem(file, r, "id", "the id '" + id + "' is not '" + CurationRecord.idOf(section, name)
                    + "', the id of its section and name");
        }
        Kind kind = value(file, r, "kind", Kind::parse);
        List<Language> languages = list(file, r, "languages", Language::of);
        Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        modalities.addAll(list(file, r, "modalities", Modality::parse));
        List<Task> tasks = list(file, r, "tasks", Task::parse);
        List<String> tags = list(file, r, "tags", Function.identity());
        String reviewed = r.get("reviewed");
        if (!reviewed.equals("yes") && !reviewed.equals("no")) {
            throw problem(file, r, "reviewed", "reviewed is '" + reviewed + "', not yes or no");
        }
        return new CurationRecord(id, section, name, kind, languages, modalities, tasks, tags, reviewed.equals("yes"),
                r.get("source"));
    }

    private static <T> T value(Path file, CsvFiles.Row r, String column, Function<String, T> parse) {
        try {
            return parse.apply(r.get(column));
        } catch (IllegalArgumentException e) {
            throw problem(file, r, column, e.getMessage());
        }
    }

    private static <T> List<T> list(Path file, CsvFiles.Row r, String column, Function<String, T> parse) {
        String text = r.get(column);
        List<T> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String word : text.split(";", -1)) {
            if (word.isBlank()) {
                throw problem(file, r, column, "an empty word in '" + text + "'");
            }
            try {
                out.add(parse.apply(word.strip()));
            } catch (IllegalArgumentException e) {
                throw problem(file, r, column, e.getMessage());
            }
        }
        return out;
    }

    /** A bad value, located at the line where its record ends; the detail names the record and column. */
    private static CatalogueFormatException problem(Path file, CsvFiles.Row r, String column, String detail) {
        return r.problem(file, "record " + r.record().getRecordNumber() + " (" + r.get("id") + "), column " + column
                + ": " + detail);
    }
}
