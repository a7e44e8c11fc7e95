package io.github.medicalnlp.catalogue.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Location;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.lint.Severity;
import io.github.medicalnlp.catalogue.markdown.MarkdownLinter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * {@code lint --format sarif}: the findings of one run as a SARIF 2.1.0 log, the format GitHub code
 * scanning and editors read.
 *
 * <p>The log has one run. Its {@code tool.driver} lists every rule of {@link MarkdownLinter#rules()} (so
 * a rule's {@code ruleIndex} is the same in every log), with the rule's severity as its default level;
 * the rules that {@code --rule}/{@code --no-rule} switched off are listed in the invocation as
 * configuration overrides. {@code artifacts} lists each input once, UTF-8 (see {@link SarifArtifact} for
 * the URIs). A result has a physical location, the 1-based line and column of the text format, when its
 * finding has one; columns count UTF-16 code units ({@code columnKind}), as the Markdown linter does, and
 * lines end at {@code \r\n}, {@code \n} or {@code \r} ({@code newlineSequences}). A finding in a JSON
 * catalogue has no place in the file: its result names the input as its {@code analysisTarget} and
 * has no location. The section and entry of a finding go into the result's property bag.
 */
final class SarifLog {

    /** The schema a log names: the OASIS Standard's, with errata 01, which the tests validate against. */
    static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The SARIF version written. */
    static final String SARIF_VERSION = "2.1.0";
    /** The tool's name in {@code tool.driver.name}. */
    static final String TOOL_NAME = "medical-nlp";
    /** Where the tool is described. */
    static final String INFORMATION_URI = "https://github.com/medicalnlp/medical-nlp-catalogue";
    /** The page that describes every lint rule. */
    static final String RULES_URI = INFORMATION_URI + "/blob/main/docs/lint.md";
    /** The unit of columns: the linter counts Java chars from the start of the line. */
    static final String COLUMN_KIND = "utf16CodeUnits";
    /** The line endings the linter counts lines by. */
    static final List<String> NEWLINE_SEQUENCES = List.of("\r\n", "\n", "\r");

    private SarifLog() {
    }

    /**
     * The log of one {@code lint} run.
     *
     * @param findings what was found and reported, in the order of the text format
     * @param inputs the names of the inputs linted, in the order given (each becomes an artifact)
     * @param enabled whether a rule was on in this run
     * @param successful whether every input could be read
     * @return the log, pretty-printed JSON without a final line break
     * @throws IOException when the JSON cannot be written (never, to a string)
     */
    static String write(List<LintCommand.Sourced> findings, List<String> inputs, Predicate<String> enabled,
            boolean successful) throws IOException {
        List<RuleInfo> rules = MarkdownLinter.rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).rule(), i);
        }
        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        List<SarifArtifact> artifacts = new ArrayList<>();
        for (String name : inputs) {
            add(name, artifactIndex, artifacts);
        }
        for (LintCommand.Sourced s : findings) {
            add(s.source(), artifactIndex, artifacts);
        }
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", SARIF_VERSION);
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            tool(g, rules);
            invocation(g, rules, enabled, successful);
            if (artifacts.stream().anyMatch(a -> a.uriBaseId() != null)) {
                g.writeObjectFieldStart("originalUriBaseIds");
                g.writeObjectFieldStart(SarifArtifact.SOURCE_ROOT);
                g.writeStringField("uri", SarifArtifact.sourceRoot());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeArrayFieldStart("artifacts");
            for (SarifArtifact a : artifacts) {
                g.writeStartObject();
                g.writeFieldName("location");
                location(g, a, -1);
                if (a.description() != null) {
                    g.writeObjectFieldStart("description");
                    g.writeStringField("text", a.description());
                    g.writeEndObject();
                }
                g.writeArrayFieldStart("roles");
                g.writeString("analysisTarget");
                g.writeEndArray();
                g.writeStringField("encoding", "utf-8");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (LintCommand.Sourced s : findings) {
                int artifact = artifactIndex.get(s.source());
                result(g, s.finding(), ruleIndex.get(s.finding().rule()), artifacts.get(artifact), artifact);
            }
            g.writeEndArray();
            g.writeStringField("columnKind", COLUMN_KIND);
            g.writeArrayFieldStart("newlineSequences");
            for (String newline : NEWLINE_SEQUENCES) {
                g.writeString(newline);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    /** SARIF's level of a severity: error, warning, or note for information. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A rule's friendly name, its id in Pascal case: {@code badge-mismatch} is {@code BadgeMismatch}. */
    static String friendlyName(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return out.toString();
    }

    /** Adds the artifact of an input unless it is there (under this name, or another with the same URI). */
    private static void add(String name, Map<String, Integer> index, List<SarifArtifact> artifacts) {
        if (index.containsKey(name)) {
            return;
        }
        SarifArtifact a = SarifArtifact.of(name);
        for (int i = 0; i < artifacts.size(); i++) {
            if (artifacts.get(i).uri().equals(a.uri()) && Objects.equals(artifacts.get(i).uriBaseId(), a.uriBaseId())) {
                index.put(name, i);
                return;
            }
        }
        index.put(name, artifacts.size());
        artifacts.add(a);
    }

    private static void tool(JsonGenerator g, List<RuleInfo> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", TOOL_NAME);
        g.writeStringField("version", Version.version());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (RuleInfo rule : rules) {
            g.writeStartObject();
            g.writeStringField("id", rule.rule());
            g.writeStringField("name", friendlyName(rule.rule()));
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", rule.description());
            g.writeEndObject();
            // GitHub code scanning requires a full description; the rule has one text for both.
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", rule.description());
            g.writeEndObject();
            g.writeStringField("helpUri", RULES_URI);
            // GitHub code scanning asks every rule for help; the rules table of docs/lint.md is it.
            g.writeObjectFieldStart("help");
            g.writeStringField("text", rule.description() + ". The rules and what to do about each: " + RULES_URI);
            g.writeEndObject();
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(rule.severity()));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Whether the run read every input, and which rules it had switched off. */
    private static void invocation(JsonGenerator g, List<RuleInfo> rules, Predicate<String> enabled,
            boolean successful) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", successful);
        if (rules.stream().anyMatch(r -> !enabled.test(r.rule()))) {
            g.writeArrayFieldStart("ruleConfigurationOverrides");
            for (int i = 0; i < rules.size(); i++) {
                if (!enabled.test(rules.get(i).rule())) {
                    g.writeStartObject();
                    g.writeObjectFieldStart("descriptor");
                    g.writeStringField("id", rules.get(i).rule());
                    g.writeNumberField("index", i);
                    g.writeEndObject();
                    g.writeObjectFieldStart("configuration");
                    g.writeBooleanField("enabled", false);
                    g.writeEndObject();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void result(JsonGenerator g, Finding f, Integer ruleIndex, SarifArtifact artifact, int index)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        if (ruleIndex != null) {
            g.writeNumberField("ruleIndex", ruleIndex);
        }
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        if (f.location().isPresent()) {
            Location at = f.location().get();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeFieldName("artifactLocation");
            location(g, artifact, index);
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", at.line());
            g.writeNumberField("startColumn", at.column());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        } else {
            g.writeFieldName("analysisTarget");
            location(g, artifact, index);
        }
        if (f.sectionPath().isPresent() || f.entry().isPresent()) {
            g.writeObjectFieldStart("properties");
            if (f.sectionPath().isPresent()) {
                g.writeStringField("section", f.sectionPath().get());
            }
            if (f.entry().isPresent()) {
                g.writeStringField("entry", f.entry().get());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** An {@code artifactLocation}, with the index into {@code artifacts} unless it is -1. */
    private static void location(JsonGenerator g, SarifArtifact a, int index) throws IOException {
        g.writeStartObject();
        g.writeStringField("uri", a.uri());
        if (a.uriBaseId() != null) {
            g.writeStringField("uriBaseId", a.uriBaseId());
        }
        if (index >= 0) {
            g.writeNumberField("index", index);
        }
        g.writeEndObject();
    }
}
