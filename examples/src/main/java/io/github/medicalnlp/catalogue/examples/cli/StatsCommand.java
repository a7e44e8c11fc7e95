package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Section;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stats}: counts by section, kind and language.
 *
 * <p>Declared through picocli's programmatic API ({@link #spec}), not by annotations: picocli reflecting on
 * annotations was a sixth of a run's start-up, and {@code stats} is run for a quick look (issue 15).
 */
final class StatsCommand implements Callable<Integer> {

    private final MedicalNlpCommand parent;
    private CommandSpec spec;

    private StatsCommand(MedicalNlpCommand parent) {
        this.parent = parent;
    }

    /** The command for a run of the tool. */
    static CommandSpec spec(MedicalNlpCommand parent) {
        StatsCommand command = new StatsCommand(parent);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("stats");
        spec.usageMessage().description("Count entries by section, kind and language. Without an input, the bundled catalogue.");
        MedicalNlpCommand.standardHelpOptions(spec);
        spec.addPositional(CommandLine.Model.PositionalParamSpec.builder().arity("0..1").paramLabel("<input>")
                .type(String.class).description("A catalogue (.md or .json), or - for standard input.").build());
        spec.addOption(CommandLine.Model.OptionSpec.builder("--from").paramLabel("markdown|json").type(Format.From.class)
                .description("The input format, when the name does not say it.").build());
        command.spec = spec;
        return spec;
    }

    @Override
    public Integer call() {
        String input = spec.positionalParameters().get(0).getValue();
        Format.From from = spec.findOption("--from").getValue();
        Inputs.Loaded loaded = input == null ? Inputs.bundled() : parent.inputs().load(input, Format.From.of(from));
        PrintWriter out = spec.commandLine().getOut();
        out.print(stats(loaded.catalogue()));
        out.flush();
        return MedicalNlpCommand.OK;
    }

    /**
     * The counts, each line starting with its count right-aligned in a column as wide as the largest
     * count, then the label: long titles never push the numbers away. Text from the catalogue is
     * {@linkplain TerminalText#line neutralised}.
     */
    static String stats(Catalogue c) {
        StringBuilder out = new StringBuilder();
        out.append(TerminalText.line(c.title())).append(": ").append(c.entryCount()).append(" entries in ")
                .append(c.allSections().size()).append(" sections\n\nBy section:\n");
        List<Map.Entry<String, Integer>> rows = new ArrayList<>();
        c.sections().forEach(s -> sections(s, 0, rows));
        table(out, rows);
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> languages = new TreeMap<>();
        c.allEntries().forEach(e -> {
            kinds.merge(e.kind().map(Kind::word).orElse("(none)"), 1, Integer::sum);
            List<Language> ls = e.languages();
            if (ls.isEmpty()) {
                languages.merge("(none)", 1, Integer::sum);
            }
            ls.forEach(l -> languages.merge(l.code() + " " + l.displayName(), 1, Integer::sum));
        });
        out.append("\nBy kind:\n");
        table(out, List.copyOf(kinds.entrySet()));
        out.append("\nBy language:\n");
        table(out, List.copyOf(languages.entrySet()));
        return out.toString();
    }

    /** A row for the section and each below it, in document order, indented by depth. */
    private static void sections(Section s, int depth, List<Map.Entry<String, Integer>> rows) {
        String label = s.number().map(n -> n + " " + s.title()).orElse(s.title());
        rows.add(Map.entry("  ".repeat(depth) + label, s.allEntries().size()));
        s.children().forEach(child -> sections(child, depth + 1, rows));
    }

    private static void table(StringBuilder out, List<Map.Entry<String, Integer>> rows) {
        int numbers = rows.stream().mapToInt(r -> String.valueOf(r.getValue()).length()).max().orElse(0);
        for (Map.Entry<String, Integer> r : rows) {
            String count = String.valueOf(r.getValue());
            out.append("  ").append(" ".repeat(numbers - count.length())).append(count).append("  ")
                    .append(TerminalText.line(r.getKey())).append('\n');
        }
    }
}
