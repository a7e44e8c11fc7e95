package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue a format cannot hold is a one-line error naming the input, never an internal error. */
class CliUnwritableTest {

    @Test
    void aNulCharacterCannotBeWrittenAsMarkdown(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("nul.json");
        CliRun.Result exported = CliRun.run("convert", CliRun.SEED.toString(), "--to", "json", "-o", json.toString());
        assertThat(exported.code()).isZero();
        Files.writeString(json, Files.readString(json).replaceFirst("\"name\": \"", "\"name\": \"\\\\u0000"));
        CliRun.Result r = CliRun.run("convert", json.toString(), "--to", "markdown");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nul.json: cannot be written as markdown:").contains("U+0000")
                .doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}
