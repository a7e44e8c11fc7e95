package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/**
 * The root command built with picocli's programmatic API ({@link MedicalNlpCommand#rootSpec}, what a run
 * uses) behaves exactly as the one picocli makes by reflecting on the class's annotation: the same standard
 * output, standard error and exit code for help, version, mistakes, suggestions and commands that reach
 * the root command object from a subcommand.
 */
class RootSpecTest {

    private static final String SEED = CliRun.SEED.toString();

    private static final List<List<String>> COMMAND_LINES = List.of(
            List.of(), List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"), List.of("-hV"),
            List.of("help"), List.of("help", "stats"), List.of("help", "nosuch"), List.of("-h", "stats"),
            List.of("stats", "--help"), List.of("stats", "-V"), List.of("query", "--version"),
            List.of("nosuch"), List.of("quer"), List.of("--nosuch"), List.of("-x"), List.of("stats", "--nosuch"),
            List.of("stats"), List.of("stats", SEED), List.of("query", "--kind", "dataset", "--limit", "3"),
            List.of("lint", SEED), List.of("lint", "-", "--from", "markdown"), List.of("schema"),
            List.of("convert"), List.of("diff", SEED), List.of("stats", "no-such-file.md"));

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> args, boolean fromAnnotation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] stdin = "# T\n\n## 1. S\n\n- [a](https://a.org) about a\n".getBytes(StandardCharsets.UTF_8);
        int code = MedicalNlpCommand.run(args.toArray(new String[0]), new ByteArrayInputStream(stdin), null,
                Inputs.MAX_BYTES, out, err, fromAnnotation);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void behavesAsTheAnnotatedRoot() {
        for (List<String> args : COMMAND_LINES) {
            Run programmatic = run(args, false);
            assertThat(programmatic).as("medical-nlp %s", String.join(" ", args)).isEqualTo(run(args, true));
        }
    }

    @Test
    void theHelpShowsWhatTheAnnotationDeclares() {
        Run help = run(List.of("--help"), false);
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: medical-nlp [-hV] [COMMAND]").contains(MedicalNlpCommand.DESCRIPTION)
                .contains("-h, --help").contains("-V, --version").contains("Exit codes:")
                .contains("bad usage, unreadable input or unwritable output").contains("  stats  ");
    }

    @Test
    void theSubcommandTableNamesEachClassAsItsAnnotationDoes() {
        for (MedicalNlpCommand.Subcommand s : MedicalNlpCommand.SUBCOMMANDS) {
            Command annotation = s.type().getAnnotation(Command.class);
            if (annotation != null) { // the others are declared through the programmatic API, under their table name
                assertThat(annotation.name()).isEqualTo(s.name());
            }
        }
        assertThat(MedicalNlpCommand.run(new String[] {"stats", "--help"}, java.io.InputStream.nullInputStream(),
                java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream())).isZero();
        assertThat(MedicalNlpCommand.SUBCOMMANDS).extracting(MedicalNlpCommand.Subcommand::name)
                .containsExactly("convert", "query", "diff", "stats", "lint", "schema", "help");
    }
}
