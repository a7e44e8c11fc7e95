package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.json.JsonFormat;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON format, token by token on Jackson's streaming API: the same code serves the reader, the
 * writer and the databind module. Property order is fixed; empty collections, empty strings and
 * absent values are left out.
 */
public final class CatalogueCodec {

    /** A format version: major, optionally ".minor", each at most nine digits. */
    private static final Pattern VERSION = Pattern.compile("([0-9]{1,9})(?:\\.[0-9]{1,9})?");

    private CatalogueCodec() {
    }

    // ================================================================== writing

    /** Writes a catalogue document; {@code header} adds the format name and version first. */
    public static void write(JsonGenerator g, Catalogue c, boolean header) throws IOException {
        g.writeStartObject();
        if (header) {
            g.writeStringField("format", JsonFormat.NAME);
            g.writeStringField("version", JsonFormat.VERSION);
        }
        g.writeStringField("title", c.title());
        optional(g, "introduction", c.introduction());
        if (!c.news().isEmpty()) {
            g.writeArrayFieldStart("news");
            for (NewsItem n : c.news()) {
                write(g, n);
            }
            g.writeEndArray();
        }
        sections(g, "sections", c.sections());
        if (c.citation().isPresent()) {
            g.writeStringField("citation", c.citation().get());
        }
        g.writeEndObject();
    }

    private static void sections(JsonGenerator g, String name, List<Section> sections) throws IOException {
        if (!sections.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (Section s : sections) {
                write(g, s);
            }
            g.writeEndArray();
        }
    }

    /** Writes a news item object. */
    public static void write(JsonGenerator g, NewsItem n) throws IOException {
        g.writeStartObject();
        optional(g, "date", n.date());
        g.writeStringField("text", n.text());
        g.writeEndObject();
    }

    /** Writes a section object with its entries and children. */
    public static void write(JsonGenerator g, Section s) throws IOException {
        g.writeStartObject();
        if (s.number().isPresent()) {
            g.writeStringField("number", s.number().get());
        }
        g.writeStringField("title", s.title());
        optional(g, "anchor", s.anchor());
        if (!s.entries().isEmpty()) {
            g.writeArrayFieldStart("entries");
            for (Entry e : s.entries()) {
                write(g, e);
            }
            g.writeEndArray();
        }
        sections(g, "sections", s.children());
        g.writeEndObject();
    }

    /** Writes an entry object. */
    public static void write(JsonGenerator g, Entry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", e.name());
        metadata(g, e);
        links(g, e.links());
        if (!e.fields().isEmpty()) {
            g.writeArrayFieldStart("fields");
            for (TextField f : e.fields()) {
                write(g, f);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void metadata(JsonGenerator g, Entry e) throws IOException {
        if (e.group().isPresent()) {
            g.writeStringField("group", e.group().get());
        }
        if (e.kind().isPresent()) {
            g.writeStringField("kind", e.kind().get().word());
        }
        if (!e.languages().isEmpty()) {
            g.writeArrayFieldStart("languages");
            for (Language l : e.languages()) {
                g.writeString(l.code());
            }
            g.writeEndArray();
        }
        if (e.modality().isPresent()) {
            g.writeStringField("modality", e.modality().get().word());
        }
        strings(g, "tasks", e.tasks());
        strings(g, "tags", e.tags());
    }

    private static void links(JsonGenerator g, List<Link> links) throws IOException {
        if (!links.isEmpty()) {
            g.writeArrayFieldStart("links");
            for (Link l : links) {
                write(g, l);
            }
            g.writeEndArray();
        }
    }

    /** Writes a link object. */
    public static void write(JsonGenerator g, Link l) throws IOException {
        g.writeStartObject();
        g.writeStringField("url", l.url());
        optional(g, "label", l.label());
        g.writeStringField("role", l.role().word());
        g.writeEndObject();
    }

    /** Writes a text field object. */
    public static void write(JsonGenerator g, TextField f) throws IOException {
        g.writeStartObject();
        optional(g, "label", f.label());
        g.writeStringField("value", f.value());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    /**
     * Writes one entry as a flat JSON Lines record: every key on every line, in the same order, so that
     * pandas, DuckDB and Spark read the lines as a table.
     */
    public static void writeLine(JsonGenerator g, Match m) throws IOException {
        Entry e = m.entry();
        g.writeStartObject();
        g.writeStringField("sectionPath", m.path());
        g.writeStringField("sectionTitle", m.section().title());
        g.writeStringField("name", e.name());
        nullable(g, "group", e.group());
        nullable(g, "kind", e.kind().map(Kind::word));
        g.writeArrayFieldStart("languages");
        for (Language l : e.languages()) {
            g.writeString(l.code());
        }
        g.writeEndArray();
        nullable(g, "modality", e.modality().map(Modality::word));
        g.writeArrayFieldStart("tasks");
        for (String t : e.tasks()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tags");
        for (String t : e.tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        nullable(g, "primaryUrl", e.primaryUrl());
        nullable(g, "description", e.description());
        g.writeArrayFieldStart("links");
        for (Link l : e.links()) {
            g.writeStartObject();
            g.writeStringField("url", l.url());
            g.writeStringField("label", l.label());
            g.writeStringField("role", l.role().word());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fields");
        for (TextField f : e.fields()) {
            g.writeStartObject();
            g.writeStringField("label", f.label());
            g.writeStringField("value", f.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    // ================================================================== reading

    /**
     * Reads JSON values into the model, naming the JSON pointer and line:column of anything wrong.
     * One instance reads one document.
     */
    public static final class Reader {
        private final JsonParser p;
        private final boolean strict;
        private final String source;

        /**
         * A reader of one document.
         *
         * @param p the parser, before or at the first token
         * @param strict whether unknown properties are errors
         * @param source the name of the source in errors
         */
        public Reader(JsonParser p, boolean strict, String source) {
            this.p = p;
            this.strict = strict;
            this.source = source;
        }

        /** Reads a whole catalogue document, header included, and checks nothing follows it. */
        public Catalogue document() {
            return guarded(() -> {
                Catalogue c = catalogue(true);
                JsonToken after = p.nextToken();
                if (after != null) {
                    throw error("unexpected content after the catalogue document");
                }
                return c;
            });
        }

        /** Reads a catalogue object; with {@code header}, the format name and version are required. */
        public Catalogue catalogue(boolean header) {
            return guarded(() -> {
                start(JsonToken.START_OBJECT, "a catalogue (a JSON object)");
                String format = null;
                String version = null;
                String title = null;
                String introduction = "";
                List<NewsItem> news = List.of();
                List<Section> sections = List.of();
                String citation = null;
                JsonLocation at = p.currentTokenLocation();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "format" -> format = string("the format name");
                        case "version" -> version = string("the format version");
                        case "title" -> title = string("the title");
                        case "introduction" -> introduction = orEmpty(nullableString("the introduction"));
                        case "news" -> news = array("news items", () -> news());
                        case "sections" -> sections = array("sections", this::section);
                        case "citation" -> citation = nullableString("the citation");
                        default -> unknown(name);
                    }
                    if (header && name.equals("format") && !JsonFormat.NAME.equals(format)) {
                        throw error("unknown format '" + format + "'; a catalogue document has \"format\": \""
                                + JsonFormat.NAME + "\"");
                    }
                    if (header && name.equals("version")) {
                        checkVersion(version);
                    }
                }
                if (header && format == null) {
                    throw error(at, safePointer(), "missing \"format\": this is not a catalogue document (expected \"format\": \""
                            + JsonFormat.NAME + "\")");
                }
                if (header && version == null) {
                    throw error(at, safePointer(), "missing \"version\" of the catalogue format");
                }
                String t = required(title, "title", at);
                String intro = introduction;
                List<NewsItem> n = news;
                List<Section> s = sections;
                Optional<String> cite = Optional.ofNullable(citation).filter(x -> !x.isBlank());
                return model(at, () -> new Catalogue(t, intro, n, s, cite));
            });
        }

        private void checkVersion(String version) throws IOException {
            Matcher m = VERSION.matcher(version);
            if (!m.matches()) {
                throw error("the format version '" + version + "' is not major.minor, e.g. " + JsonFormat.VERSION);
            }
            int major = Integer.parseInt(m.group(1));
            if (major > JsonFormat.majorVersion()) {
                throw error("the document is format version " + version + ", newer than this library reads ("
                        + JsonFormat.majorVersion() + ".x); use a newer version of medical-nlp-json-io");
            }
            if (major < 1) {
                throw error("unknown format version '" + version + "'");
            }
        }

        /** Reads a news item object. */
        public NewsItem news() {
            return guarded(() -> {
                start(JsonToken.START_OBJECT, "a news item (a JSON object)");
                JsonLocation at = p.currentTokenLocation();
                String date = "";
                String text = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
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
                start(JsonToken.START_OBJECT, "a section (a JSON object)");
                JsonLocation at = p.currentTokenLocation();
                String number = null;
                String title = null;
                String anchor = null;
                List<Entry> entries = List.of();
                List<Section> children = List.of();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "number" -> number = nullableString("the section number");
                        case "title" -> title = string("the section title");
                        case "anchor" -> anchor = nullableString("the anchor");
                        case "entries" -> entries = array("entries", this::entry);
                        case "sections" -> children = array("sections", this::section);
                        default -> unknown(name);
                    }
                }
                String t = required(title, "title", at);
                String n = number == null || number.isBlank() ? null : number;
                String a = anchor == null || anchor.isEmpty() ? null : anchor; // as the writer leaves it out
                List<Entry> e = entries;
                List<Section> c = children;
                return model(at, () -> Section.builder(t).number(n).anchor(a).entries(e).children(c).build());
            });
        }

        /** Reads an entry object. */
        public Entry entry() {
            return guarded(() -> {
                start(JsonToken.START_OBJECT, "an entry (a JSON object)");
                JsonLocation at = p.currentTokenLocation();
                String entryName = null;
                String group = null;
                Kind kind = null;
                List<Language> languages = List.of();
                Modality modality = null;
                List<String> tasks = List.of();
                List<String> tags = List.of();
                List<Link> links = List.of();
                List<TextField> fields = List.of();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "name" -> entryName = string("the entry name");
                        case "group" -> group = nullableString("the group label");
                        case "kind" -> kind = word("a kind", Kind::parse);
                        case "languages" -> languages = array("languages", () -> word("a language tag", Language::of));
                        case "modality" -> modality = word("a modality", Modality::parse);
                        case "tasks" -> tasks = array("tasks", () -> string("a task"));
                        case "tags" -> tags = array("tags", () -> string("a tag"));
                        case "links" -> links = array("links", this::link);
                        case "fields" -> fields = array("fields", this::field);
                        default -> unknown(name);
                    }
                }
                String n = required(entryName, "name", at);
                String g = group == null || group.isBlank() ? null : group;
                Kind k = kind;
                Modality m = modality;
                List<Language> ls = languages;
                List<String> ts = tasks;
                List<String> gs = tags;
                List<Link> lk = links;
                List<TextField> fs = fields;
                // the canonical constructor checks and copies each list once (a builder would copy twice more)
                return model(at, () -> new Entry(n, lk, fs, Optional.ofNullable(k), ls, Optional.ofNullable(m), ts, gs,
                        Optional.ofNullable(g)));
            });
        }

        /** Reads a link object. */
        public Link link() {
            return guarded(() -> {
                start(JsonToken.START_OBJECT, "a link (a JSON object)");
                JsonLocation at = p.currentTokenLocation();
                String url = null;
                String label = "";
                LinkRole role = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
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
                start(JsonToken.START_OBJECT, "a field (a JSON object)");
                JsonLocation at = p.currentTokenLocation();
                String label = "";
                String value = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
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

        // -------------------------------------------------------------- helpers

        private interface Step<T> {
            T run() throws IOException;
        }

        private <T> T guarded(Step<T> step) {
            try {
                return step.run();
            } catch (CatalogueFormatException e) {
                throw e;
            } catch (StreamConstraintsException e) {
                throw error(e.getOriginalMessage() + " (a limit of this reader, against hostile input)", e);
            } catch (JacksonException e) {
                JsonLocation l = e.getLocation();
                throw new CatalogueFormatException(source, l == null ? 0 : l.getLineNr(),
                        l == null ? 0 : l.getColumnNr(), safePointer(), "malformed JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void start(JsonToken expected, String what) throws IOException {
            if (p.currentToken() == null) {
                p.nextToken();
            }
            if (p.currentToken() == null) {
                throw error("the input is empty: expected " + what);
            }
            if (p.currentToken() != expected) {
                throw error("expected " + what + ", found " + describe(p.currentToken()));
            }
        }

        private <T> List<T> array(String what, Step<T> element) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw error("expected an array of " + what + ", found " + describe(p.currentToken()));
            }
            List<T> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(element.run());
            }
            return out;
        }

        private String string(String what) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw error("expected " + what + " as a string, found " + describe(p.currentToken()));
            }
            return p.getText();
        }

        private String nullableString(String what) throws IOException {
            return p.currentToken() == JsonToken.VALUE_NULL ? null : string(what);
        }

        private <T> T word(String what, java.util.function.Function<String, T> parse) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            String text = string(what);
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw error("'" + text + "' is not " + what + ": " + e.getMessage());
            }
        }

        private void unknown(String name) throws IOException {
            if (strict) {
                throw error("unknown property \"" + name + "\" (a strict reader accepts only the properties of format "
                        + JsonFormat.VERSION + ")");
            }
            p.skipChildren();
        }

        /**
         * A required value; the error names the object's pointer, which the parser gives at the
         * object's end (computed only then: building pointers for every object is costly).
         */
        private String required(String value, String property, JsonLocation at) {
            if (value == null) {
                throw error(at, safePointer(), "missing required property \"" + property + "\"");
            }
            return value;
        }

        private <T> T model(JsonLocation at, Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw error(at, safePointer(), e.getMessage());
            }
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }

        private static String describe(JsonToken t) {
            if (t == null) {
                return "the end of the input";
            }
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
            };
        }

        private String pointer() {
            return p.getParsingContext().pathAsPointer().toString();
        }

        private String safePointer() {
            try {
                return pointer();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private CatalogueFormatException error(String detail) {
            return error(detail, null);
        }

        private CatalogueFormatException error(String detail, Throwable cause) {
            JsonLocation l = p.currentTokenLocation();
            return new CatalogueFormatException(source, l.getLineNr(), l.getColumnNr(), safePointer(), detail, cause);
        }

        private CatalogueFormatException error(JsonLocation at, String pointer, String detail) {
            return new CatalogueFormatException(source, at.getLineNr(), at.getColumnNr(), pointer, detail, null);
        }
    }
}
