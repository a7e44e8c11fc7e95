package io.github.medicalnlp.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: through links, never over what is not a file, with the umask's permissions, nothing left behind. */
class AtomicFilesTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long files(Path dir) throws Exception {
        try (Stream<Path> all = Files.list(dir)) {
            return all.count();
        }
    }

    @Test
    void writesANewFileWithThePermissionsAnyNewFileGetsAndLeavesNothingElse(@TempDir Path dir) throws Exception {
        Path plain = Files.createFile(dir.resolve("plain"));
        Path written = dir.resolve("written.json");
        AtomicFiles.write(written, bytes("new"));
        assertThat(written).hasContent("new");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(files(dir)).isEqualTo(2);
    }

    @Test
    void replacesAFileKeepingItsPermissions(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.md"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, bytes("new"));
        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void writesThroughChainsOfSymbolicLinks(@TempDir Path dir) throws Exception {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("d")).resolve("real.md"), "old");
        Path first = Files.createSymbolicLink(dir.resolve("first.md"), Path.of("d", "real.md"));
        Path second = Files.createSymbolicLink(dir.resolve("second.md"), first.getFileName());
        AtomicFiles.write(second, bytes("new"));
        assertThat(real).hasContent("new");
        assertThat(Files.isSymbolicLink(first) && Files.isSymbolicLink(second)).isTrue();
        assertThat(AtomicFiles.target(second)).isEqualTo(real.toRealPath());
        assertThat(files(real.getParent())).isEqualTo(1);
    }

    @Test
    void refusesDirectoriesPipesDevicesAndDanglingLinks(@TempDir Path dir) throws Exception {
        Path emptyDirectory = Files.createDirectory(dir.resolve("empty.json"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("nowhere"));
        Path fifo = dir.resolve("fifo.json");
        boolean hasFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        for (Path p : hasFifo ? new Path[] {emptyDirectory, dangling, fifo} : new Path[] {emptyDirectory, dangling}) {
            assertThatThrownBy(() -> AtomicFiles.write(p, bytes("x"))).as(p.toString())
                    .isInstanceOf(FileSystemException.class);
        }
        assertThat(emptyDirectory).isEmptyDirectory();
        assertThat(Files.isSymbolicLink(dangling) && !Files.exists(dir.resolve("nowhere"))).isTrue();
        assertThat(!hasFifo || (!Files.isRegularFile(fifo) && Files.exists(fifo))).isTrue();
        assertThat(files(dir)).isEqualTo(hasFifo ? 3 : 2);
        if (Files.exists(Path.of("/dev/null"))) {
            assertThatThrownBy(() -> AtomicFiles.target(Path.of("/dev/null"))).isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("not a regular file");
        }
    }

    @Test
    void aFileWhoseNameIsAsLongAsTheSystemAllowsCanBeWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x".repeat(250) + ".json");
        AtomicFiles.write(file, bytes("long"));
        assertThat(file).hasContent("long");
    }

    @Test
    void temporaryNamesAreRecognisableAndOnlyStaleOnesAreCleaned(@TempDir Path dir) throws Exception {
        assertThat(AtomicFiles.isTemporaryName(".a.json.medical-nlp-0123456789az.tmp")).isTrue();
        for (String other : new String[] {"a.json.medical-nlp-0123456789az.tmp", ".a.json.medical-nlp-0123456789a.tmp",
            ".a.json.medical-nlp-0123456789aZ.tmp", ".a.json.medical-nlp-0123456789az.txt", ".medical-nlp-0123456789az.tmp",
            ".a.json.tmp", ""}) {
            assertThat(AtomicFiles.isTemporaryName(other)).as(other).isFalse();
        }
        FileTime old = FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minus(Duration.ofMinutes(1)));
        Path stale = Files.writeString(dir.resolve(".a.json.medical-nlp-000000000000.tmp"), "x");
        Path fresh = Files.writeString(dir.resolve(".a.json.medical-nlp-111111111111.tmp"), "x");
        Path staleDirectory = Files.createDirectory(dir.resolve(".b.json.medical-nlp-222222222222.tmp"));
        Path foreign = Files.writeString(dir.resolve(".a.json.tmp"), "x");
        for (Path p : new Path[] {stale, staleDirectory, foreign}) {
            Files.setLastModifiedTime(p, old);
        }
        assertThat(AtomicFiles.cleanStale(dir)).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(staleDirectory).exists();
        assertThat(foreign).exists();
    }
}
