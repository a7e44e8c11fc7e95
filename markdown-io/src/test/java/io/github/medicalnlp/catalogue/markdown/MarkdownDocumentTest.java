package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownDocumentTest {

    private final String seed = Corpus.text(Corpus.SEED);
    private final MarkdownDocument doc = MarkdownReader.create().read(seed, "README.md");

    @Test
    void holdsTheCatalogueTheSourceAndItsName() {
        assertThat(doc.catalogue().entryCount()).isEqualTo(121);
        assertThat(doc.source()).isEqualTo(seed);
        assertThat(doc.sourceName()).isEqualTo("README.md");
        assertThat(doc).hasToString("MarkdownDocument[README.md, 121 entries, 2 diagnostics]");
    }

    @Test
    void anEditedDocumentIsANewDocumentAndTheOldOneIsUnchanged() {
        Catalogue edited = doc.catalogue().removeEntry("3.1", 0);
        MarkdownDocument after = doc.withCatalogue(edited);
        assertThat(after).isNotSameAs(doc);
        assertThat(after.catalogue()).isEqualTo(edited);
        assertThat(after.source()).isEqualTo(seed);
        assertThat(after.render()).isNotEqualTo(seed);
        assertThat(doc.render()).isEqualTo(seed);
        assertThat(after.withCatalogue(doc.catalogue()).render()).isEqualTo(seed);
        assertThatThrownBy(() -> doc.withCatalogue(null)).hasMessage("edited must not be null");
    }

    @Test
    void writesToStreamsWritersAndFilesAtomically(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.writeTo(bytes);
        assertThat(bytes.toByteArray()).isEqualTo(seed.getBytes(StandardCharsets.UTF_8));
        StringWriter chars = new StringWriter();
        doc.writeTo(chars);
        assertThat(chars).hasToString(seed);
        Path file = dir.resolve("README.md");
        doc.writeTo(file);
        assertThat(Files.readString(file)).isEqualTo(seed);
        assertThat(Files.list(dir)).as("no temporary file is left").containsExactly(file);
    }
}
