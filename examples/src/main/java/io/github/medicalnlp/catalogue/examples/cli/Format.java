package io.github.medicalnlp.catalogue.examples.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the tool writes; it reads all but JSON Lines (see {@link From}). */
enum Format {
    markdown("md"), json("json"), jsonl("jsonl");

    final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /**
     * The formats the tool reads, the values of {@code --from}. JSON Lines is not among them: json-io
     * writes it as a flat export of the entries (without the sections, title or introduction) and has
     * no reader for it, so a catalogue cannot be read back from it.
     */
    enum From {
        markdown, json;

        /** The format, or null for null. */
        static Format of(From from) {
            return from == null ? null : from == markdown ? Format.markdown : Format.json;
        }
    }

    /** The format a file name says, or null. */
    static Format of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return markdown;
        }
        if (name.endsWith(".jsonl")) {
            return jsonl;
        }
        if (name.endsWith(".json")) {
            return json;
        }
        return null;
    }
}
