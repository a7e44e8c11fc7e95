package io.github.medicalnlp.catalogue.flat;

import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the flat exports, in their order: the one vocabulary of names that JSON Lines and CSV
 * share. Every name is snake_case and none is an SQL key word (SQL:2016 reserved words, DuckDB's
 * key words), so no name needs quoting in SQL.
 *
 * <p>A column holds text ({@link #isList()} false: zero or one value, absent written as JSON
 * {@code null} or an empty CSV cell) or a list of words (JSON array; CSV cell joined with {@code ;}).
 *
 * <table>
 *   <caption>The columns</caption>
 *   <tr><th>column</th><th>holds</th><th>example</th></tr>
 *   <tr><td>id</td><td>{@link EntryRow#id()}</td><td>3.1/huatuo-26m</td></tr>
 *   <tr><td>name</td><td>the name as written</td><td>Huatuo-26M</td></tr>
 *   <tr><td>name_en</td><td>the English name, if any</td><td>Chinese Medical Dialogue Dataset</td></tr>
 *   <tr><td>section_path</td><td>numbers, or titles without a number</td><td>3 &gt; 3.1</td></tr>
 *   <tr><td>section_number</td><td>the section's number, if any</td><td>3.1</td></tr>
 *   <tr><td>section_title</td><td>the section's title</td><td>中文</td></tr>
 *   <tr><td>section_group</td><td>the bold group label in the section, if any</td><td>电子病历相关文章</td></tr>
 *   <tr><td>kind</td><td>{@link Kind#word()}, if known</td><td>dataset</td></tr>
 *   <tr><td>languages</td><td>list of {@link Language#code()}</td><td>zh, en</td></tr>
 *   <tr><td>modalities</td><td>list of {@link Modality#word()}</td><td>text, image</td></tr>
 *   <tr><td>tasks</td><td>list of {@link Task#id()}</td><td>question-answering</td></tr>
 *   <tr><td>tags</td><td>list of tags</td><td>ehr, exam</td></tr>
 *   <tr><td>primary_url</td><td>the main address, if any</td><td>https://github.com/FreedomIntelligence/Huatuo-26M</td></tr>
 *   <tr><td>github_repo</td><td>GitHub owner/name, if any</td><td>FreedomIntelligence/Huatuo-26M</td></tr>
 *   <tr><td>huggingface_repo</td><td>Hugging Face repository, if any</td><td>datasets/FreedomIntelligence/Huatuo26M-Lite</td></tr>
 *   <tr><td>arxiv_id</td><td>arXiv identifier, if any</td><td>2305.01526</td></tr>
 *   <tr><td>paper_url</td><td>the first paper link, if any</td><td>https://arxiv.org/abs/2305.01526</td></tr>
 *   <tr><td>code_url</td><td>the first code link, if any</td><td></td></tr>
 *   <tr><td>data_url</td><td>the first data link, if any</td><td></td></tr>
 *   <tr><td>description</td><td>the description, if any</td><td>…</td></tr>
 * </table>
 */
public enum Column {
    /** {@link EntryRow#id()}. */
    ID("id", false),
    /** {@link EntryRow#name()}. */
    NAME("name", false),
    /** {@link EntryRow#nameEn()}. */
    NAME_EN("name_en", false),
    /** {@link EntryRow#sectionPath()}. */
    SECTION_PATH("section_path", false),
    /** {@link EntryRow#sectionNumber()}. */
    SECTION_NUMBER("section_number", false),
    /** {@link EntryRow#sectionTitle()}. */
    SECTION_TITLE("section_title", false),
    /** {@link EntryRow#sectionGroup()}: not {@code group}, an SQL key word. */
    SECTION_GROUP("section_group", false),
    /** {@link EntryRow#kind()}, as {@link Kind#word()}. */
    KIND("kind", false),
    /** {@link EntryRow#languages()}, as {@link Language#code()}. */
    LANGUAGES("languages", true),
    /** {@link EntryRow#modalities()}, as {@link Modality#word()}. */
    MODALITIES("modalities", true),
    /** {@link EntryRow#tasks()}, as {@link Task#id()}. */
    TASKS("tasks", true),
    /** {@link EntryRow#tags()}. */
    TAGS("tags", true),
    /** {@link EntryRow#primaryUrl()}. */
    PRIMARY_URL("primary_url", false),
    /** {@link EntryRow#gitHubRepository()}. */
    GITHUB_REPO("github_repo", false),
    /** {@link EntryRow#huggingFaceRepository()}. */
    HUGGINGFACE_REPO("huggingface_repo", false),
    /** {@link EntryRow#arxivId()}. */
    ARXIV_ID("arxiv_id", false),
    /** {@link EntryRow#paperUrl()}. */
    PAPER_URL("paper_url", false),
    /** {@link EntryRow#codeUrl()}. */
    CODE_URL("code_url", false),
    /** {@link EntryRow#dataUrl()}. */
    DATA_URL("data_url", false),
    /** {@link EntryRow#description()}. */
    DESCRIPTION("description", false);

    private final String columnName;
    private final boolean list;

    Column(String columnName, boolean list) {
        this.columnName = columnName;
        this.list = list;
    }

    /** The name of the column in every export, e.g. {@code primary_url}. */
    public String columnName() {
        return columnName;
    }

    /** Whether the column holds a list of words rather than one text. */
    public boolean isList() {
        return list;
    }

    /**
     * The values of this column in a row: for a list column its words, in order (possibly none); for a
     * text column none when the value is absent, else the one text.
     *
     * @throws NullPointerException if {@code row} is null
     */
    public List<String> values(EntryRow row) {
        Checks.notNull(row, "row");
        return switch (this) {
            case ID -> List.of(row.id());
            case NAME -> List.of(row.name());
            case NAME_EN -> one(row.nameEn());
            case SECTION_PATH -> List.of(row.sectionPath());
            case SECTION_NUMBER -> one(row.sectionNumber());
            case SECTION_TITLE -> List.of(row.sectionTitle());
            case SECTION_GROUP -> one(row.sectionGroup());
            case KIND -> row.kind().isPresent() ? List.of(row.kind().get().word()) : List.of();
            case LANGUAGES -> codes(row.languages());
            case MODALITIES -> words(row.modalities());
            case TASKS -> ids(row.tasks());
            case TAGS -> row.tags();
            case PRIMARY_URL -> one(row.primaryUrl());
            case GITHUB_REPO -> one(row.gitHubRepository());
            case HUGGINGFACE_REPO -> one(row.huggingFaceRepository());
            case ARXIV_ID -> one(row.arxivId());
            case PAPER_URL -> one(row.paperUrl());
            case CODE_URL -> one(row.codeUrl());
            case DATA_URL -> one(row.dataUrl());
            case DESCRIPTION -> one(row.description());
        };
    }

    /**
     * The column with this name ({@code primary_url}).
     *
     * @throws IllegalArgumentException listing the column names when {@code name} is none of them
     */
    public static Column named(String name) {
        Checks.notNull(name, "name");
        for (Column c : values()) {
            if (c.columnName.equals(name)) {
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        for (Column c : values()) {
            names.add(c.columnName);
        }
        throw new IllegalArgumentException("column '" + name + "' is not one of: " + String.join(", ", names));
    }

    @Override
    public String toString() {
        return columnName;
    }

    private static List<String> one(Optional<String> value) {
        return value.isPresent() ? List.of(value.get()) : List.of();
    }

    private static List<String> codes(List<Language> languages) {
        List<String> out = new ArrayList<>(languages.size());
        for (Language l : languages) {
            out.add(l.code());
        }
        return out;
    }

    private static List<String> words(List<Modality> modalities) {
        List<String> out = new ArrayList<>(modalities.size());
        for (Modality m : modalities) {
            out.add(m.word());
        }
        return out;
    }

    private static List<String> ids(List<Task> tasks) {
        List<String> out = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            out.add(t.id());
        }
        return out;
    }
}
