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
     * document of the same major version and refuses a newer major version. A version is two numbers
     * joined by a dot, each {@code 0} or a digit 1–9 followed by at most eight digits (ASCII only, no
     * sign, no leading zero, no space, no third part): {@code 1.0} and {@code 1.12} are versions;
     * {@code 1}, {@code 01.0}, {@code 1.00}, {@code 1.0.1} and {@code " 1.0"} are not, and a reader
     * refuses them.
     */
    public static final String VERSION = "1.1";

    /** The media type of a catalogue document. */
    public static final String MEDIA_TYPE = "application/json";

    /** The media type of the JSON Lines export, one entry per line. */
    public static final String JSON_LINES_MEDIA_TYPE = "application/jsonl";

    /**
     * The name of the JSON Schema (draft 2020-12) of format {@value #VERSION} as this version writes it,
     * a resource of this package: no property outside the format at any level
     * ({@code additionalProperties: false}), as {@link CatalogueJsonReader#strict()} reads.
     */
    public static final String SCHEMA_RESOURCE = "catalogue-1.1.schema.json";

    /**
     * The name of the JSON Schema (draft 2020-12) of every document of major version 1, a resource of
     * this package: what {@link CatalogueJsonReader#create()} and every other reader of 1.x read —
     * properties of later minor versions allowed at every level, {@code null} for an absent value.
     */
    public static final String READER_SCHEMA_RESOURCE = "catalogue-1.schema.json";

    private JsonFormat() {
    }

    /**
     * The JSON Schema (draft 2020-12) of the documents this version writes and the strict reader reads
     * (the resource {@value #SCHEMA_RESOURCE}).
     */
    public static String schema() {
        return resource(SCHEMA_RESOURCE);
    }

    /**
     * The JSON Schema (draft 2020-12) of every document of major version 1, which every reader of 1.x
     * reads (the resource {@value #READER_SCHEMA_RESOURCE}). No JSON Schema sees a key repeated in an
     * object, which the default reader reads with a warning and the strict reader refuses.
     */
    public static String readerSchema() {
        return resource(READER_SCHEMA_RESOURCE);
    }

    private static String resource(String name) {
        try (java.io.InputStream in = JsonFormat.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + name + " is missing");
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
