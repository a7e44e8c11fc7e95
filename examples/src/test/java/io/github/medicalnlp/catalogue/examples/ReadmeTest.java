package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every Java and JShell snippet of README.md and docs/ through the jdk.jshell API and compares the output
 * with the output they show, so that the documentation cannot rot.
 */
class ReadmeTest {

    private static final PrintStream STDOUT = System.out;

    @org.junit.jupiter.api.AfterEach
    void restoreStandardOutput() {
        System.setOut(STDOUT);
    }

    private static final Path README = Path.of("../README.md");
    private static final Path SCRIPT = Path.of("catalogue.jsh");

    /** README.md and every page of docs/, README first: the documentation a user reads. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** A fenced block of a page. */
    record Block(String info, String text, int line) {
    }

    static List<Block> blocks(Path page) throws IOException {
        List<Block> blocks = new ArrayList<>();
        String all = Files.readString(page);
        Matcher m = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$").matcher(all);
        while (m.find()) {
            int line = (int) all.substring(0, m.start()).lines().count() + 1;
            blocks.add(new Block(m.group(1), m.group(2), line));
        }
        return blocks;
    }

    /**
     * A shell that runs snippets in this JVM (the "local" engine) with the test class path; what they
     * print goes to {@code out}, as {@code System.out} is swapped while the test runs.
     */
    private static JShell shell(ByteArrayOutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        System.setOut(print);
        JShell shell = JShell.builder().executionEngine("local").out(print).err(print).build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            shell.addToClasspath(entry);
        }
        return shell;
    }

    /** Evaluates the source snippet by snippet; fails on a rejected snippet or an exception. */
    private static List<SnippetEvent> eval(JShell shell, String source, String where) {
        List<SnippetEvent> events = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String snippet = info.source();
            if (snippet == null || snippet.isBlank()) {
                fail(where + ": incomplete snippet: " + remaining);
            }
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    fail(where + ": rejected: " + snippet + "\n"
                            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                }
                if (e.exception() != null) {
                    fail(where + ": " + snippet + " threw " + e.exception(), e.exception());
                }
                if (e.causeSnippet() == null) {
                    events.add(e);
                }
            }
            remaining = info.remaining();
        }
        return events;
    }

    /**
     * Every Java block of README.md and docs/ runs, each page in a shell of its own (so that every page's
     * snippets stand alone, as a reader copies them), and prints the text block that follows it.
     */
    @Test
    void everyJavaSnippetRunsAndPrintsWhatTheDocumentationShows(@TempDir Path dir) throws Exception {
        int ran = 0;
        for (Path page : pages()) {
            String name = README.getParent().relativize(page).toString().replace('\\', '/');
            Files.copy(Path.of("../markdown-io/src/test/resources/corpus/medical-nlp-2024-11-14.md"), dir.resolve("README.md"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<Block> blocks = blocks(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JShell shell = shell(out)) {
                for (int i = 0; i < blocks.size(); i++) {
                    Block b = blocks.get(i);
                    if (!b.info().equals("java")) {
                        continue;
                    }
                    String source = b.text()
                            .replace("Path.of(\"README.md\")", "Path.of(\"" + dir.resolve("README.md") + "\")")
                            .replace("Path.of(\"entries.jsonl\")", "Path.of(\"" + dir.resolve("entries.jsonl") + "\")");
                    out.reset();
                    eval(shell, source, name + ":" + b.line());
                    ran++;
                    if (i + 1 < blocks.size() && blocks.get(i + 1).info().equals("text")) {
                        assertThat(out.toString(StandardCharsets.UTF_8))
                                .as("output of the snippet at " + name + ":" + b.line())
                                .isEqualToNormalizingNewlines(blocks.get(i + 1).text());
                    }
                }
            }
            if (name.equals("docs/markdown.md")) {
                assertThat(Files.readString(dir.resolve("README.md"))).contains("* CMtMedQA\n");
            }
        }
        assertThat(ran).isGreaterThanOrEqualTo(10);
        assertThat(Files.readAllLines(dir.resolve("entries.jsonl"))).hasSize(118);
    }

    @Test
    void theJShellSessionGivesTheValuesTheReadmeShows() throws Exception {
        Block session = blocks(README).stream().filter(b -> b.info().equals("jshell")).findFirst().orElseThrow();
        List<String> lines = session.text().lines().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JShell shell = shell(out)) {
            // as the jshell tool reads a script: one snippet per line
            for (String line : Files.readAllLines(SCRIPT)) {
                if (!line.isBlank() && !line.startsWith("//")) {
                    eval(shell, line, "catalogue.jsh");
                }
            }
            assertThat(lines.get(0)).isEqualTo(out.toString(StandardCharsets.UTF_8).strip());
            int checked = 0;
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("jshell> ")) {
                    continue;
                }
                List<SnippetEvent> events = eval(shell, lines.get(i).substring("jshell> ".length()), "README jshell");
                SnippetEvent last = events.get(events.size() - 1);
                String shown = "$" + last.snippet().id() + " ==> " + last.value();
                assertThat(shown).as("the value of " + lines.get(i)).isEqualTo(lines.get(i + 1));
                checked++;
            }
            assertThat(checked).isEqualTo(6);
        }
    }
}
