package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import io.github.medicalnlp.catalogue.markdown.MarkdownWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Converts Markdown to JSON and JSON to Markdown. With a README path it converts that file (next to it:
 * {@code .json}); without, it converts the bundled catalogue's JSON to Markdown and back.
 */
public final class ConvertExample {

    private ConvertExample() {
    }

    /**
     * Markdown file → JSON file beside it → Markdown again, printing what happened.
     *
     * @throws IOException when a file cannot be read or written
     */
    public static void convertFile(Path readme, PrintStream out) throws IOException {
        MarkdownDocument doc = MarkdownReader.create().read(readme);
        Path json = readme.resolveSibling(readme.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json");
        CatalogueJsonWriter.create().write(doc.catalogue(), json);
        Catalogue back = CatalogueJsonReader.create().read(json);
        out.println(readme.getFileName() + " -> " + json.getFileName() + ": " + back.entryCount() + " entries, equal: "
                + back.equals(doc.catalogue()));
    }

    /** The bundled catalogue: JSON → Markdown → catalogue, printing what happened. */
    public static void convertBundled(PrintStream out) {
        Catalogue catalogue = MedicalNlp.catalogue();
        String json = CatalogueJsonWriter.create().write(catalogue);
        String markdown = MarkdownWriter.canonical().write(CatalogueJsonReader.create().read(json));
        Catalogue back = MarkdownReader.create().read(markdown).catalogue();
        // the Markdown holds the list's own language; the English stays in the JSON
        out.println("JSON " + json.length() + " chars -> Markdown " + markdown.lines().count() + " lines -> "
                + back.entryCount() + " entries, equal: " + back.equals(catalogue.withoutTranslations()));
    }

    /**
     * Runs the example.
     *
     * @param args an optional README path
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length > 0 && Files.exists(Path.of(args[0]))) {
            convertFile(Path.of(args[0]), out);
        } else {
            convertBundled(out);
        }
    }
}
