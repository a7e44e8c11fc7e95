package io.github.medicalnlp.catalogue.examples.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code medical-nlp}: convert, query, diff and count Medical_NLP catalogues from the command line.
 * Exit codes: 0 success, 1 findings or differences, 2 bad usage or unreadable input.
 *
 * <p>A run declares this root command to picocli through its programmatic API ({@link #rootSpec}), not by
 * letting picocli reflect on the annotation below: that reflection was a tenth of the tool's start-up
 * (issue 15). The annotation stays the declaration that tools reading picocli annotations see, made of
 * the same constants; {@code RootSpecTest} holds the two to the same help, version, errors and exit codes.
 */
@Command(name = MedicalNlpCommand.NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = MedicalNlpCommand.DESCRIPTION, exitCodeListHeading = MedicalNlpCommand.EXIT_CODE_HEADING,
        exitCodeList = {MedicalNlpCommand.EXIT_OK, MedicalNlpCommand.EXIT_FINDINGS, MedicalNlpCommand.EXIT_USAGE})
public final class MedicalNlpCommand implements Runnable {

    /** The command's name. */
    static final String NAME = "medical-nlp";
    /** The command's description, the first lines of its help. */
    static final String DESCRIPTION = "Convert, query, diff and count medical NLP catalogues (Markdown README or JSON).";
    /** The heading of the exit-code list in the help. */
    static final String EXIT_CODE_HEADING = "%nExit codes:%n";
    /** The exit codes, as {@code code:meaning} for the help. */
    static final String EXIT_OK = "0:success";
    static final String EXIT_FINDINGS = "1:findings or differences";
    static final String EXIT_USAGE = "2:bad usage, unreadable input or unwritable output";

    /** Exit code of success. */
    public static final int OK = 0;
    /** Exit code when differences or findings were found. */
    public static final int FINDINGS = 1;
    /** Exit code of a user's mistake, unreadable input or output that could not be written. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandSpec spec;

    final InputStream stdin;
    final CheckedOutput stdout;
    /** The regular file standard input reads (it is then an input like any other), or null. */
    final Path stdinFile;
    private final long maxInputBytes;

    MedicalNlpCommand(InputStream stdin, Path stdinFile, long maxInputBytes, CheckedOutput stdout) {
        this.stdin = stdin;
        this.stdinFile = stdinFile;
        this.maxInputBytes = maxInputBytes;
        this.stdout = stdout;
    }

    /** Standard error, once a run has started: where the readers' warnings go. */
    private PrintWriter warnings;

    /** A reader of the inputs, with the size limit; its warnings go to standard error. */
    Inputs inputs() {
        PrintWriter to = warnings;
        return new Inputs(stdin, maxInputBytes, w -> {
            if (to != null) {
                TerminalText.error(to, "warning: " + w);
            }
        });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing: convert, query, diff, stats, lint or schema");
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
        return run(args, in, in == System.in ? stdinFile() : null, Inputs.MAX_BYTES, out, err);
    }

    /** {@link #run(String[], InputStream, OutputStream, OutputStream)} with what a test sets. */
    static int run(String[] args, InputStream in, Path stdinFile, long maxInputBytes, OutputStream out,
            OutputStream err) {
        return run(args, in, stdinFile, maxInputBytes, out, err, false);
    }

    /**
     * {@link #run(String[], InputStream, Path, long, OutputStream, OutputStream)}, with the root command
     * declared by {@link #rootSpec} or, when {@code fromAnnotation}, by picocli's reflection on this class's
     * annotation (which {@code RootSpecTest} compares it with).
     */
    static int run(String[] args, InputStream in, Path stdinFile, long maxInputBytes, OutputStream out,
            OutputStream err, boolean fromAnnotation) {
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CheckedOutput checked = new CheckedOutput(out);
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8), false);
        MedicalNlpCommand root = new MedicalNlpCommand(in, stdinFile, maxInputBytes, checked);
        root.warnings = errWriter;
        CommandLine cli = fromAnnotation ? new CommandLine(root) : new CommandLine(rootSpec(root));
        addSubcommands(cli, root, args);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setParameterExceptionHandler((e, arguments) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            String suggestion = e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                    ? "; did you mean " + String.join(" or ", u.getSuggestions()) + "?" : "";
            TerminalText.error(errWriter, e.getMessage() + suggestion + " (see '" + command + " --help')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CliFailure) {
                TerminalText.error(errWriter, e.getMessage());
            } else if (e != checked.failure()) {
                TerminalText.error(errWriter, "internal error: " + e + " (please report it)");
            }
            return USAGE;
        });
        int code = cli.execute(args);
        outWriter.flush();
        if (checked.failure() != null) {
            TerminalText.error(errWriter, "standard output: cannot write: " + IoErrors.reason(checked.failure())
                    + "; the output is incomplete");
            code = USAGE;
        }
        errWriter.flush();
        return code;
    }

    /**
     * The regular file standard input is redirected from, or null when it is a terminal, a pipe or not
     * to be found (on Linux {@code /proc/self/fd/0} names it, elsewhere {@code /dev/stdin}).
     */
    private static Path stdinFile() {
        for (String name : new String[] {"/proc/self/fd/0", "/dev/stdin"}) {
            Path p = Path.of(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The root command as picocli would make it of this class's annotation, built without reflection:
     * {@code -h/--help} and {@code -V/--version} as {@code mixinStandardHelpOptions} declares them (with
     * picocli's words), the description, the exit-code list and the version. The command object is
     * {@code root}, so that subcommands find it as their {@code @ParentCommand}; its {@code @Spec} is set.
     */
    static CommandSpec rootSpec(MedicalNlpCommand root) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(root);
        spec.name(NAME);
        spec.usageMessage().description(DESCRIPTION).exitCodeListHeading(EXIT_CODE_HEADING)
                .exitCodeList(exitCodes(EXIT_OK, EXIT_FINDINGS, EXIT_USAGE));
        standardHelpOptions(spec);
        root.spec = spec;
        return spec;
    }

    /**
     * {@code -h/--help} and {@code -V/--version} as picocli's {@code mixinStandardHelpOptions} declares them
     * (with picocli's words), and the tool's version, on a command declared through the programmatic API.
     */
    static void standardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
                .build());
        spec.versionProvider(new Version());
    }

    /** {@code code:meaning} pairs as the ordered map picocli's usage message takes. */
    private static Map<String, String> exitCodes(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int colon = pair.indexOf(':');
            map.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
        return map;
    }

    /**
     * The subcommands by name, in the order help lists them. The names are the classes' own
     * {@code @Command} names ({@code RootSpecTest} holds them to it): looking a name up here reads no
     * annotation, where asking each class for its annotation parsed the annotations of every class before
     * the one named.
     */
    static final List<Subcommand> SUBCOMMANDS = List.of(new Subcommand("convert", ConvertCommand.class),
            new Subcommand("query", QueryCommand.class), new Subcommand("diff", DiffCommand.class),
            new Subcommand("stats", StatsCommand.class), new Subcommand("lint", LintCommand.class),
            new Subcommand("schema", SchemaCommand.class), new Subcommand("help", CommandLine.HelpCommand.class));

    /** A subcommand's name and class. */
    record Subcommand(String name, Class<?> type) {
    }

    /**
     * The subcommand as picocli is given it: commands declared through the programmatic API (the two most
     * run, {@code stats} and {@code query}, whose start-up a reflection over their annotations was a sixth
     * of) as their spec, the others as their class, which picocli reflects on.
     */
    private Object declaration(Subcommand c) {
        if (c.type() == StatsCommand.class) {
            return StatsCommand.spec(this);
        }
        if (c.type() == QueryCommand.class) {
            return QueryCommand.spec(this);
        }
        return c.type();
    }

    /**
     * Adds the subcommand the first argument names, or else all of them. Picocli reflects on every
     * subcommand it is given, so a run of one command only sets that one up (about 60 ms less start-up);
     * for anything else (help, a mistake) all are there, and the tool behaves as if all were declared.
     */
    private static void addSubcommands(CommandLine cli, MedicalNlpCommand root, String[] args) {
        if (args.length > 0) {
            for (Subcommand c : SUBCOMMANDS) {
                if (c.name().equals(args[0]) && c.type() != CommandLine.HelpCommand.class) {
                    cli.addSubcommand(c.name(), root.declaration(c));
                    withVersion(cli);
                    return;
                }
            }
        }
        for (Subcommand c : SUBCOMMANDS) {
            cli.addSubcommand(c.name(), root.declaration(c));
        }
        withVersion(cli);
    }

    /** Gives every subcommand the tool's version, so that {@code stats -V} prints it as {@code -V} does. */
    private static void withVersion(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().versionProvider(new Version());
        }
    }

    /**
     * The command-line entry point.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // not System.out: a PrintStream swallows write errors (a full disk, /dev/full, a closed pipe)
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        int code = run(args, System.in, out, System.err);
        System.exit(code);
    }
}
