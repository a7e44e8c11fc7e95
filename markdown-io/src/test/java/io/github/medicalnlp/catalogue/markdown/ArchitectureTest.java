package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of markdown-io, from its compiled classes as jdeps sees them (nested classes folded into
 * their top-level class): no class depends on itself through others, the reader ({@code internal.read})
 * does not use the writer, and no source file grows past {@value #MAX_LINES} lines.
 */
class ArchitectureTest {

    private static final int MAX_LINES = 400;
    private static final String INTERNAL = "io.github.medicalnlp.catalogue.markdown.internal.";
    private static final String READ = INTERNAL + "read.";
    /** The writer: what the reader must not use. */
    private static final Set<String> WRITER = Set.of(
            // the canonical writer
            INTERNAL + "CanonicalRenderer",
            // the edit writer and its parts
            INTERNAL + "EditRenderer",
            INTERNAL + "EditText",
            INTERNAL + "PreludeRenderer",
            INTERNAL + "SectionMatch",
            INTERNAL + "EntryAlignment",
            INTERNAL + "EntryPlacement",
            // entries in each style
            INTERNAL + "EntryRenderer",
            INTERNAL + "EntryText",
            INTERNAL + "ListEntryRenderer",
            INTERNAL + "ParagraphEntryRenderer",
            INTERNAL + "TableRowRenderer",
            // the edited text, and the styles worked out for writing
            INTERNAL + "Output",
            INTERNAL + "StyleCapture");
    /** {@code   a.B$C -> d.E    F.class} in jdeps -verbose:class output. */
    private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+.*$");

    private static Path classes;
    /** Each top-level class of markdown-io and the top-level classes of markdown-io it uses. */
    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readClasses() throws IOException, URISyntaxException {
        classes = Path.of(MarkdownReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        graph = dependencies(classes);
    }

    @Test
    void noCycleBetweenClasses() {
        List<Set<String>> cycles = stronglyConnected(graph).stream().filter(c -> c.size() > 1).toList();
        StringBuilder report = new StringBuilder();
        for (Set<String> cycle : cycles) {
            report.append("\n  cycle of ").append(cycle.size()).append(": ").append(shortNames(cycle));
        }
        assertThat(cycles).as("classes of markdown-io that depend on each other:%s", report).isEmpty();
    }

    @Test
    void cyclesAreFoundAsStronglyConnectedComponents() {
        Map<String, Set<String>> toy = new TreeMap<>(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of(), "e", Set.of("e", "d")));
        assertThat(stronglyConnected(toy)).containsExactlyInAnyOrder(
                Set.of("a", "b", "c"), Set.of("d"), Set.of("e"));
        assertThat(fold("x.Outer$Inner$1")).isEqualTo("x.Outer");
    }

    @Test
    void readerDoesNotUseWriter() {
        Map<String, Set<String>> uses = new TreeMap<>();
        graph.forEach((from, to) -> {
            if (from.startsWith(READ)) {
                for (String t : to) {
                    if (WRITER.contains(t)) {
                        uses.computeIfAbsent(from, k -> new TreeSet<>()).add(t);
                    }
                }
            }
        });
        assertThat(uses).as("classes of the reader that use the writer").isEmpty();
    }

    @Test
    void noSourceFileAboveLimit() throws IOException {
        Path sources = moduleBase(classes).resolve("src/main/java");
        assertThat(sources).isDirectory();
        Map<String, Integer> long_ = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                int lines = Files.readAllLines(f, StandardCharsets.UTF_8).size();
                if (lines > MAX_LINES) {
                    long_.put(sources.relativize(f).toString(), lines);
                }
            }
        }
        assertThat(long_).as("main source files of markdown-io above %d lines", MAX_LINES).isEmpty();
    }

    /** The module's base directory: the first parent of the classes directory holding src/main/java. */
    private static Path moduleBase(Path classes) {
        for (Path p = classes.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("src/main/java"))) {
                return p;
            }
        }
        throw new IllegalStateException("no src/main/java above " + classes);
    }

    /**
     * jdeps on each class file of the directory (not on the directory, which holds module-info.class and
     * would make jdeps resolve the module's dependencies), without its default filter of dependences
     * within a package; nested classes folded into their top-level class; only classes of the directory.
     */
    private static Map<String, Set<String>> dependencies(Path classes) throws IOException {
        List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none"));
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class"))
                    .sorted().forEach(p -> args.add(p.toString()));
        }
        assertThat(args.size()).as("class files in %s", classes).isGreaterThan(10);
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("no jdeps in this Java runtime"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = jdeps.run(o, e, args.toArray(String[]::new));
        }
        assertThat(status).as("jdeps status; its errors: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        Set<String> own = new TreeSet<>();
        Map<String, Set<String>> edges = new TreeMap<>();
        List<String[]> all = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.matches()) {
                String from = fold(m.group(1));
                own.add(from);
                all.add(new String[] {from, fold(m.group(2))});
            }
        }
        for (String c : own) {
            edges.put(c, new TreeSet<>());
        }
        for (String[] e : all) {
            if (own.contains(e[1]) && !e[0].equals(e[1])) {
                edges.get(e[0]).add(e[1]);
            }
        }
        assertThat(edges).as("classes jdeps found").containsKey(MarkdownReader.class.getName());
        return edges;
    }

    /** A class name with its nested part (from the first {@code $}) taken off. */
    private static String fold(String name) {
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

    private static String shortNames(Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n.substring(n.lastIndexOf('.') + 1));
        }
        return String.join(", ", out);
    }

    /** The strongly connected components of a graph (Tarjan's algorithm, iterative). */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String root : graph.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>(); // {node, iterator over its successors}
            visit(root, index, low, stack, onStack, counter);
            work.push(new Object[] {root, graph.getOrDefault(root, Set.of()).iterator()});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                @SuppressWarnings("unchecked")
                java.util.Iterator<String> it = (java.util.Iterator<String>) frame[1];
                if (it.hasNext()) {
                    String w = it.next();
                    if (!index.containsKey(w)) {
                        visit(w, index, low, stack, onStack, counter);
                        work.push(new Object[] {w, graph.getOrDefault(w, Set.of()).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    Set<String> component = new TreeSet<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    components.add(component);
                }
            }
        }
        return components;
    }

    private static void visit(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            Set<String> onStack, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
    }
}
