package io.github.medicalnlp.catalogue.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.medicalnlp.catalogue.diff.CatalogueChange;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import io.github.medicalnlp.catalogue.diff.ChangeType;
import io.github.medicalnlp.catalogue.diff.EntryChange;
import io.github.medicalnlp.catalogue.diff.NewsChange;
import io.github.medicalnlp.catalogue.diff.SectionChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff}: every difference between two catalogues, in either format — title, introduction, news,
 * citation, sections and entries — with a summary line; exit 1 when they differ, 0 when not.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Every difference between two catalogues: title, introduction, news, citation,",
            "sections added, removed, renamed, renumbered and moved, entries added, removed and changed",
            "(with the values before and after), then a summary line.",
            "Exit code 1 when the catalogues differ, 0 when they do not."})
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
        Inputs inputs = parent.inputs();
        CatalogueDiff diff = CatalogueDiff.between(inputs.load(older, null).catalogue(), inputs.load(newer, null).catalogue());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            json(diff, out);
            out.println();
        } else {
            text(diff, out);
        }
        out.flush();
        return diff.isEmpty() ? MedicalNlpCommand.OK : MedicalNlpCommand.FINDINGS;
    }

    // ---------------------------------------------------------------- text

    /**
     * One line per change as {@link CatalogueDiff#toString()} gives it, with the details indented under
     * it (section title and primary URL of added and removed entries, values before and after of changed
     * ones, old and new text of introduction and citation), then the summary; {@code no changes} alone
     * when there is none. Control characters of the catalogues are shown as escapes.
     */
    static void text(CatalogueDiff diff, PrintWriter out) {
        if (diff.isEmpty()) {
            out.println(diff.summary());
            return;
        }
        for (CatalogueChange c : diff.parts()) {
            if (c.part() == CatalogueChange.Part.TITLE) {
                out.println("~ title: " + visible(c.before().orElseThrow()) + " -> " + visible(c.after().orElseThrow()));
            } else {
                out.println(sign(c.type()) + c.part().word());
                c.before().ifPresent(text -> text.lines().forEach(l -> out.println("    - " + visible(l))));
                c.after().ifPresent(text -> text.lines().forEach(l -> out.println("    + " + visible(l))));
            }
        }
        for (NewsChange c : diff.news()) {
            out.println(visible(c.toString()));
        }
        for (SectionChange c : diff.sections()) {
            out.println(visible(c.toString()));
        }
        for (EntryChange c : diff.entries()) {
            out.println(visible(c.toString()));
            if (c.type() == ChangeType.CHANGED) {
                for (EntryChange.Aspect a : c.aspects().stream().sorted().toList()) {
                    out.println("    " + a.word() + ": " + visible(c.valueBefore(a)) + " -> " + visible(c.valueAfter(a)));
                }
            } else {
                out.println("    section: " + visible(c.sectionTitle()));
                out.println("    url: " + visible(c.primaryUrl().orElse("(none)")));
            }
        }
        out.println(diff.summary());
    }

    private static String sign(ChangeType type) {
        return switch (type) {
            case ADDED -> "+ ";
            case REMOVED -> "- ";
            default -> "~ ";
        };
    }

    /**
     * The text with every control character (C0, DEL, C1, line and paragraph separators, bidirectional
     * overrides and isolates) and every lone surrogate shown as {@code \}{@code uXXXX}, so that a catalogue
     * cannot move the cursor, recolour or rewrite the terminal, or break a line of the output.
     * (Private until the shared sanitiser of the cli package is merged.)
     */
    private static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            boolean hide = lone || Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                    || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                    || c == '\u061C';
            if (hide && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hide) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    // ---------------------------------------------------------------- json

    /**
     * The diff as one JSON object: {@code parts} (title, introduction, citation with {@code before} and
     * {@code after}), {@code news}, {@code sections}, {@code entries} (added and removed ones with
     * {@code section} and {@code url}, changed ones with {@code changed} and the {@code values} before and
     * after of each), and {@code summary} with the counts.
     */
    static void json(CatalogueDiff diff, Writer w) throws IOException {
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("parts");
            for (CatalogueChange c : diff.parts()) {
                g.writeStartObject();
                g.writeStringField("part", c.part().word());
                g.writeStringField("type", c.type().word());
                optional(g, "before", c.before());
                optional(g, "after", c.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("news");
            for (NewsChange c : diff.news()) {
                g.writeStartObject();
                g.writeStringField("type", c.type().word());
                g.writeStringField("date", c.item().date());
                g.writeStringField("text", c.item().text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sections");
            for (SectionChange c : diff.sections()) {
                section(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entries");
            for (EntryChange c : diff.entries()) {
                entry(g, c);
            }
            g.writeEndArray();
            summary(g, diff);
            g.writeEndObject();
        }
    }

    private static void section(JsonGenerator g, SectionChange c) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", c.type().word());
        g.writeStringField("path", c.path());
        g.writeStringField("title", c.title());
        if (!c.pathBefore().equals(c.pathAfter()) && c.pathBefore().isPresent() && c.pathAfter().isPresent()) {
            g.writeStringField("pathBefore", c.pathBefore().get());
        }
        if (c.aspects().contains(SectionChange.Aspect.TITLE)) {
            g.writeStringField("titleBefore", c.titleBefore().orElseThrow());
        }
        if (!c.aspects().isEmpty()) {
            g.writeArrayFieldStart("changed");
            for (SectionChange.Aspect a : c.aspects().stream().sorted().toList()) {
                g.writeString(a.word());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void entry(JsonGenerator g, EntryChange c) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", c.type().word());
        g.writeStringField("name", c.name());
        g.writeStringField("path", c.path());
        g.writeStringField("section", c.sectionTitle());
        optional(g, "url", c.primaryUrl());
        if (c.pathBefore().isPresent() && !c.pathBefore().equals(c.pathAfter())) {
            g.writeStringField("pathBefore", c.pathBefore().get());
        }
        if (!c.aspects().isEmpty()) {
            g.writeArrayFieldStart("changed");
            for (EntryChange.Aspect a : c.aspects().stream().sorted().toList()) {
                g.writeString(a.word());
            }
            g.writeEndArray();
            g.writeObjectFieldStart("values");
            for (EntryChange.Aspect a : c.aspects().stream().sorted().toList()) {
                g.writeObjectFieldStart(a.word());
                g.writeStringField("before", c.valueBefore(a));
                g.writeStringField("after", c.valueAfter(a));
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, CatalogueDiff diff) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeObjectFieldStart("entries");
        g.writeNumberField("added", diff.added().size());
        g.writeNumberField("removed", diff.removed().size());
        g.writeNumberField("changed", diff.changed().size());
        g.writeEndObject();
        g.writeObjectFieldStart("sections");
        int added = diff.sections(ChangeType.ADDED).size();
        int removed = diff.sections(ChangeType.REMOVED).size();
        g.writeNumberField("added", added);
        g.writeNumberField("removed", removed);
        g.writeNumberField("changed", diff.sections().size() - added - removed);
        g.writeEndObject();
        g.writeObjectFieldStart("news");
        for (ChangeType t : new ChangeType[] {ChangeType.ADDED, ChangeType.REMOVED, ChangeType.MOVED}) {
            g.writeNumberField(t.word(), diff.news().stream().filter(c -> c.type() == t).count());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("parts");
        for (CatalogueChange c : diff.parts()) {
            g.writeString(c.part().word());
        }
        g.writeEndArray();
        g.writeBooleanField("differ", !diff.isEmpty());
        g.writeStringField("text", diff.summary());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }
}
