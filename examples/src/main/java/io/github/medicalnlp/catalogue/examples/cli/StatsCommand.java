package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stats}: counts by section, kind and language. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count entries by section, kind and language. Without an input, the bundled catalogue.")
final class StatsCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    MedicalNlpCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "<input>", description = "A catalogue (.md or .json), or - for standard input.")
    String input;

    @CommandLine.Option(names = "--from", paramLabel = "markdown|json", description = "The input format, when the name does not say it.")
    Format from;

    @Override
    public Integer call() {
        Inputs.Loaded loaded = input == null ? Inputs.bundled() : new Inputs(parent.stdin).load(input, from);
        PrintWriter out = spec.commandLine().getOut();
        out.print(stats(loaded.catalogue()));
        out.flush();
        return MedicalNlpCommand.OK;
    }

    static String stats(Catalogue c) {
        StringBuilder out = new StringBuilder();
        out.append(c.title()).append(": ").append(c.size()).append(" entries in ").append(c.allSections().size())
                .append(" sections\n\nBy section:\n");
        Map<String, String> rows = new LinkedHashMap<>();
        for (Section s : c.allSections()) {
            String path = c.pathOf(s).orElse(s.label());
            int depth = path.split(" > ").length - 1;
            rows.put("  ".repeat(depth + 1) + s.label() + " " + s.title(), String.valueOf(s.allEntries().size()));
        }
        table(out, rows);
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>();
        c.entries().forEach(e -> {
            kinds.merge(e.kind().map(Kind::word).orElse("(none)"), 1, Integer::sum);
            List<Language> ls = e.languages();
            if (ls.isEmpty()) {
                languages.merge("(none)", 1, Integer::sum);
            }
            ls.forEach(l -> languages.merge(l.code() + " " + l.displayName(), 1, Integer::sum));
        });
        out.append("\nBy kind:\n");
        table(out, indent(kinds));
        out.append("\nBy language:\n");
        table(out, indent(languages));
        return out.toString();
    }

    private static Map<String, String> indent(Map<String, Integer> counts) {
        Map<String, String> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put("  " + k, String.valueOf(v)));
        return out;
    }

    private static void table(StringBuilder out, Map<String, String> rows) {
        int width = rows.keySet().stream().mapToInt(Width::of).max().orElse(0);
        int numbers = rows.values().stream().mapToInt(String::length).max().orElse(0);
        rows.forEach((k, v) -> out.append(Width.pad(k, width)).append("  ")
                .append(" ".repeat(numbers - v.length())).append(v).append('\n'));
    }
}
