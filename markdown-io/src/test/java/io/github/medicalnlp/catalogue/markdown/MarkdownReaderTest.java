package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {

    private final String seed = Corpus.text(Corpus.SEED);

    @Test
    void readsFromStringReaderStreamAndPathAlike(@TempDir Path dir) throws Exception {
        MarkdownDocument fromString = MarkdownReader.create().read(seed);
        MarkdownDocument fromReader = MarkdownReader.create().read(new StringReader(seed));
        MarkdownDocument fromStream = MarkdownReader.create()
                .read(new ByteArrayInputStream(seed.getBytes(StandardCharsets.UTF_8)));
        Path file = Files.writeString(dir.resolve("README.md"), seed);
        MarkdownDocument fromPath = MarkdownReader.create().read(file);
        assertThat(fromReader.catalogue()).isEqualTo(fromString.catalogue());
        assertThat(fromStream.catalogue()).isEqualTo(fromString.catalogue());
        assertThat(fromPath.catalogue()).isEqualTo(fromString.catalogue());
        assertThat(fromPath.sourceName()).isEqualTo(file.toString());
        assertThat(fromString.sourceName()).isEqualTo("<string>");
    }

    @Test
    void aStrictReaderThrowsAtTheFirstDiagnosticNamingThePlace() {
        assertThat(MarkdownReader.strict().isStrict()).isTrue();
        assertThat(MarkdownReader.create().withStrict(true)).isSameAs(MarkdownReader.strict());
        assertThatThrownBy(() -> MarkdownReader.strict().read(seed, "README.md"))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("README.md");
                    assertThat(e.line()).isEqualTo(83);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).isEqualTo(
                            "README.md:83:1: entry-without-link: 'MultiMedBench' has no link");
                });
        String clean = "# T\n\n## 1. 数据集\n\n* A\n  * 地址：https://a.org\n";
        assertThat(MarkdownReader.strict().read(clean).catalogue().entryCount()).isEqualTo(1);
    }

    @Test
    void reportsLabelsWithoutValueAndMalformedLinks() {
        MarkdownDocument doc = MarkdownReader.create().read(
                "# T\n\n## 1. 数据集\n\n* A\n  * 来源：\n  * 地址：http://a.org](https://b.org\n");
        assertThat(doc.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "6:5: warning: label-without-value: '来源' has no value",
                "7:5: warning: malformed-link: the address 'http://a.org](https://b.org' of 'A' is not a well-formed URL");
    }

    /** Diagnostics come in the order of the text, whichever stage found them. */
    @Test
    void warnsOnceForEachLinkWithoutAUrlAndReadsItsTextAsText() {
        MarkdownDocument doc = MarkdownReader.create().read("# T\n\n## 1. S\n\n* [A]() [B]()\n  * [c]() and [d]()\n");
        assertThat(doc.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.rule()).containsExactly(
                "5:1 entry-without-link", "5:3 empty-link", "5:9 empty-link", "6:5 empty-link", "6:15 empty-link");
        assertThat(doc.catalogue().allEntries()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("A B");
            assertThat(e.links()).isEmpty();
        });
        assertThat(doc.render()).isEqualTo("# T\n\n## 1. S\n\n* [A]() [B]()\n  * [c]() and [d]()\n");
    }

    @Test
    void invalidUtf8IsATypedErrorNamingTheByteOffset(@TempDir Path dir) throws Exception {
        byte[] bytes = {'#', ' ', 'T', '\n', 'a', (byte) 0xC3, '(', '\n'};
        Path file = Files.write(dir.resolve("bad.md"), bytes);
        assertThatThrownBy(() -> MarkdownReader.create().read(file))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("bad.md:2:2: invalid UTF-8 at byte offset 5 (byte 0xC3)");
                });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "LF     | 5 | 4", "CRLF   | 5 | 4", "CR     | 5 | 4", "MIXED  | 5 | 4", "EMOJI  | 1 | 3"})
    void invalidUtf8IsLocatedByLinesAsCommonMarkEndsThem(String endings, int line, int column) {
        String text = switch (endings.strip()) {
            case "LF" -> "a\nb\nc\nd\nxyz";
            case "CRLF" -> "a\r\nb\r\nc\r\nd\r\nxyz";
            case "CR" -> "a\rb\rc\rd\rxyz";
            case "MIXED" -> "a\r\nb\rc\nd\r\nxyz";
            default -> "😀😀";
        };
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = '\n';
        assertThatThrownBy(() -> MarkdownReader.create().read(new ByteArrayInputStream(bytes), "in.md"))
                .isInstanceOfSatisfying(CatalogueFormatException.class, e -> {
                    assertThat(e.line()).as(endings).isEqualTo(line);
                    assertThat(e.column()).as(endings).isEqualTo(column);
                });
    }

    @Test
    void aDocumentWithoutTitleIsUntitled() {
        MarkdownDocument doc = MarkdownReader.create().read("## 1. Data\n\n* A\n  * Link：https://a.org\n");
        assertThat(doc.catalogue().title()).isEqualTo("Untitled");
        assertThat(doc.diagnostics()).extracting(Diagnostic::rule).containsExactly("missing-title");
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> MarkdownReader.create().read((String) null)).hasMessage("markdown must not be null");
        assertThatThrownBy(() -> MarkdownReader.create().read((Path) null)).hasMessage("file must not be null");
        assertThatThrownBy(() -> MarkdownReader.create().read("x", null)).hasMessage("sourceName must not be null");
    }
}
