package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run still exercises the tool: each of its command lines runs to the end (exit
 * code 0, or 1 for lint's findings), so that the archive it leaves holds the classes of every command. A
 * command line that an option's change breaks fails here, not silently in the archive.
 */
class CdsTrainingTest {

    @Test
    void everyTrainingCommandRunsToTheEnd() {
        assertThat(CdsTraining.run()).isEqualTo(CdsTraining.COMMANDS.size());
    }

    @Test
    void theTrainingCoversTheCommandsThatReadAList() {
        Set<String> trained = CdsTraining.COMMANDS.stream().map(c -> c.get(0)).collect(Collectors.toSet());
        assertThat(trained).containsAll(List.of("--version", "--help", "stats", "query", "lint", "convert", "schema"));
        // every Markdown reader path is trained through standard input
        assertThat(CdsTraining.COMMANDS).anyMatch(c -> c.get(0).equals("lint") && c.contains("markdown"));
    }
}
