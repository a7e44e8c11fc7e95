package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.csv.CatalogueCsvWriter;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownWriter;
import io.github.medicalnlp.catalogue.query.EntryFilter;
import io.github.medicalnlp.catalogue.query.Match;
import io.github.medicalnlp.catalogue.query.Query;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: filter a catalogue (the bundled one by default) and print the matches. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Find entries: by kind, language, task, modality, tag, host, repository, group, section, text and links. Without an input, the bundled catalogue.")
final class QueryCommand implements Callable<Integer> {

    enum OutputFormat { table, json, jsonl, markdown, csv }

    enum Has { github, paper, code, data, weights, demo, homepage, huggingface }

    @CommandLine.ParentCommand
    MedicalNlpCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "<input>", description = "A catalogue (.md or .json), or - for standard input.")
    String input;

    @Option(names = "--from", paramLabel = "markdown|json", description = "The input format, when the name does not say it.")
    Format.From from;

    /** The kind words, for the help and for shell completion. */
    static final class KindWords implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Kind.values()).map(Kind::word).iterator();
        }
    }

    @Option(names = "--kind", paramLabel = "K", completionCandidates = KindWords.class,
            description = "Keep entries of this kind (repeatable: any of them): ${COMPLETION-CANDIDATES}.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--language", paramLabel = "L", description = "Keep entries in this language: zh, en, mul, Chinese, 中文, … (repeatable).")
    List<String> languages = new ArrayList<>();

    /** The task ids, for the help and for shell completion. */
    static final class TaskIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Task.values()).map(Task::id).iterator();
        }
    }

    /** The modality words and {@code multimodal}, for the help and for shell completion. */
    static final class ModalityWords implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.stream.Stream.concat(java.util.Arrays.stream(Modality.values()).map(Modality::word),
                    java.util.stream.Stream.of("multimodal")).iterator();
        }
    }

    @Option(names = "--task", paramLabel = "T", completionCandidates = TaskIds.class, description = "Keep entries with"
            + " this task (repeatable: any of them): an id, or its BigBIO or Hugging Face name (QA, NER,"
            + " token-classification, 问答, …). Ids: ${COMPLETION-CANDIDATES}.")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--modality", paramLabel = "M", completionCandidates = ModalityWords.class, description = "Keep entries"
            + " working with this modality (repeatable: any of them; multimodal: two or more): ${COMPLETION-CANDIDATES}.")
    List<String> modalities = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "T", description = "Keep entries with this tag (repeatable: any of them).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--host", paramLabel = "H", description = "Keep entries with a link on this host or below it, e.g."
            + " github.com (repeatable: any of them).")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--repo", paramLabel = "OWNER[/NAME]", description = "Keep entries with a GitHub or Hugging Face"
            + " repository of this owner, or this repository (repeatable: any of them).")
    List<String> repos = new ArrayList<>();

    @Option(names = "--group", paramLabel = "G", description = "Keep entries under this group label (repeatable: any).")
    List<String> groups = new ArrayList<>();

    @Option(names = "--section", paramLabel = "S", description = "Keep entries in this section or below it: a number, title or path.")
    String section;

    @Option(names = "--text", paramLabel = "T", description = "Keep entries with these words in their name, fields, link labels or repository names, in either language: CT finds CT-RATE, not Doctor; QA finds MedQA; Chinese is found anywhere.")
    String text;

    @Option(names = "--has", paramLabel = "LINK", description = "Keep entries with this kind of link: ${COMPLETION-CANDIDATES} (repeatable: all of them).")
    List<Has> has = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N entries.")
    Integer limit;

    @Option(names = "--columns", paramLabel = "C,C...", description = "The table's columns, in order: section, name,"
            + " kind, lang, tasks, modalities, tags, repo, url (default: section,name,kind,lang,url).")
    List<String> columns = new ArrayList<>();

    @Option(names = "--wide", description = "Never cut a long name, section path, task list or repository in the table.")
    boolean wide;

    @Option(names = "--width", paramLabel = "N", description = "The terminal's line width: a table that fits is not cut"
            + " (default: the COLUMNS environment variable; 0 or no width: long values are cut).")
    Integer width;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table, json, jsonl, markdown or csv (default: ${DEFAULT-VALUE}); jsonl and csv write the"
                    + " matches as the flat rows of convert --to jsonl|csv.")
    OutputFormat format;

    @Option(names = "--spreadsheet-safe", description = "With --format csv: put ' before every cell that begins with ="
            + " + - or @, so that a spreadsheet shows it as text instead of running it (changes those values).")
    boolean spreadsheetSafe;

    @Override
    public Integer call() throws IOException {
        Inputs.Loaded loaded = input == null ? Inputs.bundled() : parent.inputs().load(input, Format.From.of(from));
        Query q = query(loaded.catalogue());
        int total = -1;
        if (limit != null) {
            if (limit < 0) {
                throw new CliFailure("--limit must not be negative, was " + limit);
            }
            total = (int) Math.min(Integer.MAX_VALUE, q.count());
            q = q.limit(limit);
        }
        if (spreadsheetSafe && format != OutputFormat.csv) {
            throw new CliFailure("--spreadsheet-safe applies to --format csv");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Match> matches = q.list();
        switch (format) {
            case table -> out.print(QueryTable.render(matches, total,
                    columns.isEmpty() ? QueryTable.DEFAULT : QueryTable.columns(columns), wide,
                    QueryTable.lineWidth(width, System.getenv("COLUMNS"))));
            case json -> out.print(CatalogueJsonWriter.create().write(q.toCatalogue()));
            case jsonl -> {
                StringWriter w = new StringWriter();
                CatalogueJsonWriter.create().writeJsonLines(matches, w);
                out.print(w);
            }
            case markdown -> out.print(MarkdownWriter.canonical().write(q.toCatalogue()));
            case csv -> out.print((spreadsheetSafe ? CatalogueCsvWriter.create().spreadsheetSafe()
                    : CatalogueCsvWriter.create()).toCsv(matches));
            default -> throw new IllegalStateException(format.name());
        }
        out.flush();
        return MedicalNlpCommand.OK;
    }

    private Query query(Catalogue catalogue) {
        Query q = catalogue.query();
        try {
            if (!kinds.isEmpty()) {
                q = q.kind(kinds.stream().map(Kind::parse).toArray(Kind[]::new));
            }
            if (!languages.isEmpty()) {
                q = q.language(languages.stream().map(Language::parse).toArray(Language[]::new));
            }
            if (!tasks.isEmpty()) {
                q = q.task(tasks.stream().map(Task::parse).toArray(Task[]::new));
            }
            if (modalities.stream().anyMatch(m -> m.equalsIgnoreCase("multimodal"))) {
                q = q.multimodal();
            }
            List<String> named = modalities.stream().filter(m -> !m.equalsIgnoreCase("multimodal")).toList();
            if (!named.isEmpty()) {
                q = q.modality(named.stream().map(Modality::parse).toArray(Modality[]::new));
            }
            if (section != null) {
                q = q.section(section);
            }
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new CliFailure(e.getMessage());
        }
        if (text != null) {
            q = q.text(text);
        }
        for (Has h : has) {
            q = switch (h) {
                case github -> q.hasGitHubRepository();
                case paper -> q.hasPaper();
                case huggingface -> q.hasHuggingFaceRepository();
                case code -> q.hasLink(LinkRole.CODE);
                case data -> q.hasLink(LinkRole.DATA);
                case weights -> q.hasLink(LinkRole.WEIGHTS);
                case demo -> q.hasLink(LinkRole.DEMO);
                case homepage -> q.hasLink(LinkRole.HOMEPAGE);
            };
        }
        q = anyOf(q, tags, EntryFilter::tag);
        q = anyOf(q, hosts, EntryFilter::host);
        q = anyOf(q, repos, EntryFilter::repository);
        q = anyOf(q, groups, EntryFilter::group);
        return q;
    }

    /** The query kept to entries that pass any of the filters the values give (none given: unchanged). */
    private static Query anyOf(Query q, List<String> values, java.util.function.Function<String, EntryFilter> filter) {
        if (values.isEmpty()) {
            return q;
        }
        try {
            return q.anyOf(values.stream().map(filter).toArray(EntryFilter[]::new));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
    }
}
