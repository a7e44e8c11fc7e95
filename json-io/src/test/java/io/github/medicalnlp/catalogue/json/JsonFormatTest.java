package io.github.medicalnlp.catalogue.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    @Test
    void namesTheFormatAndItsVersion() {
        assertThat(JsonFormat.NAME).isEqualTo("medical-nlp-catalogue");
        assertThat(JsonFormat.VERSION).matches("\\d+\\.\\d+");
        assertThat(JsonFormat.majorVersion()).isEqualTo(1);
    }

    @Test
    void recognisesFilesByExtension() {
        assertThat(JsonFormat.isJsonFile(Path.of("catalogue.JSON"))).isTrue();
        assertThat(JsonFormat.isJsonFile(Path.of("entries.jsonl"))).isFalse();
        assertThat(JsonFormat.isJsonLinesFile(Path.of("out/entries.jsonl"))).isTrue();
        assertThat(JsonFormat.isJsonFile(Path.of(".json"))).isFalse();
        assertThat(JsonFormat.isJsonFile(Path.of("/"))).isFalse();
        assertThatThrownBy(() -> JsonFormat.isJsonFile(null)).hasMessage("file must not be null");
    }

    @Test
    void theModuleExportsItsApiAndNothingElse() {
        Module module = JsonFormat.class.getModule();
        assertThat(module.getName()).isEqualTo("io.github.medicalnlp.catalogue.json");
        assertThat(module.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("io.github.medicalnlp.catalogue.json", "io.github.medicalnlp.catalogue.csv",
                        "io.github.medicalnlp.catalogue.bundled");
    }
}
