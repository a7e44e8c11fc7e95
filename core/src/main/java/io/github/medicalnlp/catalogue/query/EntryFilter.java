package io.github.medicalnlp.catalogue.query;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.IdentityCache;
import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.internal.WordText;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.internal.Urls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A condition on a {@link Match}: the building block of a {@link Query}, and the argument of
 * {@link Query#anyOf} and {@link Query#not}. Filters are immutable and safe to share as constants;
 * {@link #toString()} describes them.
 *
 * <pre>{@code
 * EntryFilter chineseQa = EntryFilter.language(Language.CHINESE).and(EntryFilter.text("问答"));
 * catalogue.query().anyOf(chineseQa, EntryFilter.task(Task.QUESTION_ANSWERING)).list();
 * }</pre>
 */
public final class EntryFilter {

    private final Predicate<Match> predicate;
    private final String description;

    private EntryFilter(Predicate<Match> predicate, String description) {
        this.predicate = predicate;
        this.description = Summaries.line(description, DESCRIPTION);
    }

    /**
     * The longest description kept: a filter prints as one short line (a query's {@code toString()} joins them),
     * whatever its text or predicate holds.
     */
    private static final int DESCRIPTION = 200;

    /** A predicate's own text, for a description: {@code ?} when its {@code toString()} throws. */
    private static String described(Object predicate) {
        try {
            return Summaries.cut(String.valueOf(predicate));
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** Whether the match passes this filter. */
    public boolean test(Match match) {
        return predicate.test(Checks.notNull(match, "match"));
    }

    /** Passes matches that pass this filter and {@code other}. */
    public EntryFilter and(EntryFilter other) {
        Checks.notNull(other, "other");
        return new EntryFilter(predicate.and(other.predicate), "(" + this + " and " + other + ")");
    }

    /** Passes matches that pass this filter or {@code other}. */
    public EntryFilter or(EntryFilter other) {
        Checks.notNull(other, "other");
        return new EntryFilter(predicate.or(other.predicate), "(" + this + " or " + other + ")");
    }

    /** Passes matches that do not pass this filter. */
    public EntryFilter negate() {
        return new EntryFilter(predicate.negate(), "not " + this);
    }

    @Override
    public String toString() {
        return description;
    }

    // ---------------------------------------------------------------- factories

    /** Passes every match. */
    public static EntryFilter all() {
        return new EntryFilter(m -> true, "all");
    }

    /** Passes a match that passes any of the filters; with no filter, none. */
    public static EntryFilter anyOf(EntryFilter... filters) {
        List<EntryFilter> list = Checks.listOf(Arrays.asList(Checks.notNull(filters, "filters")), "filters");
        return new EntryFilter(m -> list.stream().anyMatch(f -> f.predicate.test(m)),
                "anyOf" + list.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")")));
    }

    /** Passes a match that passes all of the filters; with no filter, every match. */
    public static EntryFilter allOf(EntryFilter... filters) {
        List<EntryFilter> list = Checks.listOf(Arrays.asList(Checks.notNull(filters, "filters")), "filters");
        return new EntryFilter(m -> list.stream().allMatch(f -> f.predicate.test(m)),
                "allOf" + list.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")")));
    }

    /** Passes a match that does not pass {@code filter}. */
    public static EntryFilter not(EntryFilter filter) {
        return Checks.notNull(filter, "filter").negate();
    }

    /** Passes entries that satisfy {@code predicate}. */
    public static EntryFilter where(Predicate<? super Entry> predicate) {
        Checks.notNull(predicate, "predicate");
        return new EntryFilter(m -> predicate.test(m.entry()), "where(" + described(predicate) + ")");
    }

    /** Passes matches that satisfy {@code predicate}, which sees the entry's sections too. */
    public static EntryFilter whereMatch(Predicate<? super Match> predicate) {
        Checks.notNull(predicate, "predicate");
        return new EntryFilter(predicate::test, "whereMatch(" + described(predicate) + ")");
    }

    /** Passes entries of any of these kinds. */
    public static EntryFilter kind(Kind... kinds) {
        Set<Kind> set = Set.copyOf(Checks.listOf(Arrays.asList(Checks.notNull(kinds, "kinds")), "kinds"));
        return new EntryFilter(m -> m.entry().kind().filter(set::contains).isPresent(),
                "kind=" + sorted(set));
    }

    /**
     * Passes entries covering any of these languages, or a more or less precise form of one
     * ({@code zh-cn} passes entries in {@code zh}, and {@code zh} those in {@code zh-tw}).
     */
    public static EntryFilter language(Language... languages) {
        Set<Language> set = setOf(languages, "languages");
        return new EntryFilter(m -> anyIn(m.entry().languages(), set) || anyMatching(m.entry().languages(), set),
                "language=" + sorted(set));
    }

    /** Whether a language of the entry matches one of the set more or less precisely ({@link Language#matches}). */
    private static boolean anyMatching(List<Language> languages, Set<Language> set) {
        for (Language l : languages) {
            for (Language wanted : set) {
                if (l.matches(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Passes entries with any of these modalities. */
    public static EntryFilter modality(Modality... modalities) {
        Set<Modality> set = setOf(modalities, "modalities");
        return new EntryFilter(m -> anyIn(m.entry().modalities(), set), "modality=" + sorted(set));
    }

    /** Passes entries that work with two or more modalities, such as text and images. */
    public static EntryFilter multimodal() {
        return new EntryFilter(m -> m.entry().isMultimodal(), "multimodal");
    }

    /** Passes entries with any of these tasks. */
    public static EntryFilter task(Task... tasks) {
        Set<Task> set = setOf(tasks, "tasks");
        return new EntryFilter(m -> anyIn(m.entry().tasks(), set), "task=" + sorted(set));
    }

    /** The values as a set, none of them null. */
    private static <T> Set<T> setOf(T[] values, String parameter) {
        return Set.copyOf(Checks.listOf(Arrays.asList(Checks.notNull(values, parameter)), parameter));
    }

    /** Whether any of an entry's values is in the set (a loop: this runs once per entry of a query). */
    private static <T> boolean anyIn(java.util.Collection<T> values, Set<T> set) {
        for (T v : values) {
            if (set.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passes entries with the task {@link Task#parse} reads from {@code task}: its id, its BigBIO or Hugging
     * Face name, or a synonym ({@code "QA"}, {@code "token-classification"}, {@code "问答"}).
     *
     * @throws IllegalArgumentException listing the task ids when {@code task} names none
     */
    public static EntryFilter task(String task) {
        return task(Task.parse(task));
    }

    /** Passes entries with this tag, compared case-insensitively. */
    public static EntryFilter tag(String tag) {
        String key = Text.foldKey(Checks.notBlank(tag, "tag"));
        return new EntryFilter(m -> m.entry().tags().stream().anyMatch(t -> Text.foldKey(t).equals(key)),
                "tag=" + Summaries.cut(key));
    }

    /**
     * Passes entries in the section the selector names or in any of its descendants. The selector is
     * a number ({@code 5.2}), a title ({@code 医疗LLM}), an anchor ({@code #52-医疗llm}) or a path
     * prefix ({@code 5 > 5.2}), as described in {@link io.github.medicalnlp.catalogue.Catalogue}.
     */
    public static EntryFilter section(String selector) {
        String s = Checks.notBlank(selector, "section");
        return new EntryFilter(m -> inSection(m.sections(), s), "section=" + Summaries.cut(s));
    }

    static boolean inSection(List<Section> sections, String selector) {
        for (int depth = 1; depth <= sections.size(); depth++) {
            if (Tree.matches(new Tree.Node(List.of(), sections.subList(0, depth)), selector)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Passes entries in whose name, field labels, field values, link labels or link addresses {@code text}
     * occurs as words, in the entry's language or in any of its {@linkplain Entry#translations() translations} ("dialogue" finds
     * 中文医疗对话数据集 through its English name).
     *
     * <p>Words, not parts of words: {@code "CT"} finds "CT scans" and "CT-RATE" but not "Doctor". A word may
     * also start or end where a name's case or kind turns, so {@code "QA"} finds "MedQA", {@code "Huatuo"}
     * finds "HuatuoGPT" and {@code "BERT"} finds "BioBERT" and "BERT-base". Chinese, Japanese and Korean text
     * is searched character by character, so {@code 问答} is found inside longer text. Both sides are compared
     * after Unicode NFKC normalisation and lower-casing ({@code "qa"} finds {@code QA} and {@code ＱＡ}), with
     * runs of white space counting as one space.
     *
     * <p>An address is searched without its scheme, user information and {@code www.}, and its parts are words like any other:
     * {@code "FreedomIntelligence"} and {@code "FreedomIntelligence/HuatuoGPT"} find the entries linking to that
     * GitHub or Hugging Face organisation or repository, {@code "2305.01526"} the entries linking to that arXiv
     * paper, {@code "tianchi"} those on tianchi.aliyun.com. For one question about addresses, {@link #host},
     * {@link #repository} and {@link #arxiv} are exact.
     */
    public static EntryFilter text(String text) {
        String needle = WordText.needle(Checks.notBlank(text, "text"));
        String label = "text=\"" + Summaries.cut(text) + "\"";
        if (needle.isEmpty() || needle.indexOf(SEPARATOR) >= 0) {
            return new EntryFilter(m -> false, label);
        }
        return new EntryFilter(m -> SEARCH_TEXT.get(m.entry()).contains(needle), label);
    }

    /** Between the parts of an entry's search text, so that no match spans two of them. */
    private static final char SEPARATOR = '\u0000';

    /**
     * The folded text an entry is searched in, computed once per entry object: entries are immutable,
     * and folding (NFKC, lower case, word boundaries) is the expensive part of a text query.
     */
    private static final IdentityCache<Entry, WordText> SEARCH_TEXT = new IdentityCache<>(EntryFilter::searchText);

    private static WordText searchText(Entry entry) {
        StringBuilder b = new StringBuilder(entry.name());
        for (TextField field : entry.fields()) {
            b.append(SEPARATOR).append(field.label()).append(SEPARATOR).append(field.value());
        }
        for (Link link : entry.links()) {
            b.append(SEPARATOR).append(link.label()).append(SEPARATOR).append(Urls.withoutScheme(link.url()));
        }
        for (Translation t : entry.translations().values()) {
            b.append(SEPARATOR).append(t.name());
            for (TextField field : t.fields()) {
                b.append(SEPARATOR).append(field.label()).append(SEPARATOR).append(field.value());
            }
        }
        return WordText.of(b);
    }

    /**
     * Passes entries with a link on this host or one of its subdomains ({@code aliyun.com} passes
     * {@code tianchi.aliyun.com}), compared without case.
     */
    public static EntryFilter host(String host) {
        String h = Checks.notBlank(host, "host").strip().toLowerCase(Locale.ROOT);
        return new EntryFilter(m -> m.entry().links().stream().anyMatch(l -> l.host()
                .filter(x -> x.equals(h) || x.endsWith("." + h)).isPresent()), "host=" + Summaries.cut(h));
    }

    /** Passes entries with a link of this role. */
    public static EntryFilter hasLink(LinkRole role) {
        Checks.notNull(role, "role");
        return new EntryFilter(m -> m.entry().hasLink(role), "hasLink=" + role.word());
    }

    /**
     * The same as {@link #hasLink}, under the name it had before {@link Query#hasLink} and it were given one name.
     *
     * @deprecated use {@link #hasLink(LinkRole)}; this name goes in 0.2
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public static EntryFilter role(LinkRole role) {
        return hasLink(role);
    }

    /** Passes entries with a link to a GitHub repository. */
    public static EntryFilter hasGitHubRepository() {
        return new EntryFilter(m -> m.entry().links().stream().anyMatch(l -> l.gitHubRepository().isPresent()),
                "hasGitHubRepository");
    }

    /** Passes entries with a paper: a link whose role is {@link LinkRole#PAPER}, or an arXiv link. */
    public static EntryFilter hasPaper() {
        return new EntryFilter(m -> m.entry().links().stream()
                .anyMatch(l -> l.role() == LinkRole.PAPER || l.arxivId().isPresent()), "hasPaper");
    }

    /**
     * Passes entries with a link to any of these arXiv papers, each written as a person writes it:
     * {@code 2305.01526}, {@code 2305.01526v2}, {@code arXiv:2305.01526}, {@code hep-th/9901001} or an address
     * such as {@code https://arxiv.org/pdf/2305.01526v1}. Versions do not matter: the abstract, PDF and HTML
     * pages of every version of a paper are the same paper.
     *
     * @throws IllegalArgumentException when a text is no arXiv identifier, naming it and the forms accepted
     */
    public static EntryFilter arxiv(String... ids) {
        Checks.listOf(Arrays.asList(Checks.notNull(ids, "ids")), "ids");
        if (ids.length == 0) {
            throw new IllegalArgumentException("ids must name at least one arXiv paper");
        }
        Set<String> set = new java.util.HashSet<>();
        for (String id : ids) {
            set.add(Urls.arxivIdOf(id).orElseThrow(() -> new IllegalArgumentException("'" + Text.abbreviate(id, 60)
                    + "' is no arXiv identifier; write 2305.01526, 2305.01526v2, arXiv:2305.01526, hep-th/9901001"
                    + " or an arxiv.org address")));
        }
        return new EntryFilter(m -> {
            for (Link l : m.entry().links()) {
                Optional<String> a = l.arxivId();
                if (a.isPresent() && set.contains(a.get())) {
                    return true;
                }
            }
            return false;
        }, "arxiv=" + sorted(set));
    }

    /** Passes entries with a Hugging Face repository link. */
    public static EntryFilter hasHuggingFaceRepository() {
        return new EntryFilter(m -> m.entry().links().stream()
                .anyMatch(l -> l.huggingFaceRepository().isPresent()), "hasHuggingFaceRepository");
    }

    /**
     * Passes entries with a link to a GitHub or Hugging Face repository of this owner ({@code FreedomIntelligence})
     * or to this repository ({@code FreedomIntelligence/HuatuoGPT}), compared without case; a Hugging Face data set
     * or Space counts by its owner and name ({@code datasets/x/y} is {@code x/y}).
     */
    public static EntryFilter repository(String repository) {
        String r = Checks.notBlank(repository, "repository").strip().toLowerCase(Locale.ROOT);
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        String key = r;
        boolean owner = key.indexOf('/') < 0;
        return new EntryFilter(m -> {
            for (Link l : m.entry().links()) {
                String id = l.gitHubRepository().or(l::huggingFaceRepository).orElse(null);
                if (id == null) {
                    continue;
                }
                id = id.toLowerCase(Locale.ROOT);
                if (id.startsWith("datasets/") || id.startsWith("spaces/")) {
                    id = id.substring(id.indexOf('/') + 1);
                }
                if (owner ? id.startsWith(key + "/") : id.equals(key)) {
                    return true;
                }
            }
            return false;
        }, "repository=" + Summaries.cut(key));
    }

    /** Passes entries in this group (the bold label inside their section), compared case-insensitively. */
    public static EntryFilter group(String group) {
        String key = Text.foldKey(Checks.notBlank(group, "group"));
        return new EntryFilter(m -> m.entry().group().map(Text::foldKey).filter(key::equals).isPresent(),
                "group=" + Summaries.cut(key));
    }

    private static String sorted(Set<?> set) {
        List<String> words = new ArrayList<>();
        set.forEach(x -> words.add(String.valueOf(x)));
        words.sort(null);
        return String.join("|", words);
    }
}
