package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.csv.CatalogueCsvWriter;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert}: Markdown and JSON both ways, canonical Markdown, the flat JSON Lines and CSV exports. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert catalogues between Markdown and JSON, or export their entries as flat JSON Lines or CSV"
            + " (one row per entry, the same snake_case columns in both).",
            "Markdown to Markdown without --canonical gives back the input byte for byte."})
final class ConvertCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    MedicalNlpCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<input>", description = "Files to convert (.md, .markdown, .json), or - for standard input.")
    List<String> inputs;

    @Option(names = "--from", paramLabel = "markdown|json", description = "The input format, when the name does not say it.")
    Format.From from;

    @Option(names = "--to", paramLabel = "markdown|json|jsonl|csv", defaultValue = "json",
            description = "The output format (default: ${DEFAULT-VALUE}).")
    Format to;

    @Option(names = "--spreadsheet-safe", description = "With --to csv: put ' before every cell that begins with ="
            + " + - or @, so that a spreadsheet shows it as text instead of running it (changes those values).")
    boolean spreadsheetSafe;

    @Option(names = "--canonical", description = "Write Markdown in the canonical house style, not as the input was written.")
    boolean canonical;

    @Option(names = "--language", paramLabel = "L", description = "Markdown in this language (en, English, …):"
            + " the catalogue's translations there, in that edition's house style; implies --canonical.")
    String language;

    @Option(names = {"-o", "--output"}, paramLabel = "<path>",
            description = {"The output file; a directory (created when missing) for several inputs or when it ends in /.",
                "Without it, standard output."})
    String output;

    @Option(names = "--overwrite", description = "Allow writing an output over its own input.")
    boolean overwrite;

    @Option(names = {"-q", "--quiet"}, description = "Say nothing on standard error but errors: no input warnings, no"
            + " 'wrote N files'.")
    boolean quiet;

    /** The canonical writer, in {@code --language} when given. */
    private MarkdownWriter writer() {
        if (language == null) {
            return MarkdownWriter.canonical();
        }
        try {
            return MarkdownWriter.canonical().inLanguage(Language.parse(language));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    @Override
    public Integer call() throws IOException {
        if (language != null && to != Format.markdown) {
            throw new CliFailure("--language applies to --to markdown (JSON carries every language; JSON Lines and CSV"
                    + " the English name in name_en)");
        }
        if (spreadsheetSafe && to != Format.csv) {
            throw new CliFailure("--spreadsheet-safe applies to --to csv");
        }
        if (output == null && inputs.size() > 1 && to != Format.jsonl) {
            throw new CliFailure("several inputs need -o <directory>" + (to == Format.csv
                    ? " (one CSV file each, with its own header)" : ""));
        }
        PrintWriter err = spec.commandLine().getErr();
        OutputPlan plan = OutputPlan.of(inputs, output, to, overwrite, parent.stdinFile);
        if (!plan.problems.isEmpty()) {
            plan.problems.forEach(p -> TerminalText.error(err, p));
            TerminalText.error(err, "nothing was written");
            return MedicalNlpCommand.USAGE;
        }
        if (plan.createDirectory != null) {
            try {
                Files.createDirectories(plan.createDirectory);
            } catch (IOException e) {
                throw new CliFailure(output + ": cannot create the directory: " + IoErrors.reason(e));
            }
        }
        Inputs reader = parent.inputs();
        int code = MedicalNlpCommand.OK;
        int written = 0;
        for (OutputPlan.Job job : plan.jobs) {
            try {
                Inputs.Loaded loaded = reader.load(job.input(), Format.From.of(from));
                warnAbout(loaded, err);
                if (job.target() == null) {
                    parent.stdout.write(render(loaded).getBytes(StandardCharsets.UTF_8));
                    parent.stdout.flush();
                } else {
                    write(loaded, job.target());
                    written++;
                }
            } catch (CliFailure e) {
                TerminalText.error(err, e.getMessage());
                code = MedicalNlpCommand.USAGE;
            } catch (IllegalArgumentException e) {
                // what a format cannot hold: U+0000 in Markdown, a seventh heading level in an edited document
                TerminalText.error(err, job.input() + ": cannot be written as " + to + ": " + e.getMessage());
                code = MedicalNlpCommand.USAGE;
            }
        }
        if (written > 0 && !quiet) {
            err.println("medical-nlp: wrote " + written + (written == 1 ? " file" : " files"));
            err.flush();
        }
        return code;
    }

    /** What reading a Markdown input found odd, one line each on standard error, unless {@code -q}. */
    private void warnAbout(Inputs.Loaded loaded, PrintWriter err) {
        if (quiet || loaded.document() == null) {
            return;
        }
        for (io.github.medicalnlp.catalogue.markdown.Diagnostic d : loaded.document().diagnostics()) {
            err.println(TerminalText.line(loaded.name() + ":" + d));
        }
        err.flush();
    }

    private String render(Inputs.Loaded loaded) {
        Catalogue c = loaded.catalogue();
        noteTranslations(loaded);
        return switch (to) {
            case markdown -> loaded.document() != null && !canonical && language == null ? loaded.document().render()
                    : writer().write(c);
            case json -> CatalogueJsonWriter.create().write(c);
            case jsonl -> CatalogueJsonWriter.create().toJsonLines(c);
            case csv -> csvWriter().toCsv(c);
        };
    }

    private CatalogueCsvWriter csvWriter() {
        return spreadsheetSafe ? CatalogueCsvWriter.create().spreadsheetSafe() : CatalogueCsvWriter.create();
    }

    /** Says on standard error that a Markdown rendering leaves out the catalogue's second language. */
    private void noteTranslations(Inputs.Loaded loaded) {
        if (!quiet && to == Format.markdown && language == null && loaded.catalogue().hasTranslations()) {
            spec.commandLine().getErr().println("medical-nlp: note: " + loaded.name() + ": Markdown holds the list's own"
                    + " language; the English names, fields and section titles are left out (JSON keeps them;"
                    + " --language en writes them)");
        }
    }

    /** Writes through the library's writers: a temporary file beside the target, then moved into place. */
    private void write(Inputs.Loaded loaded, Path target) {
        Catalogue c = loaded.catalogue();
        noteTranslations(loaded);
        try {
            switch (to) {
                case markdown -> {
                    if (loaded.document() != null && !canonical && language == null) {
                        loaded.document().writeTo(target);
                    } else {
                        writer().write(c, target);
                    }
                }
                case json -> CatalogueJsonWriter.create().write(c, target);
                case jsonl -> CatalogueJsonWriter.create().writeJsonLines(c, target);
                case csv -> csvWriter().write(c, target);
                default -> throw new IllegalStateException(to.name());
            }
        } catch (IOException e) {
            throw new CliFailure(target + ": " + IoErrors.writing(target, e));
        }
    }
}
