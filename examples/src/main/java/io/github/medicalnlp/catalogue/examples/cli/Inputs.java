package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.CatalogueFormatException;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import io.github.medicalnlp.catalogue.markdown.MarkdownDocument;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading a catalogue from a file, standard input or the bundled resource, with one-line errors.
 * Inputs are streamed into the libraries' readers, never read whole first: a regular file's size is
 * checked before it is opened, and every stream stops at {@link #MAX_BYTES}, so an endless one (such as
 * {@code /dev/zero}) ends in the typed size error.
 */
final class Inputs {

    /**
     * The most bytes read from one input: the byte limit of the readers ({@link MarkdownReader} stops at
     * four bytes for each of its {@link MarkdownReader#MAX_DOCUMENT_CHARS} characters, and the JSON
     * reader at the same 256 MiB).
     */
    static final long MAX_BYTES = 4L * MarkdownReader.MAX_DOCUMENT_CHARS;

    /** How far into standard input the first non-blank character is looked for, to tell JSON from Markdown. */
    private static final int SNIFF_BYTES = 64 * 1024;

    /** The name of standard input in messages and findings. */
    static final String STDIN = "<stdin>";
    /** The name of the bundled catalogue in messages and findings. */
    static final String BUNDLED = "(bundled)";

    /** A catalogue read, with the Markdown document when it was Markdown. */
    record Loaded(String name, Format format, Catalogue catalogue, MarkdownDocument document) {
    }

    private final InputStream stdin;
    private final long maxBytes;
    /** Where a reader's warning goes (a JSON key given twice), as one line. */
    private final java.util.function.Consumer<String> warnings;

    /** With the size limit (smaller in tests) and where warnings go. */
    Inputs(InputStream stdin, long maxBytes, java.util.function.Consumer<String> warnings) {
        this.stdin = stdin;
        this.maxBytes = maxBytes;
        this.warnings = warnings;
    }

    /** The bundled catalogue. */
    static Loaded bundled() {
        return new Loaded(BUNDLED, Format.json, MedicalNlp.catalogue(), null);
    }

    /**
     * Reads {@code input} ({@code -} for standard input) in the given format, or the format its name
     * says, or (for standard input) the format its first non-blank character says.
     *
     * @throws CliFailure naming the input and the place when it cannot be read
     */
    Loaded load(String input, Format from) {
        if (input.equals("-")) {
            String name = STDIN;
            try {
                Limited limited = new Limited(stdin, name, maxBytes);
                BufferedInputStream in = new BufferedInputStream(limited, SNIFF_BYTES);
                Format format = from != null ? from : sniff(in);
                limited.markdown = format == Format.markdown;
                return parse(in, name, format);
            } catch (IOException e) {
                throw failure(name, null, e);
            }
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            throw new CliFailure(input + ": not a file name: " + e.getReason());
        }
        Format format = from != null ? from : Format.of(path);
        if (format == null) {
            throw new CliFailure(input + ": cannot tell the format from the name; give --from markdown or --from json");
        }
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw new CliFailure(input + ": a directory, not a catalogue file");
            }
            if (a.isRegularFile() && a.size() > maxBytes) {
                throw new CliFailure(tooLarge(input, a.size() + " bytes"));
            }
            try (Limited in = new Limited(Files.newInputStream(path), input, maxBytes)) {
                in.markdown = format == Format.markdown;
                return parse(in, input, format);
            }
        } catch (IOException e) {
            throw failure(input, path, e);
        }
    }

    private Loaded parse(InputStream in, String name, Format format) throws IOException {
        if (format.isFlat()) {
            throw new CliFailure(name + ": " + format.title() + " is an export format (one entry per "
                    + (format == Format.csv ? "record" : "line") + ", without the sections) and cannot be read back;"
                    + " read the .json or .md it was made from");
        }
        try {
            if (format == Format.json) {
                CatalogueJsonReader reader = CatalogueJsonReader.create()
                        .withWarnings(w -> warnings.accept(withoutParserSource(w.getMessage())));
                return new Loaded(name, format, reader.read(in, name), null);
            }
            MarkdownDocument doc = MarkdownReader.create().read(in, name);
            return new Loaded(name, format, doc.catalogue(), doc);
        } catch (CatalogueFormatException e) {
            throw new CliFailure(withoutParserSource(e.getMessage()));
        }
    }

    private static CliFailure failure(String name, Path path, IOException e) {
        if (e instanceof TooLarge) {
            return new CliFailure(e.getMessage());
        }
        return new CliFailure(name + ": " + (path == null ? "cannot read: " + IoErrors.reason(e) : IoErrors.reading(path, e)));
    }

    private String tooLarge(String name, String size) {
        return name + ": the document is " + size + ", over the limit of " + maxBytes
                + " bytes that the readers accept; split the list";
    }

    /** JSON when the first non-blank byte (after a byte order mark) is '{', else Markdown. */
    private static Format sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        try {
            for (int i = 0; i < SNIFF_BYTES; i++) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b == '{' ? Format.json : Format.markdown;
                }
            }
            return Format.markdown;
        } finally {
            in.reset();
        }
    }

    /**
     * The message without the parser's own idea of the source ({@code [Source: (BufferedInputStream);
     * line: 1, column: 1]} becomes {@code line 1, column 1}): the message already names the input.
     */
    static String withoutParserSource(String message) {
        StringBuilder out = new StringBuilder(message.length());
        int from = 0;
        for (int at = message.indexOf("[Source: "); at >= 0; at = message.indexOf("[Source: ", from)) {
            int end = message.indexOf(']', at);
            int line = end < 0 ? -1 : message.lastIndexOf("line: ", end);
            if (line < at) {
                break;
            }
            out.append(message, from, at)
                    .append(message.substring(line, end).replace("line: ", "line ").replace("column: ", "column "));
            from = end + 1;
        }
        return out.append(message, from, message.length()).toString();
    }

    /** The typed size error, raised by {@link Limited} through whichever reader is reading. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * A stream that fails with {@link TooLarge} as soon as more than the limit has been read from it; for
     * Markdown also as soon as its UTF-8 holds more characters than {@link MarkdownReader} reads, so that
     * an endless stream of one-byte characters stops at 64 Mi of them, not at 256 MiB.
     */
    private static final class Limited extends FilterInputStream {
        private final String name;
        private final long limit;
        private long count;
        private long chars;
        boolean markdown;

        Limited(InputStream in, String name, long limit) {
            super(in);
            this.name = name;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                chars += (b & 0xC0) == 0x80 ? 0 : (b & 0xF8) == 0xF0 ? 2 : 1;
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                for (int i = off; i < off + n; i++) {
                    // a UTF-8 lead byte starts a character; one of four bytes, a pair of Java chars
                    chars += (b[i] & 0xC0) == 0x80 ? 0 : (b[i] & 0xF8) == 0xF0 ? 2 : 1;
                }
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) throws TooLarge {
            count += n;
            if (markdown && chars > MarkdownReader.MAX_DOCUMENT_CHARS) {
                throw new TooLarge(name + ": the document is over the limit of " + MarkdownReader.MAX_DOCUMENT_CHARS
                        + " characters (MarkdownReader.MAX_DOCUMENT_CHARS; reading stopped there); split the list");
            }
            if (count > limit) {
                throw new TooLarge(name + ": the document is over the limit of " + limit
                        + " bytes that the readers accept (reading stopped there); split the list");
            }
        }
    }
}
