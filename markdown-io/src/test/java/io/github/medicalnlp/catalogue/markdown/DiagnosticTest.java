package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    private final Diagnostic d = new Diagnostic(12, 3, "malformed-link", "a link without its closing parenthesis");

    @Test
    void printsAsACompilerDoes() {
        assertThat(d).hasToString("12:3: warning: malformed-link: a link without its closing parenthesis");
    }

    @Test
    void namesTheRuleAsFindingAndRuleInfoDo() {
        assertThat(d.rule()).isEqualTo("malformed-link");
        assertThatThrownBy(() -> new Diagnostic(1, 1, null, "m")).hasMessage("rule must not be null");
    }

    @Test
    @SuppressWarnings("removal")
    void theOldNameStillGivesTheRule() {
        assertThat(d.code()).isEqualTo(d.rule());
    }
}
