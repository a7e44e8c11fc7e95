package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "lists/medical-nlp-2024-11-14.MD", "notes.markdown"})
    void recognisesMarkdownFiles(String name) {
        assertThat(MarkdownFormat.isMarkdownFile(Path.of(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogue.json", "README", ".md", "md", "/"})
    void refusesOtherFiles(String name) {
        assertThat(MarkdownFormat.isMarkdownFile(Path.of(name))).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> MarkdownFormat.isMarkdownFile(null)).hasMessage("file must not be null");
        assertThat(MarkdownFormat.MEDIA_TYPE).isEqualTo("text/markdown");
    }

    @Test
    void theModuleExportsItsApiAndNothingElse() {
        Module module = MarkdownFormat.class.getModule();
        assertThat(module.getName()).isEqualTo("io.github.medicalnlp.catalogue.markdown");
        assertThat(module.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("io.github.medicalnlp.catalogue.markdown");
    }
}
