package io.github.medicalnlp.catalogue.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import io.github.medicalnlp.catalogue.diff.EntryChange;
import io.github.medicalnlp.catalogue.diff.SectionChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff}: what changed between two catalogues, in either format. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Entries added, removed and changed, sections added, removed and renamed.",
            "Exit code 1 when the catalogues differ."})
final class DiffCommand implements Callable<Integer> {

    enum OutputFormat { text, json }

    @CommandLine.ParentCommand
    MedicalNlpCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<old>", description = "The older catalogue (.md or .json).")
    String older;

    @Parameters(index = "1", paramLabel = "<new>", description = "The newer catalogue (.md or .json).")
    String newer;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        Inputs inputs = new Inputs(parent.stdin);
        CatalogueDiff diff = CatalogueDiff.between(inputs.load(older, null).catalogue(), inputs.load(newer, null).catalogue());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(json(diff));
        } else {
            out.println(diff);
        }
        out.flush();
        return diff.isEmpty() ? MedicalNlpCommand.OK : MedicalNlpCommand.FINDINGS;
    }

    static String json(CatalogueDiff diff) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("sections");
            for (SectionChange c : diff.sections()) {
                g.writeStartObject();
                g.writeStringField("type", c.type().word());
                g.writeStringField("path", c.path());
                g.writeStringField("title", c.title());
                if (c.titleBefore().isPresent() && c.titleAfter().isPresent()) {
                    g.writeStringField("titleBefore", c.titleBefore().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entries");
            for (EntryChange c : diff.entries()) {
                g.writeStartObject();
                g.writeStringField("type", c.type().word());
                g.writeStringField("name", c.name());
                g.writeStringField("path", c.path());
                if (c.pathBefore().isPresent() && !c.pathBefore().equals(c.pathAfter())) {
                    g.writeStringField("pathBefore", c.pathBefore().get());
                }
                if (!c.aspects().isEmpty()) {
                    g.writeArrayFieldStart("changed");
                    for (EntryChange.Aspect a : c.aspects().stream().sorted().toList()) {
                        g.writeString(a.word());
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }
}
