package io.github.medicalnlp.catalogue.markdown;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Facts about the Markdown format: its media type and the file names it is recognised by. */
public final class MarkdownFormat {

    /** The media type of Markdown, RFC 7763. */
    public static final String MEDIA_TYPE = "text/markdown";

    /** The file extensions of Markdown files, without the dot, the usual one first. */
    public static final List<String> EXTENSIONS = List.of("md", "markdown");

    private MarkdownFormat() {
    }

    /**
     * Whether the file name ends in a Markdown extension ({@code .md} or {@code .markdown}, any case).
     *
     * @throws NullPointerException if {@code file} is null
     */
    public static boolean isMarkdownFile(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(ext -> lower.endsWith("." + ext) && lower.length() > ext.length() + 1);
    }
}
