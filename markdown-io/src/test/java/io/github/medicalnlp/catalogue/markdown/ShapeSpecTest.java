package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec of the shapes the reader reads, in the manner of commonmark-java's spec tests: each
 * {@code shapes/<shape>/<case>.md} is read and must give what {@code <case>.json} beside it says (the
 * projection of {@link ShapeJson}, described in {@code src/test/resources/shapes/README.md}), and must
 * write back byte for byte.
 *
 * <p>With {@code -Dshapes.write=true} the test writes the JSON the reader gives for each case that has
 * no {@code .json} yet, into {@code src/test/resources/shapes/}, and skips that case: review the file,
 * then run again. An existing {@code .json} is never overwritten, and a normal run never writes: there
 * a missing {@code .json} fails.
 */
class ShapeSpecTest {

    /** Set to {@code true} to write the missing expected files. */
    static final String WRITE_PROPERTY = "shapes.write";

    /**
     * The shapes only the new reader reads (issue i13): their cases come without {@code .json} until it
     * lands; the JSON is then written with {@link #WRITE_PROPERTY} and reviewed.
     */
    static final Set<String> AWAITING_THE_NEW_READER =
            Set.of("bold-title-entries", "link-paragraphs", "bare-urls", "heading-sub-items", "intro-links");

    static Path directory() {
        try {
            return Path.of(ShapeSpecTest.class.getResource("/shapes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code <shape>/<case>.md}, named {@code <shape>/<case>}; the README beside the shapes is none. */
    static Stream<Named<Path>> cases() throws IOException {
        List<Named<Path>> cases = new ArrayList<>();
        try (Stream<Path> shapes = Files.list(directory())) {
            for (Path shape : shapes.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(shape)) {
                    for (Path md : files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                        cases.add(Named.of(name(md), md));
                    }
                }
            }
        }
        assertThat(cases).as("cases under %s", directory()).isNotEmpty();
        return cases.stream();
    }

    private static String name(Path md) {
        String file = md.getFileName().toString();
        return md.getParent().getFileName() + "/" + file.substring(0, file.length() - ".md".length());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsSpecifiedAndWritesBackByteForByte(Path md) throws IOException {
        String name = name(md);
        byte[] bytes = Files.readAllBytes(md);
        MarkdownDocument doc = MarkdownReader.create().read(new ByteArrayInputStream(bytes), name + ".md");

        // every byte-for-byte rule holds for the spec cases too
        assertThat(doc.toBytes()).as("%s.md written back as read", name).isEqualTo(bytes);
        assertThat(doc.render()).as("%s.md rendered as read", name)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8));

        JsonNode actual = ShapeJson.of(doc);
        String actualText = ShapeJson.print(actual);
        Path expectedFile = md.resolveSibling(name.substring(name.indexOf('/') + 1) + ".json");
        if (!Files.exists(expectedFile)) {
            missing(name, actualText);
            return;
        }
        JsonNode expected = ShapeJson.parse(Files.readString(expectedFile));
        if (!expected.equals(actual)) {
            fail(name + ".md is not read as " + name + ".json says.\n\nWhere they differ:\n  "
                    + String.join("\n  ", ShapeJson.differences(expected, actual, 25))
                    + "\n\nWhat the reader reads:\n" + actualText);
        }
    }

    private static void missing(String name, String actualText) throws IOException {
        String shape = name.substring(0, name.indexOf('/'));
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Path target = sourceDirectory().resolve(name + ".json");
            if (Files.exists(target)) {
                // already written in the sources, not yet copied to the test classes: never overwrite
                Assumptions.abort(target + " exists in the sources; run the tests again to check it");
            }
            Files.writeString(target, actualText, StandardCharsets.UTF_8);
            System.out.println("[shapes] wrote " + target);
            Assumptions.abort("wrote " + target + ": review it (is it what a user expects?), then run again");
        }
        String why = AWAITING_THE_NEW_READER.contains(shape)
                ? "The '" + shape + "' shape is read by the new reader (issue i13); once it has landed, write the"
                        + " expected JSON from what it reads and review it"
                : "Every case needs its expected JSON";
        fail(name + ".md has no expected " + name + ".json. " + why + ":\n"
                + "  mvn -B -o -q test -pl core,markdown-io -Dtest=ShapeSpecTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -D" + WRITE_PROPERTY + "=true\n"
                + "writes it (never overwriting one). What the reader reads today:\n" + actualText);
    }

    /**
     * {@code src/test/resources/shapes} of this module: the expected files are written into the sources,
     * not into the copy of the test resources the test runs on.
     */
    private static Path sourceDirectory() {
        String basedir = System.getProperty("basedir");
        Path module = basedir != null ? Path.of(basedir)
                : directory().getParent().getParent().getParent(); // target/test-classes/shapes
        Path dir = module.resolve("src/test/resources/shapes");
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new IOException("no shapes directory at " + dir));
        }
        return dir;
    }
}
