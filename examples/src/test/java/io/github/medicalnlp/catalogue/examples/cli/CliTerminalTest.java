package io.github.medicalnlp.catalogue.examples.cli;

import static io.github.medicalnlp.catalogue.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.examples.cli.CliRun.Result;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters from a document or a file name never reach the terminal from human-readable output. */
class CliTerminalTest {

    /** Every character a terminal may act on: C0 but tab and line feed, DEL, C1, bidi controls, separators. */
    private static boolean dangerous(int c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }

    private static String allControls() {
        StringBuilder s = new StringBuilder("\u001B]0;title\u0007\u001B[2J\u001B]8;;https://evil\u001B\\x");
        for (int c = 0; c < 0x10000; c++) {
            if (dangerous(c) || c == '\t' || c == '\n') {
                s.append('<').appendCodePoint(c);
            }
        }
        return s.toString();
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.append('"').toString();
    }

    @Test
    void neutralisesEveryControlCharacterAndKeepsEverythingElse() {
        for (int c = 0; c < 0x10000; c++) {
            String s = "a" + (char) c + "b";
            String text = TerminalText.text(s);
            String line = TerminalText.line(s);
            if (dangerous(c)) {
                assertThat(text.chars().noneMatch(CliTerminalTest::dangerous)).as("U+%04X", c).isTrue();
                assertThat(text).as("U+%04X", c).isNotEqualTo(s).startsWith("a").endsWith("b");
            } else {
                assertThat(text).as("U+%04X", c).isEqualTo(s);
            }
            assertThat(line.chars().noneMatch(ch -> dangerous(ch) || ch == '\n' || ch == '\t')).as("U+%04X", c).isTrue();
        }
        assertThat(TerminalText.line("a\u001B[31mb\nc\u009Bd")).isEqualTo("a\u241B[31mb\u240Ac<U+009B>d");
    }

    @Test
    void queryLintStatsAndErrorsPrintNoControlCharacter(@TempDir Path dir) throws Exception {
        String evil = allControls();
        String json = """
                {"format": "medical-nlp-catalogue", "version": "1.0", "title": %1$s, "sections": [
                  {"number": "1", "title": %1$s, "entries": [
                    {"name": %1$s, "description": %1$s, "links": [{"url": "https://a.org/x"}]},
                    {"name": %1$s, "links": [{"url": "https://a.org/x"}]}]}]}
                """.formatted(quoted(evil));
        Path file = Files.writeString(dir.resolve("evil.json"), json);
        String[][] commands = {{"query", file.toString()}, {"query", file.toString(), "--text", "title"},
            {"lint", file.toString()}, {"stats", file.toString()}, {"query", file.toString(), "--kind", evil},
            {"stats", dir.resolve(evil.substring(0, 40).replace("\0", "").replace("/", "")).toString()}};
        for (String[] args : commands) {
            Result r = run(new ByteArrayInputStream(new byte[0]), null, Inputs.MAX_BYTES, args);
            assertThat(r.out() + r.err()).as(args[0]).contains("\u241B]0;title\u2407");
            assertThat((r.out() + r.err()).chars().filter(CliTerminalTest::dangerous).mapToObj(c -> String.format("U+%04X", c)))
                    .as(String.join(" ", args[0])).isEmpty();
        }
        Result md = run(new ByteArrayInputStream(("# T\u001B[31m\n\n## 1 S\u001B]0;x\u0007\n\n- [N\u001B[2J](https://a.org)\n")
                .getBytes(StandardCharsets.UTF_8)), null, Inputs.MAX_BYTES, "query", "-");
        assertThat(md.out()).contains("\u241B").doesNotContain("\u001B");
    }
}
