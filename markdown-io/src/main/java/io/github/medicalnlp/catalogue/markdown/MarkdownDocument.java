package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.markdown.internal.EditRenderer;
import io.github.medicalnlp.catalogue.markdown.internal.Output;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.internal.AtomicFiles;
import io.github.medicalnlp.catalogue.markdown.internal.Utf8;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

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
    /** The edited text as pieces; null for the document as read. */
    private final Output edit;
    private volatile String rendered;
    /**
     * The bytes of the text as read and the byte offset of each char offset: made by the first edit write,
     * then shared by every document edited from the same reading.
     */
    private final AtomicReference<SourceBytes> sourceBytes;

    MarkdownDocument(Parsed parsed, String sourceName) {
        this(parsed, sourceName, parsed.catalogue(), null, parsed.text(), new AtomicReference<>());
    }

    private MarkdownDocument(Parsed parsed, String sourceName, Catalogue catalogue, Output edit, String rendered,
            AtomicReference<SourceBytes> sourceBytes) {
        this.parsed = parsed;
        this.sourceName = sourceName;
        this.catalogue = catalogue;
        this.edit = edit;
        this.rendered = rendered;
        this.sourceBytes = sourceBytes;
    }

    /** The UTF-8 bytes of the text as read, with a char-to-byte offset table over it. */
    private record SourceBytes(byte[] bytes, int[] byteOffsetOfChar) {
        static SourceBytes of(String text) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int[] offsets = new int[text.length() + 1];
            int b = 0;
            for (int i = 0; i < text.length(); i++) {
                offsets[i] = b;
                char c = text.charAt(i);
                if (c < 0x80) {
                    b += 1;
                } else if (c < 0x800) {
                    b += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    b += 4;
                    offsets[++i] = b; // a range never starts or ends inside a pair
                } else {
                    b += 3; // BMP, or a lone surrogate written as '?' (1 byte): see below
                    if (Character.isSurrogate(c)) {
                        b -= 2;
                    }
                }
            }
            offsets[text.length()] = b;
            return new SourceBytes(bytes, offsets);
        }
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
     * renamed; title, introduction, news or citation changed). Translations are not written (Markdown holds
     * the list's own language): an edit that only adds or changes them leaves the text as read.
     *
     * @return this document when the catalogue is the one it holds
     */
    public MarkdownDocument withCatalogue(Catalogue edited) {
        Objects.requireNonNull(edited, "edited must not be null");
        if (edited.equals(catalogue)) {
            return this;
        }
        // Markdown holds the list's own language: translations are kept in the catalogue, not written
        Catalogue written = edited.hasTranslations() ? edited.withoutTranslations() : edited;
        if (written.equals(parsed.catalogue())) {
            return new MarkdownDocument(parsed, sourceName, edited, null, parsed.text(), sourceBytes);
        }
        return new MarkdownDocument(parsed, sourceName, edited, EditRenderer.render(parsed, written), null, sourceBytes);
    }

    /** The Markdown text: the text read, unless the catalogue was edited. */
    public String render() {
        String r = rendered;
        if (r == null) {
            r = edit.toString();
            rendered = r;
        }
        return r;
    }

    /**
     * {@link #render()} as UTF-8 bytes. After an edit, the unchanged parts are copied from the bytes of the
     * text as read (encoded once per document) and only the rewritten parts are encoded.
     */
    public byte[] toBytes() {
        if (edit == null) {
            return Utf8.encode(parsed.text());
        }
        SourceBytes sb = sourceBytes.get();
        if (sb == null) {
            sb = SourceBytes.of(parsed.text());
            sourceBytes.compareAndSet(null, sb);
        }
        int[] offsets = sb.byteOffsetOfChar();
        return edit.toBytes(sb.bytes(), i -> offsets[i]);
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
        Objects.requireNonNull(out, "out must not be null").write(render());
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
        return "MarkdownDocument[" + sourceName + ", " + catalogue.entryCount() + " entries, "
                + diagnostics().size() + " diagnostics]";
    }
}
