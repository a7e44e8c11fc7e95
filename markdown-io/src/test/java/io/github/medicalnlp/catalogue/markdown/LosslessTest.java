package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.LinkRole;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the input, an unmodified document renders to exactly the text read. */
class LosslessTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "\n",
        "   \n\t\n",
        "no heading, no newline",
        "\uFEFF# Title with BOM\n\n## 1. 数据集\n\n* A\n  * 地址：https://a.org\n",
        "# CRLF\r\n\r\n## 1. 数据集\r\n\r\n* A\r\n  * 地址：https://a.org\r\n",
        "# CR only\r\r## 1. Data\r\r* A\r  * Link：https://a.org\r",
        "# Tabs\t\n\n## 1.\tData \t\n\n*\tA\t\n\t* 地址：https://a.org   \n",
        "# Unclosed fence\n\n```bibtex\n@misc{x,\n",
        "# Stray table\n\n| a | b |\n|---|---|\n| x | [y](https://y.org) |\n| z\n",
        "# Nested\n\n## 1. A\n\n- > - > - deep\n    - [unbalanced](https://x.org\n",
        "<div>\n# not a heading\n</div>\n\n# Title\n",
        "# T\n\n## 2.2.1 中文比赛\n\n1) item\n2) [x](<https://a.org/with space>)\n\u0000NUL\n",
        "#\n##\n###### 6\n####### 7\n",
    })
    void rendersExactlyWhatWasRead(String text) {
        MarkdownDocument doc = MarkdownReader.create().read(text);
        assertThat(doc.render()).isEqualTo(text);
        assertThat(doc.source()).isEqualTo(text);
    }

    @Test
    void keepsTheByteOrderMarkAndAMissingFinalNewlineThroughAnEdit() {
        String text = "\uFEFF# T\r\n\r\n## 1. 数据集\r\n\r\n* A\r\n  * 地址：https://a.org";
        MarkdownDocument doc = MarkdownReader.create().read(text);
        Catalogue edited = doc.catalogue().addEntry("1", Entry.builder("B").link("https://b.org", "地址",
                LinkRole.HOMEPAGE).kind(Kind.DATASET).build());
        String out = doc.withCatalogue(edited).render();
        assertThat(out).startsWith("\uFEFF# T\r\n").contains("* A\r\n  * 地址：https://a.org");
        assertThat(out).endsWith("* A\r\n  * 地址：https://a.org\r\n* B\r\n  * 地址：https://b.org\r\n");
        assertThat(MarkdownReader.create().read(out).catalogue()).isEqualTo(edited);
    }

    @Test
    void editedBytesMatchTheEditedTextWhateverTheCharacters() {
        String text = "\uFEFF# T 🙂\r\n\r\n## 1. 数据集 \uD800 lone\r\n\r\n* A 😀\r\n  * 地址：https://a.org\r\n"
                + "* B \uDC00\r\n  * 地址：https://b.org\r\n";
        MarkdownDocument doc = MarkdownReader.create().read(text);
        Catalogue edited = doc.catalogue().removeEntry("1", 0).addEntry("1",
                Entry.builder("C 🙂").link("https://c.org", "地址", LinkRole.HOMEPAGE).kind(Kind.DATASET).build());
        MarkdownDocument after = doc.withCatalogue(edited);
        assertThat(after.toBytes()).isEqualTo(after.render().getBytes(StandardCharsets.UTF_8));
        assertThat(doc.toBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void randomTextRoundTrips() {
        Random random = new Random(20261124L);
        String alphabet = "#*-+>|`[]()!<>:：.1\\ \t\n\r\nabc中文🙂\u0000_~=";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThat(MarkdownReader.create().read(text).render()).isEqualTo(text);
        }
    }

    @Test
    void everyCorpusFileSurvivesLineMutations() {
        Random random = new Random(7);
        Corpus.files().forEach(file -> {
            String text = Corpus.text(file.getFileName().toString());
            String[] lines = text.split("\n", -1);
            for (int n = 0; n < 30; n++) {
                StringBuilder sb = new StringBuilder();
                for (String line : lines) {
                    int r = random.nextInt(40);
                    if (r == 0) {
                        continue; // delete
                    }
                    sb.append(line).append('\n');
                    if (r == 1) {
                        sb.append(line).append('\n'); // repeat
                    } else if (r == 2) {
                        sb.append("[unbalanced (").append('\n');
                    } else if (r == 3) {
                        sb.append("```").append('\n');
                    }
                }
                String mutated = sb.toString();
                MarkdownDocument doc = MarkdownReader.create().read(mutated);
                assertThat(doc.render()).isEqualTo(mutated);
                assertThat(new String(doc.toBytes(), StandardCharsets.UTF_8)).isEqualTo(mutated);
            }
        });
    }
}
