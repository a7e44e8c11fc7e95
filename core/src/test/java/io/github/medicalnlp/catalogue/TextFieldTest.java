package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextFieldTest {

    @Test
    void keepsLabelAndValueAsWritten() {
        TextField field = TextField.of("简介", " 医疗  问答 ");
        assertThat(field.label()).isEqualTo("简介");
        assertThat(field.value()).as("white space around is dropped, inside is kept").isEqualTo("医疗  问答");
        assertThat(field.isLabelled()).isTrue();
        assertThat(TextField.unlabelled("text").isLabelled()).isFalse();
        assertThat(field).isEqualTo(new TextField(" 简介", "医疗  问答"));
    }

    @Test
    void allowsALabelWithoutValueButNotNothingAtAll() {
        assertThat(TextField.of("来源", "").value()).isEmpty();
        assertThatThrownBy(() -> TextField.of(" ", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label and value must not both be blank");
        assertThatThrownBy(() -> TextField.of(null, "x")).hasMessage("label must not be null");
        assertThatThrownBy(() -> TextField.of("x", null)).hasMessage("value must not be null");
        assertThatThrownBy(() -> TextField.unlabelled(" ")).hasMessage("value must not be blank");
    }

    @Test
    void withMethodsCopyOnlyWhenSomethingChanges() {
        TextField field = TextField.of("简介", "a");
        assertThat(field.withValue("a")).isSameAs(field);
        assertThat(field.withLabel("简介")).isSameAs(field);
        assertThat(field.withValue("b")).isEqualTo(TextField.of("简介", "b"));
        assertThat(field.withLabel("Description")).isEqualTo(TextField.of("Description", "a"));
    }
}
