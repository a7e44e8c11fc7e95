package io.github.medicalnlp.catalogue.examples.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the tool reads and writes. */
enum Format {
    markdown("md"), json("json"), jsonl("jsonl");

    final String extension;

    Format(String extension) {
        this.extension = extension;
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
