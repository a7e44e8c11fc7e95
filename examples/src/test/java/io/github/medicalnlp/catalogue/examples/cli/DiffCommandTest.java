package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code diff} command: every difference in text and JSON, the summary, exit codes, escapes. */
class DiffCommandTest {

    private static final Path CORPUS = Path.of("../markdown-io/src/test/resources/corpus");
    private static final Path SEED = CORPUS.resolve("medical-nlp-2024-11-14.md");
    private static final Path LATER = CORPUS.resolve("medical-nlp-2024-11-26.md");

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MedicalNlpCommand.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Catalogue seed() throws Exception {
        return MarkdownReader.create().read(SEED).catalogue();
    }

    private static Path json(Path dir, String name, Catalogue c) throws Exception {
        Path file = dir.resolve(name + ".json");
        CatalogueJsonWriter.create().write(c, file);
        return file;
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("title", (UnaryOperator<Catalogue>) c -> c.withTitle("Awesome-AI4Med"), "title changed"),
                Arguments.of("introduction", (UnaryOperator<Catalogue>) c -> c.withIntroduction(c.introduction() + " 更新"),
                        "introduction changed"),
                Arguments.of("citation", (UnaryOperator<Catalogue>) Catalogue::withoutCitation, "citation changed"),
                Arguments.of("news", (UnaryOperator<Catalogue>) c -> c.withNews(Stream.concat(
                        Stream.of(NewsItem.of("2024/11/26", "新增 VLM")), c.news().stream()).toList()),
                        "1 added, 0 removed, 0 moved news items"),
                Arguments.of("section order", (UnaryOperator<Catalogue>) c -> c.withSections(Stream.concat(
                        c.sections().stream().skip(1), c.sections().stream().limit(1)).toList()), "changed sections"),
                Arguments.of("entry order", (UnaryOperator<Catalogue>) c -> {
                    Entry first = c.section("3.1").entries().get(0);
                    return c.moveEntry(first, "3.1", 3);
                }, "0 added, 0 removed, 1 changed entries"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void everyDifferenceIsReportedWithExitOne(String what, UnaryOperator<Catalogue> edit, String summary,
            @TempDir Path dir) throws Exception {
        Catalogue seed = seed();
        Catalogue edited = edit.apply(seed);
        assertThat(edited).isNotEqualTo(seed);
        Result text = run("diff", json(dir, "a", seed).toString(), json(dir, "b", edited).toString());
        assertThat(text.code()).as(text.out() + text.err()).isEqualTo(1);
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).contains(summary);
        Result asJson = run("diff", json(dir, "a", seed).toString(), json(dir, "b", edited).toString(), "--format", "json");
        assertThat(asJson.code()).isEqualTo(1);
        JsonNode tree = new ObjectMapper().readTree(asJson.out());
        assertThat(tree.path("summary").path("differ").asBoolean()).isTrue();
        assertThat(tree.path("summary").path("text").asText()).isEqualTo(lines.get(lines.size() - 1));
    }

    @Test
    void aCopyWithOnlyTheTitleChangedDiffers(@TempDir Path dir) throws Exception {
        String markdown = Files.readString(SEED);
        Path copy = Files.writeString(dir.resolve("copy.md"), markdown.replaceFirst("# Medical_NLP\n", "# Medical NLP\n"));
        Result r = run("diff", SEED.toString(), copy.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("~ title: Medical_NLP -> Medical NLP\n0 added, 0 removed, 0 changed entries; title changed\n");
        Result same = run("diff", SEED.toString(), Files.writeString(dir.resolve("same.md"), markdown).toString());
        assertThat(same.code()).isZero();
        assertThat(same.out()).isEqualTo("no changes\n");
        Result sameJson = run("diff", SEED.toString(), SEED.toString(), "--format", "json");
        assertThat(sameJson.code()).isZero();
        assertThat(sameJson.out()).contains("\"differ\" : false");
    }

    @Test
    void addedAndRemovedEntriesShowTheirSectionAndUrlAndChangedOnesTheirValues() throws Exception {
        Result r = run("diff", SEED.toString(), LATER.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("+ 4: MedTrinity-25M\n    section: ")
                .contains("+ section 5 > 5.4 医疗VLM Benchmark\n");
        List<String> lines = r.out().lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            if (line.startsWith("+ ") && !line.startsWith("+ section") && !line.startsWith("+ news")
                    && !line.startsWith("+ citation") && !line.startsWith("+ introduction")) {
                assertThat(lines.get(i + 1)).as(line).startsWith("    section: ");
                assertThat(lines.get(i + 2)).as(line).startsWith("    url: ");
            }
            if (line.startsWith("~ ") && line.endsWith(")") && !line.startsWith("~ section") && !line.startsWith("~ news")) {
                assertThat(lines.get(i + 1)).as(line).matches("    [a-z]+: .* -> .*");
            }
        }
        String summary = lines.get(lines.size() - 1);
        long added = lines.stream().filter(l -> l.startsWith("+ ") && !l.startsWith("+ section") && !l.startsWith("+ news")
                && !l.startsWith("+ citation") && !l.startsWith("+ introduction")).count();
        assertThat(summary).startsWith(added + " added, ");
        JsonNode tree = new ObjectMapper().readTree(run("diff", SEED.toString(), LATER.toString(), "--format", "json").out());
        assertThat(tree.path("summary").path("entries").path("added").asLong()).isEqualTo(added);
        JsonNode medTrinity = null;
        for (JsonNode e : tree.path("entries")) {
            if (e.path("name").asText().equals("MedTrinity-25M")) {
                medTrinity = e;
            }
            if (e.path("type").asText().equals("changed")) {
                for (JsonNode aspect : e.path("changed")) {
                    assertThat(e.path("values").has(aspect.asText())).as(e.toString()).isTrue();
                }
            }
        }
        assertThat(medTrinity).isNotNull();
        assertThat(medTrinity.path("section").asText()).isNotBlank();
        assertThat(medTrinity.path("url").asText()).startsWith("http");
    }

    @Test
    void controlCharactersOfTheCataloguesAreShownAsEscapes(@TempDir Path dir) throws Exception {
        Catalogue seed = seed();
        Entry first = seed.section("3.1").entries().get(0);
        Catalogue hostile = seed.withTitle("Title\u001B[2J\u009B31m")
                .replaceEntry(first, first.withName("Huatuo\u001B]0;pwned\u0007\u202Eevil"))
                .addEntry("3.1", Entry.of("new\u001B[31m", "https://example.org/\u001Bx"));
        Result r = run("diff", json(dir, "a", seed).toString(), json(dir, "b", hostile).toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("\u001B").doesNotContain("\u009B").doesNotContain("\u0007")
                .doesNotContain("\u202E")
                .contains("~ title: Medical_NLP -> Title\\u001B[2J\\u009B31m")
                .contains("Huatuo\\u001B]0;pwned\\u0007\\u202Eevil")
                .contains("+ 3 > 3.1: new\\u001B[31m")
                .contains("    url: https://example.org/\\u001Bx");
        Result json = run("diff", json(dir, "a", seed).toString(), json(dir, "b", hostile).toString(), "--format", "json");
        assertThat(json.out()).doesNotContain("\u001B");
        assertThat(new ObjectMapper().readTree(json.out()).path("parts").get(0).path("after").asText())
                .isEqualTo("Title\u001B[2J\u009B31m");
    }
}
