package io.github.medicalnlp.catalogue.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.internal.EntryIds;
import io.github.medicalnlp.catalogue.json.JsonFormat;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writing the JSON format, token by token on Jackson's streaming API: the same code serves the writer
 * and the databind module ({@link CatalogueReader} reads). Property order is fixed; empty
 * collections, empty strings and absent values are left out. Text holding a lone surrogate is refused
 * with an {@link IllegalArgumentException} naming its JSON pointer (see {@link JsonText}).
 */
public final class CatalogueCodec {

    private CatalogueCodec() {
    }

    /** Writes a catalogue document; {@code header} adds the format name and version first. */
    public static void write(JsonGenerator g, Catalogue c, boolean header) throws IOException {
        g.writeStartObject();
        if (header) {
            g.writeStringField("format", JsonFormat.NAME);
            g.writeStringField("version", JsonFormat.VERSION);
        }
        text(g, "title", c.title());
        optional(g, "introduction", c.introduction());
        if (!c.news().isEmpty()) {
            g.writeArrayFieldStart("news");
            for (NewsItem n : c.news()) {
                write(g, n);
            }
            g.writeEndArray();
        }
        if (!c.translations().isEmpty()) {
            g.writeObjectFieldStart("translations");
            for (Map.Entry<Language, CatalogueTranslation> t : c.translations().entrySet()) {
                g.writeFieldName(t.getKey().code());
                g.writeStartObject();
                text(g, "title", t.getValue().title());
                optional(g, "introduction", t.getValue().introduction());
                if (!t.getValue().news().isEmpty()) {
                    g.writeArrayFieldStart("news");
                    for (NewsItem n : t.getValue().news()) {
                        write(g, n);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        sections(g, "sections", c.sections());
        if (c.citation().isPresent()) {
            text(g, "citation", c.citation().get());
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
        text(g, "text", n.text());
        g.writeEndObject();
    }

    /** Writes a section object with its entries and children. */
    public static void write(JsonGenerator g, Section s) throws IOException {
        g.writeStartObject();
        heading(g, s);
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

    /** The properties of a section's heading: number, title, titles, anchor. */
    private static void heading(JsonGenerator g, Section s) throws IOException {
        if (s.number().isPresent()) {
            text(g, "number", s.number().get());
        }
        text(g, "title", s.title());
        if (!s.titles().isEmpty()) {
            g.writeObjectFieldStart("titles");
            for (Map.Entry<Language, String> t : s.titles().entrySet()) {
                text(g, t.getKey().code(), t.getValue());
            }
            g.writeEndObject();
        }
        optional(g, "anchor", s.anchor());
    }

    /** Writes an array of entry objects. */
    public static void writeEntries(JsonGenerator g, List<Entry> entries) throws IOException {
        g.writeStartArray();
        for (Entry e : entries) {
            write(g, e);
        }
        g.writeEndArray();
    }

    /**
     * Writes an array of match objects: {@code id} (the id of the flat exports), {@code path} (the section
     * path), {@code section} (the heading of the entry's section: a section object without entries and
     * children) and {@code entry} (the entry object).
     *
     * @throws IllegalArgumentException when a match's entry is not at its index in its section
     */
    public static void writeMatches(JsonGenerator g, List<Match> matches) throws IOException {
        EntryIds ids = new EntryIds();
        g.writeStartArray();
        for (Match m : matches) {
            String id = ids.of(m.section(), m.index(), m.entry());
            g.writeStartObject();
            text(g, "id", id);
            text(g, "path", m.path());
            g.writeObjectFieldStart("section");
            heading(g, m.section());
            g.writeEndObject();
            g.writeFieldName("entry");
            write(g, m.entry());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes an entry object. */
    public static void write(JsonGenerator g, Entry e) throws IOException {
        g.writeStartObject();
        text(g, "name", e.name());
        metadata(g, e);
        links(g, e.links());
        fields(g, e.fields());
        if (!e.translations().isEmpty()) {
            g.writeObjectFieldStart("translations");
            for (Map.Entry<Language, Translation> t : e.translations().entrySet()) {
                g.writeFieldName(t.getKey().code());
                write(g, t.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Writes a translation object: name, group, fields. */
    public static void write(JsonGenerator g, Translation t) throws IOException {
        g.writeStartObject();
        text(g, "name", t.name());
        if (t.group().isPresent()) {
            text(g, "group", t.group().get());
        }
        fields(g, t.fields());
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, List<TextField> fields) throws IOException {
        if (!fields.isEmpty()) {
            g.writeArrayFieldStart("fields");
            for (TextField f : fields) {
                write(g, f);
            }
            g.writeEndArray();
        }
    }

    private static void metadata(JsonGenerator g, Entry e) throws IOException {
        if (e.group().isPresent()) {
            text(g, "group", e.group().get());
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
        if (!e.modalities().isEmpty()) {
            g.writeArrayFieldStart("modalities");
            for (Modality m : e.modalities()) {
                g.writeString(m.word());
            }
            g.writeEndArray();
        }
        if (!e.tasks().isEmpty()) {
            g.writeArrayFieldStart("tasks");
            for (Task t : e.tasks()) {
                g.writeString(t.id());
            }
            g.writeEndArray();
        }
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
        text(g, "url", l.url());
        optional(g, "label", l.label());
        g.writeStringField("role", l.role().word());
        g.writeEndObject();
    }

    /** Writes a text field object. */
    public static void write(JsonGenerator g, TextField f) throws IOException {
        g.writeStartObject();
        optional(g, "label", f.label());
        text(g, "value", f.value());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (String v : values) {
                element(g, v);
            }
            g.writeEndArray();
        }
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            text(g, name, value);
        }
    }

    /**
     * Writes a property of user text; a lone surrogate, which the format cannot hold (see
     * {@link JsonText}), is an {@link IllegalArgumentException} naming the JSON pointer, not a {@code ?}.
     */
    private static void text(JsonGenerator g, String name, String value) throws IOException {
        int lone = JsonText.loneSurrogate(value);
        if (lone >= 0) {
            throw new IllegalArgumentException("cannot write " + pointer(g.getOutputContext(), name) + ": "
                    + JsonText.loneSurrogateProblem(value, lone));
        }
        g.writeStringField(name, value);
    }

    /** Writes an array element of user text, checked as {@link #text} does. */
    private static void element(JsonGenerator g, String value) throws IOException {
        int lone = JsonText.loneSurrogate(value);
        if (lone >= 0) {
            JsonStreamContext array = g.getOutputContext();
            throw new IllegalArgumentException("cannot write " + pointer(array, String.valueOf(array.getEntryCount()))
                    + ": " + JsonText.loneSurrogateProblem(value, lone));
        }
        g.writeString(value);
    }

    /**
     * The JSON pointer of member {@code name} (a key or an index) of the object or array being written in
     * {@code context}; the context's own path is its parent's, whose current name or index is this one.
     */
    private static String pointer(JsonStreamContext context, String name) {
        JsonStreamContext parent = context.getParent();
        return (parent == null ? "" : parent.pathAsPointer().toString()) + "/" + name;
    }
}
