package io.github.medicalnlp.catalogue.query;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.table.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An immutable query over the entries of a catalogue. Every step returns a new query and leaves this
 * one unchanged, so a query can be kept as a constant and refined in several ways; instances are safe
 * to share between threads. Steps combine with AND; {@link #anyOf} and {@link #not} give OR and NOT.
 *
 * <pre>{@code
 * List<Match> chineseQa = catalogue.query()
 *         .kind(Kind.DATASET)
 *         .language(Language.CHINESE)
 *         .text("问答")
 *         .list();
 * }</pre>
 *
 * <p>Nothing is evaluated until a terminal operation: {@link #list()}, {@link #entries()},
 * {@link #stream()}, {@link #count()}, {@link #first()}, {@link #countBy}, {@link #groupBy}, {@link #table()} or
 * {@link #toCatalogue()}.
 * Results come in source order unless {@link #orderBy} says otherwise; {@link #skip} and
 * {@link #limit} apply after ordering.
 */
public final class Query {

    private final Catalogue catalogue;
    private final List<EntryFilter> filters;
    private final Order order;
    private final Comparator<? super Match> comparator;
    private final long skip;
    private final long limit;

    private Query(Catalogue catalogue, List<EntryFilter> filters, Order order,
            Comparator<? super Match> comparator, long skip, long limit) {
        this.catalogue = catalogue;
        this.filters = filters;
        this.order = order;
        this.comparator = comparator;
        this.skip = skip;
        this.limit = limit;
    }

    /** A query matching every entry of the catalogue, in source order. */
    public static Query of(Catalogue catalogue) {
        return new Query(Checks.notNull(catalogue, "catalogue"), List.of(), Order.SOURCE, null, 0, -1);
    }

    /** The catalogue this query runs over. */
    public Catalogue catalogue() {
        return catalogue;
    }

    // ---------------------------------------------------------------- filters

    /** Keeps the matches that pass {@code filter}. */
    public Query where(EntryFilter filter) {
        Checks.notNull(filter, "filter");
        return new Query(catalogue, Tree.append(filters, filter), order, comparator, skip, limit);
    }

    /** Keeps the entries that satisfy {@code predicate}. */
    public Query where(Predicate<? super Entry> predicate) {
        return where(EntryFilter.where(predicate));
    }

    /** Keeps entries of any of these kinds. */
    public Query kind(Kind... kinds) {
        return where(EntryFilter.kind(kinds));
    }

    /**
     * Keeps entries of the kind this text names ({@code "dataset"}, {@code "datasets"}, {@code "数据集"}; see
     * {@link Kind#parse}).
     *
     * @throws IllegalArgumentException listing the kind words when {@code kind} names none
     */
    public Query kind(String kind) {
        return kind(Kind.parse(kind));
    }

    /** Keeps entries covering any of these languages. */
    public Query language(Language... languages) {
        return where(EntryFilter.language(languages));
    }

    /** Keeps entries covering the language this text names ({@code zh}, {@code Chinese}, {@code 中文}). */
    public Query language(String language) {
        return where(EntryFilter.language(Language.parse(language)));
    }

    /** Keeps entries with any of these modalities. */
    public Query modality(Modality... modalities) {
        return where(EntryFilter.modality(modalities));
    }

    /**
     * Keeps entries with the modality this text names ({@code "image"}, {@code "图像"}; see {@link Modality#parse}).
     *
     * @throws IllegalArgumentException listing the modality words when {@code modality} names none
     */
    public Query modality(String modality) {
        return modality(Modality.parse(modality));
    }

    /** Keeps entries that work with two or more modalities. */
    public Query multimodal() {
        return where(EntryFilter.multimodal());
    }

    /** Keeps entries with any of these tasks. */
    public Query task(Task... tasks) {
        return where(EntryFilter.task(tasks));
    }

    /**
     * Keeps entries with the task this text names: its id, BigBIO or Hugging Face name, or a synonym
     * ({@code "QA"}, {@code "token-classification"}, {@code "问答"}).
     *
     * @throws IllegalArgumentException listing the task ids when {@code task} names none
     */
    public Query task(String task) {
        return where(EntryFilter.task(task));
    }

    /** Keeps entries with this tag. */
    public Query tag(String tag) {
        return where(EntryFilter.tag(tag));
    }

    /** Keeps entries in this group label. */
    public Query group(String group) {
        return where(EntryFilter.group(group));
    }

    /**
     * Keeps entries in the section the selector names (number, title, anchor or path prefix) or in
     * its descendants. The selector may name several sections ({@code 中文} under two parents): the
     * entries of all of them are kept.
     *
     * @throws java.util.NoSuchElementException when the selector names no section of the catalogue,
     *     which is a mistake rather than an empty result
     */
    public Query section(String selector) {
        if (Tree.find(catalogue, selector).isEmpty()) {
            Tree.resolve(catalogue, selector); // throws, listing the sections there are
        }
        return where(EntryFilter.section(selector));
    }

    /** Keeps entries whose name, fields, link labels or addresses hold these words (see {@link EntryFilter#text}). */
    public Query text(String text) {
        return where(EntryFilter.text(text));
    }

    /** Keeps entries with a link on this host or a subdomain of it. */
    public Query host(String host) {
        return where(EntryFilter.host(host));
    }

    /** Keeps entries with a link of this role. */
    public Query hasLink(LinkRole role) {
        return where(EntryFilter.hasLink(role));
    }

    /**
     * Keeps entries with a link of the role this text names ({@code "paper"}, {@code "论文"}, {@code "Code"}; see
     * {@link LinkRole#parse}).
     *
     * @throws IllegalArgumentException listing the role words when {@code role} names none
     */
    public Query hasLink(String role) {
        return hasLink(LinkRole.parse(role));
    }

    /**
     * Keeps entries with a link to a GitHub or Hugging Face repository of this owner ({@code "FreedomIntelligence"})
     * or to this repository ({@code "FreedomIntelligence/HuatuoGPT"}), compared without case.
     */
    public Query repository(String repository) {
        return where(EntryFilter.repository(repository));
    }

    /**
     * Keeps entries linking to any of these arXiv papers: {@code "2305.01526"}, {@code "arXiv:2305.01526v2"} or an
     * arxiv.org address (see {@link EntryFilter#arxiv}).
     */
    public Query arxiv(String... ids) {
        return where(EntryFilter.arxiv(ids));
    }

    /** Keeps entries with a GitHub repository link. */
    public Query hasGitHubRepository() {
        return where(EntryFilter.hasGitHubRepository());
    }

    /** Keeps entries with a paper link (role paper, or an arXiv address). */
    public Query hasPaper() {
        return where(EntryFilter.hasPaper());
    }

    /** Keeps entries with a Hugging Face repository link. */
    public Query hasHuggingFaceRepository() {
        return where(EntryFilter.hasHuggingFaceRepository());
    }

    /** Keeps matches that pass any of these filters (OR). */
    public Query anyOf(EntryFilter... alternatives) {
        return where(EntryFilter.anyOf(alternatives));
    }

    /** Keeps matches that do not pass {@code filter} (NOT). */
    public Query not(EntryFilter filter) {
        return where(EntryFilter.not(filter));
    }

    // ---------------------------------------------------------------- order and slicing

    /** Lists matches in this order; the default is {@link Order#SOURCE}. */
    public Query orderBy(Order order) {
        Checks.notNull(order, "order");
        return new Query(catalogue, filters, order, order.comparator(), skip, limit);
    }

    /** Lists matches sorted by {@code comparator}; ties keep source order. */
    public Query orderBy(Comparator<? super Match> comparator) {
        Checks.notNull(comparator, "comparator");
        return new Query(catalogue, filters, null, comparator, skip, limit);
    }

    /** Keeps at most this many matches (after ordering and skipping). */
    public Query limit(long maxSize) {
        Checks.notNegative(maxSize, "maxSize");
        return new Query(catalogue, filters, order, comparator, skip, maxSize);
    }

    /** Drops this many matches first (after ordering). */
    public Query skip(long count) {
        Checks.notNegative(count, "count");
        return new Query(catalogue, filters, order, comparator, count, limit);
    }

    // ---------------------------------------------------------------- terminal operations

    /** The matches, as an unmodifiable list. */
    public List<Match> list() {
        return evaluate().stream().map(Found::match).toList();
    }

    /** The matching entries, as an unmodifiable list. */
    public List<Entry> entries() {
        return evaluate().stream().map(f -> f.match().entry()).toList();
    }

    /** The matches, as a stream. */
    public Stream<Match> stream() {
        return list().stream();
    }

    /** The number of matches. */
    public long count() {
        return evaluate().size();
    }

    /** The first match. */
    public Optional<Match> first() {
        return limit(1).list().stream().findFirst();
    }

    /**
     * The matches as a {@link Table} with its default columns (name, kind, languages, section path, primary
     * URL): its {@code toString()} is the table as lined-up text, so that JShell and a notebook show a table;
     * {@link Table#toMarkdown()} and {@link Table#toHtml()} give the other forms.
     */
    public Table table() {
        return Table.of(list());
    }

    /** The matches as a {@link Table} with these columns, in this order (see {@link Table#of(List, Column...)}). */
    public Table table(Column... columns) {
        return Table.of(list(), columns);
    }

    /**
     * How many matches have each value of a facet: an unmodifiable map from the values (language codes,
     * kind words, task ids, …) to their counts, the largest count first (equal counts in the order their
     * values are first met). A match with several values counts under each (an entry in Chinese and
     * English counts for {@code zh} and for {@code en}), so the counts can add up to more than
     * {@link #count()}; a match with none counts under none.
     *
     * <pre>{@code
     * catalogue.query().kind(Kind.DATASET).countBy(Facet.LANGUAGE)   // {zh=17, en=5, mul=1}
     * }</pre>
     */
    public Map<String, Long> countBy(Facet facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        groupBy(facet).forEach((value, matches) -> counts.put(value, (long) matches.size()));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * How many matches have each pair of values of two facets, as a table to look at: a row per value of
     * {@code rows}, a column per value of {@code columns} (each ordered largest total first), and a last column
     * {@code all}. {@code countBy(Facet.KIND, Facet.LANGUAGE)} gives data sets, models … by zh, en ….
     */
    public Table countBy(Facet rows, Facet columns) {
        return Grouping.crossCount(list(), Checks.notNull(rows, "rows"), Checks.notNull(columns, "columns"));
    }

    /**
     * The matches grouped by the values of a facet: an unmodifiable map from each value to its matches in
     * order, the values in the order {@link #countBy} gives them. A match with several values is in the
     * group of each; a match with none is in no group.
     */
    public Map<String, List<Match>> groupBy(Facet facet) {
        return Grouping.byFacet(list(), Checks.notNull(facet, "facet"));
    }

    /**
     * The matches grouped by {@code classifier}: an unmodifiable map whose keys come in the order
     * they are first met, each with its matches in order.
     *
     * @throws NullPointerException when the classifier returns {@code null} for a match
     */
    public <K> Map<K, List<Match>> groupBy(Function<? super Match, ? extends K> classifier) {
        return Grouping.by(list(), Checks.notNull(classifier, "classifier"));
    }

    /**
     * A catalogue pruned to the matches: the same title, introduction, news and citation, the
     * sections that lead to a match, and in them only the matching entries, in source order
     * whatever the query's order. Sections without a match below them are dropped.
     */
    public Catalogue toCatalogue() {
        Map<List<Integer>, Set<Integer>> kept = new HashMap<>();
        for (Found found : evaluate()) {
            kept.computeIfAbsent(found.place().node().address(), a -> new HashSet<>()).add(found.place().index());
        }
        return catalogue.withSections(Tree.prune(catalogue.sections(), kept));
    }

    private record Found(Tree.Place place, Match match) {
    }

    private List<Found> evaluate() {
        List<Found> found = new ArrayList<>();
        for (Tree.Node node : Tree.nodes(catalogue)) { // places are made only for the entries that pass
            List<Entry> entries = node.section().entries();
            for (int i = 0; i < entries.size(); i++) {
                Match match = new Match(entries.get(i), node.ancestry(), i);
                if (passes(match)) {
                    found.add(new Found(new Tree.Place(node, i), match));
                }
            }
        }
        if (comparator != null) {
            found.sort(Comparator.comparing(Found::match, comparator)); // List.sort is stable
        }
        Stream<Found> s = found.stream().skip(skip);
        if (limit >= 0) {
            s = s.limit(limit);
        }
        return s.toList();
    }

    private boolean passes(Match match) {
        for (EntryFilter f : filters) {
            if (!f.test(match)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One line for people: the filters as {@code key=value}, the order and slice when they are not the default, and
     * the number of matches, which it counts: {@code Query[kind=dataset, language=zh, text="问答"] → 4 matches}.
     * When counting throws (a predicate of {@link #where(Predicate)} may), the count is {@code ?}.
     */
    @Override
    public String toString() {
        return io.github.medicalnlp.catalogue.internal.Summaries.query(filters,
                order == Order.SOURCE ? null : order != null ? order.name().toLowerCase(java.util.Locale.ROOT) : "custom",
                skip, limit, this::count);
    }
}
