package io.github.medicalnlp.catalogue.examples.cli;

import static io.github.medicalnlp.catalogue.examples.cli.CliRun.CORPUS;
import static io.github.medicalnlp.catalogue.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.Translation;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.examples.cli.CliRun.Result;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code convert --to csv|jsonl} and {@code query --format csv|jsonl} on the bundled catalogue and every
 * corpus file: read back with commons-csv and Jackson, every row and every column is checked against the
 * catalogue itself (computed here from the model's own accessors, not from the exports' projection), and
 * the rows agree with the query filters of the same facts.
 */
class FlatExportsTest {

    static final Path BUNDLED = Path.of(
            "../json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/medical-nlp-catalogue.json");
    private static final List<String> HEADER = List.of("id", "name", "name_en", "section_path", "section_number",
            "section_title", "section_group", "kind", "languages", "modalities", "tasks", "tags", "primary_url",
            "github_repo", "huggingface_repo", "arxiv_id", "paper_url", "code_url", "data_url", "description");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> inputs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of(BUNDLED, MedicalNlp.catalogue()));
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                out.add(Arguments.of(p, MarkdownReader.create().read(p).catalogue()));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(10);
        return out.stream();
    }

    /** What a flat row of the entry must hold, column by column; lists as lists, absent as null. */
    static Map<String, Object> expected(Match m) {
        Entry e = m.entry();
        Section s = m.section();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", e.name());
        row.put("name_en", e.translation(Language.ENGLISH).map(Translation::name).orElse(null));
        row.put("section_path", m.path());
        row.put("section_number", s.number().orElse(null));
        row.put("section_title", s.title());
        row.put("section_group", e.group().orElse(null));
        row.put("kind", e.kind().map(k -> k.word()).orElse(null));
        row.put("languages", e.languages().stream().map(Language::code).toList());
        row.put("modalities", e.modalities().stream().map(Modality::word).toList());
        row.put("tasks", e.tasks().stream().map(Task::id).toList());
        row.put("tags", e.tags());
        row.put("primary_url", e.primaryUrl().orElse(null));
        row.put("github_repo", e.gitHubRepositories().stream().findFirst().orElse(null));
        row.put("huggingface_repo", e.links().stream().flatMap(l -> l.huggingFaceRepository().stream()).findFirst()
                .orElse(null));
        row.put("arxiv_id", e.links().stream().flatMap(l -> l.arxivId().stream()).findFirst().orElse(null));
        row.put("paper_url", e.links().stream().filter(l -> l.role() == LinkRole.PAPER || l.arxivId().isPresent())
                .map(Link::url).findFirst().orElse(null));
        row.put("code_url", e.links(LinkRole.CODE).stream().map(Link::url).findFirst().orElse(null));
        row.put("data_url", e.links(LinkRole.DATA).stream().map(Link::url).findFirst().orElse(null));
        row.put("description", e.description().orElse(null));
        return row;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyRowAndColumnOfBothExportsHoldsTheCatalogue(Path input, Catalogue catalogue) throws Exception {
        List<Match> matches = catalogue.query().list();
        Result csv = run("convert", input.toString(), "--to", "csv", "-q");
        Result jsonl = run("convert", input.toString(), "--to", "jsonl", "-q");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(jsonl.code()).as(jsonl.err()).isZero();
        List<CSVRecord> records = csv(csv.out());
        List<JsonNode> lines = jsonLines(jsonl.out());
        assertThat(records).hasSize(matches.size());
        assertThat(lines).hasSize(matches.size());
        Set<String> ids = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            Map<String, Object> want = expected(m);
            CSVRecord record = records.get(i);
            JsonNode line = lines.get(i);
            String id = record.get("id");
            assertThat(line.get("id").asText()).isEqualTo(id);
            if (!ids.add(id)) {
                failures.add("row " + (i + 1) + ": the id " + id + " repeats");
            }
            String key = m.section().number().orElse(m.section().anchor());
            if (!id.startsWith(key + "/")) {
                failures.add("row " + (i + 1) + ": the id " + id + " does not start with its section " + key);
            }
            for (Map.Entry<String, Object> column : want.entrySet()) {
                Object value = column.getValue();
                String cell = record.get(column.getKey());
                JsonNode node = line.get(column.getKey());
                Object fromCsv;
                Object fromJson;
                if (value instanceof List<?>) {
                    fromCsv = words(cell);
                    List<String> array = new ArrayList<>();
                    node.forEach(n -> array.add(n.textValue()));
                    fromJson = node.isArray() ? array : node;
                } else {
                    fromCsv = cell.isEmpty() ? null : cell;
                    fromJson = node.isNull() ? null : node.textValue();
                }
                if (!java.util.Objects.equals(fromCsv, value) || !java.util.Objects.equals(fromJson, value)) {
                    failures.add("row " + (i + 1) + " (" + id + "), " + column.getKey() + ": expected " + value
                            + ", CSV " + fromCsv + ", JSON " + fromJson);
                }
            }
        }
        assertThat(failures).as(input.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void queryExportsTheSameRowsAsConvertAndTheColumnsAgreeWithTheFilters(Path input, Catalogue catalogue)
            throws Exception {
        List<CSVRecord> all = csv(run("convert", input.toString(), "--to", "csv", "-q").out());
        Map<String, List<String>> byId = new LinkedHashMap<>();
        all.forEach(r -> byId.put(r.get("id"), r.toList()));
        List<String> jsonAll = run("convert", input.toString(), "--to", "jsonl", "-q").out().lines().toList();
        Map<String, String[]> facets = new LinkedHashMap<>();
        facets.put("paper_url", new String[] {"--has", "paper"});
        facets.put("github_repo", new String[] {"--has", "github"});
        facets.put("huggingface_repo", new String[] {"--has", "huggingface"});
        facets.put("code_url", new String[] {"--has", "code"});
        facets.put("data_url", new String[] {"--has", "data"});
        for (Map.Entry<String, String[]> facet : facets.entrySet()) {
            List<String> args = new ArrayList<>(List.of("query", input.toString(), "--format", "csv"));
            args.addAll(List.of(facet.getValue()));
            Result r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            List<CSVRecord> found = csv(r.out());
            for (CSVRecord rec : found) {
                assertThat(rec.toList()).as("query row %s as convert wrote it", rec.get("id"))
                        .isEqualTo(byId.get(rec.get("id")));
            }
            assertThat(found.stream().map(rec -> rec.get("id")).toList()).as("%s %s", input, facet.getKey())
                    .isEqualTo(all.stream().filter(rec -> !rec.get(facet.getKey()).isEmpty())
                            .map(rec -> rec.get("id")).toList());
            List<String> args2 = new ArrayList<>(List.of("query", input.toString(), "--format", "jsonl"));
            args2.addAll(List.of(facet.getValue()));
            List<String> lines = run(args2.toArray(String[]::new)).out().lines().toList();
            assertThat(lines).hasSize(found.size());
            assertThat(jsonAll).containsAll(lines);
        }
    }

    @org.junit.jupiter.api.Test
    void theBundledIdsAreTheIdsOfTheCurationData() throws Exception {
        Path curation = BUNDLED.resolveSibling("curation.csv");
        List<String> curated = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(curation);
                CSVParser p = CSVParser.builder().setReader(in)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().get()).get()) {
            p.forEach(r -> curated.add(r.get("id")));
        }
        List<String> exported = csv(run("query", "--format", "csv").out()).stream().map(r -> r.get("id")).toList();
        assertThat(exported).hasSize(MedicalNlp.catalogue().entryCount()).containsExactlyInAnyOrderElementsOf(curated);
    }

    static List<CSVRecord> csv(String text) throws IOException {
        assertThat(text).startsWith(String.join(",", HEADER) + "\r\n");
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().get()).get()) {
            assertThat(p.getHeaderNames()).isEqualTo(HEADER);
            List<CSVRecord> records = p.getRecords();
            assertThat(records).allSatisfy(r -> assertThat(r.isConsistent()).isTrue());
            return records;
        }
    }

    static List<JsonNode> jsonLines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            JsonNode node = MAPPER.readTree(line);
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(HEADER);
            out.add(node);
        }
        return out;
    }

    /** A list cell's words: split at unescaped {@code ;}, with {@code \;} and {@code \\} unescaped. */
    static List<String> words(String cell) {
        List<String> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                w.append(cell.charAt(++i));
            } else if (c == ';') {
                out.add(w.toString());
                w.setLength(0);
            } else {
                w.append(c);
            }
        }
        out.add(w.toString());
        return out;
    }
}
