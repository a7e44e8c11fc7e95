package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Descriptions;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.validation.NullOrNotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One resource of the catalogue: a data set, model, paper, competition, ...
 *
 * <p>An entry has a name, its links in the order written, its labelled text fields in the order
 * written, and curated metadata: kind, languages, modalities, tasks and tags. The group is the bold
 * label (such as {@code **电子病历相关文章**}) under which the entry stands in its section, if any.
 *
 * <p>Entries are immutable values with value equality. Lists are copied on construction and cannot
 * be modified. Build one with {@link #builder(String)} or copy one with the {@code withX} methods:
 * <pre>{@code
 * Entry cmb = Entry.builder("CMB")
 *         .link("https://github.com/FreedomIntelligence/CMB")
 *         .field("来源", "各个临床医学工种各阶段考试")
 *         .kind(Kind.BENCHMARK)
 *         .language(Language.CHINESE)
 *         .build();
 * }</pre>
 *
 * @param name the name as written, e.g. {@code Huatuo-26M}; white space around it is dropped
 * @param links the links in the order written
 * @param fields the labelled text fields in the order written
 * @param kind what kind of resource this is, if known
 * @param languages the languages it covers, without repeats
 * @param modalities the kinds of data it works with (none when the resource says nothing of its data), in
 *        the order of {@link Modality}
 * @param tasks the tasks it serves, without repeats
 * @param tags free tags (a data source such as {@code ehr}, a format such as {@code exam}), without repeats
 * @param group the bold group label it stands under in its section, if any
 * @param translations its name and fields in other languages (the English of the list's English edition),
 *        by language, in the order given
 */
public record Entry(
        @NotBlank String name,
        @NotNull List<@NotNull @Valid Link> links,
        @NotNull List<@NotNull @Valid TextField> fields,
        @NotNull Optional<Kind> kind,
        @NotNull List<@NotNull @Valid Language> languages,
        @NotNull Set<@NotNull Modality> modalities,
        @NotNull List<@NotNull Task> tasks,
        @NotNull List<@NotBlank String> tags,
        @NotNull Optional<@NullOrNotBlank String> group,
        @NotNull Map<@NotNull Language, @NotNull @Valid Translation> translations) {

    /** Labels under which a list gives an entry's description, compared after {@link Text#fold}. */
    private static final List<String> DESCRIPTION_LABELS =
            List.of("简介", "description", "desription", "说明", "项目说明", "介绍", "summary", "introduction");

    /**
     * Checks and copies the arguments.
     *
     * @throws NullPointerException naming the parameter that is null, or the list and index of a null element
     * @throws IllegalArgumentException when {@code name}, a tag or the group is blank
     */
    public Entry {
        name = Checks.notBlank(name, "name").strip();
        links = Checks.listOf(links, "links");
        fields = Checks.listOf(fields, "fields");
        Checks.notNull(kind, "kind");
        languages = Checks.distinctListOf(languages, "languages");
        modalities = Checks.enumSetOf(modalities, Modality.class, "modalities");
        tasks = Checks.distinctListOf(tasks, "tasks");
        tags = Checks.distinctWords(tags, "tags");
        Checks.notNull(group, "group");
        if (group.isPresent()) { // no lambda: the first one costs a fresh JVM milliseconds to set up
            group = Optional.of(Checks.notBlank(group.get(), "group").strip());
        }
        translations = Checks.mapOf(translations, "translations");
    }

    /** An entry without translations (the constructor before translations were added). */
    public Entry(String name, List<Link> links, List<TextField> fields, Optional<Kind> kind, List<Language> languages,
            Set<Modality> modalities, List<Task> tasks, List<String> tags, Optional<String> group) {
        this(name, links, fields, kind, languages, modalities, tasks, tags, group, Map.of());
    }

    /** Its name and fields in {@code language}, if the entry has them. */
    public Optional<Translation> translation(Language language) {
        return Optional.ofNullable(translations.get(Checks.notNull(language, "language")));
    }

    /** Its name in {@code language}, or its own name when it has no translation there. */
    public String name(Language language) {
        Translation t = translations.get(Checks.notNull(language, "language"));
        return t == null ? name : t.name();
    }

    /** A copy with this translation (replacing one in the same language), or this entry when it has it. */
    public Entry withTranslation(Language language, Translation translation) {
        Checks.notNull(translation, "translation");
        return translation.equals(translations.get(language)) ? this
                : toBuilder().translation(language, translation).build();
    }

    /** An entry with only a name, to be completed with the {@code withX} methods. */
    public static Entry of(String name) {
        return builder(name).build();
    }

    /** An entry with a name and its own address. */
    public static Entry of(String name, String url) {
        return builder(name).link(url).build();
    }

    /** A builder for an entry with this name. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding everything this entry holds, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The entry's main address: the URL of its first {@link LinkRole#HOMEPAGE} link, or else of its
     * first link; empty when it has no link.
     */
    public Optional<String> primaryUrl() {
        return links.stream().filter(l -> l.role() == LinkRole.HOMEPAGE).findFirst()
                .or(() -> links.stream().findFirst())
                .map(Link::url);
    }

    /** The links with this role, in order. */
    public List<Link> links(LinkRole role) {
        Checks.notNull(role, "role");
        return links.stream().filter(l -> l.role() == role).toList();
    }

    /** Whether any link has this role. */
    public boolean hasLink(LinkRole role) {
        Checks.notNull(role, "role");
        return links.stream().anyMatch(l -> l.role() == role);
    }

    /** The GitHub repositories ({@code owner/repo}) of its links, in order, without repeats. */
    public List<String> gitHubRepositories() {
        return links.stream().flatMap(l -> l.gitHubRepository().stream()).distinct().toList();
    }

    /**
     * The value of the first field with this label, compared without regard to case, width or
     * surrounding space ({@code "简介"}, {@code "Source"}).
     */
    public Optional<String> field(String label) {
        Checks.notNull(label, "label");
        String key = Text.foldKey(label);
        return fields.stream().filter(f -> Text.foldKey(f.label()).equals(key)).findFirst()
                .map(TextField::value);
    }

    /**
     * The description: the first field labelled 简介, Introduction, Description (or the English edition's
     * misspelling Desription), 说明 or 介绍, or else the first unlabelled text.
     */
    public Optional<String> description() {
        return descriptionOf(fields);
    }

    /** The description among {@code fields}, as {@link #description()} finds it. */
    static Optional<String> descriptionOf(List<TextField> fields) {
        return fields.stream().filter(f -> DESCRIPTION_LABELS.contains(Text.foldKey(f.label()))).findFirst()
                .or(() -> fields.stream().filter(f -> !f.isLabelled()).findFirst())
                .map(TextField::value);
    }

    /** A copy with this name, or this entry when it is the same. */
    public Entry withName(String name) {
        return this.name.equals(name) ? this : toBuilder().name(name).build();
    }

    /** A copy with these links, or this entry when they are the same. */
    public Entry withLinks(List<Link> links) {
        return this.links.equals(links) ? this : toBuilder().links(links).build();
    }

    /** A copy with these text fields, or this entry when they are the same. */
    public Entry withFields(List<TextField> fields) {
        return this.fields.equals(fields) ? this : toBuilder().fields(fields).build();
    }

    /** A copy with this kind, or this entry when it is the same. */
    public Entry withKind(Kind kind) {
        Checks.notNull(kind, "kind");
        return this.kind.equals(Optional.of(kind)) ? this : toBuilder().kind(kind).build();
    }

    /** A copy without a kind, or this entry when it has none. */
    public Entry withoutKind() {
        return kind.isEmpty() ? this : toBuilder().kind(null).build();
    }

    /** A copy with these languages, or this entry when they are the same. */
    public Entry withLanguages(List<Language> languages) {
        return this.languages.equals(languages) ? this : toBuilder().languages(languages).build();
    }

    /** A copy with these modalities, or this entry when they are the same. */
    public Entry withModalities(Collection<Modality> modalities) {
        return this.modalities.equals(Checks.enumSetOf(modalities, Modality.class, "modalities")) ? this
                : toBuilder().modalities(modalities).build();
    }

    /** Whether the entry works with two or more kinds of data, such as text and images. */
    public boolean isMultimodal() {
        return modalities.size() > 1;
    }

    /** Whether the entry serves this task. */
    public boolean hasTask(Task task) {
        return tasks.contains(Checks.notNull(task, "task"));
    }

    /** A copy with these tasks, or this entry when they are the same. */
    public Entry withTasks(List<Task> tasks) {
        return this.tasks.equals(tasks) ? this : toBuilder().tasks(tasks).build();
    }

    /** A copy with these tags, or this entry when they are the same. */
    public Entry withTags(List<String> tags) {
        return this.tags.equals(tags) ? this : toBuilder().tags(tags).build();
    }

    /** A copy in this group, or this entry when it is the same. */
    public Entry withGroup(String group) {
        Checks.notBlank(group, "group");
        return this.group.equals(Optional.of(group)) ? this : toBuilder().group(group).build();
    }

    /** A copy outside any group, or this entry when it is in none. */
    public Entry withoutGroup() {
        return group.isEmpty() ? this : toBuilder().group(null).build();
    }

    /**
     * Collects the parts of an {@link Entry}. Not thread-safe; {@link #build()} checks everything and
     * may be called more than once.
     */
    public static final class Builder {
        private String name;
        private final List<Link> links = new ArrayList<>();
        private final List<TextField> fields = new ArrayList<>();
        private Kind kind;
        private final List<Language> languages = new ArrayList<>();
        private final Set<Modality> modalities = EnumSet.noneOf(Modality.class);
        private final List<Task> tasks = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private String group;
        private final Map<Language, Translation> translations = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Checks.notBlank(name, "name");
        }

        private Builder(Entry entry) {
            this.name = entry.name;
            this.links.addAll(entry.links);
            this.fields.addAll(entry.fields);
            this.kind = entry.kind.orElse(null);
            this.languages.addAll(entry.languages);
            this.modalities.addAll(entry.modalities);
            this.tasks.addAll(entry.tasks);
            this.tags.addAll(entry.tags);
            this.group = entry.group.orElse(null);
            this.translations.putAll(entry.translations);
        }

        /** Sets the name. */
        public Builder name(String name) {
            this.name = Checks.notBlank(name, "name");
            return this;
        }

        /** Adds an unlabelled {@link LinkRole#HOMEPAGE} link. */
        public Builder link(String url) {
            return link(Link.of(url));
        }

        /** Adds a labelled link with a role. */
        public Builder link(String url, String label, LinkRole role) {
            return link(Link.of(url, label, role));
        }

        /** Adds a link. */
        public Builder link(Link link) {
            links.add(Checks.notNull(link, "link"));
            return this;
        }

        /** Replaces the links. */
        public Builder links(Collection<Link> links) {
            List<Link> copy = Checks.listOf(links, "links");
            this.links.clear();
            this.links.addAll(copy);
            return this;
        }

        /** Adds a labelled text field. */
        public Builder field(String label, String value) {
            return field(TextField.of(label, value));
        }

        /** Adds a text field. */
        public Builder field(TextField field) {
            fields.add(Checks.notNull(field, "field"));
            return this;
        }

        /** Replaces the text fields. */
        public Builder fields(Collection<TextField> fields) {
            List<TextField> copy = Checks.listOf(fields, "fields");
            this.fields.clear();
            this.fields.addAll(copy);
            return this;
        }

        /** Sets the kind; {@code null} clears it. */
        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        /** Adds a language (a repeat is ignored). */
        public Builder language(Language language) {
            languages.add(Checks.notNull(language, "language"));
            return this;
        }

        /** Replaces the languages. */
        public Builder languages(Collection<Language> languages) {
            List<Language> copy = Checks.listOf(languages, "languages");
            this.languages.clear();
            this.languages.addAll(copy);
            return this;
        }

        /** Adds a modality (a repeat is ignored). */
        public Builder modality(Modality modality) {
            modalities.add(Checks.notNull(modality, "modality"));
            return this;
        }

        /** Replaces the modalities. */
        public Builder modalities(Collection<Modality> modalities) {
            List<Modality> copy = Checks.listOf(modalities, "modalities");
            this.modalities.clear();
            this.modalities.addAll(copy);
            return this;
        }

        /** Adds a task (a repeat is ignored). */
        public Builder task(Task task) {
            Checks.notNull(task, "task");
            if (!tasks.contains(task)) {
                tasks.add(task);
            }
            return this;
        }

        /** Adds the task {@link Task#parse} reads from {@code task}, e.g. {@code "QA"} (a repeat is ignored). */
        public Builder task(String task) {
            return task(Task.parse(task));
        }

        /** Replaces the tasks. */
        public Builder tasks(Collection<Task> tasks) {
            List<Task> copy = Checks.listOf(tasks, "tasks");
            this.tasks.clear();
            this.tasks.addAll(copy);
            return this;
        }

        /** Adds a tag (a repeat is ignored). */
        public Builder tag(String tag) {
            tags.add(Checks.notBlank(tag, "tag"));
            return this;
        }

        /** Replaces the tags. */
        public Builder tags(Collection<String> tags) {
            List<String> copy = Checks.listOf(tags, "tags");
            this.tags.clear();
            this.tags.addAll(copy);
            return this;
        }

        /** Sets the group label; {@code null} puts the entry in no group. */
        public Builder group(String group) {
            if (group != null) {
                Checks.notBlank(group, "group");
            }
            this.group = group;
            return this;
        }

        /** Sets its name and fields in {@code language}, replacing any it had there. */
        public Builder translation(Language language, Translation translation) {
            translations.put(Checks.notNull(language, "language"), Checks.notNull(translation, "translation"));
            return this;
        }

        /** Replaces the translations. */
        public Builder translations(Map<Language, Translation> translations) {
            Map<Language, Translation> copy = Checks.mapOf(translations, "translations");
            this.translations.clear();
            this.translations.putAll(copy);
            return this;
        }

        /** The entry. */
        public Entry build() {
            return new Entry(name, links, fields, kind == null ? Optional.empty() : KINDS.get(kind.ordinal()),
                    languages, modalities, tasks, tags,
                    Optional.ofNullable(group), translations);
        }

        /** One Optional per kind, shared by all entries: large catalogues hold many. */
        private static final List<Optional<Kind>> KINDS = java.util.Arrays.stream(Kind.values())
                .map(Optional::of).toList();
    }

    /**
     * Every field of this entry, over several lines and uncut (every link with its label, role and URL, every field and translation): what {@link #toString()}, a one-line
     * summary, leaves out.
     */
    public String describe() {
        return Descriptions.of(this);
    }

    /**
     * A one-line summary for people, {@code Entry[Huatuo-26M · dataset · zh]}; the whole value is what a writer (JSON, Markdown) writes,
     * its parts are its accessors, and {@link #describe()} gives every field.
     */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
