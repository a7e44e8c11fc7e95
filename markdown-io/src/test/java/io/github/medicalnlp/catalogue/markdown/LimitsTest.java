package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile sizes and depths, with the default heap: a result, or a typed error that names the limit. */
class LimitsTest {

    @Test
    void readsA50MegabyteLine() {
        String text = "# T\n\n## 1. 数据集\n\n* " + "x".repeat(50 << 20) + "\n  * 地址：https://a.org\n";
        MarkdownDocument doc = MarkdownReader.create().read(text);
        assertThat(doc.catalogue().entryCount()).isEqualTo(1);
        assertThat(doc.render()).isSameAs(text);
    }

    @Test
    void readsQuotesAndListsNested10000Deep() {
        String quotes = "# T\n\n## 1. a\n\n" + ">".repeat(10_000) + " deep\n";
        assertThat(MarkdownReader.create().read(quotes).render()).isEqualTo(quotes);
        String lists = "# T\n\n## 1. a\n\n" + "- ".repeat(10_000) + "x\n";
        assertThat(MarkdownReader.create().read(lists).render()).isEqualTo(lists);
        StringBuilder indented = new StringBuilder("# T\n\n## 1. a\n\n");
        for (int i = 0; i < 10_000; i++) {
            indented.append("  ".repeat(Math.min(i, 500))).append("* item ").append(i).append('\n');
        }
        assertThat(MarkdownReader.create().read(indented.toString()).render()).isEqualTo(indented.toString());
    }

    @Test
    void aDocumentOverTheLimitIsATypedErrorNamingIt(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.md");
        byte[] line = "* entry\n  * 地址：https://a.org/x\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            long written = 0;
            while (written < 100L << 20) {
                out.write(line);
                written += line.length;
            }
        }
        assertThatThrownBy(() -> MarkdownReader.create().read(big))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo(big.toString());
                    assertThat(e.detail()).contains("over the limit of 67108864 characters")
                            .contains("MarkdownReader.MAX_DOCUMENT_CHARS");
                });
    }

    @Test
    void endlessStreamsAndReadersStopAtTheLimitWithATypedError() {
        InputStream endlessBytes = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        assertThatThrownBy(() -> MarkdownReader.create().read(endlessBytes, "endless.md"))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> assertThat(e.getMessage())
                        .startsWith("endless.md").contains("over 268435456 bytes", "MarkdownReader.MAX_DOCUMENT_CHARS"));
        Reader endlessChars = new Reader() {
            @Override
            public int read(char[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, 'a');
                return len;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> MarkdownReader.create().read(endlessChars))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> assertThat(e.detail())
                        .contains("over 67108864 characters", "MarkdownReader.MAX_DOCUMENT_CHARS"));
    }
}
