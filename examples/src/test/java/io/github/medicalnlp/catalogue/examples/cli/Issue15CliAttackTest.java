package io.github.medicalnlp.catalogue.examples.cli;

import static io.github.medicalnlp.catalogue.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.examples.cli.CliRun.Result;
import org.junit.jupiter.api.Test;

/** Attacks on issue 15's query options. */
class Issue15CliAttackTest {

    /**
     * Every other filter given an empty value is a usage error with a plain message ("tag must not be blank");
     * {@code --text ''} (or {@code --text ' '}) reports an internal error and asks the user to report a bug.
     */
    @Test
    void anEmptyTextIsAUsageErrorNotAnInternalError() {
        for (String blank : new String[] {"", " "}) {
            Result r = run("query", "--text", blank);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).doesNotContain("internal error").doesNotContain("please report it")
                    .doesNotContain("IllegalArgumentException");
        }
    }

    /** The bundled catalogue: "EHRs" is not the word EH, "LLMs" is not the word LL. */
    @Test
    void textDoesNotFindHalvesOfPluralAcronyms() {
        assertThat(run("query", "--text", "EH", "--columns", "name").out()).startsWith("NAME\n0 entries");
        assertThat(run("query", "--text", "LL", "--columns", "name").out()).startsWith("NAME\n0 entries");
    }
}
