package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.medicalnlp.catalogue.CatalogueFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 100,000 inputs a run (seeded, so a failure repeats): random Markdown-ish text and mutated slices of
 * every corpus file. For each: reading never throws (and in strict mode throws only
 * {@link CatalogueFormatException}), and the lossless write gives back the input.
 * {@code -Dfuzz.inputs=N} runs more.
 */
class FuzzTest {

    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 100_000);
    private static final String ALPHABET = "#*-+>|`[]()!<>:：.1\\ \t\n\n\r\nabc中文🙂\u0000_~=&;/h";
    private static final List<String> CORPUS = Corpus.files().map(p -> Corpus.text(p.getFileName().toString())).toList();

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(200);
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, r.nextInt(ALPHABET.codePointCount(0,
                    ALPHABET.length())))));
        }
        return b.toString();
    }

    private static String mutated(Random r) {
        String file = CORPUS.get(r.nextInt(CORPUS.size()));
        int start = r.nextInt(Math.max(1, file.length() - 1500));
        StringBuilder b = new StringBuilder(file.substring(start, Math.min(file.length(), start + r.nextInt(1500))));
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(8)) {
                case 0 -> b.setCharAt(at, (char) (b.charAt(at) ^ (1 << r.nextInt(7))));   // bit flip
                case 1 -> {                                                               // delete a line
                    int end = b.indexOf("\n", at);
                    b.delete(at, end < 0 ? b.length() : end);
                }
                case 2 -> {                                                               // repeat a line
                    int end = b.indexOf("\n", at);
                    b.insert(at, b.substring(at, end < 0 ? b.length() : end));
                }
                case 3 -> b.insert(at, "[[(");                                             // unbalanced brackets
                case 4 -> b.insert(at, "\n```\n");                                         // unclosed fence
                case 5 -> b.insert(at, "\n| a | b |\n|---|\n| x |\n");                    // stray table rows
                case 6 -> b.insert(at, "> - > 1. - ".repeat(1 + r.nextInt(30)));          // deep nesting
                default -> b.insert(at, "\r");                                            // stray CR
            }
        }
        return b.toString();
    }

    @Test
    void readingNeverFailsAndWritingGivesBackEveryInput() {
        long seed = Long.getLong("fuzz.seed", 20261124L);
        Random r = new Random(seed);
        int strictErrors = 0;
        for (int i = 0; i < INPUTS; i++) {
            String input = i % 2 == 0 ? random(r) : mutated(r);
            try {
                MarkdownDocument doc = MarkdownReader.create().read(input);
                if (!doc.render().equals(input)
                        || !java.util.Arrays.equals(doc.toBytes(), input.getBytes(StandardCharsets.UTF_8))) {
                    fail("seed " + seed + ", input " + i
                        + " does not round-trip: " + input);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + ", input " + i
                        + " threw " + e + ": " + input, e);
            }
            if (i % 10 == 0) {
                try {
                    MarkdownReader.strict().read(input);
                } catch (CatalogueFormatException e) {
                    strictErrors++;
                    assertThat(e.line()).isPositive();
                }
            }
        }
        assertThat(strictErrors).as("strict mode finds something to report in some inputs").isPositive();
    }

    /** Inputs the long runs ({@code -P fuzz}) found, shrunk to the lines that matter; each once threw. */
    @ParameterizedTest
    @ValueSource(strings = {
        // seed 2026, input 7649: a labelled URL took the whole name and the raw head ended with a colon
        "### 3.1 中文\n  * 地址：https://github.com/FreedomIntelligence/Huatuo-26M\n    ![](https:",
        // seed 2026, input 159615: a table cell with a link without a URL, "[[HF]()]"
        "## 1. Medical LLMs\n|**Model Name**|**Paper**|**Data**|\n|:-|:-:|:-:|\n|`HuatuoGPT`|[[arXiv](https://arxiv.org/abs/2305.15075)]|[[HF]()]|",
        "* [name]() - a list item with a link without a URL\n* [](<>) text\n",
    })
    void inputsFoundByTheLongRunsReadAndWriteBack(String input) {
        MarkdownDocument doc = MarkdownReader.create().read(input);
        assertThat(doc.render()).isEqualTo(input);
        assertThat(MarkdownReader.create().read(MarkdownWriter.canonical().write(doc.catalogue())).catalogue())
                .isEqualTo(doc.catalogue());
    }
}
