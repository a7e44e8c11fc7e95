package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every Java and JShell snippet of README.md and docs/ through the jdk.jshell API and compares the output
 * with the output they show, so that the documentation cannot rot.
 */
class ReadmeTest {

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
            try (JShellSession shell = new JShellSession()) {
                for (int i = 0; i < blocks.size(); i++) {
                    Block b = blocks.get(i);
                    if (!b.info().equals("java")) {
                        continue;
                    }
                    String source = b.text()
                            .replace("Path.of(\"README.md\")", "Path.of(\"" + dir.resolve("README.md") + "\")")
                            .replace("Path.of(\"entries.jsonl\")", "Path.of(\"" + dir.resolve("entries.jsonl") + "\")");
                    shell.takeOutput();
                    shell.eval(source, name + ":" + b.line());
                    ran++;
                    if (i + 1 < blocks.size() && blocks.get(i + 1).info().equals("text")) {
                        assertThat(shell.takeOutput())
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

    /** The name the jshell tool gives a snippet's value: the variable's, or {@code $n} for an expression. */
    private static String name(Snippet snippet) {
        if (snippet instanceof VarSnippet v && v.subKind() != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            return v.name();
        }
        if (snippet instanceof ExpressionSnippet e) {
            return e.name();
        }
        return "$" + snippet.id();
    }

    @Test
    void theJShellSessionGivesTheValuesTheReadmeShows() throws Exception {
        Block session = blocks(README).stream().filter(b -> b.info().equals("jshell")).findFirst().orElseThrow();
        List<String> lines = session.text().lines().toList();
        try (JShellSession shell = new JShellSession()) {
            // as the jshell tool reads a script: one snippet per line
            for (String line : Files.readAllLines(SCRIPT)) {
                if (!line.isBlank() && !line.startsWith("//")) {
                    shell.eval(line, "catalogue.jsh");
                }
            }
            assertThat(lines.get(0)).isEqualTo(shell.takeOutput().strip());
            int checked = 0;
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("jshell> ")) {
                    continue;
                }
                shell.takeOutput();
                List<SnippetEvent> events = shell.eval(lines.get(i).substring("jshell> ".length()), "README jshell");
                SnippetEvent last = events.get(events.size() - 1);
                // as the jshell tool shows a value: its name (a variable's, or $n), ==> and its text, which may
                // run over several lines (a table), up to the next prompt; a statement shows what it printed
                String shown = last.snippet() instanceof VarSnippet || last.snippet() instanceof ExpressionSnippet
                        ? name(last.snippet()) + " ==> " + last.value() : shell.takeOutput();
                StringBuilder expected = new StringBuilder(lines.get(i + 1));
                for (int k = i + 2; k < lines.size() && !lines.get(k).startsWith("jshell> "); k++) {
                    expected.append('\n').append(lines.get(k));
                }
                assertThat(shown.stripTrailing()).as("the value of " + lines.get(i)).isEqualTo(expected.toString());
                checked++;
            }
            assertThat(checked).isEqualTo(8);
        }
    }
}
