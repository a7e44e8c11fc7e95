package io.github.medicalnlp.catalogue.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF logs of {@code lint}, read back: checked against the official SARIF 2.1.0 schema, and turned
 * into the lines the text format prints for the same findings.
 */
final class SarifLogs {

    /** The OASIS schema (see {@code sarif/SOURCES.txt}), compiled once, with formats asserted. */
    static final Schema SCHEMA;

    static {
        try (InputStream in = SarifLogs.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("the test resource sarif/sarif-schema-2.1.0.json is missing");
            }
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SarifLogs() {
    }

    /** What the schema says is wrong with a log (nothing for a valid one). */
    static List<String> errors(String log) {
        return SCHEMA.validate(log, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The log as a tree. */
    static JsonNode read(String log) {
        try {
            return JSON.readTree(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one run of a log. */
    static JsonNode run(JsonNode log) {
        return log.path("runs").path(0);
    }

    /**
     * The name of the input an artifact location stands for, as the text format prints it: the
     * percent-decoded path of a relative or bundled/stdin URI, the file path of a {@code file:} URI.
     */
    static String name(JsonNode artifactLocation) {
        URI uri = URI.create(artifactLocation.path("uri").asText());
        return uri.isAbsolute() ? Path.of(uri).toString() : uri.getPath();
    }

    /** Where a relative artifact location points: resolved against the run's {@code %SRCROOT%}. */
    static Path resolve(JsonNode run, JsonNode artifactLocation) {
        String base = artifactLocation.path("uriBaseId").asText();
        URI root = URI.create(run.path("originalUriBaseIds").path(base).path("uri").asText());
        return Path.of(root.resolve(artifactLocation.path("uri").asText()));
    }

    /** The text format's word for a SARIF level. */
    static String severity(String level) {
        return switch (level) {
            case "error" -> "error";
            case "warning" -> "warning";
            case "note" -> "info";
            default -> throw new AssertionError("a level lint never writes: " + level);
        };
    }

    /**
     * The line the text format prints for each result, rebuilt from the log alone: {@code
     * file:line:col: severity: rule: message} for a located result, {@code file: section P: ...} (or
     * {@code file: catalogue: ...}) for one without a location.
     */
    static List<String> asText(JsonNode log) {
        JsonNode run = run(log);
        List<String> lines = new ArrayList<>();
        for (JsonNode r : run.path("results")) {
            String what = severity(r.path("level").asText()) + ": " + r.path("ruleId").asText() + ": "
                    + r.path("message").path("text").asText();
            if (r.has("locations")) {
                JsonNode at = r.path("locations").path(0).path("physicalLocation");
                JsonNode region = at.path("region");
                lines.add(TerminalText.line(name(at.path("artifactLocation")) + ":" + region.path("startLine").asInt()
                        + ":" + region.path("startColumn").asInt() + ": " + what));
            } else {
                JsonNode section = r.path("properties").path("section");
                String where = section.isMissingNode() ? "catalogue" : "section " + section.asText();
                lines.add(TerminalText.line(name(r.path("analysisTarget")) + ": " + where + ": " + what));
            }
        }
        return lines;
    }

    /** The text format's finding lines: its output without the summary line. */
    static List<String> findingLines(String textOutput) {
        List<String> lines = textOutput.lines().toList();
        return lines.subList(0, lines.size() - 1);
    }
}
