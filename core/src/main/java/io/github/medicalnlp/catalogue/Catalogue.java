package io.github.medicalnlp.catalogue;

import io.github.medicalnlp.catalogue.internal.Descriptions;
import io.github.medicalnlp.catalogue.internal.CatalogueEdits;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Summaries;
import io.github.medicalnlp.catalogue.internal.LanguageViews;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.query.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A catalogue of medical NLP resources: title, introduction, news, the tree of sections holding the
 * entries, and the citation.
 *
 * <p>Catalogues are immutable values with value equality. Every edit returns a new catalogue and
 * leaves this one as it was; the sections an edit does not touch are shared between the two.
 *
 * <p>Sections are named by a <em>selector</em>: a number ({@code "3.1"}), a title ({@code "中文"}), an
 * anchor ({@code "#31-中文"}) or a path of numbers or titles ({@code "3 > 3.1"},
 * {@code "LLM数据集 > 中文"}). Titles are compared without regard to case, width or runs of white
 * space. A selector used to look up or edit one section must name exactly one.
 *
 * @param title the title, e.g. {@code Medical_NLP}; white space around it is dropped
 * @param introduction the introduction text as written (Markdown), empty when there is none; white
 *     space around it is dropped
 * @param news the news items in order
 * @param sections the top-level sections in order
 * @param citation the citation (BibTeX text), if any
 * @param translations its title, introduction and news in other languages, by language
 */
public record Catalogue(
        @NotBlank String title,
        @NotNull String introduction,
        @NotNull List<@NotNull @Valid NewsItem> news,
        @NotNull List<@NotNull @Valid Section> sections,
        @NotNull Optional<String> citation,
        @NotNull Map<@NotNull Language, @NotNull @Valid CatalogueTranslation> translations) {

    /**
     * Checks and copies the arguments.
     *
     * @throws NullPointerException naming the parameter that is null, or the list and index of a null element
     * @throws IllegalArgumentException when {@code title} is blank
     */
    public Catalogue {
        title = Checks.notBlank(title, "title").strip();
        introduction = Checks.notNull(introduction, "introduction").strip();
        news = Checks.listOf(news, "news");
        sections = Checks.listOf(sections, "sections");
        Checks.notNull(citation, "citation");
        translations = Checks.mapOf(translations, "translations");
    }

    /** A catalogue whose title, introduction and news have no translations. */
    public Catalogue(String title, String introduction, List<NewsItem> news, List<Section> sections,
            Optional<String> citation) {
        this(title, introduction, news, sections, citation, Map.of());
    }

    /** Its title, introduction and news in {@code language}, if it has them. */
    public Optional<CatalogueTranslation> translation(Language language) {
        return Optional.ofNullable(translations.get(Checks.notNull(language, "language")));
    }

    /** A catalogue with a title and top-level sections, and nothing else. */
    public static Catalogue of(String title, List<Section> sections) {
        return new Catalogue(title, "", List.of(), sections, Optional.empty());
    }

    /** A builder for a catalogue with this title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** A builder holding everything this catalogue holds. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A new query over this catalogue's entries, matching all of them. */
    public Query query() {
        return Query.of(this);
    }

    // ---------------------------------------------------------------- navigation

    /**
     * Every entry, in document order (a section's own entries before those of its children), as
     * {@link Section#allEntries()} gives a section's.
     */
    public List<Entry> allEntries() {
        return sections.stream().flatMap(s -> s.allEntries().stream()).toList();
    }

    /**
     * The same as {@link #allEntries()}, under the name {@link Section#entries()} gives a section's own entries.
     *
     * @deprecated use {@link #allEntries()}, which says that it goes down the tree; this name goes in 0.2
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public List<Entry> entries() {
        return allEntries();
    }

    /** Every section, depth first, in document order. */
    public List<Section> allSections() {
        return Tree.nodes(this).stream().map(Tree.Node::section).toList();
    }

    /**
     * The one section this selector names.
     *
     * @throws NoSuchElementException when the selector names none, listing the sections there are
     * @throws IllegalArgumentException when it names several, listing them
     */
    public Section section(String selector) {
        return Tree.resolve(this, selector).section();
    }

    /**
     * Every section this selector names, in document order: none, one, or several when a title occurs twice
     * ({@code !sections("3.1").isEmpty()} asks whether there is one).
     */
    public List<Section> sections(String selector) {
        return Tree.find(this, selector).stream().map(Tree.Node::section).toList();
    }

    /**
     * The path of a section of this catalogue, e.g. {@code 5 > 5.2 > 5.2.1}: the labels (number, or
     * title when there is none) from the top level down. A section held twice gives its first path.
     *
     * @return the path, or empty when the section is not in this catalogue
     */
    public Optional<String> pathOf(Section section) {
        Checks.notNull(section, "section");
        List<Tree.Node> nodes = Tree.nodes(this);
        return nodes.stream().filter(n -> n.section() == section).findFirst()
                .or(() -> nodes.stream().filter(n -> n.section().equals(section)).findFirst())
                .map(Tree.Node::path);
    }

    /** The number of entries in all sections. */
    public int entryCount() {
        return sections.stream().mapToInt(s -> s.allEntries().size()).sum();
    }

    /**
     * The same as {@link #entryCount()}.
     *
     * @deprecated use {@link #entryCount()}, which says what it counts; this name goes in 0.2
     */
    @Deprecated(since = "0.1", forRemoval = true)
    public int size() {
        return entryCount();
    }

    // ---------------------------------------------------------------- copies

    /** A copy with this title, or this catalogue when it is the same. */
    public Catalogue withTitle(String title) {
        return this.title.equals(title) ? this : toBuilder().title(title).build();
    }

    /** A copy with this introduction, or this catalogue when it is the same. */
    public Catalogue withIntroduction(String introduction) {
        return this.introduction.equals(introduction) ? this : toBuilder().introduction(introduction).build();
    }

    /**
     * A copy in its own language only: every entry without its {@linkplain Entry#translations() translations}
     * and every section without its {@linkplain Section#titles() translated titles}, as a rendering in one
     * language (such as the list's Markdown) holds it.
     */
    public Catalogue withoutTranslations() {
        return LanguageViews.withoutTranslations(this);
    }

    /**
     * This catalogue in {@code language}: each entry with the name, fields and group of its translation there
     * and each section with its title there (those without keep their own), its own text kept as the
     * translations in {@code own}, the language it is written in. Links, anchors and metadata stay, so
     * {@code c.inLanguage(en, zh).inLanguage(zh, en)} is {@code c} again.
     * {@code MarkdownWriter.canonical().inLanguage(language)} renders it.
     *
     * @throws IllegalArgumentException when {@code language} is {@code own}
     */
    public Catalogue inLanguage(Language language, Language own) {
        Checks.notNull(language, "language");
        Checks.notNull(own, "own");
        if (language.equals(own)) {
            throw new IllegalArgumentException("the view's language " + language + " must differ from the catalogue's own");
        }
        return LanguageViews.inLanguage(this, language, own);
    }

    /** Whether any entry or section holds text in another language ({@link #withoutTranslations()} drops it). */
    public boolean hasTranslations() {
        return !translations.isEmpty() || allEntries().stream().anyMatch(e -> !e.translations().isEmpty())
                || allSections().stream().anyMatch(s -> !s.titles().isEmpty());
    }

    /** A copy with these news items, or this catalogue when they are the same. */
    public Catalogue withNews(List<NewsItem> news) {
        return this.news.equals(news) ? this : toBuilder().news(news).build();
    }

    /** A copy with these top-level sections, or this catalogue when they are the same. */
    public Catalogue withSections(List<Section> sections) {
        return this.sections.equals(sections) ? this : toBuilder().sections(sections).build();
    }

    /** A copy with this citation, or this catalogue when it is the same. */
    public Catalogue withCitation(String citation) {
        Checks.notBlank(citation, "citation");
        return this.citation.equals(Optional.of(citation)) ? this : toBuilder().citation(citation).build();
    }

    /** A copy without a citation, or this catalogue when it has none. */
    public Catalogue withoutCitation() {
        return citation.isEmpty() ? this : toBuilder().citation(null).build();
    }

    // ---------------------------------------------------------------- entry edits

    /**
     * A copy with {@code entry} added at the end of the section's own entries.
     *
     * @throws NoSuchElementException when the selector names no section
     * @throws IllegalArgumentException when it names several
     */
    public Catalogue addEntry(String section, Entry entry) {
        return CatalogueEdits.addEntry(this, section, entry);
    }

    /**
     * A copy with {@code entry} inserted at {@code index} among the section's own entries.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index <= entries.size()}
     * @throws NoSuchElementException when the selector names no section
     * @throws IllegalArgumentException when it names several
     */
    public Catalogue addEntry(String section, int index, Entry entry) {
        return CatalogueEdits.addEntry(this, section, index, entry);
    }

    /**
     * A copy with {@code existing} replaced by {@code replacement} at the same place.
     *
     * @throws NoSuchElementException when no entry equals {@code existing}
     * @throws IllegalArgumentException when several do (use {@link #replaceEntry(String, int, Entry)})
     */
    public Catalogue replaceEntry(Entry existing, Entry replacement) {
        return CatalogueEdits.replaceEntry(this, existing, replacement);
    }

    /**
     * A copy with the entry at {@code index} of the section replaced by {@code replacement}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < entries.size()}
     */
    public Catalogue replaceEntry(String section, int index, Entry replacement) {
        return CatalogueEdits.replaceEntry(this, section, index, replacement);
    }

    /**
     * A copy without {@code entry}.
     *
     * @throws NoSuchElementException when no entry equals it
     * @throws IllegalArgumentException when several do (use {@link #removeEntry(String, int)})
     */
    public Catalogue removeEntry(Entry entry) {
        return CatalogueEdits.removeEntry(this, entry);
    }

    /**
     * A copy without the entry at {@code index} of the section.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < entries.size()}
     */
    public Catalogue removeEntry(String section, int index) {
        return CatalogueEdits.removeEntry(this, section, index);
    }

    /**
     * A copy with {@code entry} moved to the end of another (or the same) section.
     *
     * @throws NoSuchElementException when no entry equals {@code entry}, or no section is named
     * @throws IllegalArgumentException when several entries equal it, or several sections are named
     */
    public Catalogue moveEntry(Entry entry, String section) {
        return CatalogueEdits.moveEntry(this, entry, section);
    }

    /**
     * A copy with {@code entry} moved to {@code index} of a section; the index counts the target
     * section's entries after the entry has left its old place.
     *
     * @throws IndexOutOfBoundsException when the index is outside the target section's entries
     * @throws NoSuchElementException when no entry equals {@code entry}, or no section is named
     * @throws IllegalArgumentException when several entries equal it, or several sections are named
     */
    public Catalogue moveEntry(Entry entry, String section, int index) {
        return CatalogueEdits.moveEntry(this, entry, section, index);
    }

    // ---------------------------------------------------------------- section edits

    /** A copy with {@code section} added after the last top-level section. */
    public Catalogue addSection(Section section) {
        return CatalogueEdits.addSection(this, section);
    }

    /**
     * A copy with {@code section} added after the last child of the section {@code parent} names.
     *
     * @throws NoSuchElementException when {@code parent} names no section
     * @throws IllegalArgumentException when it names several
     */
    public Catalogue addSection(String parent, Section section) {
        return CatalogueEdits.addSection(this, parent, section);
    }

    /**
     * A copy with {@code section} inserted at {@code index} among the children of {@code parent}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index <= children.size()}
     */
    public Catalogue addSection(String parent, int index, Section section) {
        return CatalogueEdits.addSection(this, parent, index, section);
    }

    /**
     * A copy without the section the selector names, its entries and its children.
     *
     * @throws NoSuchElementException when the selector names no section
     * @throws IllegalArgumentException when it names several
     */
    public Catalogue removeSection(String section) {
        return CatalogueEdits.removeSection(this, section);
    }

    /**
     * A copy with the section the selector names given a new title (and the anchor of its new
     * heading); its number, entries and children stay.
     *
     * @throws NoSuchElementException when the selector names no section
     * @throws IllegalArgumentException when it names several, or {@code title} is blank
     */
    public Catalogue renameSection(String section, String title) {
        return CatalogueEdits.renameSection(this, section, title);
    }

    /**
     * A copy with the section the selector names given its title in {@code language} (its own title, number
     * and anchor stay).
     *
     * @throws NoSuchElementException when the selector names no section
     * @throws IllegalArgumentException when it names several, or {@code title} is blank
     */
    public Catalogue renameSection(String section, Language language, String title) {
        return CatalogueEdits.renameSection(this, section, language, title);
    }

    /**
     * Collects the parts of a {@link Catalogue}. Not thread-safe; {@link #build()} may be called more
     * than once.
     */
    public static final class Builder {
        private String title;
        private String introduction = "";
        private final List<NewsItem> news = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private String citation;
        private final Map<Language, CatalogueTranslation> translations = new java.util.LinkedHashMap<>();

        private Builder(String title) {
            this.title = Checks.notBlank(title, "title");
        }

        private Builder(Catalogue catalogue) {
            this.title = catalogue.title;
            this.introduction = catalogue.introduction;
            this.news.addAll(catalogue.news);
            this.sections.addAll(catalogue.sections);
            this.citation = catalogue.citation.orElse(null);
            this.translations.putAll(catalogue.translations);
        }

        /** Sets its title, introduction and news in {@code language}. */
        public Builder translation(Language language, CatalogueTranslation translation) {
            translations.put(Checks.notNull(language, "language"), Checks.notNull(translation, "translation"));
            return this;
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = Checks.notBlank(title, "title");
            return this;
        }

        /** Sets the introduction text. */
        public Builder introduction(String introduction) {
            this.introduction = Checks.notNull(introduction, "introduction");
            return this;
        }

        /** Adds a news item. */
        public Builder newsItem(String date, String text) {
            return newsItem(NewsItem.of(date, text));
        }

        /** Adds a news item. */
        public Builder newsItem(NewsItem item) {
            news.add(Checks.notNull(item, "item"));
            return this;
        }

        /**
         * Adds a news item.
         *
         * @deprecated use {@link #newsItem(String, String)}: {@code news(Collection)} replaces the items, as
         *     {@code sections(Collection)} does, and adding has the singular name; this overload goes in 0.2
         */
        @Deprecated(since = "0.1", forRemoval = true)
        public Builder news(String date, String text) {
            return newsItem(date, text);
        }

        /**
         * Adds a news item.
         *
         * @deprecated use {@link #newsItem(NewsItem)}: {@code news(Collection)} replaces the items, as
         *     {@code sections(Collection)} does, and adding has the singular name; this overload goes in 0.2
         */
        @Deprecated(since = "0.1", forRemoval = true)
        public Builder news(NewsItem item) {
            return newsItem(item);
        }

        /** Replaces the news items. */
        public Builder news(Collection<NewsItem> news) {
            List<NewsItem> copy = Checks.listOf(news, "news");
            this.news.clear();
            this.news.addAll(copy);
            return this;
        }

        /** Adds a top-level section. */
        public Builder section(Section section) {
            sections.add(Checks.notNull(section, "section"));
            return this;
        }

        /** Replaces the top-level sections. */
        public Builder sections(Collection<Section> sections) {
            List<Section> copy = Checks.listOf(sections, "sections");
            this.sections.clear();
            this.sections.addAll(copy);
            return this;
        }

        /** Sets the citation; {@code null} removes it. */
        public Builder citation(String citation) {
            if (citation != null) {
                Checks.notBlank(citation, "citation");
            }
            this.citation = citation;
            return this;
        }

        /** The catalogue. */
        public Catalogue build() {
            return new Catalogue(title, introduction, news, sections, Optional.ofNullable(citation), translations);
        }
    }

    /**
     * Every field of this catalogue, over several lines and uncut, with every section and entry: what {@link #toString()}, a one-line
     * summary, leaves out.
     */
    public String describe() {
        return Descriptions.of(this);
    }

    /**
     * A one-line summary for people, {@code Catalogue[Medical_NLP: 27 sections, 118 entries]}; the whole value is what a writer (JSON, Markdown) writes,
     * its parts are its accessors, and {@link #describe()} gives every field.
     */
    @Override
    public String toString() {
        return Summaries.of(this);
    }
}
