package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.markdown.internal.EditRenderer;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.internal.AtomicFiles;
import io.github.medicalnlp.catalogue.markdown.internal.Utf8;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A Markdown document as read: the {@link Catalogue} it holds, and how it was written.
 *
 * <p>{@link #render()} gives the text back. For a document as read, it is exactly the text that was
 * read, byte for byte, whatever it held. After {@link #withCatalogue(Catalogue)} it is the text with
 * only what changed rewritten: unchanged entries, sections and everything the reader did not
 * understand keep their bytes; new and changed entries are written in the style of their neighbours.
 *
 * <p>Documents are immutable and safe to share between threads.
 */
public final class MarkdownDocument {

    private final Parsed parsed;
    private final String sourceName;
    private final Catalogue catalogue;
    private final String rendered;

    MarkdownDocument(Parsed parsed, String sourceName) {
        this(parsed, sourceName, parsed.catalogue(), parsed.text());
    }

    private MarkdownDocument(Parsed parsed, String sourceName, Catalogue catalogue, String rendered) {
        this.parsed = parsed;
        this.sourceName = sourceName;
        this.catalogue = catalogue;
        this.rendered = rendered;
    }

    /** The segments as read, for the linter of this package. */
    Parsed parsed() {
        return parsed;
    }

    /** The catalogue this document holds. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** What the reader found odd, in document order. */
    public List<Diagnostic> diagnostics() {
        return parsed.diagnostics();
    }

    /** The name of the source, e.g. the file it was read from. */
    public String sourceName() {
        return sourceName;
    }

    /** The text as read. */
    public String source() {
        return parsed.text();
    }

    /**
     * The document holding {@code edited} instead: rendering it rewrites only what differs from the
     * catalogue as read (entries added, replaced, removed or moved; sections added, removed or
     * renamed; title, introduction, news or citation changed).
     *
     * @return this document when the catalogue is the one it holds
     */
    public MarkdownDocument withCatalogue(Catalogue edited) {
        Objects.requireNonNull(edited, "edited must not be null");
        if (edited.equals(catalogue)) {
            return this;
        }
        String text = edited.equals(parsed.catalogue()) ? parsed.text() : EditRenderer.render(parsed, edited);
        return new MarkdownDocument(parsed, sourceName, edited, text);
    }

    /** The Markdown text: the bytes read, unless the catalogue was edited. */
    public String render() {
        return rendered;
    }

    /** {@link #render()} as UTF-8 bytes. */
    public byte[] toBytes() {
        return Utf8.encode(rendered);
    }

    /**
     * Writes the rendered text as UTF-8 (the stream is not closed).
     *
     * @throws IOException when writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out must not be null").write(toBytes());
    }

    /**
     * Writes the rendered text (the writer is not closed).
     *
     * @throws IOException when writing fails
     */
    public void writeTo(Writer out) throws IOException {
        Objects.requireNonNull(out, "out must not be null").write(rendered);
    }

    /**
     * Writes the rendered text to a file as UTF-8, atomically where the file system allows: first to
     * a temporary file beside it, then moved into place.
     *
     * @throws IOException when writing fails
     */
    public void writeTo(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        AtomicFiles.write(file, toBytes());
    }

    @Override
    public String toString() {
        return "MarkdownDocument[" + sourceName + ", " + catalogue.size() + " entries, "
                + diagnostics().size() + " diagnostics]";
    }
}
