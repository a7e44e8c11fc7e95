package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip that {@code mvn package} builds ({@code target/medical-nlp-<version>.zip}), unpacked
 * into a directory whose name has a space and run through its launcher {@code bin/medical-nlp} as a user
 * would: with {@code java} found on the {@code PATH} or through {@code JAVA_HOME}, with the
 * class-data-sharing archive written on the first run and used on the next, and with a cache directory
 * that cannot be written. Every run's output must be what {@code java -jar medical-nlp.jar} prints.
 * Runs after packaging (failsafe), the zip's and the jar's paths given as system properties; the tag keeps
 * surefire from running it before.
 */
@Tag("distribution")
class DistributionIT {

    private static final Path ZIP = Path.of(System.getProperty("distribution.zip", "target/missing.zip"));
    private static final Path JAR = Path.of(System.getProperty("executable.jar", "target/medical-nlp.jar"));
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String SEED = CliRun.SEED.toAbsolutePath().normalize().toString();

    @TempDir
    static Path root;
    /** The unpacked distribution, under a directory named with a space. */
    private static Path home;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws IOException {
        assertThat(ZIP).as("built by mvn package").isRegularFile();
        Path into = Files.createDirectories(root.resolve("dist with spaces"));
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path to = into.resolve(e.getName()).normalize();
                assertThat(to.startsWith(into)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        try (Stream<Path> top = Files.list(into)) {
            home = top.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        // zip entries keep their Unix modes; java.util.zip does not restore them
        Files.setPosixFilePermissions(home.resolve("bin/medical-nlp"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
    }

    @Test
    void isLaidOutAsJreleaserAndAppassemblerDo() throws IOException {
        assertThat(home.getFileName().toString()).matches("medical-nlp-\\d+\\.\\d+\\.\\d+.*");
        assertThat(home.resolve("bin/medical-nlp")).isRegularFile();
        assertThat(home.resolve("bin/medical-nlp.bat")).isRegularFile();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(Files.readString(home.resolve("bin/medical-nlp.bat"))).contains("\r\n");
        assertThat(Files.readString(home.resolve("bin/medical-nlp"))).startsWith("#!/bin/sh\n").doesNotContain("\r");
        try (ZipFile zip = new ZipFile(ZIP.toFile())) {
            ZipEntry launcher = zip.stream().filter(e -> e.getName().endsWith("bin/medical-nlp")).findFirst().orElseThrow();
            assertThat(launcher.getName()).isEqualTo(home.getFileName() + "/bin/medical-nlp");
        }
        List<String> lib;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            lib = jars.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(lib).allMatch(n -> n.endsWith(".jar"))
                .anyMatch(n -> n.startsWith("medical-nlp-examples-"))
                .anyMatch(n -> n.startsWith("medical-nlp-core-"))
                .anyMatch(n -> n.startsWith("hibernate-validator-"))
                .filteredOn(n -> n.startsWith("picocli-")).hasSize(1);
    }

    @Test
    void picocliIsAJava17BuildInTheDistributionAndTheExecutableJar() throws IOException {
        Path picocli;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            picocli = jars.filter(p -> p.getFileName().toString().startsWith("picocli-")).findFirst().orElseThrow();
        }
        for (Path jar : List.of(picocli, JAR)) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (String name : List.of("picocli/CommandLine.class", "picocli/CommandLine$Model$CommandSpec.class")) {
                    byte[] head = zip.getInputStream(zip.getEntry(name)).readNBytes(8);
                    assertThat(((head[6] & 0xff) << 8) | (head[7] & 0xff)).as(jar + " " + name).isEqualTo(61);
                }
            }
        }
    }

    @Test
    void runsWithTheJavaOnThePathAndWritesThenUsesTheArchive() throws Exception {
        Path cache = root.resolve("cache-path");
        Map<String, String> env = Map.of("MEDICAL_NLP_CACHE_DIR", cache.toString());
        Run version = launcher(env, false, "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo(jar("--version").out()).startsWith("medical-nlp ");
        assertThat(version.err()).isEmpty();
        assertThat(archives(cache)).as("written after the first run").hasSize(1);

        Run expected = jar("stats");
        Path log = root.resolve("class-load.log");
        // the same options on both runs (they are part of the archive's key): the second loads from the archive
        Map<String, String> logging = Map.of("MEDICAL_NLP_CACHE_DIR", cache.toString(),
                "MEDICAL_NLP_OPTS", "-Xlog:class+load=info:file=" + log);
        for (int i = 1; i <= 2; i++) {
            Run stats = launcher(logging, false, "stats");
            assertThat(stats).as("run %s", i).isEqualTo(expected);
            assertThat(stats.out()).contains("118 entries");
        }
        assertThat(Files.readString(log)).as("the second run's classes come from the archive")
                .containsPattern("examples\\.cli\\.MedicalNlpCommand source: shared objects file")
                .containsPattern("picocli\\.CommandLine source: shared objects file")
                // the JDK's locale data takes 12 ms to load: every language of the bundled catalogue must be
                // one Language.displayName() names without it
                .doesNotContain("LocaleServiceProviderPool");
    }

    @Test
    void runsWithJavaHomeAndKeepsExitCodesAndStreams() throws Exception {
        Path cache = root.resolve("cache-java-home");
        Map<String, String> env = Map.of("MEDICAL_NLP_CACHE_DIR", cache.toString(), "JAVA_HOME",
                System.getProperty("java.home"));
        for (int i = 1; i <= 2; i++) {
            Run lint = launcher(env, true, "lint", SEED);
            assertThat(lint).as("run %s", i).isEqualTo(jar("lint", SEED));
            assertThat(lint.code()).isEqualTo(MedicalNlpCommand.FINDINGS);
            Run mistake = launcher(env, true, "query", "--no-such-option");
            assertThat(mistake).isEqualTo(jar("query", "--no-such-option"));
            assertThat(mistake.code()).isEqualTo(MedicalNlpCommand.USAGE);
        }
        assertThat(archives(cache)).hasSize(1);
        Run wrong = launcher(Map.of("JAVA_HOME", root.resolve("no-java").toString()), true, "--version");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.out()).isEmpty();
        assertThat(wrong.err()).contains("JAVA_HOME").contains("no bin/java");
    }

    @Test
    void anUnwritableCacheNeverBreaksTheCommand() throws Exception {
        // a path under a regular file cannot be made a directory, not even by root
        Path file = Files.writeString(root.resolve("a-file"), "x");
        Path cache = file.resolve("cache");
        Map<String, String> env = Map.of("MEDICAL_NLP_CACHE_DIR", cache.toString());
        for (int i = 1; i <= 2; i++) {
            assertThat(launcher(env, false, "stats")).as("run %s", i).isEqualTo(jar("stats"));
            assertThat(launcher(env, false, "lint", SEED)).isEqualTo(jar("lint", SEED));
        }
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void theArchiveIsMadeAnewWhenAJarChanges() throws Exception {
        Path cache = root.resolve("cache-stale");
        Map<String, String> env = Map.of("MEDICAL_NLP_CACHE_DIR", cache.toString());
        launcher(env, false, "--version");
        Path archive = archives(cache).get(0);
        FileTime old = Files.getLastModifiedTime(archive);
        assertThat(launcher(env, false, "stats")).isEqualTo(jar("stats"));
        assertThat(Files.getLastModifiedTime(archive)).as("still in use: no jar is newer").isEqualTo(old);
        Path jar;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            jar = jars.filter(p -> p.getFileName().toString().startsWith("medical-nlp-core-")).findFirst().orElseThrow();
        }
        FileTime jarTime = Files.getLastModifiedTime(jar);
        try {
            Files.setLastModifiedTime(jar, FileTime.from(old.toInstant().plusSeconds(60)));
            assertThat(launcher(env, false, "stats")).isEqualTo(jar("stats"));
            assertThat(Files.getLastModifiedTime(archive)).as("written anew").isGreaterThan(old);
        } finally {
            Files.setLastModifiedTime(jar, jarTime);
        }
    }

    @Test
    void theDefaultCacheIsUnderXdgCacheHome() throws Exception {
        Path xdg = root.resolve("xdg");
        Run run = launcher(Map.of("XDG_CACHE_HOME", xdg.toString()), false, "--version");
        assertThat(run.code()).isZero();
        assertThat(archives(xdg.resolve("medical-nlp"))).hasSize(1);
        Path off = root.resolve("cds-off");
        launcher(Map.of("MEDICAL_NLP_CACHE_DIR", off.toString(), "MEDICAL_NLP_CDS", "off"), false, "--version");
        assertThat(off).doesNotExist();
    }

    /**
     * From Java 19 on the training run writes the archive with {@code -XX:+AutoCreateSharedArchive}. Run
     * where such a Java is installed beside this one (as on the project's machines); elsewhere there is
     * nothing to run it with.
     */
    @Test
    void writesAndUsesTheArchiveOnAJava19OrLater() throws Exception {
        Optional<Path> modern = javaAtLeast(19);
        org.junit.jupiter.api.Assumptions.assumeTrue(modern.isPresent(), "no Java 19 or later beside " + JAVA);
        Path cache = root.resolve("cache-modern");
        Path log = root.resolve("class-load-modern.log");
        Map<String, String> env = Map.of("MEDICAL_NLP_CACHE_DIR", cache.toString(), "JAVA_HOME",
                modern.get().toString(), "MEDICAL_NLP_OPTS", "-Xlog:class+load=info:file=" + log);
        Run first = launcher(env, false, "stats");
        Run second = launcher(env, false, "stats");
        assertThat(second).isEqualTo(first);
        assertThat(second.out()).isEqualTo(jar("stats").out());
        assertThat(archives(cache)).hasSize(1);
        assertThat(Files.readString(log)).containsPattern("examples\\.cli\\.MedicalNlpCommand source: shared objects file");
    }

    /** A Java installation of at least this major version in the directory holding this one's. */
    private static Optional<Path> javaAtLeast(int major) throws IOException {
        Path jvms = Path.of(System.getProperty("java.home")).toRealPath().getParent();
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path h : homes.sorted().toList()) {
                Path release = h.resolve("release");
                if (Files.isRegularFile(release) && Files.isExecutable(h.resolve("bin/java"))) {
                    for (String line : Files.readAllLines(release)) {
                        if (line.startsWith("JAVA_VERSION=\"")) {
                            String v = line.substring("JAVA_VERSION=\"".length()).replaceAll("[^0-9].*", "");
                            if (!v.isEmpty() && Integer.parseInt(v) >= major) {
                                return Optional.of(h);
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> archives(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().matches("medical-nlp[^/]*\\.jsa")).toList();
        }
    }

    /**
     * Runs {@code bin/medical-nlp} with this environment over a clean one: {@code PATH} with this Java's
     * {@code bin} first, no {@code JAVA_HOME} unless given, {@code HOME} in the temporary directory.
     */
    private static Run launcher(Map<String, String> env, boolean keepJavaHome, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/medical-nlp").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.equals("JAVA_HOME") || k.equals("JAVA_OPTS") || k.startsWith("MEDICAL_NLP_")
                || k.equals("XDG_CACHE_HOME") || k.equals("JDK_JAVA_OPTIONS") || k.equals("JAVA_TOOL_OPTIONS"));
        e.put("PATH", JAVA.getParent() + ":/usr/bin:/bin");
        e.put("HOME", root.resolve("home").toString());
        e.putAll(env);
        if (!keepJavaHome && !env.containsKey("JAVA_HOME")) {
            e.remove("JAVA_HOME");
        }
        return run(pb);
    }

    /** Runs {@code java -jar medical-nlp.jar} with this Java. */
    private static Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        return run(pb);
    }

    private static Run run(ProcessBuilder pb) throws Exception {
        pb.directory(root.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        // read standard error beside standard output, so that neither fills its pipe
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end: " + pb.command());
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
    }
}
