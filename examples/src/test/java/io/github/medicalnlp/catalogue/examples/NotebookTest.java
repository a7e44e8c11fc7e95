package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

/**
 * Replays the notebook {@code examples/notebooks/catalogue.ipynb} as a Java kernel (IJava, JJava, Ganymede: all
 * run on JShell) runs it: the code cells in order in one JShell, each cell's printed text and the value of its
 * last expression compared with the outputs saved in the notebook, so that the notebook cannot rot.
 *
 * <p>Magic lines ({@code %maven ...}) are the kernel's: they are checked to name this build's artifacts and
 * version, and skipped, as the test class path already holds the artifacts. After an intended change of output,
 * {@code mvn -pl examples -am test -Dtest=NotebookTest -Dsurefire.failIfNoSpecifiedTests=false -Dnotebook.update=true}
 * writes the outputs a run gives into the notebook and still fails, naming the cells it changed; review them with
 * {@code git diff} and run again.
 */
class NotebookTest {

    private static final Path NOTEBOOK = Path.of("notebooks/catalogue.ipynb");
    private static final Pattern MAVEN = Pattern.compile("%maven (\\S+):(\\S+):(\\S+)");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theNotebookIsAJavaNotebookInFormat4() throws Exception {
        JsonNode nb = json.readTree(NOTEBOOK.toFile());
        assertThat(nb.path("nbformat").asInt()).isEqualTo(4);
        assertThat(nb.path("nbformat_minor").asInt()).isBetween(4, 5);
        JsonNode kernel = nb.path("metadata").path("kernelspec");
        assertThat(kernel.path("language").asText()).isEqualTo("java");
        assertThat(kernel.path("name").asText()).isNotBlank();
        assertThat(nb.path("metadata").path("language_info").path("name").asText()).isEqualToIgnoringCase("java");
        for (JsonNode cell : nb.path("cells")) {
            assertThat(cell.path("cell_type").asText()).isIn("code", "markdown");
            assertThat(cell.path("source").isArray()).as("sources are arrays of lines, as Jupyter writes them").isTrue();
            if (cell.path("cell_type").asText().equals("code")) {
                assertThat(cell.has("outputs") && cell.has("execution_count")).isTrue();
            }
        }
    }

    @Test
    void everyCodeCellRunsAndShowsTheSavedOutputs() throws Exception {
        ObjectNode nb = (ObjectNode) json.readTree(NOTEBOOK.toFile());
        String version = projectVersion();
        boolean update = Boolean.getBoolean("notebook.update");
        int count = 0;
        int magics = 0;
        List<String> mismatches = new ArrayList<>();
        try (JShellSession shell = new JShellSession()) {
            for (JsonNode c : nb.path("cells")) {
                if (!c.path("cell_type").asText().equals("code")) {
                    continue;
                }
                ObjectNode cell = (ObjectNode) c;
                count++;
                StringBuilder code = new StringBuilder();
                for (String line : text(cell.path("source")).split("\n", -1)) {
                    if (line.startsWith("%")) {
                        Matcher m = MAVEN.matcher(line.strip());
                        assertThat(m.matches()).as("cell " + count + ": only %maven magics: " + line).isTrue();
                        assertThat(m.group(1)).isEqualTo("io.github.medicalnlp");
                        assertThat(m.group(2)).isIn("medical-nlp-core", "medical-nlp-markdown-io", "medical-nlp-json-io");
                        assertThat(m.group(3)).as("the notebook loads this build's version").isEqualTo(version);
                        magics++;
                    } else {
                        code.append(line).append('\n');
                    }
                }
                shell.takeOutput();
                shell.takeErrors();
                List<SnippetEvent> events = shell.eval(code.toString(), "notebook cell " + count);
                ArrayNode outputs = outputs(shell.takeOutput(), shell.takeErrors(), events, count);
                if (!outputs.equals(cell.path("outputs")) || cell.path("execution_count").asInt() != count) {
                    mismatches.add("cell " + count + " (" + text(cell.path("source")).lines().findFirst().orElse("")
                            + ")\n  saved: " + cell.path("outputs") + "\n  run:   " + outputs);
                }
                if (update) {
                    cell.set("outputs", outputs);
                    cell.put("execution_count", count);
                }
            }
        }
        if (update) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter(" ", "\n"))
                    .withArrayIndenter(new DefaultIndenter(" ", "\n"));
            Files.writeString(NOTEBOOK, json.writer(pretty).writeValueAsString(nb) + "\n", StandardCharsets.UTF_8);
        }
        // also when updating: a run that changed the notebook fails, so that the flag can never make a stale notebook pass
        assertThat(mismatches).as(update ? "outputs updated in the notebook: review them with git diff and run again"
                : "outputs that differ from the notebook's; if intended, run with -Dnotebook.update=true").isEmpty();
        assertThat(count).isGreaterThanOrEqualTo(10);
        assertThat(magics).as("the notebook says how to load the artifacts").isGreaterThanOrEqualTo(1);
    }

    /**
     * The outputs a Java kernel saves for a cell: what it printed as {@code stream}s (standard output, then standard
     * error), then the value of its last
     * snippet when that is an expression (a value JShell names {@code $n}, or a variable named alone) as an
     * {@code execute_result}, shown as JShell shows it: its {@code toString()}.
     */
    private static ArrayNode outputs(String printed, String errors, List<SnippetEvent> events, int count) {
        ArrayNode outputs = NODES.arrayNode();
        stream(outputs, "stdout", printed);
        stream(outputs, "stderr", errors);
        if (!events.isEmpty()) {
            SnippetEvent last = events.get(events.size() - 1);
            Snippet.SubKind kind = last.snippet().subKind();
            if ((kind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND || kind == Snippet.SubKind.VAR_VALUE_SUBKIND
                    || kind == Snippet.SubKind.OTHER_EXPRESSION_SUBKIND) && last.value() != null) {
                ObjectNode result = outputs.addObject();
                result.putObject("data").set("text/plain", lines(last.value()));
                result.put("execution_count", count);
                result.putObject("metadata");
                result.put("output_type", "execute_result");
            }
        }
        return outputs;
    }

    private static void stream(ArrayNode outputs, String name, String text) {
        if (!text.isEmpty()) {
            ObjectNode stream = outputs.addObject();
            stream.put("name", name);
            stream.put("output_type", "stream");
            stream.set("text", lines(text));
        }
    }

    /** Text as Jupyter saves it: an array of lines, each but the last ending with its newline. */
    private static ArrayNode lines(String text) {
        ArrayNode lines = NODES.arrayNode();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static String text(JsonNode source) {
        if (source.isTextual()) {
            return source.asText();
        }
        StringBuilder b = new StringBuilder();
        source.forEach(l -> b.append(l.asText()));
        return b.toString();
    }

    private static String projectVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>medical-nlp-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("../pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
