package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.json.JsonFormat;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schema}: the shipped JSON Schema, so that any validator can check a catalogue document. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of the catalogue format this version writes, as the strict"
            + " reader reads it.", "With --reader, the schema of every document a 1.x reader reads."})
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--reader", description = "The schema of every 1.x document (later minor versions, null for absent values).")
    boolean reader;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = reader ? JsonFormat.readerSchema() : JsonFormat.schema();
        out.print(schema.endsWith("\n") ? schema : schema + "\n");
        out.flush();
        return MedicalNlpCommand.OK;
    }
}
