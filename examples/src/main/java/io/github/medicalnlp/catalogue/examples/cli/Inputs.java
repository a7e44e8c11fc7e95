package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a catalogue from a file, standard input or the bundled resource, with one-line errors. */
final class Inputs {

    /** A catalogue read, with the Markdown document when it was Markdown. */
    record Loaded(String name, Format format, Catalogue catalogue, MarkdownDocument document) {
    }

    private final InputStream stdin;

    Inputs(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The bundled catalogue. */
    static Loaded bundled() {
        return new Loaded("(bundled)", Format.json, MedicalNlp.catalogue(), null);
    }

    /**
     * Reads {@code input} ({@code -} for standard input) in the given format, or the format its name
     * says, or (for standard input) the format its first character says.
     *
     * @throws CliFailure naming the input and the place when it cannot be read
     */
    Loaded load(String input, Format from) {
        String name = input.equals("-") ? "<stdin>" : input;
        byte[] bytes;
        try {
            bytes = input.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(input));
        } catch (NoSuchFileException e) {
            throw new CliFailure(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CliFailure(name + ": permission denied");
        } catch (IOException e) {
            throw new CliFailure(name + ": cannot read: " + e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new CliFailure(name + ": not a file name: " + e.getMessage());
        }
        Format format = from != null ? from : input.equals("-") ? sniff(bytes) : Format.of(Path.of(input));
        if (format == null) {
            throw new CliFailure(name + ": cannot tell the format from the name; give --from markdown or --from json");
        }
        if (format == Format.jsonl) {
            throw new CliFailure(name + ": JSON Lines is an export format and cannot be read; read the .json or .md");
        }
        try {
            if (format == Format.json) {
                return new Loaded(name, format,
                        CatalogueJsonReader.create().read(new ByteArrayInputStream(bytes), name), null);
            }
            MarkdownDocument doc = MarkdownReader.create().read(new ByteArrayInputStream(bytes), name);
            return new Loaded(name, format, doc.catalogue(), doc);
        } catch (CatalogueFormatException e) {
            throw new CliFailure(e.getMessage());
        } catch (IOException e) {
            throw new CliFailure(name + ": cannot read: " + e.getMessage());
        }
    }

    private static Format sniff(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' ? Format.json : Format.markdown;
            }
        }
        return Format.markdown;
    }
}
