package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool, run in-process: output, errors and exit codes. */
class CliTest {

    private static final Path CORPUS = Path.of("../markdown-io/src/test/resources/corpus");
    private static final Path SEED = CORPUS.resolve("medical-nlp-2024-11-14.md");

    record Result(int code, String out, String err) {
    }

    private static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MedicalNlpCommand.run(args, new ByteArrayInputStream(stdin), out, err);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result run(String... args) {
        return run(new byte[0], args);
    }

    @Test
    void printsVersionAndHelpForEveryCommand() {
        assertThat(run("--version").out()).startsWith("medical-nlp ").contains("JSON format 1.1");
        for (String command : new String[] {"convert", "query", "diff", "stats", "lint", "schema"}) {
            Result help = run(command, "--help");
            assertThat(help.code()).isZero();
            assertThat(help.out()).startsWith("Usage: medical-nlp " + command);
        }
        Result none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("medical-nlp: a command is missing: convert, query, diff, stats, lint or schema"
                + " (see 'medical-nlp --help')\n");
    }

    @Test
    void convertsMarkdownLosslesslyAndToJsonAndBack(@TempDir Path dir) throws Exception {
        Result md = run("convert", SEED.toString(), "--to", "markdown");
        assertThat(md.code()).isZero();
        assertThat(md.out()).isEqualTo(Files.readString(SEED));
        Path json = dir.resolve("seed.json");
        assertThat(run("convert", SEED.toString(), "-o", json.toString()).code()).isZero();
        Catalogue fromJson = CatalogueJsonReader.create().read(json);
        assertThat(fromJson.entryCount()).isEqualTo(121);
        Result canonical = run("convert", json.toString(), "--to", "markdown");
        assertThat(canonical.out()).startsWith("# Medical_NLP\n");
        Result jsonl = run("convert", SEED.toString(), "--to", "jsonl");
        assertThat(jsonl.out().lines()).hasSize(121);
    }

    @Test
    void readsStandardInputAndWritesDirectoriesKeepingBaseNames(@TempDir Path dir) throws Exception {
        Result piped = run(Files.readAllBytes(SEED), "convert", "-", "--to", "json");
        assertThat(CatalogueJsonReader.create().read(piped.out()).entryCount()).isEqualTo(121);
        Result several = run("convert", SEED.toString(), CORPUS.resolve("awesome-healthcare.md").toString(),
                "missing.md", "--to", "jsonl", "-o", dir.toString());
        assertThat(several.code()).as("one unreadable input: exit 2 at the end").isEqualTo(2);
        assertThat(several.err()).as("the two readable inputs' warnings, the failure, then the count")
                .contains("awesome-healthcare.md:152:5: warning: malformed-link: ")
                .endsWith("medical-nlp: missing.md: no such file\nmedical-nlp: wrote 2 files\n");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("medical-nlp-2024-11-14.jsonl", "awesome-healthcare.jsonl");
    }

    @Test
    void neverOverwritesItsInputUnlessAsked(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(SEED, dir.resolve("README.md"));
        Result refused = run("convert", copy.toString(), "--to", "markdown", "--canonical", "-o", copy.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("would overwrite its input");
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(SEED));
        Result allowed = run("convert", copy.toString(), "--to", "markdown", "--canonical", "--overwrite",
                "-o", copy.toString());
        assertThat(allowed.code()).isZero();
        assertThat(Files.readString(copy)).startsWith("# Medical_NLP").isNotEqualTo(Files.readString(SEED));
    }

    @Test
    void queriesTheBundledCatalogueWithAlignedColumns() {
        Result r = run("query", "--kind", "dataset", "--language", "中文", "--text", "问答");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                SECTION  NAME                     KIND     LANG   URL
                3 > 3.1  Huatuo-26M               dataset  zh     https://github.com/FreedomIntelligence/Huatuo-26M
                3 > 3.1  中文医疗对话数据集       dataset  zh     https://github.com/Toyhom/Chinese-medical-dialogue-data
                3 > 3.1  cMedQA2 (108K)           dataset  zh     https://github.com/zhangsheng93/cMedQA2
                3 > 3.1  Medical-Dialogue-System  dataset  zh,en  https://github.com/UCSD-AI4H/Medical-Dialogue-System
                3 > 3.2  webMedQA                 dataset  zh     https://github.com/hejunqing/webMedQA
                5 entries
                """);
    }

    @Test
    void queriesInEveryOutputFormat() throws Exception {
        Result json = run("query", "--section", "5.2.1", "--format", "json");
        assertThat(CatalogueJsonReader.create().read(json.out()).entryCount()).isEqualTo(3);
        assertThat(run("query", "--has", "paper", "--limit", "2", "--format", "jsonl").out().lines()).hasSize(2);
        assertThat(run("query", "--section", "5.2.1", "--format", "markdown").out()).contains("* ApolloMoE\n");
        assertThat(run("query", "--section", "7", "--format", "csv").out()).isEqualTo(
                "id,name,name_en,section_path,section_number,section_title,section_group,kind,languages,modalities,"
                + "tasks,tags,primary_url,github_repo,huggingface_repo,arxiv_id,paper_url,code_url,data_url,description\r\n"
                + "7/pkuseg,PKUSEG,PKUSEG,7,7,开源工具包,,toolkit,zh,text,word-segmentation,open-source,"
                + "https://github.com/lancopku/pkuseg-python,lancopku/pkuseg-python,,,,https://github.com/lancopku/pkuseg-python,,"
                + "北京大学推出的多领域中文分词工具，支持选择医学领域。\r\n");
        assertThat(run("query", "--task", "NER", "--task", "summarisation", "--modality", "text", "--format", "csv")
                .out().lines().skip(1)).isNotEmpty()
                .allMatch(l -> l.contains("named-entity-recognition") || l.contains("summarization"));
        assertThat(run("query", "--modality", "multimodal", "--kind", "dataset").out())
                .contains("CheXpert Plus").doesNotContain("Huatuo-26M");
        Result unknown = run("query", "--task", "astrology");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("task 'astrology' is not one of: named-entity-recognition");
        assertThat(run("query", "--help").out()).contains("question-answering").contains("time-series")
                .contains("knowledge-graph").contains("link-collection");
        assertThat(run("query", "--repo", "FreedomIntelligence", "--kind", "model").out())
                .contains("HuatuoGPT").contains("ApolloMoE").doesNotContain("ChatDoctor");
        assertThat(run("query", "--repo", "freedomintelligence/huatuogpt-ii", "--repo", "kbressem/medAlpaca").out())
                .contains("HuatuoGPT-II").contains("MedAlpaca").endsWith("\n2 entries\n");
        assertThat(run("query", "--tag", "exam", "--tag", "ehr", "--kind", "benchmark").out()).contains("CMB");
        assertThat(run("query", "--has", "论文").out()).isEqualTo(run("query", "--has", "paper").out())
                .isEqualTo(run("query", "--has", "Papers").out());
        assertThat(run("query", "--has", "GitHub").out()).as("github is an address check, not the code role")
                .isEqualTo(run("query", "--has", "github").out()).endsWith("\n46 entries\n");
        assertThat(run("query", "--has", "代码").out()).isEqualTo(run("query", "--has", "code").out());
        assertThat(run("query", "--has", "Hugging Face").out()).isEqualTo(run("query", "--has", "huggingface").out());
        Result noRole = run("query", "--has", "spaceship");
        assertThat(noRole.code()).isEqualTo(2);
        assertThat(noRole.err()).contains("link role 'spaceship' is not one of: homepage, paper")
                .contains("or github, huggingface").doesNotContain("Exception");
        assertThat(run("query", "--kind", "dataset", "--count-by", "language").out())
                .isEqualTo("language  entries\nzh        11\nen        10\n20 entries\n");
        assertThat(run("query", "--count-by", "kind", "--format", "csv", "--limit", "2").out())
                .isEqualTo("kind,entries\r\npaper,38\r\nmodel,25\r\n");
        assertThat(run("query", "--count-by", "OWNER", "--kind", "model", "--format", "json").out())
                .startsWith("{\"FreedomIntelligence\":4,\"scutcyr\":2,").endsWith("}\n");
        assertThat(run("query", "--count-by", "github-owner", "--format", "jsonl", "--limit", "1").out())
                .isEqualTo("{\"github_owner\":\"FreedomIntelligence\",\"entries\":6}\n");
        assertThat(run("query", "--count-by", "section", "--kind", "dataset", "--format", "markdown").out())
                .isEqualTo("| section | entries |\n| --- | --- |\n| 3 > 3.1 | 10 |\n| 3 > 3.2 | 10 |\n");
        assertThat(run("query", "--count-by", "kind,language", "--limit", "2").out()).isEqualTo(
                "kind   en  zh  fr  es  ar  hi  ru  ja  de  ko  it  pt  cs  all\n"
                + "paper  29  7   1   0   0   0   0   0   1   0   0   0   1   38\n"
                + "model  19  9   3   3   2   2   2   2   1   1   1   1   0   25\n");
        assertThat(run("query", "--count-by", "kind,modality", "--limit", "1", "--format", "jsonl").out())
                .isEqualTo("{\"kind\":\"paper\",\"text\":38,\"image\":1,\"omics\":2,\"tabular\":1,\"video\":0,\"all\":38}\n");
        assertThat(run("query", "--count-by", "kind,language", "--format", "json").out()).startsWith("{\"paper\":{\"en\":29,");
        assertThat(run("query", "--count-by", "kind,language,task").err()).contains("one facet, or two");
        assertThat(run("query", "--count-by", "owner", "--format", "csv", "--limit", "1").out())
                .isEqualTo("github_owner,entries\r\nFreedomIntelligence,6\r\n");
        assertThat(run("query", "--count-by", "github-owner,kind", "--format", "csv").out())
                .as("one name for a facet's column in both CSVs").startsWith("github_owner,");
        Result noFacet = run("query", "--count-by", "colour");
        assertThat(noFacet.code()).isEqualTo(2);
        assertThat(noFacet.err()).contains("facet 'colour' is not one of: language, kind, task").doesNotContain("Exception");
        assertThat(run("query", "--count-by", "tag", "--columns", "name").err()).contains("--columns does not apply");
        assertThat(run("query", "--arxiv", "arXiv:1909.06146v1").out()).contains("PubMedQA").endsWith("\n1 entry\n");
        assertThat(run("query", "--arxiv", "https://arxiv.org/pdf/1909.06146.pdf", "--arxiv", "2312.12806").out())
                .contains("PubMedQA").endsWith("\n2 entries\n");
        Result notArxiv = run("query", "--arxiv", "PubMedQA");
        assertThat(notArxiv.code()).isNotZero();
        assertThat(notArxiv.err()).contains("'PubMedQA' is no arXiv identifier").doesNotContain("Exception");
        assertThat(run("query", "--host", "github.com", "--text", "FreedomIntelligence", "--kind", "model").out())
                .as("text covers addresses").contains("HuatuoGPT").doesNotContain("ChatDoctor");
        assertThat(run("query", "--host", "arxiv.org", "--group", "EMNLP2020 医学NLP相关论文列表").out())
                .contains("Infusing Disease Knowledge into BERT");
        assertThat(run("query", "--kind", "dataset", "--limit", "2").out()).endsWith("\n2 of 20 entries\n");
        assertThat(run("query", "--task", "report-generation", "--columns", "name,modalities", "--columns", "tasks").out())
                .startsWith("NAME ").contains("MODALITIES").contains("TASKS")
                .contains("CheXpert Plus").contains("text,image,tabular").doesNotContain("URL");
        String longName = "Understanding Medical Conversations with Scattered Keyword Attention and Weak Supervision from"
                + " Responses";
        assertThat(run("query", "--text", "Scattered Keyword", "--width", "0").out()).doesNotContain(longName).contains("…");
        assertThat(run("query", "--text", "Scattered Keyword", "--wide").out()).contains(longName);
        String fits = run("query", "--text", "Scattered Keyword", "--width", "250").out();
        assertThat(fits).as("a table that fits the line is not cut").contains(longName);
        assertThat(fits.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(250);
        assertThat(run("query", "--text", "Scattered Keyword", "--width", "120").out()).as("one that does not is")
                .doesNotContain(longName).contains("…");
        assertThat(run("query", "--text", "Scattered Keyword", "--width", "120", "--wide").out()).contains(longName);
        assertThat(run("query", "--width", "-1").err()).contains("--width must not be negative, was -1");
        assertThat(run("query", "--columns", "name,stars").err()).contains("--columns: 'stars' is not a column");
    }

    @Test
    void schemaPrintsTheShippedSchemasThatValidateWhatTheToolWrites() {
        Result strict = run("schema");
        assertThat(strict.code()).isZero();
        assertThat(strict.out()).isEqualTo(io.github.medicalnlp.catalogue.json.JsonFormat.schema().strip() + "\n")
                .contains("\"$schema\"").contains("JSON format 1.1");
        assertThat(run("schema", "--reader").out()).contains("1.x");
    }

    @Test
    void convertSaysWhatItDidAndWhatItFoundOddUnlessQuiet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Result r = run("convert", SEED.toString(), "--to", "json", "-o", dir.toString() + "/");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains(SEED + ":83:1: warning: entry-without-link: ").endsWith("medical-nlp: wrote 1 file\n");
        Result quiet = run("convert", SEED.toString(), "--to", "json", "-o", dir.resolve("q.json").toString(), "-q");
        assertThat(quiet.code()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(run("convert", SEED.toString(), "--to", "json").err()).as("to standard output: no count")
                .doesNotContain("wrote");
        Result toMarkdown = run("convert", "../json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/"
                + "medical-nlp-catalogue.json", "--to", "markdown");
        assertThat(toMarkdown.code()).isZero();
        assertThat(toMarkdown.err()).contains("note: ").contains("the English names, fields and section titles are left out");
        assertThat(toMarkdown.out()).contains("## 3. LLM数据集").doesNotContain("Chinese Medical Dialogue Dataset");
        Result english = run("convert", "../json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/"
                + "medical-nlp-catalogue.json", "--to", "markdown", "--language", "English");
        assertThat(english.code()).isZero();
        assertThat(english.err()).isEmpty();
        assertThat(english.out()).contains("## 3. Datasets\n").contains("* Chinese Medical Dialogue Dataset\n")
                .doesNotContain("中文医疗对话数据集");
        assertThat(run("convert", "../json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/"
                + "medical-nlp-catalogue.json", "--to", "markdown", "--language", "Klingon").err())
                .contains("'Klingon' is neither a language tag nor a language's name");
        long withGitHub = io.github.medicalnlp.catalogue.markdown.MarkdownReader.create().read(SEED).catalogue()
                .query().hasGitHubRepository().count();
        assertThat(run("query", SEED.toString(), "--has", "github").out()).endsWith("\n" + withGitHub + " entries\n");
    }

    @Test
    void badUsageIsOneLineAndExitCodeTwo() {
        Result kind = run("query", "--kind", "spaceship");
        assertThat(kind.code()).isEqualTo(2);
        assertThat(kind.err()).startsWith("medical-nlp: kind 'spaceship' is not one of").doesNotContain("\tat ");
        Result section = run("query", "--section", "9.9");
        assertThat(section.err()).startsWith("medical-nlp: no section '9.9'");
        Result format = run("query", "--format", "yaml");
        assertThat(format.code()).isEqualTo(2);
        Result bad = run(("{\"format\": \"medical-nlp-catalogue\", \"version\": \"3.0\", \"title\": \"t\"}")
                .getBytes(StandardCharsets.UTF_8), "stats", "-");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("medical-nlp: <stdin>:1:48: at /version: the document is format version 3.0,"
                + " newer than this library reads (1.x); use a newer version of medical-nlp-json-io\n");
    }

    @Test
    void diffsTwoCataloguesInEitherFormat(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("seed.json");
        run("convert", SEED.toString(), "-o", json.toString());
        Result same = run("diff", SEED.toString(), json.toString());
        assertThat(same.code()).isZero();
        assertThat(same.out()).isEqualTo("no changes\n");
        Result later = run("diff", SEED.toString(), CORPUS.resolve("medical-nlp-2024-11-26.md").toString());
        assertThat(later.code()).isEqualTo(1);
        assertThat(later.out()).contains("+ section 5 > 5.4 医疗VLM Benchmark\n").contains("+ 4: MedTrinity-25M\n");
        Result asJson = run("diff", SEED.toString(), CORPUS.resolve("medical-nlp-2024-11-26.md").toString(),
                "--format", "json");
        assertThat(asJson.out()).contains("\"type\" : \"added\"").contains("\"name\" : \"MedTrinity-25M\"");
    }

    @Test
    void countsBySectionKindAndLanguage() {
        Result r = run("stats");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Medical_NLP: " + MedicalNlp.catalogue().entryCount() + " entries in 27 sections\n")
                .contains("\n  14    3.1 中文\n")
                .contains("By kind:\n").contains("  dataset").contains("By language:\n").contains("  zh Chinese");
    }

    @Test
    void lintsTheSeedWithFileLineAndColumnAndExitsOneOnErrors() {
        Result r = run("lint", SEED.toString(), "--disable", "description-missing");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(SEED + ":83:1: error: entry-without-link: 'MultiMedBench' has no link")
                .contains(SEED + ":370:45: error: badge-mismatch: ")
                .contains(SEED + ":270:1: warning: empty-section: ");
        assertThat(r.out().lines().filter(l -> l.contains(": error: "))).hasSize(9);
        Result json = run("lint", SEED.toString(), "--format", "json", "--disable", "description-missing");
        assertThat(json.out()).contains("\"rule\" : \"badge-mismatch\"").contains("\"line\" : 370");
        Result unknown = run("lint", SEED.toString(), "--disable", "no-such-rule");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("medical-nlp: --disable no-such-rule: no such rule");
        assertThat(r.out()).endsWith("\n9 errors, " + r.out().lines().filter(l -> l.contains(": warning: ")).count()
                + " warnings, " + r.out().lines().filter(l -> l.contains(": info: ")).count() + " notes in 1 file\n");
        Result errorsOnly = run("lint", SEED.toString(), "--min-severity", "error");
        assertThat(errorsOnly.out().lines().filter(l -> l.startsWith(SEED.toString()))).hasSize(9)
                .allMatch(l -> l.contains(": error: "));
        assertThat(errorsOnly.out()).endsWith("9 errors, 0 warnings, 0 notes in 1 file\n");
        Result oneRule = run("lint", SEED.toString(), "--rule", "badge-mismatch", "--rule", "malformed-url");
        assertThat(oneRule.out().lines().filter(l -> l.startsWith(SEED.toString())))
                .isNotEmpty().allMatch(l -> l.contains(": badge-mismatch: ") || l.contains(": malformed-url: "));
        Result noRule = run("lint", SEED.toString(), "--no-rule", "badge-mismatch");
        assertThat(noRule.out()).doesNotContain(": badge-mismatch: ");
        assertThat(run("lint", SEED.toString(), "--rule", "nope").err()).contains("--rule nope: no such rule");
    }

    @Test
    void theBundledCatalogueLintsWithoutError() {
        Result r = run("lint");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).doesNotContain(": error: ");
    }

    @Test
    void userMistakesNeverPrintAStackTrace(@TempDir Path dir) throws Exception {
        Path badUtf8 = Files.write(dir.resolve("bad.md"), new byte[] {'#', ' ', 'T', '\n', (byte) 0xC3, '(', '\n'});
        Path badJson = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"medical-nlp-catalogue\", [");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        String[][] mistakes = {
            {"stats", dir.resolve("missing.md").toString()},
            {"stats", folder.toString()},
            {"stats", badUtf8.toString()},
            {"stats", badJson.toString()},
            {"lint", badUtf8.toString()},
            {"diff", badJson.toString(), SEED.toString()},
            {"convert", SEED.toString(), "--to", "json", "-o", dir.resolve("no/such/dir/out.json").toString()},
            {"convert", SEED.toString(), "--to", "yaml"},
            {"query", "--limit", "-3"},
            {"query", "--has", "everything"},
            {"query", "--language", "Klingon"},
            {"frobnicate"},
            {"stats", "\u0000"},
        };
        for (String[] args : mistakes) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isNotZero();
            assertThat(r.err()).as(String.join(" ", args)).isNotBlank()
                    .doesNotContain("\tat ", "internal error", "Exception");
        }
        assertThat(run("stats", badUtf8.toString()).err()).contains("bad.md:2:1: invalid UTF-8 at byte offset 4");
    }

    @Test
    void writesFilesByMovingATemporaryFileIntoPlace(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("seed.json");
        Files.writeString(out, "old");
        assertThat(run("convert", SEED.toString(), "--to", "json", "-o", out.toString()).code()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("seed.json");
        }
        assertThat(CatalogueJsonReader.create().read(out).entryCount()).isGreaterThan(100);
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path kept = Files.writeString(locked.resolve("seed.json"), "old");
        Assumptions.assumeTrue(locked.toFile().setWritable(false), "a directory can be made read-only");
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "not running as root");
            Result r = run("convert", SEED.toString(), "--to", "json", "--overwrite", "-o", kept.toString());
            assertThat(r.code()).isNotZero();
            assertThat(r.err()).startsWith("medical-nlp: ").doesNotContain("\tat ");
            assertThat(Files.readString(kept)).isEqualTo("old");
            try (var files = Files.list(locked)) {
                assertThat(files).hasSize(1);
            }
        } finally {
            locked.toFile().setWritable(true);
        }
    }
}
