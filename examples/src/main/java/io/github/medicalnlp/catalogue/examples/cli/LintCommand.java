package io.github.medicalnlp.catalogue.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Linter;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.lint.Severity;
import io.github.medicalnlp.catalogue.markdown.MarkdownLinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lint}: what is wrong in a list, and where. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Find what is wrong in catalogues and say where: file:line:col: severity: rule-id: message.",
            "Without an input, the bundled catalogue. Exit code 1 when an error is found.",
            "Rules: duplicate-entry, repeated-resource, entry-without-link, malformed-url, empty-section,",
            "section-numbering, description-missing, description-repeats-name, constraint-violation,",
            "badge-mismatch, contents-without-heading, heading-missing-from-contents, mixed-bullets,",
            "trailing-whitespace.",
            "Text output ends with a summary line: N errors, N warnings, N notes in N files."})
final class LintCommand implements Callable<Integer> {

    enum OutputFormat { text, json, sarif }

    @CommandLine.ParentCommand
    MedicalNlpCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "<input>", description = "Catalogues (.md or .json), or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "markdown|json", description = "The input format, when the name does not say it.")
    Format.From from;

    @Option(names = {"--no-rule", "--disable"}, paramLabel = "RULE", description = "Switch a rule off (repeatable).")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "RULE", description = "Run only this rule (repeatable: these rules).")
    List<String> only = new ArrayList<>();

    enum MinSeverity { info, warning, error }

    @Option(names = "--min-severity", paramLabel = "S", defaultValue = "info",
            description = "Report findings of this severity or worse: info, warning or error (default: ${DEFAULT-VALUE}).")
    MinSeverity minSeverity;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text, json or sarif (SARIF 2.1.0, for code scanning; default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--fix", description = {"Fix what has one safe answer (Contents, star badges, half-written links,"
            + " trailing white space, bullet markers) and print the unified diff; what was not fixed and why, and a"
            + " summary, on standard error. Exit 1 when errors are left."})
    boolean fix;

    @Option(names = "--write", description = "With --fix: replace each fixed file atomically (not standard input).")
    boolean write;

    @Override
    public Integer call() throws IOException {
        List<String> known = MarkdownLinter.rules().stream().map(RuleInfo::rule).toList();
        MarkdownLinter markdown = MarkdownLinter.standard();
        Linter model = Linter.standard();
        for (String rule : disabled) {
            check(known, "--disable", rule);
            markdown = markdown.without(rule);
            model = model.without(rule);
        }
        for (String rule : only) {
            check(known, "--rule", rule);
        }
        if (!only.isEmpty()) {
            for (String rule : known) {
                if (!only.contains(rule)) {
                    markdown = markdown.without(rule);
                    model = model.without(rule);
                }
            }
        }
        if (fix || write) {
            if (!fix || format != OutputFormat.text) {
                throw new CliFailure(!fix ? "--write needs --fix" : "--fix prints a diff; --format applies to lint without --fix");
            }
            return new LintFix(parent, spec.commandLine().getErr(), markdown, floor()).run(inputs, from, write);
        }
        Inputs reader = parent.inputs();
        List<Sourced> findings = new ArrayList<>();
        int code = MedicalNlpCommand.OK;
        files = 0;
        for (String input : inputs.isEmpty() ? List.of("") : inputs) {
            try {
                Inputs.Loaded loaded = input.isEmpty() ? Inputs.bundled() : reader.load(input, Format.From.of(from));
                List<Finding> found = loaded.document() != null ? markdown.lint(loaded.document())
                        : model.lint(loaded.catalogue());
                for (Finding f : found) {
                    if (f.severity().ordinal() <= floor().ordinal()) { // ERROR, WARNING, INFO: worse first
                        findings.add(new Sourced(loaded.name(), f));
                    }
                }
                files++;
                linted.add(loaded.name());
            } catch (CliFailure e) {
                TerminalText.error(spec.commandLine().getErr(), e.getMessage());
                code = MedicalNlpCommand.USAGE;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(json(findings));
        } else if (format == OutputFormat.sarif) {
            out.println(SarifLog.write(findings, linted, markdown::isEnabled, code == MedicalNlpCommand.OK));
        } else {
            findings.forEach(f -> out.println(TerminalText.line(f.toString())));
            out.println(summary(findings, files));
        }
        out.flush();
        if (code != MedicalNlpCommand.OK) {
            return code;
        }
        return findings.stream().anyMatch(f -> f.finding().severity() == Severity.ERROR) ? MedicalNlpCommand.FINDINGS
                : MedicalNlpCommand.OK;
    }

    /** The inputs linted in this run. */
    private int files;
    /** Their names, for the SARIF log's artifacts. */
    private final List<String> linted = new ArrayList<>();

    private Severity floor() {
        return switch (minSeverity) {
            case info -> Severity.INFO;
            case warning -> Severity.WARNING;
            case error -> Severity.ERROR;
        };
    }

    private static void check(List<String> known, String option, String rule) {
        if (!known.contains(rule)) {
            throw new CliFailure(option + " " + rule + ": no such rule; the rules are " + String.join(", ", known));
        }
    }

    /** {@code 9 errors, 12 warnings, 97 notes in 1 file}: the counts of what was reported. */
    static String summary(List<Sourced> findings, int files) {
        long errors = findings.stream().filter(f -> f.finding().severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.finding().severity() == Severity.WARNING).count();
        long notes = findings.size() - errors - warnings;
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(notes, "note") + " in "
                + plural(files, "file");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A finding and the input it was found in (JSON inputs have no line and column). */
    record Sourced(String source, Finding finding) {
        @Override
        public String toString() {
            return finding.location().isPresent() ? finding.toString() : source + ": " + finding;
        }
    }

    private static String json(List<Sourced> findings) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Sourced s : findings) {
                Finding f = s.finding();
                g.writeStartObject();
                g.writeStringField("file", s.source());
                if (f.location().isPresent()) {
                    g.writeNumberField("line", f.location().get().line());
                    g.writeNumberField("column", f.location().get().column());
                }
                g.writeStringField("severity", f.severity().word());
                g.writeStringField("rule", f.rule());
                g.writeStringField("message", f.message());
                if (f.sectionPath().isPresent()) {
                    g.writeStringField("section", f.sectionPath().get());
                }
                if (f.entry().isPresent()) {
                    g.writeStringField("entry", f.entry().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return w.toString();
    }
}
