package io.github.medicalnlp.catalogue.examples.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the tool writes; it reads Markdown and JSON (see {@link From}), not the flat exports. */
enum Format {
    markdown("md"), json("json"), jsonl("jsonl"), csv("csv");

    final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /**
     * The formats the tool reads, the values of {@code --from}. JSON Lines and CSV are not among them:
     * json-io writes them as flat exports of the entries (without the sections, title or introduction,
     * with the first link of each kind) and has no reader for them, so a catalogue cannot be read back.
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
        if (name.endsWith(".csv")) {
            return csv;
        }
        if (name.endsWith(".json")) {
            return json;
        }
        return null;
    }

    /** Whether this is a flat export (JSON Lines, CSV): one row per entry, which cannot be read back. */
    boolean isFlat() {
        return this == jsonl || this == csv;
    }

    /** How a message names the format: {@code JSON Lines}, {@code CSV}, … */
    String title() {
        return switch (this) {
            case markdown -> "Markdown";
            case json -> "JSON";
            case jsonl -> "JSON Lines";
            case csv -> "CSV";
        };
    }
}
