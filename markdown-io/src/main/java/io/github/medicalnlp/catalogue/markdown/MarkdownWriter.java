package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.internal.AtomicFiles;
import io.github.medicalnlp.catalogue.markdown.internal.CanonicalRenderer;
import io.github.medicalnlp.catalogue.markdown.internal.EntryStyle;
import io.github.medicalnlp.catalogue.markdown.internal.LanguageRendering;
import io.github.medicalnlp.catalogue.markdown.internal.Utf8;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes any catalogue as Markdown in the seed README's house style: title, introduction, News, a
 * Contents list whose links match GitHub's heading anchors, sections as {@code ##}, {@code ###} ...
 * headings, and entries as
 * <pre>
 * * CMB
 *   * 地址：https://github.com/FreedomIntelligence/CMB
 *     ![](https://img.shields.io/github/stars/FreedomIntelligence/CMB)
 *   * 来源：各个临床医学工种各阶段考试
 * </pre>
 *
 * <p>Reading the output gives an equal catalogue, and writing that again gives the same text. Text
 * from the model is escaped so that it never becomes Markdown or HTML structure. Curated metadata
 * that the headings do not imply (an entry's kind, languages, modality, tasks and tags) is kept in an
 * HTML comment inside the entry, invisible on GitHub.
 *
 * <p>To write back a document that was read, with only the changes rewritten, use
 * {@link MarkdownDocument#withCatalogue(Catalogue)} instead.
 *
 * <p>Writers are immutable and safe to share as constants.
 */
public final class MarkdownWriter {

    private static final MarkdownWriter CANONICAL = new MarkdownWriter(null);

    /** The language rendered, or null for the catalogue's own. */
    private final Language language;

    private MarkdownWriter(Language language) {
        this.language = language;
    }

    /** The writer of the canonical house style, in the catalogue's own language. */
    public static MarkdownWriter canonical() {
        return CANONICAL;
    }

    /**
     * A writer of the catalogue in {@code language}: entries and sections with their translations there
     * ({@link Catalogue#inLanguage}; those without keep their own text), labels that only name a link's role
     * in the English words (Link, Paper, Code), and, for English, the English edition's house style (an ASCII
     * colon after a label). Reading what it writes gives the entries of {@code catalogue.inLanguage(…)}
     * without translations: Markdown holds one language.
     */
    public MarkdownWriter inLanguage(Language language) {
        return new MarkdownWriter(Objects.requireNonNull(language, "language must not be null"));
    }

    /** The canonical Markdown of the catalogue. */
    public String write(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue must not be null");
        if (language == null) {
            return CanonicalRenderer.render(catalogue);
        }
        return CanonicalRenderer.render(view(catalogue), language.equals(Language.ENGLISH) ? EntryStyle.Bullet.ENGLISH
                : EntryStyle.Bullet.SEED);
    }

    /**
     * The catalogue this writer's Markdown of {@code catalogue} holds, which a reader reads back from it: the
     * catalogue without its translations for the canonical writer in its own language; for {@link #inLanguage}, the catalogue
     * {@linkplain Catalogue#inLanguage in that language} without translations, each section with the anchor of
     * its heading there, and (in English) a Chinese link label that only names the link's role as the English
     * word: 地址 → Link, 论文地址 → Paper, 项目地址 → Code.
     */
    public Catalogue view(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue must not be null");
        return language == null ? catalogue.withoutTranslations() : LanguageRendering.view(catalogue, language);
    }

    /**
     * Writes the canonical Markdown as UTF-8 (the stream is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out must not be null").write(Utf8.encode(write(catalogue)));
    }

    /**
     * Writes the canonical Markdown (the writer is not closed).
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, Writer out) throws IOException {
        Objects.requireNonNull(out, "out must not be null").write(write(catalogue));
    }

    /**
     * Writes the canonical Markdown to a file as UTF-8, through a temporary file moved into place.
     *
     * @throws IOException when writing fails
     */
    public void write(Catalogue catalogue, Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes = Utf8.encode(write(catalogue));
        AtomicFiles.write(file, bytes);
    }

    /** {@code MarkdownWriter[canonical]} or {@code MarkdownWriter[canonical, in en]}. */
    @Override
    public String toString() {
        return "MarkdownWriter[canonical" + (language == null ? "" : ", in " + language.code()) + "]";
    }
}
