package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Severity;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownFix;
import io.github.medicalnlp.catalogue.markdown.MarkdownFixer;
import io.github.medicalnlp.catalogue.markdown.MarkdownLinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;

/**
 * {@code lint --fix [--write]}: fixes what has one safe answer ({@link MarkdownFixer}), prints the unified
 * diff of each file on standard output, what was not fixed and why and a summary ({@code fixed 22 findings
 * in 1 file; 75 left}) on standard error, and with {@code --write} replaces each changed file atomically
 * (a temporary file beside it, then moved into place; its permissions kept; a symbolic link followed to
 * the file it names). Only Markdown files can be fixed; standard input can be fixed to standard output,
 * not written.
 *
 * <p>Exit code: 0 when no error is left after fixing, 1 when errors are left (what {@code lint} of the
 * fixed files would say), 2 when an input cannot be fixed or written.
 */
final class LintFix {

    private final MedicalNlpCommand parent;
    private final PrintWriter err;
    private final MarkdownLinter linter;
    private final Severity floor;

    LintFix(MedicalNlpCommand parent, PrintWriter err, MarkdownLinter linter, Severity floor) {
        this.parent = parent;
        this.err = err;
        this.linter = linter;
        this.floor = floor;
    }

    /** Fixes the inputs; the exit code. */
    int run(List<String> inputs, Format.From from, boolean write) {
        if (inputs.isEmpty()) {
            throw new CliFailure("--fix needs the Markdown files to fix (the bundled catalogue is not a file)");
        }
        if (write && inputs.contains("-")) {
            throw new CliFailure("--write: standard input can be fixed to standard output but not written;"
                    + " give the file's name");
        }
        MarkdownFixer fixer = MarkdownFixer.of(linter).filtered(f -> reported(f));
        int code = MedicalNlpCommand.OK;
        int files = 0;
        int fixed = 0;
        int left = 0;
        int written = 0;
        boolean errorsLeft = false;
        for (String input : inputs) {
            try {
                Path path = write ? writable(input) : null;
                Inputs.Loaded loaded = parent.inputs().load(input, Format.From.of(from));
                if (loaded.document() == null) {
                    throw new CliFailure(input + ": only Markdown can be fixed, and this is a JSON catalogue;"
                            + " fix the Markdown it was made from");
                }
                MarkdownFix fix = fixer.fix(loaded.document());
                files++;
                fixed += fix.applied().size();
                List<Finding> remaining = fix.remaining().stream().filter(this::reported).toList();
                left += remaining.size();
                errorsLeft |= remaining.stream().anyMatch(f -> f.severity() == Severity.ERROR);
                parent.stdout.write(UnifiedDiff.of(loaded.name(), fix).getBytes(StandardCharsets.UTF_8));
                parent.stdout.flush();
                for (MarkdownFix.Declined d : fix.declined()) {
                    err.println(TerminalText.line(d.finding().location().map(Object::toString).orElse(loaded.name())
                            + ": not fixed: " + d.finding().rule() + ": " + d.reason()));
                }
                if (path != null && fix.changed()) {
                    replace(path, loaded.document(), fix);
                    written++;
                }
            } catch (CliFailure e) {
                err.flush();
                TerminalText.error(err, e.getMessage());
                code = MedicalNlpCommand.USAGE;
            } catch (IOException e) {
                TerminalText.error(err, input + ": cannot write the diff: " + IoErrors.reason(e));
                code = MedicalNlpCommand.USAGE;
            }
        }
        err.println("fixed " + plural(fixed, "finding") + " in " + plural(files, "file") + "; " + left + " left");
        if (written > 0) {
            err.println("medical-nlp: wrote " + plural(written, "file"));
        }
        err.flush();
        if (code != MedicalNlpCommand.OK) {
            return code;
        }
        return errorsLeft ? MedicalNlpCommand.FINDINGS : MedicalNlpCommand.OK;
    }

    private boolean reported(Finding f) {
        return f.severity().ordinal() <= floor.ordinal(); // ERROR, WARNING, INFO: worse first
    }

    /** The file {@code --write} replaces: a regular file, or a link to one. */
    private static Path writable(String input) {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            throw new CliFailure(input + ": not a file name: " + e.getReason());
        }
        try {
            if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                throw new CliFailure(input + ": a symbolic link to " + Files.readSymbolicLink(path)
                        + ", which does not exist; not writing through it");
            }
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            if (!a.isRegularFile() && !a.isDirectory()) {
                throw new CliFailure(input + ": not a regular file (a device, pipe or socket); --write replaces"
                        + " regular files only; without --write the diff goes to standard output");
            }
        } catch (IOException e) {
            return path; // not there, or not readable: the reader says why
        }
        return path;
    }

    /** Writes the fixed text over the file, if the file is still what was read. */
    private static void replace(Path path, MarkdownDocument read, MarkdownFix fix) {
        try {
            byte[] now = Files.readAllBytes(path);
            if (!Arrays.equals(now, read.source().getBytes(StandardCharsets.UTF_8))) {
                throw new CliFailure(path + ": changed while it was being fixed; nothing written, run the fix again");
            }
            fix.fixed().writeTo(path);
        } catch (IOException e) {
            throw new CliFailure(path + ": " + IoErrors.writing(path, e));
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
