package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.json.JsonFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads JSON values into the model token by token, naming the JSON pointer and line:column of anything
 * wrong. One instance reads one document.
 *
 * <p>A key repeated in an object is an error of a strict reader; a lenient one keeps the last value, as
 * most JSON parsers do, and reports a warning (the exception a strict reader would have thrown) to its
 * warning handler. A lone surrogate in a string is an error of both (see {@link JsonText}).
 */
public final class CatalogueReader extends JsonTokens {

    private static final System.Logger LOG = System.getLogger("io.github.medicalnlp.catalogue.json");

    /** The default warning handler: the platform logger {@code io.github.medicalnlp.catalogue.json}. */
    public static final Consumer<CatalogueFormatException> LOG_WARNINGS = CatalogueReader::warning;


    /**
     * A reader of one document that logs its warnings.
     *
     * @param p the parser, before or at the first token
     * @param strict whether unknown properties and repeated keys are errors
     * @param source the name of the source in errors
     */
    public CatalogueReader(JsonParser p, boolean strict, String source) {
        this(p, strict, source, LOG_WARNINGS);
    }

    /**
     * A reader of one document.
     *
     * @param p the parser, before or at the first token
     * @param strict whether unknown properties and repeated keys are errors
     * @param source the name of the source in errors
     * @param warnings what to do with a warning of a lenient reader
     */
    public CatalogueReader(JsonParser p, boolean strict, String source,
            Consumer<? super CatalogueFormatException> warnings) {
        super(p, strict, source, warnings);
    }

    /** Logs a warning of a lenient reader (a named method: loggers print it as the place of the record). */
    private static void warning(CatalogueFormatException w) {
        LOG.log(System.Logger.Level.WARNING, w.getMessage());
    }

    /** Reads a whole catalogue document, header included, and checks nothing follows it. */
    public Catalogue document() {
        return guarded(() -> {
            Catalogue c = catalogue(true);
            end("the catalogue document");
            return c;
        });
    }

    /** Reads a document that is one entry object, and checks nothing follows it. */
    public Entry entryDocument() {
        return guarded(() -> {
            Entry e = entry();
            end("the entry");
            return e;
        });
    }

    /** Reads a document that is an array of entry objects, and checks nothing follows it. */
    public List<Entry> entriesDocument() {
        return guarded(() -> {
            start("an array of entries", JsonToken.START_ARRAY);
            List<Entry> entries = array("entries", this::entry);
            end("the array of entries");
            return List.copyOf(entries);
        });
    }

    /** Checks that nothing follows {@code what}, the whole document. */
    private void end(String what) throws IOException {
        if (p.nextToken() != null) {
            throw error("unexpected content after " + what);
        }
    }

    /** Reads a catalogue object; with {@code header}, the format name and version are required. */
    public Catalogue catalogue(boolean header) {
        return guarded(() -> {
            start("a catalogue (a JSON object)");
            String format = null;
            String version = null;
            String title = null;
            String introduction = "";
            List<NewsItem> news = List.of();
            List<Section> sections = List.of();
            String citation = null;
            Map<Language, CatalogueTranslation> translations = Map.of();
            JsonLocation at = p.currentTokenLocation();
            Keys keys = new Keys();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = key(keys);
                switch (name) {
                    case "format" -> format = string("the format name");
                    case "version" -> version = string("the format version");
                    case "title" -> title = string("the title");
                    case "introduction" -> introduction = orEmpty(nullableString("the introduction"));
                    case "news" -> news = array("news items", this::news);
                    case "sections" -> sections = array("sections", this::section);
                    case "citation" -> citation = nullableString("the citation");
                    case "translations" -> translations = byLanguage("translations", this::catalogueTranslation);
                    default -> unknown(name);
                }
                if (header && name.equals("format") && !JsonFormat.NAME.equals(format)) {
                    throw error("unknown format " + JsonText.quote(format) + "; a catalogue document has \"format\": \""
                            + JsonFormat.NAME + "\"");
                }
                if (header && name.equals("version")) {
                    checkVersion(version);
                }
            }
            if (header && format == null) {
                throw error(at, "missing \"format\": this is not a catalogue document (expected \"format\": \""
                        + JsonFormat.NAME + "\")");
            }
            if (header && version == null) {
                throw error(at, "missing \"version\" of the catalogue format");
            }
            String t = required(title, "title", at);
            String intro = introduction;
            List<NewsItem> n = news;
            List<Section> s = sections;
            Optional<String> cite = Optional.ofNullable(citation).filter(x -> !x.isBlank());
            Map<Language, CatalogueTranslation> tr = translations;
            return model(at, () -> new Catalogue(t, intro, n, s, cite, tr));
        });
    }

    private void checkVersion(String text) {
        FormatVersion version = FormatVersion.parse(text);
        if (version == null) {
            throw error("the format version " + JsonText.quote(text) + " is not major.minor (two numbers of at most"
                    + " nine ASCII digits without leading zeros, e.g. " + JsonFormat.VERSION + ")");
        }
        if (version.major() > JsonFormat.majorVersion()) {
            throw error("the document is format version " + version + ", newer than this library reads ("
                    + JsonFormat.majorVersion() + ".x); use a newer version of medical-nlp-json-io");
        }
        if (version.major() < 1) {
            throw error("unknown format version " + JsonText.quote(text) + " (the first version is 1.0)");
        }
    }

    /** Reads a news item object. */
    public NewsItem news() {
        return guarded(() -> {
            start("a news item (a JSON object)");
            JsonLocation at = p.currentTokenLocation();
            String date = "";
            String text = null;
            Keys keys = new Keys();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = key(keys);
                switch (name) {
                    case "date" -> date = orEmpty(nullableString("the date"));
                    case "text" -> text = string("the news text");
                    default -> unknown(name);
                }
            }
            String t = required(text, "text", at);
            String d = date;
            return model(at, () -> NewsItem.of(d, t));
        });
    }

    /** Reads a section object. */
    public Section section() {
        return guarded(() -> {
            start("a section (a JSON object)");
            JsonLocation at = p.currentTokenLocation();
            String number = null;
            String title = null;
            String anchor = null;
            List<Entry> entries = List.of();
            List<Section> children = List.of();
            Map<Language, String> titles = Map.of();
            Keys keys = new Keys();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = key(keys);
                switch (name) {
                    case "number" -> number = nullableString("the section number");
                    case "title" -> title = string("the section title");
                    case "anchor" -> anchor = nullableString("the anchor");
                    case "entries" -> entries = array("entries", this::entry);
                    case "sections" -> children = array("sections", this::section);
                    case "titles" -> titles = byLanguage("titles", () -> string("a translated title"));
                    default -> unknown(name);
                }
            }
            String t = required(title, "title", at);
            Map<Language, String> ts = titles;
            String n = number == null || number.isBlank() ? null : number;
            String a = anchor == null || anchor.isEmpty() ? null : anchor; // as the writer leaves it out
            List<Entry> e = entries;
            List<Section> c = children;
            return model(at, () -> {
                Section.Builder b = Section.builder(t).number(n).anchor(a).entries(e).children(c);
                ts.forEach(b::title);
                return b.build();
            });
        });
    }

    /** Reads an entry object. */
    public Entry entry() {
        return guarded(() -> {
            start("an entry (a JSON object)");
            JsonLocation at = p.currentTokenLocation();
            String entryName = null;
            String group = null;
            Kind kind = null;
            List<Language> languages = List.of();
            Set<Modality> modalities = EnumSet.noneOf(Modality.class);
            List<Task> tasks = new ArrayList<>();
            Set<String> formerTasks = new LinkedHashSet<>();
            List<String> tags = List.of();
            List<Link> links = List.of();
            List<TextField> fields = List.of();
            Map<Language, Translation> translations = Map.of();
            Keys keys = new Keys();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = key(keys);
                switch (name) {
                    case "name" -> {
                        entryName = string("the entry name");
                        if (entryName.isBlank()) { // located at the name, not at the entry the constructor would name
                            throw error("the entry name must not be blank");
                        }
                    }
                    case "group" -> group = nullableString("the group label");
                    case "kind" -> kind = word("a kind", Kind::parse);
                    case "languages" -> languages = array("languages", () -> word("a language tag", Language::of));
                    case "modality" -> formerModality(name, modalities);
                    case "modalities" -> {
                        modalities.clear(); // a repeated key: the last value is used, as for every key
                        array("modalities", () -> modality(modalities));
                    }
                    case "tasks" -> {
                        tasks.clear();
                        formerTasks.clear();
                        array("tasks", () -> task(tasks, formerTasks));
                    }
                    case "tags" -> tags = array("tags", () -> string("a tag"));
                    case "links" -> links = array("links", this::link);
                    case "fields" -> fields = array("fields", this::field);
                    case "translations" -> translations = byLanguage("translations", this::translationObject);
                    default -> unknown(name);
                }
            }
            String n = required(entryName, "name", at);
            String g = group == null || group.isBlank() ? null : group;
            Kind k = kind;
            List<Language> ls = languages;
            List<String> gs = withFormerTasks(tags, formerTasks);
            List<Link> lk = links;
            List<TextField> fs = fields;
            Map<Language, Translation> tr = translations;
            // the canonical constructor checks and copies each list once (a builder would copy twice more)
            return model(at, () -> new Entry(n, lk, fs, Optional.ofNullable(k), ls, modalities, tasks, gs,
                    Optional.ofNullable(g), tr));
        });
    }

    /** Reads a link object. */
    public Link link() {
        return guarded(() -> {
            start("a link (a JSON object)");
            JsonLocation at = p.currentTokenLocation();
            String url = null;
            String label = "";
            LinkRole role = null;
            Keys keys = new Keys();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = key(keys);
                switch (name) {
                    case "url" -> url = string("the URL");
                    case "label" -> label = orEmpty(nullableString("the link label"));
                    case "role" -> role = word("a link role", LinkRole::parse);
                    default -> unknown(name);
                }
            }
            String u = required(url, "url", at);
            String l = label;
            LinkRole r = role != null ? role : LinkRole.HOMEPAGE;
            return model(at, () -> Link.of(u, l, r));
        });
    }

    /** Reads a text field object. */
    public TextField field() {
        return guarded(() -> {
            start("a field (a JSON object)");
            JsonLocation at = p.currentTokenLocation();
            String label = "";
            String value = null;
            Keys keys = new Keys();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = key(keys);
                switch (name) {
                    case "label" -> label = orEmpty(nullableString("the field label"));
                    case "value" -> value = string("the field value");
                    default -> unknown(name);
                }
            }
            String v = required(value, "value", at);
            String l = label;
            return model(at, () -> TextField.of(l, v));
        });
    }

    /** Reads a catalogue's translation object: {@code title}, {@code introduction}, {@code news}. */
    private CatalogueTranslation catalogueTranslation() throws IOException {
        start("a catalogue translation (a JSON object)");
        JsonLocation at = p.currentTokenLocation();
        String title = null;
        String introduction = "";
        List<NewsItem> news = List.of();
        Keys keys = new Keys();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(keys);
            switch (key) {
                case "title" -> title = string("the translated title");
                case "introduction" -> introduction = orEmpty(nullableString("the translated introduction"));
                case "news" -> news = array("news items", this::news);
                default -> unknown(key);
            }
        }
        String t = required(title, "title", at);
        String i = introduction;
        List<NewsItem> n = news;
        return model(at, () -> new CatalogueTranslation(t, i, n));
    }

    /** Reads a translation object: {@code name}, {@code group}, {@code fields}. */
    public Translation translation() {
        return guarded(this::translationObject);
    }

    private Translation translationObject() throws IOException {
        start("a translation (a JSON object)");
        JsonLocation at = p.currentTokenLocation();
        String name = null;
        String group = null;
        List<TextField> fields = List.of();
        Keys keys = new Keys();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = key(keys);
            switch (key) {
                case "name" -> name = string("the translated name");
                case "group" -> group = nullableString("the translated group label");
                case "fields" -> fields = array("fields", this::field);
                default -> unknown(key);
            }
        }
        String n = required(name, "name", at);
        String g = group == null || group.isBlank() ? null : group;
        List<TextField> fs = fields;
        return model(at, () -> new Translation(n, fs, Optional.ofNullable(g)));
    }
}
