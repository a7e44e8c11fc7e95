package io.github.medicalnlp.catalogue.json;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Facts about the JSON format: its name, version, media types and file extensions. */
public final class JsonFormat {

    /** The value of the top-level {@code format} property that names a catalogue document. */
    public static final String NAME = "medical-nlp-catalogue";

    /**
     * The version of the format this library writes, {@code major.minor}: a reader accepts every
     * document of the same major version and refuses a newer major version.
     */
    public static final String VERSION = "1.0";

    /** The media type of a catalogue document. */
    public static final String MEDIA_TYPE = "application/json";

    /** The media type of the JSON Lines export, one entry per line. */
    public static final String JSON_LINES_MEDIA_TYPE = "application/jsonl";

    /** The name of the JSON Schema (draft 2020-12) of this version, a resource of this package. */
    public static final String SCHEMA_RESOURCE = "catalogue-1.0.schema.json";

    private JsonFormat() {
    }

    /** The JSON Schema (draft 2020-12) of the documents this version writes. */
    public static String schema() {
        try (java.io.InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The major version of {@link #VERSION}. */
    public static int majorVersion() {
        return Integer.parseInt(VERSION.substring(0, VERSION.indexOf('.')));
    }

    /**
     * Whether the file name ends in {@code .json} (any case).
     *
     * @throws NullPointerException if {@code file} is null
     */
    public static boolean isJsonFile(Path file) {
        return hasExtension(file, ".json");
    }

    /**
     * Whether the file name ends in {@code .jsonl} (any case).
     *
     * @throws NullPointerException if {@code file} is null
     */
    public static boolean isJsonLinesFile(Path file) {
        return hasExtension(file, ".jsonl");
    }

    private static boolean hasExtension(Path file, String extension) {
        Objects.requireNonNull(file, "file must not be null");
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(extension) && lower.length() > extension.length();
    }
}
