package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.markdown.MarkdownWriter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The training run of the distribution's launcher: it runs every command of the tool once over the bundled
 * catalogue, so that the class-data-sharing archive the JVM writes at the end of this run
 * ({@code -XX:ArchiveClassesAtExit}, or {@code -XX:+AutoCreateSharedArchive} from Java 19 on) holds the
 * classes any command needs, whichever command a user runs first. It reads no file and writes none: the
 * inputs are the bundled catalogue and its Markdown rendering given as standard input, and every output
 * is thrown away. A step that fails is skipped; the run always ends with exit code 0.
 *
 * <p>{@code bin/medical-nlp} runs it once, after the user's command, with its output sent nowhere; the
 * user's command itself never runs with the archive-writing flags, so that writing the archive cannot fail
 * it.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /** The command lines run, each with the bundled catalogue or with standard input. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("--version"),
            List.of("--help"),
            List.of("stats"),
            List.of("query", "--kind", "dataset"),
            List.of("query", "--language", "zh", "--text", "问答", "--format", "json"),
            List.of("query", "--task", "qa", "--format", "csv"),
            List.of("lint"),
            List.of("lint", "--format", "json"),
            List.of("schema"),
            List.of("stats", "--from", "markdown", "-"),
            List.of("lint", "--from", "markdown", "-"),
            List.of("convert", "--from", "markdown", "--to", "json", "-"),
            List.of("query", "--from", "markdown", "--format", "markdown", "-"));

    /**
     * Runs the commands of {@link #COMMANDS} and exits with 0.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        run();
        System.exit(0);
    }

    /** Runs each command once; returns how many finished with exit code 0 or 1 (a finding). */
    static int run() {
        byte[] markdown;
        try {
            markdown = MarkdownWriter.canonical().write(MedicalNlp.catalogue()).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            markdown = new byte[0];
        }
        int done = 0;
        for (List<String> command : COMMANDS) {
            InputStream in = new ByteArrayInputStream(markdown);
            try {
                int code = MedicalNlpCommand.run(command.toArray(new String[0]), in, OutputStream.nullOutputStream(),
                        OutputStream.nullOutputStream());
                if (code == MedicalNlpCommand.OK || code == MedicalNlpCommand.FINDINGS) {
                    done++;
                }
            } catch (RuntimeException e) {
                // a training step only loads classes; one that fails leaves the others to do so
            }
        }
        return done;
    }
}
