package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --fix [--write]}: the diff, the summary, the atomic write, the refusals and the exit codes. */
class LintFixTest {

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = LintFixTest.class.getResourceAsStream("/lint-fix/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Path seedCopy(Path dir) throws Exception {
        return Files.copy(CliRun.SEED, dir.resolve("README.md"));
    }

    @Test
    void printsTheExactDiffOfTheSeedsFixesAndASummary(@TempDir Path dir) throws Exception {
        seedCopy(dir);
        CliRun.Result r = CliRun.process(dir, "\"$@\" lint --fix README.md");
        assertThat(r.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(resource("medical-nlp-2024-11-14.diff"));
        assertThat(r.err()).isEqualTo("fixed 22 findings in 1 file; 75 left\n");
        assertThat(r.code()).as("errors are left: duplicates, an entry without a link").isEqualTo(1);
        assertThat(Files.readAllBytes(dir.resolve("README.md"))).as("written only with --write")
                .isEqualTo(Files.readAllBytes(CliRun.SEED));
    }

    @Test
    void writesTheFixedFileAtomicallyKeepingItsPermissions(@TempDir Path dir) throws Exception {
        Path readme = seedCopy(dir);
        Files.setPosixFilePermissions(readme, PosixFilePermissions.fromString("rw-r-----"));
        String diff = CliRun.run("lint", "--fix", readme.toString()).out();
        CliRun.Result r = CliRun.run("lint", "--fix", "--write", readme.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(diff);
        assertThat(r.err()).isEqualTo("fixed 22 findings in 1 file; 75 left\nmedical-nlp: wrote 1 file\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readme))).isEqualTo("rw-r-----");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("README.md");
        }
        CliRun.Result lint = CliRun.run("lint", readme.toString());
        assertThat(lint.out()).doesNotContain("badge-mismatch", "contents-without-heading", "heading-missing-from-contents",
                "malformed-url", "mixed-bullets", "trailing-whitespace").endsWith("5 errors, 6 warnings, 64 notes in 1 file\n");
        CliRun.Result again = CliRun.run("lint", "--fix", "--write", readme.toString());
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo("fixed 0 findings in 1 file; 75 left\n");
    }

    @Test
    void writesThroughASymbolicLinkToTheFileItNames(@TempDir Path dir) throws Exception {
        Path readme = seedCopy(dir);
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), readme.getFileName());
        assertThat(CliRun.run("lint", "--fix", "--write", link.toString()).code()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(readme)).contains("stars/vlievin/medical-reasoning)");
    }

    @Test
    void aDiffKeepsLineEndingsAndSaysWhenALastLineHasNone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.md"), "# T\r\n\r\n## 1. A\r\n\r\n* [x](https://x.org) - d \r\n"
                + "* [y](https://y.org) - e ");
        CliRun.Result r = CliRun.run("lint", "--fix", file.toString());
        String name = file.toString().replaceFirst("^/+", "");
        assertThat(r.out()).isEqualTo("--- a/" + name + "\n+++ b/" + name + "\n@@ -2,5 +2,5 @@\n \r\n ## 1. A\r\n \r\n"
                + "-* [x](https://x.org) - d \r\n-* [y](https://y.org) - e \n\\ No newline at end of file\n"
                + "+* [x](https://x.org) - d\r\n+* [y](https://y.org) - e\n\\ No newline at end of file\n");
        assertThat(r.err()).isEqualTo("fixed 2 findings in 1 file; 0 left\n");
        assertThat(r.code()).as("no error left").isZero();
    }

    @Test
    void standardInputIsFixedToStandardOutputButNotWritten() throws Exception {
        byte[] seed = Files.readAllBytes(CliRun.SEED);
        CliRun.Result fixed = CliRun.run(new ByteArrayInputStream(seed), null, Inputs.MAX_BYTES, "lint", "--fix", "-");
        assertThat(fixed.out()).startsWith("--- a/<stdin>\n+++ b/<stdin>\n@@ -30,15 +30,18 @@\n");
        assertThat(fixed.code()).isEqualTo(1);
        CliRun.Result write = CliRun.run(new ByteArrayInputStream(seed), null, Inputs.MAX_BYTES, "lint", "--fix", "--write",
                "-");
        assertThat(write.code()).isEqualTo(2);
        assertThat(write.err()).isEqualTo("medical-nlp: --write: standard input can be fixed to standard output but not"
                + " written; give the file's name\n");
    }

    @Test
    void whatCannotBeFixedIsAUsageError(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("c.json");
        assertThat(CliRun.run("convert", CliRun.SEED.toString(), "-o", json.toString()).code()).isZero();
        CliRun.Result fromJson = CliRun.run("lint", "--fix", json.toString());
        assertThat(fromJson.code()).isEqualTo(2);
        assertThat(fromJson.err()).contains("medical-nlp: " + json + ": only Markdown can be fixed");
        assertThat(CliRun.run("lint", "--fix").err()).contains("--fix needs the Markdown files to fix");
        assertThat(CliRun.run("lint", "--write", CliRun.SEED.toString()).err()).isEqualTo("medical-nlp: --write needs --fix\n");
        assertThat(CliRun.run("lint", "--fix", "--format", "json", CliRun.SEED.toString()).err())
                .contains("--format applies to lint without --fix");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("nowhere.md"));
        CliRun.Result link = CliRun.run("lint", "--fix", "--write", dangling.toString());
        assertThat(link.code()).isEqualTo(2);
        assertThat(link.err()).startsWith("medical-nlp: " + dangling + ": a symbolic link to " + dir.resolve("nowhere.md")
                + ", which does not exist; not writing through it\n");
        if (Files.exists(Path.of("/dev/null"))) {
            CliRun.Result device = CliRun.run("lint", "--fix", "--write", "--from", "markdown", "/dev/null");
            assertThat(device.code()).isEqualTo(2);
            assertThat(device.err()).contains("/dev/null: not a regular file");
        }
        Files.createDirectory(dir.resolve("d.md"));
        assertThat(CliRun.run("lint", "--fix", "--write", dir.resolve("d.md").toString()).err())
                .contains("a directory, not a catalogue file");
        for (List<String> args : List.of(List.of("--write", "x.md"), List.of("--fix"), List.of("--fix", "x.json"))) {
            assertThat(CliRun.run(Stream.concat(Stream.of("lint"), args.stream()).toArray(String[]::new)).code())
                    .as("%s", args).isEqualTo(2);
        }
    }
}
