package io.github.medicalnlp.catalogue.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code medical-nlp}: convert, query, diff and count Medical_NLP catalogues from the command line.
 * Exit codes: 0 success, 1 findings or differences, 2 bad usage or unreadable input.
 */
@Command(name = "medical-nlp", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Convert, query, diff and count medical NLP catalogues (Markdown README or JSON).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings or differences", "2:bad usage or unreadable input"})
public final class MedicalNlpCommand implements Runnable {

    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code when differences or findings were found. */
    public static final int FINDINGS = 1;
    /** Exit code of a user's mistake or unreadable input. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final InputStream stdin;
    final OutputStream stdout;

    MedicalNlpCommand(InputStream stdin, OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing: convert, query, diff, stats or lint");
    }

    /**
     * Runs the tool and returns its exit code.
     *
     * @param args the command line
     * @param in standard input
     * @param out standard output (UTF-8)
     * @param err standard error (UTF-8)
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new MedicalNlpCommand(in, out));
        addSubcommands(cli, args);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CliFailure) {
                errWriter.println("medical-nlp: " + e.getMessage());
                return USAGE;
            }
            errWriter.println("medical-nlp: internal error: " + e + " (please report it)");
            return USAGE;
        });
        int code = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ConvertCommand.class, QueryCommand.class,
            DiffCommand.class, StatsCommand.class, LintCommand.class, CommandLine.HelpCommand.class);

    /**
     * Adds the subcommand the first argument names, or else all of them. Picocli reflects on every
     * subcommand it is given, so a run of one command only sets that one up (about 60 ms less start-up);
     * for anything else (help, a mistake) all are there, and the tool behaves as if all were declared.
     */
    private static void addSubcommands(CommandLine cli, String[] args) {
        if (args.length > 0) {
            for (Class<?> c : SUBCOMMANDS) {
                if (c.getAnnotation(Command.class).name().equals(args[0]) && c != CommandLine.HelpCommand.class) {
                    cli.addSubcommand(c);
                    return;
                }
            }
        }
        for (Class<?> c : SUBCOMMANDS) {
            cli.addSubcommand(c);
        }
    }

    /**
     * The command-line entry point.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, System.err);
        out.flush();
        System.exit(code);
    }
}
