package io.github.medicalnlp.catalogue.examples.cli;

import static io.github.medicalnlp.catalogue.examples.cli.CliRun.HEALTHCARE;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.SEED;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.process;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.examples.cli.CliRun.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tool prints: errors of standard output, size limits, usage errors, version, stats layout. */
class CliOutputTest {

    /** A stream that never ends: the byte {@code b} for ever, counting what was read. */
    static final class Endless extends InputStream {
        private final byte[] prefix;
        private final byte b;
        long read;

        Endless(String prefix, char b) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.b = (byte) b;
        }

        @Override
        public int read() {
            byte next = read < prefix.length ? prefix[(int) read] : b;
            read++;
            return next & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            int n = 0;
            while (n < len && read < prefix.length) {
                buffer[off + n++] = prefix[(int) read++];
            }
            Arrays.fill(buffer, off + n, off + len, b);
            read += len - n;
            return len;
        }
    }

    /** Standard output on a full disk: accepts {@code room} bytes, then fails as the system does. */
    static final class Full extends OutputStream {
        private long room;

        Full(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    @Test
    void anEndlessStandardInputEndsInTheTypedSizeError() {
        // the real limit, in Markdown (64 Mi characters): the stream is read through the limit, not whole
        Endless zeros = new Endless("", '\0');
        Result markdown = run(zeros, null, Inputs.MAX_BYTES, "convert", "-");
        assertThat(markdown.code()).isEqualTo(2);
        assertThat(markdown.err()).isEqualTo("medical-nlp: <stdin>: the document is over the limit of 67108864"
                + " characters (MarkdownReader.MAX_DOCUMENT_CHARS; reading stopped there); split the list\n");
        assertThat(zeros.read).isLessThan(Inputs.MAX_BYTES / 4 + (1 << 20));
        // every format and command, with a smaller limit: JSON of endless blanks, Markdown of endless text
        String[][] commands = {{"convert", "-", "--from", "json"}, {"convert", "-"}, {"stats", "-"}, {"query", "-"},
            {"lint", "-"}};
        for (String[] args : commands) {
            Endless[] streams = args.length > 2 ? new Endless[] {new Endless("{", ' '), new Endless("{\"a\":", ' ')}
                    : new Endless[] {new Endless("{", ' '), new Endless("# T\n", 'a'), new Endless("", '\n')};
            for (Endless in : streams) {
                Result r = run(in, null, 1 << 20, args);
                assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(r.err()).as(String.join(" ", args)).isEqualTo("medical-nlp: <stdin>: the document is over"
                        + " the limit of 1048576 bytes that the readers accept (reading stopped there); split the list\n");
                assertThat(in.read).as(String.join(" ", args)).isLessThan((1 << 20) + (1 << 17));
            }
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"huge.md", "huge.json"}) {
            Path huge = dir.resolve(name);
            try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
                f.setLength(Inputs.MAX_BYTES + 1); // sparse: no disk
            }
            long start = System.nanoTime();
            Result r = run("stats", huge.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("medical-nlp: " + huge + ": the document is 268435457 bytes, over the limit"
                    + " of 268435456 bytes that the readers accept; split the list\n");
            assertThat(System.nanoTime() - start).as("not read").isLessThan(2_000_000_000L);
        }
    }

    @Test
    void aFullStandardOutputIsAnErrorForEveryCommand(@TempDir Path dir) throws Exception {
        String[][] commands = {{"convert", SEED.toString(), "-q"}, {"convert", SEED.toString(), "--to", "markdown", "-q"},
            {"query"}, {"query", "--format", "json"}, {"stats"}, {"lint", SEED.toString()},
            {"diff", SEED.toString(), HEALTHCARE.toString()}, {"--help"}, {"stats", "-V"}};
        for (String[] args : commands) {
            Result r = run(new Full(10), args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).isEqualTo(
                    "medical-nlp: standard output: cannot write: No space left on device; the output is incomplete\n");
        }
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full is there");
        Files.copy(SEED, dir.resolve("in.md"));
        Result devFull = process(dir, "\"$@\" convert in.md -q > /dev/full");
        assertThat(devFull.code()).isEqualTo(2);
        assertThat(devFull.err()).isEqualTo(
                "medical-nlp: standard output: cannot write: No space left on device; the output is incomplete\n");
    }

    @Test
    void everyCommandPrintsItsVersion() {
        for (String command : new String[] {"convert", "query", "diff", "stats", "lint"}) {
            for (String flag : new String[] {"-V", "--version"}) {
                Result r = run(command, flag);
                assertThat(r.code()).isZero();
                assertThat(r.out()).as(command + " " + flag).startsWith("medical-nlp ").contains("JSON format 1.");
            }
        }
    }

    @Test
    void aUsageErrorIsOneLineThatPointsToHelp() {
        String[][] mistakes = {{"convert"}, {"convert", "--frob", "x.md"}, {"query", "--limit", "many"},
            {"stats", "a.md", "b.md"}, {"lint", "--format", "yaml"}, {"diff", "a.md"}, {"frobnicate"}, {}};
        for (String[] args : mistakes) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines()).as(String.join(" ", args)).hasSize(1)
                    .allSatisfy(l -> assertThat(l).startsWith("medical-nlp: ").containsPattern("\\(see 'medical-nlp( \\w+)? --help'\\)$"));
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void theFlatExportsAreWrittenButNotOfferedAsInputs(@TempDir Path dir) throws Exception {
        Result help = run("convert", "--help");
        assertThat(help.out()).contains("--from=markdown|json").contains("--to=markdown|json|jsonl|csv");
        for (String flat : new String[] {"jsonl", "csv"}) {
            Result from = run("convert", SEED.toString(), "--from", flat);
            assertThat(from.code()).isEqualTo(2);
            assertThat(from.err()).contains("expected one of [markdown, json]");
        }
        Path lines = dir.resolve("entries.jsonl");
        assertThat(run("convert", SEED.toString(), "--to", "jsonl", "-o", lines.toString()).code()).isZero();
        Path csv = dir.resolve("entries.csv");
        assertThat(run("convert", SEED.toString(), "--to", "csv", "-o", csv.toString()).code()).isZero();
        for (String command : new String[] {"stats", "query", "lint"}) {
            Result r = run(command, lines.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("JSON Lines is an export format").contains("cannot be read back");
            Result c = run(command, csv.toString());
            assertThat(c.code()).isEqualTo(2);
            assertThat(c.err()).contains(csv + ": CSV is an export format (one entry per record, without the"
                    + " sections) and cannot be read back");
        }
    }

    @Test
    void csvGoesToOneFileEachAndSpreadsheetSafetyIsForCsvOnly(@TempDir Path dir) throws Exception {
        Result several = run("convert", SEED.toString(), HEALTHCARE.toString(), "--to", "csv");
        assertThat(several.code()).isEqualTo(2);
        assertThat(several.err()).contains("several inputs need -o <directory> (one CSV file each, with its own header)");
        Result files = run("convert", SEED.toString(), HEALTHCARE.toString(), "--to", "csv", "-q", "-o", dir + "/");
        assertThat(files.code()).as(files.err()).isZero();
        assertThat(Files.readString(dir.resolve("awesome-healthcare.csv"))).startsWith("id,name,name_en,");
        assertThat(Files.readString(dir.resolve("medical-nlp-2024-11-14.csv"))).startsWith("id,name,name_en,");
        Result notCsv = run("convert", SEED.toString(), "--to", "jsonl", "--spreadsheet-safe");
        assertThat(notCsv.code()).isEqualTo(2);
        assertThat(notCsv.err()).contains("--spreadsheet-safe applies to --to csv");
        Result query = run("query", "--format", "table", "--spreadsheet-safe");
        assertThat(query.code()).isEqualTo(2);
        assertThat(query.err()).contains("--spreadsheet-safe applies to --format csv");
        Path md = Files.writeString(dir.resolve("evil.md"), "# T\n\n## 1. S\n\n- [=cmd|' /C calc'!A0](https://e.org) - @SUM(1)\n");
        String exact = run("convert", md.toString(), "--to", "csv", "-q").out();
        assertThat(exact).contains("\r\n1/cmd-c-calc-a0,=cmd|' /C calc'!A0,");
        Result safe = run("convert", md.toString(), "--to", "csv", "-q", "--spreadsheet-safe");
        assertThat(safe.out()).contains("\r\n1/cmd-c-calc-a0,'=cmd|' /C calc'!A0,").doesNotContain(",=").doesNotContain(",@");
        assertThat(run("query", md.toString(), "--format", "csv", "--spreadsheet-safe").out()).isEqualTo(safe.out());
    }

    @Test
    void aBrokenJsonNamesTheInputNotTheParsersSource(@TempDir Path dir) throws Exception {
        Path full = dir.resolve("full.json");
        run("convert", SEED.toString(), "-o", full.toString());
        String whole = Files.readString(full);
        for (int cut : new int[] {1, 2, 40, whole.length() / 2, whole.length() - 2}) {
            Path broken = Files.writeString(dir.resolve("broken.json"), whole.substring(0, cut));
            Result r = run("stats", broken.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).startsWith("medical-nlp: " + broken + ":").doesNotContain("[Source", "Stream)")
                    .hasLineCount(1);
        }
        assertThat(Inputs.withoutParserSource("expected close marker for Object (start marker at [Source:"
                + " (BufferedInputStream); line: 3, column: 7])")).isEqualTo(
                "expected close marker for Object (start marker at line 3, column 7)");
    }

    @Test
    void statsNamesEachSectionOnceAndKeepsCountsInOneColumn() {
        String json = """
                {"format": "medical-nlp-catalogue", "version": "1.0", "title": "T", "sections": [
                  {"title": "EHR", "entries": [{"name": "a", "links": [{"url": "https://a.org"}]}]},
                  {"number": "2", "title": "%s", "entries": []}]}
                """.formatted("Long ".repeat(60).trim());
        Result r = run(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null, Inputs.MAX_BYTES,
                "stats", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\nBy section:\n  1  EHR\n  0  2 Long Long").doesNotContain("EHR EHR");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
        assertThat(r.out().lines().filter(l -> !l.contains("Long")).mapToInt(String::length).max().orElse(0))
                .as("a long title does not widen the other lines").isLessThan(40);
    }
}
