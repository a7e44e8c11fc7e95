package io.github.medicalnlp.catalogue.examples.cli;

import static io.github.medicalnlp.catalogue.examples.cli.CliRun.HEALTHCARE;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.SEED;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.process;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import io.github.medicalnlp.catalogue.examples.cli.CliRun.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert and files: nothing lost, nothing replaced that is not a file, new files as the umask says. */
class CliFilesTest {

    /** Every file under {@code dir} and its bytes, to show that a refused run changed nothing. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                files.put(dir.relativize(p).toString(), Files.isSymbolicLink(p) ? "-> " + Files.readSymbolicLink(p)
                        : Files.isRegularFile(p) ? Files.readString(p) : Files.isDirectory(p) ? "dir" : "other");
            }
        }
        return files;
    }

    private static Result runStdin(Path stdinFile, String... args) throws IOException {
        return run(new ByteArrayInputStream(Files.readAllBytes(stdinFile)), stdinFile, Inputs.MAX_BYTES, args);
    }

    @Test
    void anOutputThatIsAnotherInputIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Files.copy(SEED, dir.resolve("b.md"));
        assertThat(run("convert", HEALTHCARE.toString(), "-o", dir.resolve("b.json").toString()).code()).isZero();
        Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("b.json"));
        Files.createLink(dir.resolve("hard.json"), dir.resolve("b.json"));
        Map<String, String> before = snapshot(dir);
        // the input that is overwritten comes after, before, as a link, as a hard link, as "-"
        String[][] cases = {
            {"convert", dir.resolve("b.md").toString(), dir.resolve("b.json").toString(), "--to", "json", "-o", dir.toString()},
            {"convert", dir.resolve("b.json").toString(), dir.resolve("b.md").toString(), "--to", "json", "-o", dir.toString()},
            {"convert", dir.resolve("b.md").toString(), dir.resolve("link.json").toString(), "--to", "json",
                "-o", dir.resolve("b.json").toString()},
            {"convert", dir.resolve("b.md").toString(), dir.resolve("hard.json").toString(), "--to", "json", "--overwrite",
                "-o", dir.toString()},
        };
        for (String[] args : cases) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).endsWith("medical-nlp: nothing was written\n");
            assertThat(snapshot(dir)).as(String.join(" ", args)).isEqualTo(before);
        }
        Result overStdin = runStdin(dir.resolve("b.json"), "convert", dir.resolve("b.md").toString(), "-",
                "--to", "json", "-o", dir.toString());
        assertThat(overStdin.code()).isEqualTo(2);
        assertThat(overStdin.err()).contains("would overwrite another input, (standard input)");
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void twoOutputsToOneFileAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path x = Files.createDirectory(dir.resolve("x"));
        Path y = Files.createDirectory(dir.resolve("y"));
        Files.copy(SEED, x.resolve("s.md"));
        Files.copy(HEALTHCARE, y.resolve("s.md"));
        Files.copy(SEED, dir.resolve("a.md"));
        run("convert", HEALTHCARE.toString(), "-o", dir.resolve("a.json").toString());
        Map<String, String> before = snapshot(dir);
        String[][] cases = {
            {"convert", x.resolve("s.md").toString(), y.resolve("s.md").toString(), "-o", dir.resolve("out").toString()},
            {"convert", x.resolve("s.md").toString(), x.resolve("s.md").toString(), "-o", dir.resolve("out").toString()},
            {"convert", dir.resolve("a.md").toString(), dir.resolve("a.json").toString(), "--to", "json", "--overwrite",
                "-o", dir.resolve("out").toString()},
            {"convert", "-", "-", "-o", dir.resolve("out").toString()},
        };
        for (String[] args : cases) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).contains(" would be written here; ")
                    .endsWith("medical-nlp: nothing was written\n");
            assertThat(snapshot(dir)).as(String.join(" ", args)).isEqualTo(before);
        }
    }

    @Test
    void standardInputRedirectedFromAFileIsThatInput(@TempDir Path dir) throws Exception {
        Path in = Files.copy(SEED, dir.resolve("in.md"));
        Files.createSymbolicLink(dir.resolve("link.md"), in);
        Files.createLink(dir.resolve("hard.md"), in);
        String seed = Files.readString(SEED);
        for (String target : List.of("in.md", "link.md", "hard.md")) {
            Result r = runStdin(in, "convert", "-", "--to", "json", "-o", dir.resolve(target).toString());
            assertThat(r.code()).as(target).isEqualTo(2);
            assertThat(r.err()).as(target).contains("would overwrite its input (standard input); give --overwrite");
            assertThat(Files.readString(in)).as(target).isEqualTo(seed);
        }
        Result allowed = runStdin(in, "convert", "-", "--to", "markdown", "--canonical", "--overwrite",
                "-o", dir.resolve("link.md").toString());
        assertThat(allowed.code()).isZero();
        assertThat(Files.readString(in)).startsWith("# Medical_NLP").isNotEqualTo(seed);
    }

    @Test
    void writesThroughASymbolicLinkToTheFileItNames(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("docs")).resolve("catalogue.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("catalogue.json"), Path.of("docs", "catalogue.json"));
        Result r = run("convert", SEED.toString(), "--to", "json", "-o", link.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("docs", "catalogue.json"));
        assertThat(CatalogueJsonReader.create().read(real).entryCount()).isEqualTo(121);
        try (Stream<Path> files = Files.list(real.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("catalogue.json");
        }
    }

    @Test
    void refusesToReplaceWhatIsNotARegularFile(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.createDirectory(out.resolve("medical-nlp-2024-11-14.json"));
        Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere.json"));
        List<String> targets = new java.util.ArrayList<>(List.of(out.toString(), dir.resolve("dangling.json").toString()));
        Path fifo = dir.resolve("fifo.json");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            targets.add(fifo.toString());
        }
        Map<String, String> before = snapshot(dir);
        for (String target : targets) {
            Result r = run("convert", SEED.toString(), "--to", "json", "-o", target);
            assertThat(r.code()).as(target).isEqualTo(2);
            assertThat(r.err()).as(target).containsAnyOf("a directory, not a file", "not a regular file",
                    "which does not exist; not writing through it");
            assertThat(r.err().lines()).as(target).hasSize(2);
            assertThat(snapshot(dir)).as(target).isEqualTo(before);
        }
        Assumptions.assumeTrue(targets.size() == 3, "mkfifo is there");
        assertThat(Files.isRegularFile(fifo) || Files.isDirectory(fifo)).isFalse();
    }

    @Test
    void aNewFileHasThePermissionsTheUmaskGivesAndAReplacedOneKeepsItsOwn(@TempDir Path dir) throws Exception {
        Files.copy(SEED, dir.resolve("in.md"));
        Result r = process(dir, "umask 077 && \"$@\" convert in.md -o private.json"
                + " && umask 002 && \"$@\" convert in.md -o shared.json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private.json"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shared.json"))))
                .isEqualTo("rw-rw-r--");
        Files.setPosixFilePermissions(dir.resolve("shared.json"), PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("convert", HEALTHCARE.toString(), "-o", dir.resolve("shared.json").toString()).code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shared.json"))))
                .isEqualTo("rw-r-----");
    }

    @Test
    void temporaryFilesAreNamedRecognisablyAndStaleOnesAreCleanedAtTheNextRun(@TempDir Path dir) throws Exception {
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Path stale = Files.writeString(dir.resolve(".seed.json.medical-nlp-0123456789ab.tmp"), "killed half-way");
        Files.setLastModifiedTime(stale, old);
        Path fresh = Files.writeString(dir.resolve(".seed.json.medical-nlp-abcdefghijkl.tmp"), "being written now");
        Path foreign = Files.writeString(dir.resolve(".seed.json.someone-else.tmp"), "not ours");
        Files.setLastModifiedTime(foreign, old);
        assertThat(run("convert", SEED.toString(), "-o", dir.resolve("seed.json").toString()).code()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("seed.json",
                    fresh.getFileName().toString(), foreign.getFileName().toString());
        }
    }

    @Test
    void createsTheOutputDirectory(@TempDir Path dir) throws Exception {
        Result several = run("convert", SEED.toString(), HEALTHCARE.toString(), "--to", "jsonl",
                "-o", dir.resolve("out/a").toString());
        assertThat(several.code()).as(several.err()).isZero();
        try (Stream<Path> files = Files.list(dir.resolve("out/a"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("medical-nlp-2024-11-14.jsonl", "awesome-healthcare.jsonl");
        }
        Result one = run("convert", SEED.toString(), "-o", dir.resolve("single").toString() + "/");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(dir.resolve("single/medical-nlp-2024-11-14.json")).isRegularFile();
        Path file = Files.writeString(dir.resolve("file"), "x");
        Result notDirectory = run("convert", SEED.toString(), HEALTHCARE.toString(), "-o", file.toString());
        assertThat(notDirectory.code()).isEqualTo(2);
        assertThat(notDirectory.err()).contains("not a directory");
    }

    @Test
    void permissionDeniedSaysWhoseModeDeniesWhat(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        String owner = Files.getOwner(locked).getName();
        // the message itself, as root too (root is never denied by a mode)
        assertThat(IoErrors.writing(locked.resolve("x.json"), new java.nio.file.AccessDeniedException("x")))
                .contains("permission denied").contains("write and search (wx) permission on the directory")
                .contains("the directory " + locked + " is mode r-xr-xr-x, owner " + owner)
                .contains("this runs as user " + System.getProperty("user.name"));
        Path secret = Files.writeString(dir.resolve("secret.md"), "# x\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assertThat(IoErrors.reading(secret, new java.nio.file.AccessDeniedException("x")))
                .contains("the file " + secret + " is mode ---------, owner " + owner);
        // and through the tool, where a mode can deny
        Assumptions.assumeFalse(Files.isReadable(secret), "not running as root, whom no mode denies");
        Result read = run("stats", secret.toString());
        assertThat(read.err()).contains("permission denied").contains("is mode ---------");
        Result write = run("convert", SEED.toString(), "-o", locked.resolve("x.json").toString());
        assertThat(write.err()).contains("permission denied").contains("is mode r-xr-xr-x");
    }
}
