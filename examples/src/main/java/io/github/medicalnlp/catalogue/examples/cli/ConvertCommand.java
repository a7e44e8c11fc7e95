package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.Catalogue;
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

/** {@code convert}: Markdown and JSON both ways, JSON Lines, canonical Markdown. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert catalogues between Markdown, JSON and JSON Lines.",
            "Markdown to Markdown without --canonical gives back the input byte for byte."})
final class ConvertCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    MedicalNlpCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<input>", description = "Files to convert (.md, .markdown, .json), or - for standard input.")
    List<String> inputs;

    @Option(names = "--from", paramLabel = "markdown|json", description = "The input format, when the name does not say it.")
    Format from;

    @Option(names = "--to", paramLabel = "markdown|json|jsonl", defaultValue = "json",
            description = "The output format (default: ${DEFAULT-VALUE}).")
    Format to;

    @Option(names = "--canonical", description = "Write Markdown in the canonical house style, not as the input was written.")
    boolean canonical;

    @Option(names = {"-o", "--output"}, paramLabel = "<path>",
            description = "The output file; a directory for several inputs. Without it, standard output.")
    Path output;

    @Option(names = "--overwrite", description = "Allow writing over an input file.")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        boolean directory = output != null && (inputs.size() > 1 || Files.isDirectory(output));
        if (output == null && inputs.size() > 1 && to != Format.jsonl) {
            throw new CliFailure("several inputs need -o <directory>");
        }
        Inputs reader = new Inputs(parent.stdin);
        int code = MedicalNlpCommand.OK;
        PrintWriter err = spec.commandLine().getErr();
        for (String input : inputs) {
            try {
                Inputs.Loaded loaded = reader.load(input, from);
                if (output == null) {
                    parent.stdout.write(render(loaded).getBytes(StandardCharsets.UTF_8));
                    parent.stdout.flush();
                    continue;
                }
                Path target = directory ? output.resolve(baseName(input) + "." + to.extension) : output;
                if (!overwrite && !input.equals("-") && Files.exists(target)
                        && Files.isSameFile(target, Path.of(input))) {
                    throw new CliFailure(target + ": would overwrite its input; give --overwrite to allow it");
                }
                write(loaded, target);
            } catch (CliFailure e) {
                err.println("medical-nlp: " + e.getMessage());
                code = MedicalNlpCommand.USAGE;
            }
        }
        return code;
    }

    private String render(Inputs.Loaded loaded) {
        Catalogue c = loaded.catalogue();
        return switch (to) {
            case markdown -> loaded.document() != null && !canonical ? loaded.document().render()
                    : MarkdownWriter.canonical().write(c);
            case json -> CatalogueJsonWriter.create().write(c);
            case jsonl -> CatalogueJsonWriter.create().toJsonLines(c);
        };
    }

    /** Writes through the library's writers: a temporary file beside the target, then moved into place. */
    private void write(Inputs.Loaded loaded, Path target) {
        Catalogue c = loaded.catalogue();
        try {
            switch (to) {
                case markdown -> {
                    if (loaded.document() != null && !canonical) {
                        loaded.document().writeTo(target);
                    } else {
                        MarkdownWriter.canonical().write(c, target);
                    }
                }
                case json -> CatalogueJsonWriter.create().write(c, target);
                case jsonl -> CatalogueJsonWriter.create().writeJsonLines(c, target);
                default -> throw new IllegalStateException(to.name());
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CliFailure(target + ": cannot write: the directory does not exist");
        } catch (IOException e) {
            throw new CliFailure(target + ": cannot write: " + e.getMessage());
        }
    }

    private static String baseName(String input) {
        if (input.equals("-")) {
            return "stdin";
        }
        String name = Path.of(input).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
