package io.github.medicalnlp.catalogue.examples.cli;

import static io.github.medicalnlp.catalogue.examples.cli.CliRun.CORPUS;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.HEALTHCARE;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.markdown.MarkdownLinter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code lint --format sarif}: every log valid against the official SARIF 2.1.0 schema, and saying what
 * the text format says of the same run: the same findings in the same order, at the same lines and
 * columns, with rule ids and indices that agree with the rules the log lists.
 */
class SarifLogTest {

    /** A small list with one error and one warning; the emoji before the badge are two UTF-16 units each. */
    private static final String SMALL = """
            # Tools

            ## Contents

            - [1 Tools](#1-tools)

            ## 1 Tools

            - 😀😀 [Foo](https://github.com/a/b) ![](https://img.shields.io/github/stars/c/d) - A tool.
            * [Bar](https://github.com/e/f) - Another tool.
            """;

    /** Runs lint in text and as SARIF with the same arguments and standard input; checks what both must agree on. */
    private static JsonNode lint(byte[] stdin, String... args) {
        CliRun.Result text = CliRun.run(new ByteArrayInputStream(stdin), null, Inputs.MAX_BYTES, args);
        String[] sarifArgs = Stream.concat(Stream.of(args), Stream.of("--format", "sarif")).toArray(String[]::new);
        CliRun.Result sarif = CliRun.run(new ByteArrayInputStream(stdin), null, Inputs.MAX_BYTES, sarifArgs);
        assertThat(sarif.code()).as("the exit code of the text format").isEqualTo(text.code());
        assertThat(sarif.err()).as("the same messages on standard error").isEqualTo(text.err());
        assertThat(SarifLogs.errors(sarif.out())).as("schema errors").isEmpty();
        JsonNode log = SarifLogs.read(sarif.out());
        assertThat(SarifLogs.asText(log)).as("the findings, as the text format prints them")
                .containsExactlyElementsOf(SarifLogs.findingLines(text.out()));
        assertConsistent(log);
        return log;
    }

    private static JsonNode lint(String... args) {
        return lint(new byte[0], args);
    }

    /** What holds for every log: the tool, its rules, the indices into rules and artifacts. */
    private static void assertConsistent(JsonNode log) {
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asText()).endsWith("/sarif-schema-2.1.0.json");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode run = SarifLogs.run(log);
        JsonNode driver = run.path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("medical-nlp");
        assertThat(driver.path("version").asText()).isEqualTo(Version.version()).isNotEqualTo("unknown");
        assertThat(driver.path("informationUri").asText()).startsWith("https://");
        List<RuleInfo> rules = MarkdownLinter.rules();
        JsonNode written = driver.path("rules");
        assertThat(written).hasSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo rule = rules.get(i);
            JsonNode r = written.path(i);
            assertThat(r.path("id").asText()).isEqualTo(rule.rule());
            assertThat(r.path("name").asText()).as("friendly name").matches("([A-Z][a-z]+)+")
                    .isEqualToIgnoringCase(rule.rule().replace("-", ""));
            assertThat(r.path("shortDescription").path("text").asText()).isEqualTo(rule.description());
            assertThat(r.path("fullDescription").path("text").asText()).as("GitHub requires one")
                    .isEqualTo(rule.description());
            assertThat(r.path("help").path("text").asText()).as("GitHub asks for help").startsWith(rule.description())
                    .endsWith("/docs/lint.md");
            assertThat(r.path("helpUri").asText()).startsWith("https://").endsWith("/docs/lint.md");
            assertThat(r.path("defaultConfiguration").path("level").asText())
                    .isEqualTo(switch (rule.severity()) {
                        case ERROR -> "error";
                        case WARNING -> "warning";
                        case INFO -> "note";
                    });
        }
        assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
        JsonNode artifacts = run.path("artifacts");
        for (JsonNode a : artifacts) {
            assertThat(a.path("encoding").asText()).isEqualTo("utf-8");
        }
        for (JsonNode r : run.path("results")) {
            int index = r.path("ruleIndex").asInt(-1);
            assertThat(index).as("ruleIndex of %s", r).isBetween(0, rules.size() - 1);
            assertThat(written.path(index).path("id").asText()).isEqualTo(r.path("ruleId").asText());
            JsonNode where = r.has("locations") ? r.path("locations").path(0).path("physicalLocation").path("artifactLocation")
                    : r.path("analysisTarget");
            JsonNode artifact = artifacts.path(where.path("index").asInt(-1)).path("location");
            assertThat(where.path("uri")).as("the artifact the result's index names").isEqualTo(artifact.path("uri"));
            assertThat(where.path("uriBaseId")).isEqualTo(artifact.path("uriBaseId"));
        }
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @Test
    void theSeedAsALogThatSaysWhatTheTextFormatSays() {
        JsonNode log = lint("lint", SEED.toString());
        JsonNode run = SarifLogs.run(log);
        assertThat(run.path("artifacts")).hasSize(1);
        JsonNode artifact = run.path("artifacts").path(0).path("location");
        assertThat(artifact.path("uri").asText()).isEqualTo(SEED.toString());
        assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(SarifLogs.resolve(run, artifact)).isEqualTo(SEED.toAbsolutePath().normalize());
        assertThat(run.path("results")).hasSizeGreaterThan(50).allMatch(r -> r.has("locations"));
        assertThat(run.path("results")).anyMatch(r -> r.path("ruleId").asText().equals("badge-mismatch")
                && r.path("level").asText().equals("error")
                && r.path("locations").path(0).path("physicalLocation").path("region").path("startLine").asInt() == 370
                && r.path("locations").path(0).path("physicalLocation").path("region").path("startColumn").asInt() == 45);
        assertThat(run.path("invocations").path(0).path("executionSuccessful").asBoolean()).isTrue();
        assertThat(run.path("invocations").path(0).has("ruleConfigurationOverrides")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusFileAsAValidLog(Path file) {
        JsonNode log = lint("lint", file.toString());
        assertThat(SarifLogs.run(log).path("artifacts")).hasSize(1);
    }

    @Test
    void standardInputHasTheNameTheTextFormatGivesIt() throws IOException {
        JsonNode log = lint(Files.readAllBytes(HEALTHCARE), "lint", "-");
        JsonNode run = SarifLogs.run(log);
        JsonNode artifact = run.path("artifacts").path(0);
        assertThat(artifact.path("location").path("uri").asText()).isEqualTo("%3Cstdin%3E");
        assertThat(artifact.path("location").has("uriBaseId")).as("not a file under the source root").isFalse();
        assertThat(artifact.path("description").path("text").asText()).isEqualTo("standard input");
        assertThat(run.has("originalUriBaseIds")).isFalse();
        assertThat(run.path("results")).isNotEmpty();
    }

    @Test
    void theBundledCatalogueHasResultsWithoutLocations() {
        JsonNode log = lint("lint");
        JsonNode run = SarifLogs.run(log);
        assertThat(run.path("artifacts")).hasSize(1);
        assertThat(run.path("artifacts").path(0).path("location").path("uri").asText()).isEqualTo("(bundled)");
        assertThat(run.path("results")).isNotEmpty()
                .allMatch(r -> !r.has("locations") && r.path("analysisTarget").path("index").asInt(-1) == 0);
    }

    @Test
    void aListWithoutFindingsIsALogWithoutResults(@TempDir Path dir) throws IOException {
        Path clean = Files.writeString(dir.resolve("clean.md"), """
                # Tools

                A list.

                ## 1 Tools

                - [Foo](https://github.com/a/b) - A tool for parsing.
                - [Bar](https://github.com/c/d) - A tool for tagging.
                """);
        JsonNode log = lint("lint", clean.toString());
        JsonNode run = SarifLogs.run(log);
        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results")).isEmpty();
        assertThat(run.path("artifacts")).hasSize(1);
        assertThat(run.path("artifacts").path(0).path("location").path("uri").asText()).isEqualTo(clean.toUri().toString());
    }

    @Test
    void fileNamesArePercentEncodedAndResolveToTheFiles(@TempDir Path dir) throws IOException {
        Path here = Path.of("").toAbsolutePath();
        List<String> names = List.of("with space.md", "hash#1.md", "per%cent.md", "中文.md", "a:b?c[d].md");
        List<String> args = new ArrayList<>(List.of("lint"));
        for (String name : names) {
            args.add(here.relativize(Files.writeString(dir.resolve(name), SMALL)).toString());
        }
        Path absolute = Files.writeString(dir.resolve("abs olute.md"), SMALL);
        args.add(absolute.toString());
        JsonNode log = lint(args.toArray(String[]::new));
        JsonNode run = SarifLogs.run(log);
        JsonNode artifacts = run.path("artifacts");
        assertThat(artifacts).hasSize(names.size() + 1);
        String prefix = SarifArtifact.encodePath(here.relativize(dir).toString()) + "/";
        List<String> expected = List.of("with%20space.md", "hash%231.md", "per%25cent.md", "%E4%B8%AD%E6%96%87.md",
                "a%3Ab%3Fc%5Bd%5D.md");
        for (int i = 0; i < names.size(); i++) {
            JsonNode location = artifacts.path(i).path("location");
            assertThat(location.path("uri").asText()).isEqualTo(prefix + expected.get(i));
            assertThat(SarifLogs.resolve(run, location)).isEqualTo(dir.resolve(names.get(i)).toAbsolutePath().normalize());
        }
        JsonNode last = artifacts.path(names.size()).path("location");
        assertThat(last.path("uri").asText()).startsWith("file:///").endsWith("/abs%20olute.md");
        assertThat(Path.of(java.net.URI.create(last.path("uri").asText()))).isEqualTo(absolute);
        assertThat(run.path("results")).hasSize(2 * (names.size() + 1));
    }

    @Test
    void columnsCountUtf16CodeUnits(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("emoji.md"), SMALL);
        JsonNode log = lint("lint", file.toString());
        JsonNode badge = SarifLogs.run(log).path("results").path(0);
        assertThat(badge.path("ruleId").asText()).isEqualTo("badge-mismatch");
        JsonNode region = badge.path("locations").path(0).path("physicalLocation").path("region");
        String line = SMALL.lines().toList().get(region.path("startLine").asInt() - 1);
        assertThat(line.codePointCount(0, line.indexOf("c/d"))).as("code points before the badge").isEqualTo(75);
        assertThat(region.path("startColumn").asInt()).isEqualTo(line.indexOf("c/d") + 1).isEqualTo(78);
    }

    @Test
    void severalInputsAreArtifactsInTheOrderGivenOnce(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("seed.json");
        assertThat(CliRun.run("convert", SEED.toString(), "--to", "json", "-o", json.toString()).code()).isZero();
        JsonNode log = lint(Files.readAllBytes(HEALTHCARE), "lint", SEED.toString(), "-", json.toString(),
                SEED.toString(), dir.resolve("missing.md").toString());
        JsonNode run = SarifLogs.run(log);
        assertThat(run.path("artifacts")).extracting(a -> SarifLogs.name(a.path("location")))
                .containsExactly(SEED.toString(), Inputs.STDIN, json.toString());
        assertThat(run.path("invocations").path(0).path("executionSuccessful").asBoolean())
                .as("missing.md could not be read").isFalse();
        List<Integer> perArtifact = new ArrayList<>(List.of(0, 0, 0));
        for (JsonNode r : run.path("results")) {
            JsonNode where = r.has("locations") ? r.path("locations").path(0).path("physicalLocation")
                    .path("artifactLocation") : r.path("analysisTarget");
            perArtifact.set(where.path("index").asInt(), perArtifact.get(where.path("index").asInt()) + 1);
        }
        int seed = SarifLogs.findingLines(CliRun.run("lint", SEED.toString()).out()).size();
        int healthcare = SarifLogs.findingLines(CliRun.run("lint", HEALTHCARE.toString()).out()).size();
        assertThat(perArtifact).containsExactly(2 * seed, healthcare, perArtifact.get(2));
        assertThat(perArtifact.get(2)).as("the JSON catalogue's findings").isPositive();
    }

    @Test
    void ruleAndSeverityFiltersAreRespected() {
        JsonNode two = lint("lint", SEED.toString(), "--rule", "badge-mismatch", "--rule", "malformed-url");
        JsonNode run = SarifLogs.run(two);
        assertThat(run.path("results")).isNotEmpty()
                .allMatch(r -> List.of("badge-mismatch", "malformed-url").contains(r.path("ruleId").asText()));
        JsonNode overrides = run.path("invocations").path(0).path("ruleConfigurationOverrides");
        assertThat(overrides).hasSize(MarkdownLinter.rules().size() - 2)
                .allMatch(o -> !o.path("configuration").path("enabled").asBoolean(true))
                .allMatch(o -> MarkdownLinter.rules().get(o.path("descriptor").path("index").asInt()).rule()
                        .equals(o.path("descriptor").path("id").asText()));
        JsonNode noBadge = SarifLogs.run(lint("lint", SEED.toString(), "--no-rule", "badge-mismatch"));
        assertThat(noBadge.path("results")).noneMatch(r -> r.path("ruleId").asText().equals("badge-mismatch"));
        assertThat(noBadge.path("invocations").path(0).path("ruleConfigurationOverrides"))
                .extracting(o -> o.path("descriptor").path("id").asText()).containsExactly("badge-mismatch");
        JsonNode errors = SarifLogs.run(lint("lint", SEED.toString(), "--min-severity", "error"));
        assertThat(errors.path("results")).hasSize(9).allMatch(r -> r.path("level").asText().equals("error"));
        JsonNode warnings = SarifLogs.run(lint("lint", SEED.toString(), "--min-severity", "warning"));
        assertThat(warnings.path("results")).isNotEmpty().noneMatch(r -> r.path("level").asText().equals("note"));
        assertThat(CliRun.run("lint", SEED.toString(), "--rule", "mixed-bullets", "--format", "sarif").code())
                .as("no error found: exit 0").isZero();
    }

    @Test
    void theSchemaRejectsWhatSarifForbids() {
        String log = CliRun.run("lint", SEED.toString(), "--format", "sarif").out();
        assertThat(SarifLogs.errors(log)).isEmpty();
        assertThat(SarifLogs.errors(log.replaceFirst("\"level\" : \"error\"", "\"level\" : \"info\""))).isNotEmpty();
        assertThat(SarifLogs.errors(log.replaceFirst("\"startColumn\" : \\d+", "\"startColumn\" : 0"))).isNotEmpty();
        assertThat(SarifLogs.errors(log.replace("\"uri\" : \"../", "\"uri\" : \"a b/../"))).as("a space in a URI")
                .isNotEmpty();
        assertThat(SarifLogs.errors(log.replace("\"informationUri\" : \"https://", "\"informationUri\" : \"")))
                .as("a relative information URI").isNotEmpty();
    }
}
