package io.github.medicalnlp.catalogue.flat;

import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.EntryIds;
import io.github.medicalnlp.catalogue.query.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry as one flat row: the values of the flat exports (JSON Lines and CSV), one per
 * {@link Column}, each a scalar or a list of words, so that DuckDB, pandas and Spark read them without
 * {@code unnest}. The projection from the entry is defined here once, for every export:
 *
 * <ul>
 *   <li>{@code id}: {@code <section>/<name slug>}, unique within a catalogue whose section numbers and
 *       anchors are (see {@link #idOf});</li>
 *   <li>{@code primaryUrl}: {@link Entry#primaryUrl()};</li>
 *   <li>{@code gitHubRepository}, {@code huggingFaceRepository}, {@code arxivId}: what the first link
 *       holding one gives ({@link Link#gitHubRepository()}, {@link Link#huggingFaceRepository()},
 *       {@link Link#arxivId()});</li>
 *   <li>{@code paperUrl}: the first link that is a {@link LinkRole#PAPER} or an arXiv link (so it is
 *       present exactly when {@link io.github.medicalnlp.catalogue.query.Query#hasPaper()} keeps the
 *       entry); {@code codeUrl}, {@code dataUrl}: the first {@link LinkRole#CODE} and {@link LinkRole#DATA}
 *       link;</li>
 *   <li>{@code nameEn}: the name of the entry's English {@linkplain Entry#translation translation}, absent
 *       when it has none;</li>
 *   <li>{@code description}: {@link Entry#description()}.</li>
 * </ul>
 *
 * <p>A row keeps the first of several values (links, repositories); the nested JSON keeps them all.
 *
 * @param id the entry's id, e.g. {@code 3.1/huatuo-26m}
 * @param name the entry's name
 * @param nameEn its English name, if the catalogue has one for it
 * @param sectionPath the path of its section, e.g. {@code 3 > 3.1} ({@link Match#path()})
 * @param sectionNumber the number of its section, if it has one
 * @param sectionTitle the title of its section
 * @param sectionGroup the bold group label it stands under, if any ({@link Entry#group()})
 * @param kind its kind, if known
 * @param languages its languages, in order
 * @param modalities its modalities, in the order of {@link Modality}
 * @param tasks its tasks, in order
 * @param tags its tags, in order
 * @param primaryUrl its main address, if it has a link
 * @param gitHubRepository the first GitHub repository ({@code owner/name}) of its links
 * @param huggingFaceRepository the first Hugging Face repository of its links ({@code owner/name},
 *     {@code datasets/owner/name}, {@code spaces/owner/name})
 * @param arxivId the first arXiv identifier of its links, without version
 * @param paperUrl the URL of its first paper link
 * @param codeUrl the URL of its first code link
 * @param dataUrl the URL of its first data link
 * @param description its description
 */
public record EntryRow(String id, String name, Optional<String> nameEn, String sectionPath,
        Optional<String> sectionNumber, String sectionTitle, Optional<String> sectionGroup, Optional<Kind> kind,
        List<Language> languages, List<Modality> modalities, List<Task> tasks, List<String> tags,
        Optional<String> primaryUrl, Optional<String> gitHubRepository, Optional<String> huggingFaceRepository,
        Optional<String> arxivId, Optional<String> paperUrl, Optional<String> codeUrl, Optional<String> dataUrl,
        Optional<String> description) {

    /**
     * Checks and copies the arguments.
     *
     * @throws NullPointerException naming the parameter that is null, or the list and index of a null element
     */
    public EntryRow {
        Checks.notNull(id, "id");
        Checks.notNull(name, "name");
        Checks.notNull(nameEn, "nameEn");
        Checks.notNull(sectionPath, "sectionPath");
        Checks.notNull(sectionNumber, "sectionNumber");
        Checks.notNull(sectionTitle, "sectionTitle");
        Checks.notNull(sectionGroup, "sectionGroup");
        Checks.notNull(kind, "kind");
        languages = Checks.listOf(languages, "languages");
        modalities = Checks.listOf(modalities, "modalities");
        tasks = Checks.listOf(tasks, "tasks");
        tags = Checks.listOf(tags, "tags");
        Checks.notNull(primaryUrl, "primaryUrl");
        Checks.notNull(gitHubRepository, "gitHubRepository");
        Checks.notNull(huggingFaceRepository, "huggingFaceRepository");
        Checks.notNull(arxivId, "arxivId");
        Checks.notNull(paperUrl, "paperUrl");
        Checks.notNull(codeUrl, "codeUrl");
        Checks.notNull(dataUrl, "dataUrl");
        Checks.notNull(description, "description");
    }

    /**
     * The row of one query result. Its id counts the entries of its section before it, so the row of a
     * match has the same id in every export; for many matches {@link #listOf(List)} is faster.
     *
     * @throws NullPointerException if {@code match} is null
     * @throws IllegalArgumentException when the match's entry is not at its index in its section
     */
    public static EntryRow of(Match match) {
        return of(Checks.notNull(match, "match"), new EntryIds());
    }

    /**
     * The rows of query results, in their order; linear in the size of the sections they are in.
     *
     * @throws NullPointerException if {@code matches} or one of them is null
     * @throws IllegalArgumentException when a match's entry is not at its index in its section
     */
    public static List<EntryRow> listOf(List<Match> matches) {
        List<Match> list = Checks.listOf(matches, "matches");
        EntryIds ids = new EntryIds();
        List<EntryRow> rows = new ArrayList<>(list.size());
        for (Match m : list) {
            rows.add(of(m, ids));
        }
        return List.copyOf(rows);
    }

    /**
     * The rows of entries given without their sections (a list built in code, or taken out of a catalogue),
     * in their order: {@code section_path} and {@code section_title} are empty, {@code section_number} is
     * absent, and the id is the slug of the name alone ({@code cmedqa2-108k}, as {@link #idOf} makes it
     * after the slash), with {@code ~2}, {@code ~3}, … for a second, third… entry of the list whose name
     * gives the same slug; it holds no {@code /}, so it is never the id of an entry in a section. Every other
     * column is as in the row of a match. Linear in the number of entries.
     *
     * <pre>{@code
     * List<EntryRow> rows = EntryRow.ofEntries(List.of(Entry.builder("cMedQA2 (108K)").build()));
     * rows.get(0).id();   // "cmedqa2-108k"
     * }</pre>
     *
     * @throws NullPointerException if {@code entries} or one of them is null
     */
    public static List<EntryRow> ofEntries(List<Entry> entries) {
        List<Entry> list = Checks.listOf(entries, "entries");
        EntryIds ids = new EntryIds();
        List<EntryRow> rows = new ArrayList<>(list.size());
        for (Entry e : list) {
            rows.add(of(e, ids.withoutSection(e), "", Optional.empty(), ""));
        }
        return List.copyOf(rows);
    }

    /**
     * The rows of all the entries of a catalogue, in document order.
     *
     * @throws NullPointerException if {@code catalogue} is null
     */
    public static List<EntryRow> listOf(Catalogue catalogue) {
        return listOf(Checks.notNull(catalogue, "catalogue").query().list());
    }

    /**
     * The id of the first entry named {@code name} in the section with this key: the key (the section's
     * number, or its anchor when it has none), a slash, and the name NFKC-normalised and lower-cased with
     * every run of characters other than letters and digits made one hyphen and none at either end
     * ({@code idOf("3.1", "cMedQA2 (108K)")} is {@code 3.1/cmedqa2-108k}, {@code idOf("2.2.2", "“肝”柔相济，大模型")}
     * is {@code 2.2.2/肝-柔相济-大模型}). The second, third, … entry of a section whose name gives the same
     * id gets {@code ~2}, {@code ~3}, … appended, which no name gives, so ids are unique within a catalogue
     * whose section keys are (the Markdown reader makes anchors unique as GitHub does).
     *
     * @throws NullPointerException if an argument is null
     */
    public static String idOf(String sectionKey, String name) {
        return EntryIds.first(Checks.notNull(sectionKey, "sectionKey"), Checks.notNull(name, "name"));
    }

    private static EntryRow of(Match m, EntryIds ids) {
        Section section = m.section();
        return of(m.entry(), ids.of(section, m.index(), m.entry()), m.path(), section.number(), section.title());
    }

    private static EntryRow of(Entry e, String id, String sectionPath, Optional<String> sectionNumber,
            String sectionTitle) {
        String gitHub = null;
        String huggingFace = null;
        String arxiv = null;
        String paper = null;
        String code = null;
        String data = null;
        for (Link l : e.links()) {
            Optional<String> a = l.arxivId();
            if (gitHub == null) {
                gitHub = l.gitHubRepository().orElse(null);
            }
            if (huggingFace == null) {
                huggingFace = l.huggingFaceRepository().orElse(null);
            }
            if (arxiv == null) {
                arxiv = a.orElse(null);
            }
            if (paper == null && (l.role() == LinkRole.PAPER || a.isPresent())) {
                paper = l.url();
            }
            if (code == null && l.role() == LinkRole.CODE) {
                code = l.url();
            }
            if (data == null && l.role() == LinkRole.DATA) {
                data = l.url();
            }
        }
        return new EntryRow(id, e.name(),
                e.translation(Language.ENGLISH).map(Translation::name), sectionPath, sectionNumber, sectionTitle,
                e.group(), e.kind(), e.languages(), List.copyOf(e.modalities()), e.tasks(), e.tags(),
                e.primaryUrl(), Optional.ofNullable(gitHub), Optional.ofNullable(huggingFace),
                Optional.ofNullable(arxiv), Optional.ofNullable(paper), Optional.ofNullable(code),
                Optional.ofNullable(data), e.description());
    }

    /** {@code EntryRow[3.1/huatuo-26m · Huatuo-26M · 3 > 3.1]}: one line for people; the accessors give each part. */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
