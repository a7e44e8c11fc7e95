package io.github.medicalnlp.catalogue.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON projection of what the reader reads, as the spec files under {@code shapes/} expect it (the
 * format is described in {@code src/test/resources/shapes/README.md}): what a reader of the list sees
 * in it, and nothing of how it was written. Built on the public API only.
 */
final class ShapeJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ShapeJson() {
    }

    /** The projection of a document as read: its catalogue and the codes of its diagnostics. */
    static ObjectNode of(MarkdownDocument doc) {
        Catalogue c = doc.catalogue();
        ObjectNode root = NODES.objectNode();
        root.put("title", c.title());
        root.put("introduction", c.introduction());
        ArrayNode news = root.putArray("news");
        for (NewsItem n : c.news()) {
            news.addObject().put("date", n.date()).put("text", n.text());
        }
        ArrayNode sections = root.putArray("sections");
        for (Section s : c.sections()) {
            sections.add(section(s));
        }
        c.citation().ifPresent(citation -> root.put("citation", citation));
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : doc.diagnostics()) {
            diagnostics.add(d.rule());
        }
        return root;
    }

    private static ObjectNode section(Section s) {
        ObjectNode node = NODES.objectNode();
        s.number().ifPresent(n -> node.put("number", n));
        node.put("title", s.title());
        ArrayNode entries = node.putArray("entries");
        for (Entry e : s.entries()) {
            entries.add(entry(e));
        }
        if (!s.children().isEmpty()) {
            ArrayNode children = node.putArray("children");
            for (Section child : s.children()) {
                children.add(section(child));
            }
        }
        return node;
    }

    private static ObjectNode entry(Entry e) {
        ObjectNode node = NODES.objectNode();
        node.put("name", e.name());
        e.group().ifPresent(g -> node.put("group", g));
        ArrayNode links = node.putArray("links");
        for (Link l : e.links()) {
            links.addObject().put("url", l.url()).put("label", l.label()).put("role", l.role().word());
        }
        ArrayNode fields = node.putArray("fields");
        for (TextField f : e.fields()) {
            fields.addObject().put("label", f.label()).put("value", f.value());
        }
        e.kind().ifPresent(k -> node.put("kind", k.word()));
        if (!e.languages().isEmpty()) {
            ArrayNode languages = node.putArray("languages");
            for (Language l : e.languages()) {
                languages.add(l.code());
            }
        }
        if (!e.modalities().isEmpty()) {
            ArrayNode modalities = node.putArray("modalities");
            e.modalities().forEach(m -> modalities.add(m.word()));
        }
        if (!e.tasks().isEmpty()) {
            ArrayNode tasks = node.putArray("tasks");
            e.tasks().forEach(t -> tasks.add(t.id()));
        }
        if (!e.tags().isEmpty()) {
            ArrayNode tags = node.putArray("tags");
            e.tags().forEach(tags::add);
        }
        return node;
    }

    /** Parses a JSON text. */
    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ printing

    /** Within this many characters, an object or array of scalars is written on one line. */
    private static final int LINE = 120;

    /**
     * The JSON text of a node as the spec files are written: two-space indentation, an object or array of
     * scalars on one line when it fits ({@code {"url": …, "label": …, "role": …}}), non-ASCII characters as
     * they are, a final newline.
     */
    static String print(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        print(node, sb, 0);
        return sb.append('\n').toString();
    }

    private static void print(JsonNode node, StringBuilder sb, int indent) {
        String flat = flat(node);
        if (flat != null && indent + flat.length() <= LINE) {
            sb.append(flat);
            return;
        }
        if (node.isObject()) {
            if (node.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                pad(sb, indent + 2).append(scalar(NODES.textNode(f.getKey()))).append(": ");
                print(f.getValue(), sb, indent + 2);
                sb.append(it.hasNext() ? ",\n" : "\n");
            }
            pad(sb, indent).append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                pad(sb, indent + 2);
                print(node.get(i), sb, indent + 2);
                sb.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            pad(sb, indent).append(']');
        } else {
            sb.append(scalar(node));
        }
    }

    /** The node on one line if it is a scalar, or an object or array holding only scalars; else null. */
    private static String flat(JsonNode node) {
        if (node.isValueNode()) {
            return scalar(node);
        }
        List<String> parts = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                if (!f.getValue().isValueNode()) {
                    return null;
                }
                parts.add(scalar(NODES.textNode(f.getKey())) + ": " + scalar(f.getValue()));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        for (JsonNode element : node) {
            if (!element.isValueNode()) {
                return null;
            }
            parts.add(scalar(element));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static String scalar(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StringBuilder pad(StringBuilder sb, int n) {
        return sb.append(" ".repeat(n));
    }

    // ------------------------------------------------------------------ differences

    /** Where two trees differ, as {@code $.path: expected …, was …} lines, at most {@code max} of them. */
    static List<String> differences(JsonNode expected, JsonNode actual, int max) {
        List<String> out = new ArrayList<>();
        diff("$", expected, actual, out, max);
        return out;
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out, int max) {
        if (out.size() >= max || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!actual.has(name)) {
                    add(out, max, path + "." + name + ": expected " + brief(expected.get(name)) + ", missing");
                } else {
                    diff(path + "." + name, expected.get(name), actual.get(name), out, max);
                }
            }
            Iterator<String> actualNames = actual.fieldNames();
            while (actualNames.hasNext()) {
                String name = actualNames.next();
                if (!expected.has(name)) {
                    add(out, max, path + "." + name + ": not expected, was " + brief(actual.get(name)));
                }
            }
            return;
        }
        if (expected.isArray() && actual.isArray()) {
            int n = Math.min(expected.size(), actual.size());
            for (int i = 0; i < n; i++) {
                diff(path + "[" + i + "]", expected.get(i), actual.get(i), out, max);
            }
            for (int i = n; i < expected.size(); i++) {
                add(out, max, path + "[" + i + "]: expected " + brief(expected.get(i)) + ", missing");
            }
            for (int i = n; i < actual.size(); i++) {
                add(out, max, path + "[" + i + "]: not expected, was " + brief(actual.get(i)));
            }
            return;
        }
        add(out, max, path + ": expected " + brief(expected) + ", was " + brief(actual));
    }

    private static void add(List<String> out, int max, String line) {
        if (out.size() < max) {
            out.add(line);
        }
    }

    private static String brief(JsonNode node) {
        String s = flat(node);
        if (s == null) {
            s = node.toString();
        }
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
