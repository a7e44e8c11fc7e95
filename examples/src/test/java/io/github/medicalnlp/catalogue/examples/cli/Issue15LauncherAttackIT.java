package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/medical-nlp of the distribution zip (target/medical-nlp-*.zip, from an earlier {@code mvn package};
 * skipped when there is none), unpacked into odd places.
 */
@org.junit.jupiter.api.Tag("distribution")
class Issue15LauncherAttackIT {

    record Run(int code, String out, String err) {
    }

    private static Path zip() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            return s.filter(p -> p.getFileName().toString().matches("medical-nlp-.*\\.zip")).findFirst().orElse(null);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    private static Path unpack(Path into) throws IOException {
        Path zip = zip();
        Assumptions.assumeTrue(zip != null, "no distribution zip in target/");
        Path home = null;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                Path p = into.resolve(e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                    continue;
                }
                Files.createDirectories(p.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, p);
                }
                if (e.getName().endsWith("bin/medical-nlp")) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                    home = p.getParent().getParent();
                }
            }
        }
        return home;
    }

    private static Run launch(Path home, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/medical-nlp").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /**
     * Unpacked under a directory whose name has a colon, the launcher says the installation is incomplete
     * (it cuts the class path at the first ':'), which is false: the jars are there. It should run, or say
     * that the path cannot hold a ':'. Java's class path has no way to write a ':' in a path, so the
     * launcher says so, and how to go on.
     */
    @Test
    void runsFromADirectoryWithAColon(@TempDir Path dir) throws Exception {
        Path home = unpack(Files.createDirectories(dir.resolve("tools:v1")));
        Run r = launch(home, Map.of("MEDICAL_NLP_CDS", "off"), "--version");
        assertThat(r.err()).doesNotContain("the installation is incomplete")
                .contains("':' separates Java's class path").contains("unpack the tool where the path has no ':'");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
    }

    /**
     * Installed where the path has a space, archived runs use a copy of lib/ in the cache. A run with other
     * options (MEDICAL_NLP_OPTS) finds the archive stale and deletes and remakes that copy ({@code rm -rf}) while
     * other runs are using it: those crash (ExceptionInInitializerError from MedicalNlp.catalogue, seen 3 times
     * in 40 runs of {@code stats}). Probabilistic: it races runs against re-archiving runs.
     */
    @Test
    void aRunIsNotBrokenByAnotherRunRemakingTheArchive(@TempDir Path dir) throws Exception {
        Path home = unpack(Files.createDirectories(dir.resolve("my tools")));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Map<String, String> env = Map.of("MEDICAL_NLP_CACHE_DIR", cache.toString());
        assertThat(launch(home, env, "--version").code()).isZero(); // writes the archive
        Thread remaker = new Thread(() -> {
            for (int i = 0; i < 6; i++) {
                try {
                    launch(home, Map.of("MEDICAL_NLP_CACHE_DIR", cache.toString(), "MEDICAL_NLP_OPTS", "-Dx=" + i),
                            "--version");
                } catch (Exception e) {
                    return;
                }
            }
        });
        remaker.start();
        List<String> failures = new ArrayList<>();
        while (remaker.isAlive()) {
            Run r = launch(home, env, "stats");
            if (r.code() != 0) {
                failures.add(r.err());
            }
        }
        remaker.join();
        assertThat(failures).isEmpty();
    }
}
