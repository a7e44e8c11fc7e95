package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries the bundled catalogue: Chinese QA data sets, open multilingual models, and counts by kind. */
public final class QueryBundledExample {

    private QueryBundledExample() {
    }

    /** Prints the answers to {@code out}. */
    public static void run(PrintStream out) {
        Catalogue catalogue = MedicalNlp.catalogue();

        out.println("Chinese data sets about question answering:");
        for (Match m : catalogue.query().kind(Kind.DATASET).language(Language.CHINESE)
                .task(Task.QUESTION_ANSWERING).list()) {
            out.println("  " + m.name() + "  " + m.primaryUrl().orElse(""));
        }

        out.println("Report generation, any kind:");
        for (Match m : catalogue.query().task(Task.REPORT_GENERATION).list()) {
            out.println("  " + m.name() + "  " + m.kind().map(Kind::word).orElse("-") + "  " + m.entry().modalities());
        }

        out.println("Models that cover French, with a GitHub repository:");
        List<Match> models = catalogue.query().kind(Kind.MODEL).language(Language.of("fr"))
                .hasGitHubRepository().list();
        models.forEach(m -> out.println("  " + m.name() + "  " + m.entry().gitHubRepositories()));

        out.println("Entries by kind:");
        Map<Optional<Kind>, List<Match>> byKind = catalogue.query().groupBy(Match::kind);
        byKind.forEach((kind, matches) -> out.println("  " + kind.map(Kind::word).orElse("-") + ": " + matches.size()));
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
