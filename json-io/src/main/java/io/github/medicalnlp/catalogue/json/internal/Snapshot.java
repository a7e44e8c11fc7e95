package io.github.medicalnlp.catalogue.json.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueTranslation;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bundled catalogue as a build artifact: a compact binary form of the JSON resource, written by the
 * build ({@link #main}) and read by {@code MedicalNlp} without Jackson, so that the first call costs
 * little more than creating the records. It is not an exchange format: the build writes it and the same
 * version of the library reads it, and the JSON resource stays the source.
 *
 * <p>Layout ({@link DataOutputStream} encoding; a string is its UTF-8 length as an {@code int} and its
 * bytes; an optional string is a {@code boolean} and, if true, the string; an enum is its constant's
 * name as a string; a list is its size as an {@code int} and its elements). Text holding a lone
 * surrogate, which UTF-8 cannot encode, is refused with the JSON writer's {@link IllegalArgumentException}
 * (see {@link JsonText}) rather than written as {@code ?}:
 * <pre>
 * catalogue = MAGIC version:int title introduction news:list(date text) sections citation:optional
 *             translations:list(code title introduction news:list(date text))
 * section   = number:optional title anchor entries:list(entry) children:list(section) titles:list(code title)
 * entry     = name links:list(url label role:enum) fields:list(label value) kind:optional languages:list(code)
 *             modalities:list(enum) tasks:list(enum) tags:list(string) group:optional
 *             translations:list(code name group:optional fields:list(label value))
 * </pre>
 */
public final class Snapshot {

    private static final int MAGIC = 0x4D4E4C50; // "MNLP"
    /** The layout version; {@link #read} refuses any other. */
    static final int VERSION = 2;

    private Snapshot() {
    }

    /**
     * Writes the catalogue of a JSON document as a snapshot; used by the build.
     *
     * @param args the JSON document and the snapshot file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Snapshot <catalogue.json> <catalogue.snapshot>");
        }
        Catalogue catalogue = CatalogueJsonReader.strict().read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(catalogue, o);
        }
    }

    /**
     * Writes {@code catalogue} to {@code out} (not closed).
     *
     * @throws IllegalArgumentException when a text holds a lone surrogate
     */
    public static void write(Catalogue catalogue, OutputStream out) throws IOException {
        DataOutputStream o = new DataOutputStream(new BufferedOutputStream(out));
        o.writeInt(MAGIC);
        o.writeInt(VERSION);
        string(o, catalogue.title());
        string(o, catalogue.introduction());
        o.writeInt(catalogue.news().size());
        for (NewsItem n : catalogue.news()) {
            string(o, n.date());
            string(o, n.text());
        }
        sections(o, catalogue.sections());
        optional(o, catalogue.citation().orElse(null));
        o.writeInt(catalogue.translations().size());
        for (java.util.Map.Entry<Language, CatalogueTranslation> t : catalogue.translations().entrySet()) {
            string(o, t.getKey().code());
            string(o, t.getValue().title());
            string(o, t.getValue().introduction());
            o.writeInt(t.getValue().news().size());
            for (NewsItem n : t.getValue().news()) {
                string(o, n.date());
                string(o, n.text());
            }
        }
        o.flush();
    }

    private static void sections(DataOutputStream o, List<Section> sections) throws IOException {
        o.writeInt(sections.size());
        for (Section s : sections) {
            optional(o, s.number().orElse(null));
            string(o, s.title());
            string(o, s.anchor());
            o.writeInt(s.entries().size());
            for (Entry e : s.entries()) {
                entry(o, e);
            }
            sections(o, s.children());
            o.writeInt(s.titles().size());
            for (java.util.Map.Entry<Language, String> t : s.titles().entrySet()) {
                string(o, t.getKey().code());
                string(o, t.getValue());
            }
        }
    }

    private static void entry(DataOutputStream o, Entry e) throws IOException {
        string(o, e.name());
        o.writeInt(e.links().size());
        for (Link l : e.links()) {
            string(o, l.url());
            string(o, l.label());
            string(o, l.role().name());
        }
        o.writeInt(e.fields().size());
        for (TextField f : e.fields()) {
            string(o, f.label());
            string(o, f.value());
        }
        optional(o, e.kind().map(Kind::name).orElse(null));
        o.writeInt(e.languages().size());
        for (Language l : e.languages()) {
            string(o, l.code());
        }
        strings(o, e.modalities().stream().map(Modality::name).toList());
        strings(o, e.tasks().stream().map(Task::name).toList());
        strings(o, e.tags());
        optional(o, e.group().orElse(null));
        o.writeInt(e.translations().size());
        for (java.util.Map.Entry<Language, Translation> t : e.translations().entrySet()) {
            string(o, t.getKey().code());
            string(o, t.getValue().name());
            optional(o, t.getValue().group().orElse(null));
            fields(o, t.getValue().fields());
        }
    }

    private static void fields(DataOutputStream o, List<TextField> fields) throws IOException {
        o.writeInt(fields.size());
        for (TextField f : fields) {
            string(o, f.label());
            string(o, f.value());
        }
    }

    private static List<TextField> fields(DataInputStream i) throws IOException {
        int count = count(i);
        List<TextField> fields = new ArrayList<>(count);
        for (int f = 0; f < count; f++) {
            fields.add(TextField.of(string(i), string(i)));
        }
        return fields;
    }

    private static void strings(DataOutputStream o, List<String> values) throws IOException {
        o.writeInt(values.size());
        for (String v : values) {
            string(o, v);
        }
    }

    private static void string(DataOutputStream o, String s) throws IOException {
        if (JsonText.loneSurrogate(s) >= 0) {
            JsonText.requireUnicode(s, "cannot write the snapshot of " + JsonText.quote(s));
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        o.writeInt(bytes.length);
        o.write(bytes);
    }

    private static void optional(DataOutputStream o, String s) throws IOException {
        o.writeBoolean(s != null);
        if (s != null) {
            string(o, s);
        }
    }

    /**
     * Reads a snapshot from {@code in} (not closed).
     *
     * @throws IllegalStateException when {@code in} is not a snapshot of this layout version, or is damaged
     * @throws IOException when reading fails
     */
    public static Catalogue read(InputStream in) throws IOException {
        DataInputStream i = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        try {
            if (i.readInt() != MAGIC) {
                throw damaged("not a catalogue snapshot");
            }
            int version = i.readInt();
            if (version != VERSION) {
                throw damaged("a catalogue snapshot of layout " + version + ", not "
                        + VERSION + "; the jar was built by another version of the library");
            }
            String title = string(i);
            String introduction = string(i);
            int newsCount = count(i);
            List<NewsItem> news = new ArrayList<>(newsCount);
            for (int n = 0; n < newsCount; n++) {
                news.add(NewsItem.of(string(i), string(i)));
            }
            List<Section> sections = sections(i);
            Optional<String> citation = Optional.ofNullable(optional(i));
            int translationCount = count(i);
            java.util.Map<Language, CatalogueTranslation> translations = new java.util.LinkedHashMap<>();
            for (int t = 0; t < translationCount; t++) {
                Language language = Language.of(string(i));
                String translatedTitle = string(i);
                String translatedIntroduction = string(i);
                int translatedNewsCount = count(i);
                List<NewsItem> translatedNews = new ArrayList<>(translatedNewsCount);
                for (int n = 0; n < translatedNewsCount; n++) {
                    translatedNews.add(NewsItem.of(string(i), string(i)));
                }
                translations.put(language, new CatalogueTranslation(translatedTitle, translatedIntroduction, translatedNews));
            }
            return new Catalogue(title, introduction, news, sections, citation, translations);
        } catch (EOFException e) {
            throw damaged("the catalogue snapshot is cut short");
        }
    }

    private static List<Section> sections(DataInputStream i) throws IOException {
        int count = count(i);
        List<Section> sections = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            String number = optional(i);
            String title = string(i);
            String anchor = string(i);
            int entryCount = count(i);
            List<Entry> entries = new ArrayList<>(entryCount);
            for (int e = 0; e < entryCount; e++) {
                entries.add(entry(i));
            }
            List<Section> children = sections(i);
            int titleCount = count(i);
            java.util.Map<Language, String> titles = new java.util.LinkedHashMap<>();
            for (int t = 0; t < titleCount; t++) {
                titles.put(Language.of(string(i)), string(i));
            }
            sections.add(new Section(Optional.ofNullable(number), title, anchor, children, entries, titles));
        }
        return sections;
    }

    private static Entry entry(DataInputStream i) throws IOException {
        String name = string(i);
        int linkCount = count(i);
        List<Link> links = new ArrayList<>(linkCount);
        for (int l = 0; l < linkCount; l++) {
            links.add(Link.of(string(i), string(i), constant(LinkRole.values(), string(i))));
        }
        int fieldCount = count(i);
        List<TextField> fields = new ArrayList<>(fieldCount);
        for (int f = 0; f < fieldCount; f++) {
            fields.add(TextField.of(string(i), string(i)));
        }
        String kind = optional(i);
        int languageCount = count(i);
        List<Language> languages = new ArrayList<>(languageCount);
        for (int l = 0; l < languageCount; l++) {
            languages.add(Language.of(string(i)));
        }
        List<Modality> modalities = new ArrayList<>();
        for (String m : strings(i)) {
            modalities.add(constant(Modality.values(), m));
        }
        List<Task> tasks = new ArrayList<>();
        for (String t : strings(i)) {
            tasks.add(constant(Task.values(), t));
        }
        List<String> tags = strings(i);
        String group = optional(i);
        int translationCount = count(i);
        java.util.Map<Language, Translation> translations = new java.util.LinkedHashMap<>();
        for (int t = 0; t < translationCount; t++) {
            Language language = Language.of(string(i));
            String translatedName = string(i);
            Optional<String> translatedGroup = Optional.ofNullable(optional(i));
            translations.put(language, new Translation(translatedName, fields(i), translatedGroup));
        }
        return new Entry(name, links, fields,
                kind == null ? Optional.empty() : Optional.of(constant(Kind.values(), kind)), languages,
                java.util.Set.copyOf(modalities), tasks, tags, Optional.ofNullable(group), translations);
    }

    private static List<String> strings(DataInputStream i) throws IOException {
        int count = count(i);
        List<String> values = new ArrayList<>(count);
        for (int v = 0; v < count; v++) {
            values.add(string(i));
        }
        return values;
    }

    private static int count(DataInputStream i) throws IOException {
        int n = i.readInt();
        if (n < 0) {
            throw damaged("the catalogue snapshot is damaged (a count of " + n + ")");
        }
        return n;
    }

    private static String string(DataInputStream i) throws IOException {
        byte[] bytes = new byte[count(i)];
        i.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String optional(DataInputStream i) throws IOException {
        return i.readBoolean() ? string(i) : null;
    }

    private static IllegalStateException damaged(String detail) {
        return new IllegalStateException("the bundled catalogue cannot be loaded: " + detail);
    }

    private static <E extends Enum<E>> E constant(E[] values, String name) {
        for (E e : values) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw damaged("the catalogue snapshot names an unknown constant '" + name + "'");
    }
}
