package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.markdown.MarkdownWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Regenerates the README Markdown of the bundled, curated catalogue from its data: the canonical
 * rendering of markdown-io, with a Contents list that matches the headings. With a file name it writes
 * the file; without, it prints the Markdown.
 */
public final class RegenerateMarkdownExample {

    private RegenerateMarkdownExample() {
    }

    /** The Markdown of the bundled catalogue. */
    public static String markdown() {
        Catalogue catalogue = MedicalNlp.catalogue();
        return MarkdownWriter.canonical().write(catalogue);
    }

    /**
     * Prints the Markdown, or writes it to the file named by the first argument.
     *
     * @param args an optional output file
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            MarkdownWriter.canonical().write(MedicalNlp.catalogue(), Path.of(args[0]));
            return;
        }
        new PrintStream(System.out, true, StandardCharsets.UTF_8).print(markdown());
    }
}
