package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A JShell that runs documentation snippets in this JVM (the "local" engine) with the test class path, as a
 * reader's JShell or a Java notebook kernel runs them: what they print is collected, as {@code System.out} is
 * swapped while the session is open. The README test and the notebook test share it.
 */
final class JShellSession implements AutoCloseable {

    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final JShell shell;

    JShellSession() {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream printErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setOut(print);
        System.setErr(printErr);
        shell = JShell.builder().executionEngine("local").out(print).err(printErr).build();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            shell.addToClasspath(entry);
        }
    }

    /** What the snippets printed since the last {@link #takeOutput()}, which it clears. */
    String takeOutput() {
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return text;
    }

    /** What the snippets wrote to standard error since the last call, which it clears. */
    String takeErrors() {
        String text = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return text;
    }

    /**
     * Evaluates the source snippet by snippet, as JShell cuts it; fails, naming {@code where}, on a rejected
     * snippet or an exception. Returns the events of the snippets themselves (not of those they update).
     */
    List<SnippetEvent> eval(String source, String where) {
        List<SnippetEvent> events = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = source;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String snippet = info.source();
            if (snippet == null || snippet.isBlank()) {
                fail(where + ": incomplete snippet: " + remaining);
            }
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    fail(where + ": rejected: " + snippet + "\n"
                            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                }
                if (e.exception() != null) {
                    fail(where + ": " + snippet + " threw " + e.exception(), e.exception());
                }
                if (e.causeSnippet() == null) {
                    events.add(e);
                }
            }
            remaining = info.remaining();
        }
        return events;
    }

    @Override
    public void close() {
        try {
            shell.close();
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
