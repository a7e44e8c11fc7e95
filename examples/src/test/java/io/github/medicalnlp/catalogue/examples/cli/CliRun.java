package io.github.medicalnlp.catalogue.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the tool in-process (with what a test sets) or as a process of its own (for what only a process has). */
final class CliRun {

    static final Path CORPUS = Path.of("../markdown-io/src/test/resources/corpus");
    static final Path SEED = CORPUS.resolve("medical-nlp-2024-11-14.md");
    static final Path HEALTHCARE = CORPUS.resolve("awesome-healthcare.md");

    record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    static Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), null, Inputs.MAX_BYTES, args);
    }

    static Result run(InputStream stdin, Path stdinFile, long maxInputBytes, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MedicalNlpCommand.run(args, stdin, stdinFile, maxInputBytes, out, err);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MedicalNlpCommand.run(args, new ByteArrayInputStream(new byte[0]), null, Inputs.MAX_BYTES, stdout, err);
        return new Result(code, "", err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs the tool as a process through {@code sh -c}, so that the shell sets the umask and redirects:
     * {@code script} is run with {@code "$@"} holding {@code java -cp <test class path> <main class>}.
     */
    static Result process(Path dir, String script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", script, "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
                MedicalNlpCommand.class.getName()));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the tool did not end: " + script);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** The class path and module path of this test run, as one class path. */
    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String key : new String[] {"java.class.path", "jdk.module.path"}) {
            String value = System.getProperty(key);
            if (value != null && !value.isBlank()) {
                parts.add(value);
            }
        }
        return String.join(File.pathSeparator, parts);
    }
}
