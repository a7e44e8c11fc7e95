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
import io.github.medicalnlp.catalogue.query.Facet;
import io.github.medicalnlp.catalogue.query.Match;
import io.github.medicalnlp.catalogue.query.Query;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code query}: filter a catalogue (the bundled one by default) and print the matches.
 *
 * <p>Declared through picocli's programmatic API ({@link #spec}), not by annotations: picocli reflecting on
 * annotations was a sixth of a run's start-up (issue 15). {@link #spec} declares the options, {@link #bind}
 * takes their values.
 */
final class QueryCommand implements Callable<Integer> {

    private static final String DESCRIPTION = "Find entries: by kind, language, task, modality, tag, host, repository, arXiv id,"
            + " group, section, text and links, or count them by a facet. Without an input, the bundled catalogue.";

    enum OutputFormat { table, json, jsonl, markdown, csv }

    /** The words of --has: the two address checks, then the link roles but other. */
    static final class HasWords implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of("github", "huggingface"),
                    java.util.Arrays.stream(LinkRole.values()).filter(r -> r != LinkRole.OTHER).map(LinkRole::word))
                    .iterator();
        }
    }

    private final MedicalNlpCommand parent;
    private CommandSpec spec;

    private QueryCommand(MedicalNlpCommand parent) {
        this.parent = parent;
    }

    // the values of the command line, taken by bind()
    private String input;
    private Format.From from;
    private List<String> kinds;
    private List<String> languages;
    private List<String> tasks;
    private List<String> modalities;
    private List<String> tags;
    private List<String> hosts;
    private List<String> repos;
    private List<String> arxivIds;
    private List<String> groups;
    private String section;
    private String text;
    private List<String> has;
    private Integer limit;
    private List<String> columns;
    private boolean wide;
    private Integer width;
    private OutputFormat format;
    private boolean spreadsheetSafe;
    private String countBy;

    /** The kind words, for the help and for shell completion. */
    static final class KindWords implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Kind.values()).map(Kind::word).iterator();
        }
    }

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

    /** The command for a run of the tool. */
    static CommandSpec spec(MedicalNlpCommand parent) {
        QueryCommand command = new QueryCommand(parent);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("query");
        spec.usageMessage().description(DESCRIPTION);
        MedicalNlpCommand.standardHelpOptions(spec);
        spec.addPositional(PositionalParamSpec.builder().arity("0..1").paramLabel("<input>").type(String.class)
                .description("A catalogue (.md or .json), or - for standard input.").build());
        spec.addOption(OptionSpec.builder("--from").paramLabel("markdown|json").type(Format.From.class)
                .description("The input format, when the name does not say it.").build());
        spec.addOption(OptionSpec.builder("--kind").paramLabel("K").type(List.class).auxiliaryTypes(String.class).completionCandidates(new KindWords())
                .description("Keep entries of this kind (repeatable: any of them): ${COMPLETION-CANDIDATES}.").build());
        spec.addOption(OptionSpec.builder("--language").paramLabel("L").type(List.class).auxiliaryTypes(String.class)
                .description("Keep entries in this language: zh, en, mul, Chinese, 中文, … (repeatable).").build());
        spec.addOption(OptionSpec.builder("--task").paramLabel("T").type(List.class).auxiliaryTypes(String.class).completionCandidates(new TaskIds())
                .description("Keep entries with"
            + " this task (repeatable: any of them): an id, or its BigBIO or Hugging Face name (QA, NER,"
            + " token-classification, 问答, …). Ids: ${COMPLETION-CANDIDATES}.").build());
        spec.addOption(OptionSpec.builder("--modality").paramLabel("M").type(List.class).auxiliaryTypes(String.class).completionCandidates(new ModalityWords())
                .description("Keep entries"
            + " working with this modality (repeatable: any of them; multimodal: two or more): ${COMPLETION-CANDIDATES}.").build());
        spec.addOption(OptionSpec.builder("--tag").paramLabel("T").type(List.class).auxiliaryTypes(String.class)
                .description("Keep entries with this tag (repeatable: any of them).").build());
        spec.addOption(OptionSpec.builder("--host").paramLabel("H").type(List.class).auxiliaryTypes(String.class)
                .description("Keep entries with a link on this host or below it, e.g."
            + " github.com (repeatable: any of them).").build());
        spec.addOption(OptionSpec.builder("--repo").paramLabel("OWNER[/NAME]").type(List.class).auxiliaryTypes(String.class)
                .description("Keep entries with a GitHub or Hugging Face"
            + " repository of this owner, or this repository (repeatable: any of them).").build());
        spec.addOption(OptionSpec.builder("--arxiv").paramLabel("ID").type(List.class).auxiliaryTypes(String.class)
                .description("Keep entries linking to this arXiv paper: 2305.01526, arXiv:2305.01526v2 or an arxiv.org"
            + " address; versions do not matter (repeatable: any of them).").build());
        spec.addOption(OptionSpec.builder("--group").paramLabel("G").type(List.class).auxiliaryTypes(String.class)
                .description("Keep entries under this group label (repeatable: any).").build());
        spec.addOption(OptionSpec.builder("--section").paramLabel("S").type(String.class)
                .description("Keep entries in this section or below it: a number, title or path.").build());
        spec.addOption(OptionSpec.builder("--text").paramLabel("T").type(String.class)
                .description("Keep entries with these words in their name, fields, link labels or addresses, in either language: CT finds CT-RATE, not Doctor; QA finds MedQA; Chinese is found anywhere.").build());
        spec.addOption(OptionSpec.builder("--has").paramLabel("LINK").type(List.class).auxiliaryTypes(String.class)
                .completionCandidates(new HasWords())
                .description("Keep entries with this kind of link: ${COMPLETION-CANDIDATES}, or another word of a link"
            + " role (论文, Paper, 代码 ...); github and huggingface look at the addresses: a repository there;"
            + " paper is also any arXiv link (repeatable: all of them).").build());
        spec.addOption(OptionSpec.builder("--count-by").paramLabel("FACET").type(String.class)
                .completionCandidates(new FacetCounts.Words())
                .description("Instead of the entries, how many have each value of a facet, the largest count first"
            + " (an entry in two languages counts under both): ${COMPLETION-CANDIDATES}; two facets, rows,columns"
            + " (kind,language), give a table of the pairs.").build());
        spec.addOption(OptionSpec.builder("--limit").paramLabel("N").type(Integer.class)
                .description("Print at most N entries.").build());
        spec.addOption(OptionSpec.builder("--columns").paramLabel("C,C...").type(List.class).auxiliaryTypes(String.class)
                .description("The table's columns, in order: section, name,"
            + " kind, lang, tasks, modalities, tags, repo, url (default: section,name,kind,lang,url).").build());
        spec.addOption(OptionSpec.builder("--wide").arity("0").type(boolean.class)
                .description("Never cut a long name, section path, task list or repository in the table.").build());
        spec.addOption(OptionSpec.builder("--width").paramLabel("N").type(Integer.class)
                .description("The terminal's line width: a table that fits is not cut"
            + " (default: the COLUMNS environment variable; 0 or no width: long values are cut).").build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("F").type(OutputFormat.class).defaultValue("table")
                .description("table, json, jsonl, markdown or csv (default: ${DEFAULT-VALUE}); jsonl and csv write the"
                    + " matches as the flat rows of convert --to jsonl|csv.").build());
        spec.addOption(OptionSpec.builder("--spreadsheet-safe").arity("0").type(boolean.class)
                .description("With --format csv: put ' before every cell that begins with ="
            + " + - or @, so that a spreadsheet shows it as text instead of running it (changes those values).").build());
        command.spec = spec;
        return spec;
    }

    /** Takes the values of the command line this run parsed. */
    private void bind() {
        input = spec.positionalParameters().get(0).getValue();
        from = spec.findOption("--from").getValue();
        kinds = values(spec, "--kind");
        languages = values(spec, "--language");
        tasks = values(spec, "--task");
        modalities = values(spec, "--modality");
        tags = values(spec, "--tag");
        hosts = values(spec, "--host");
        repos = values(spec, "--repo");
        arxivIds = values(spec, "--arxiv");
        groups = values(spec, "--group");
        section = spec.findOption("--section").getValue();
        text = spec.findOption("--text").getValue();
        has = values(spec, "--has");
        limit = spec.findOption("--limit").getValue();
        columns = values(spec, "--columns");
        wide = Boolean.TRUE.equals(spec.findOption("--wide").getValue());
        width = spec.findOption("--width").getValue();
        format = spec.findOption("--format").getValue();
        spreadsheetSafe = Boolean.TRUE.equals(spec.findOption("--spreadsheet-safe").getValue());
        countBy = spec.findOption("--count-by").getValue();
    }

    /** The values of a repeatable option, none when it was not given. */
    private static <T> List<T> values(CommandSpec spec, String name) {
        List<T> values = spec.findOption(name).getValue();
        return values == null ? List.of() : values;
    }

    @Override
    public Integer call() throws IOException {
        bind();
        Inputs.Loaded loaded = input == null ? Inputs.bundled() : parent.inputs().load(input, Format.From.of(from));
        Query q = query(loaded.catalogue());
        if (limit != null && limit < 0) {
            throw new CliFailure("--limit must not be negative, was " + limit);
        }
        if (spreadsheetSafe && format != OutputFormat.csv) {
            throw new CliFailure("--spreadsheet-safe applies to --format csv");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (countBy != null) {
            List<Facet> facets = FacetCounts.facets(countBy);
            if (spreadsheetSafe || !columns.isEmpty()) {
                throw new CliFailure((spreadsheetSafe ? "--spreadsheet-safe" : "--columns") + " does not apply to --count-by");
            }
            out.print(FacetCounts.render(q, facets, limit, format));
            out.flush();
            return MedicalNlpCommand.OK;
        }
        int total = -1;
        if (limit != null) {
            total = (int) Math.min(Integer.MAX_VALUE, q.count());
            q = q.limit(limit);
        }
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
            if (text != null) {
                q = q.text(text);
            }
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new CliFailure(e.getMessage());
        }
        for (String h : has) {
            q = has(q, h);
        }
        q = anyOf(q, tags, EntryFilter::tag);
        q = anyOf(q, hosts, EntryFilter::host);
        q = anyOf(q, repos, EntryFilter::repository);
        q = anyOf(q, arxivIds, EntryFilter::arxiv);
        q = anyOf(q, groups, EntryFilter::group);
        return q;
    }

    /**
     * The query kept to entries with the link {@code --has} names: {@code github} and {@code huggingface} (a
     * repository on that site, whatever the link's label), else a link role as {@link LinkRole#parse} reads it,
     * {@code paper} also counting arXiv links.
     */
    private static Query has(Query q, String word) {
        String key = word.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]", "");
        if (key.equals("github")) {
            return q.hasGitHubRepository();
        }
        if (key.equals("huggingface") || key.equals("hf")) {
            return q.hasHuggingFaceRepository();
        }
        LinkRole role;
        try {
            role = LinkRole.parse(word);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage() + "; or github, huggingface (a repository on that site)");
        }
        return role == LinkRole.PAPER ? q.hasPaper() : q.hasLink(role);
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
