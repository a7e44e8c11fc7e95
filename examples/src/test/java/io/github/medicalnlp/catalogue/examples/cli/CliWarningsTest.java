package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader's warning reaches the user as one line on standard error, and the command still succeeds. */
class CliWarningsTest {

    @Test
    void aKeyGivenTwiceIsOneWarningLine(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("twice.json");
        assertThat(CliRun.run("convert", CliRun.SEED.toString(), "--to", "json", "-o", json.toString()).code()).isZero();
        String doc = Files.readString(json);
        Files.writeString(json, doc.replaceFirst("\"title\": \"", "\"title\": \"Other\", \"title\": \""));
        CliRun.Result r = CliRun.run("stats", json.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err().lines()).hasSize(1).allSatisfy(line -> assertThat(line)
                .startsWith("medical-nlp: warning: ").contains("twice.json").contains("title"));
    }
}
