package io.github.medicalnlp.catalogue.examples;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import io.github.medicalnlp.catalogue.markdown.MarkdownReader;
import io.github.medicalnlp.catalogue.query.Match;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Makes the bundled, curated catalogue from the seed README (Medical_NLP as of 2024-11-14) and the
 * reviewed curation data: corrects the seed's known defects ({@link #CORRECTIONS}, also in
 * {@code CURATION.md} beside the bundled resource), then gives every entry the kind, languages,
 * modalities, tasks and tags of its record in {@code curation.csv} ({@link CurationData}), which says
 * where each value comes from when the seed's text does not.
 *
 * <p>Run it to regenerate the resource:
 * {@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.medicalnlp.catalogue.examples.Curation
 * -Dexec.args="markdown-io/src/test/resources/corpus/medical-nlp-2024-11-14.md
 * json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/curation.csv
 * json-io/src/main/resources/io/github/medicalnlp/catalogue/bundled/medical-nlp-catalogue.json"}
 */
public final class Curation {

    /** One correction of the seed: where, what and why. */
    public record Correction(String section, String entry, String change, String why) {
    }

    /** Every correction {@link #curate} makes, in the order it makes them. */
    public static final List<Correction> CORRECTIONS = List.of(
            new Correction("1.1", "PromptCBLUE", "the second entry named PromptCBLUE is renamed CBLUE",
                    "it points at CBLUEbenchmark/CBLUE and describes CBLUE, not PromptCBLUE"),
            new Correction("1.2", "MultiMedBench", "the paper link https://arxiv.org/abs/2307.14334 is added",
                    "the seed gives it no link; MultiMedBench is introduced in Tu et al., Towards Generalist Biomedical AI"),
            new Correction("2.2.2", "“肝”柔相济，大模型开创肝病医患交互服务新格局",
                    "the address becomes https://www.dcic-china.com/competitions/10090",
                    "the seed's address is a broken half-link that joins two URLs with ']('"),
            new Correction("3.1", "Chinese medical dialogue data", "merged into 中文医疗对话数据集",
                    "both point at Toyhom/Chinese-medical-dialogue-data; its description is kept as a second field"),
            new Correction("3.1", "中文医药方面的问答数据集", "merged into cMedQA2 (108K)",
                    "both point at zhangsheng93/cMedQA2"),
            new Correction("3.1", "中文医患问答对话数据", "merged into Medical-Dialogue-System",
                    "both point at UCSD-AI4H/Medical-Dialogue-System"),
            new Correction("4", "", "the empty section 4 (VLM数据集) is left out",
                    "it has no entry in the seed, only a promise in the news"),
            new Correction("5.3", "", "the empty section 5.3 (医疗VLM) is left out",
                    "it has no entry in the seed, only a promise in the news"),
            new Correction("5.2.3", "Codex-Med", "no change to the data: its star badge is derived from its address",
                    "the seed's badge names uf-hobi-informatics-lab/GatorTron instead of vlievin/medical-reasoning"),
            new Correction("", "", "no change to the data: the Contents list is regenerated from the sections",
                    "the seed's Contents links to 4.1 and 4.2, which have no headings"),
            new Correction("", "", "the badges under the title are left out of the introduction",
                    "they are images linking to the list's own repository (the reader keeps them in the "
                            + "introduction so that no link of the document is lost), not text about the catalogue"));

    private Curation() {
    }

    /**
     * Regenerates the bundled catalogue.
     *
     * @param args the seed README, the curation data and the JSON file to write
     * @throws IOException when reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Curation <seed README.md> <curation.csv> <output .json>"
                    + " (english-entries.csv and english-sections.csv beside curation.csv)");
            System.exit(2);
        }
        Catalogue seed = MarkdownReader.create().read(Path.of(args[0])).catalogue();
        Path data = Path.of(args[1]);
        Catalogue curated = curate(seed, CurationData.read(data), EnglishText.read(
                data.resolveSibling("english-entries.csv"), data.resolveSibling("english-sections.csv")));
        CatalogueJsonWriter.create().write(curated, Path.of(args[2]));
        System.out.println("wrote " + curated.size() + " entries in " + curated.allSections().size()
                + " sections to " + args[2]);
    }

    /**
     * The curated catalogue made from the seed, the curation records and the English text: what
     * {@link #curate(Catalogue, List)} gives, each entry and section with its English.
     *
     * @throws NoSuchElementException when the seed is not the one the corrections were written for
     * @throws IllegalStateException when the records or the English do not fit the catalogue
     */
    public static Catalogue curate(Catalogue seed, List<CurationRecord> records, EnglishText english) {
        return english.applyTo(curate(seed, records));
    }

    /**
     * The curated catalogue made from the seed and the curation records.
     *
     * @throws NoSuchElementException when the seed is not the one the corrections were written for
     */
    public static Catalogue curate(Catalogue seed, List<CurationRecord> records) {
        Catalogue c = seed;
        // 1.1: the second PromptCBLUE is CBLUE
        Entry second = entry(c, "1.1", "PromptCBLUE", 1);
        c = c.replaceEntry(second, second.withName("CBLUE"));
        // 1.2: MultiMedBench gets its paper
        Entry multi = entry(c, "1.2", "MultiMedBench", 0);
        c = c.replaceEntry(multi, multi.toBuilder()
                .link(Link.of("https://arxiv.org/abs/2307.14334", "论文地址", LinkRole.PAPER)).build());
        // 2.2.2: the broken half-link
        Entry liver = entry(c, "2.2.2", "“肝”柔相济，大模型开创肝病医患交互服务新格局", 0);
        c = c.replaceEntry(liver, liver.withLinks(List.of(
                Link.of("https://www.dcic-china.com/competitions/10090", "地址", LinkRole.HOMEPAGE))));
        // 3.1: three resources listed twice under different names
        c = merge(c, "3.1", "中文医疗对话数据集", "Chinese medical dialogue data");
        c = merge(c, "3.1", "cMedQA2 (108K)", "中文医药方面的问答数据集");
        c = merge(c, "3.1", "Medical-Dialogue-System", "中文医患问答对话数据");
        // 4 and 5.3: empty placeholders
        c = c.removeSection("4").removeSection("5.3");
        // the introduction: its paragraphs, without the HTML block of badges
        c = c.withIntroduction(String.join("\n\n", java.util.Arrays.stream(c.introduction().split("\n\n"))
                .filter(p -> !p.startsWith("<")).toList()));
        // metadata for every entry, from the reviewed records
        return withMetadata(c, records);
    }

    private static Entry entry(Catalogue c, String section, String name, int occurrence) {
        List<Entry> found = c.section(section).orElseThrow().entries().stream()
                .filter(e -> e.name().equals(name)).toList();
        if (found.size() <= occurrence) {
            throw new NoSuchElementException("section " + section + " has no entry '" + name + "' #" + occurrence
                    + ": the seed is not the README of 2024-11-14");
        }
        return found.get(occurrence);
    }

    private static Catalogue merge(Catalogue c, String section, String keep, String drop) {
        Entry kept = entry(c, section, keep, 0);
        Entry dropped = entry(c, section, drop, 0);
        if (!kept.primaryUrl().equals(dropped.primaryUrl())) {
            throw new IllegalStateException(keep + " and " + drop + " no longer share their address");
        }
        List<TextField> fields = new ArrayList<>(kept.fields());
        for (TextField f : dropped.fields()) {
            if (fields.stream().noneMatch(x -> x.value().equals(f.value()))) {
                fields.add(f);
            }
        }
        return c.replaceEntry(kept, kept.withFields(fields)).removeEntry(dropped);
    }

    /**
     * The catalogue with each entry's metadata from its curation record.
     *
     * @throws IllegalStateException naming the entries without a record, the records without an entry and
     *     the records not reviewed
     */
    static Catalogue withMetadata(Catalogue c, List<CurationRecord> records) {
        Map<String, CurationRecord> byId = new LinkedHashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        List<String> problems = new ArrayList<>();
        for (Match m : c.query().list()) {
            String section = m.section().number().orElseThrow();
            CurationRecord r = byId.remove(CurationRecord.idOf(section, m.name()));
            if (r == null) {
                problems.add("no record for the entry " + CurationRecord.idOf(section, m.name()));
            } else if (!r.reviewed()) {
                problems.add("the record " + r.id() + " is not reviewed");
            } else {
                c = c.replaceEntry(section, m.index(), r.applyTo(m.entry()));
            }
        }
        byId.keySet().forEach(id -> problems.add("no entry for the record " + id));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the curation data does not fit the catalogue: " + problems);
        }
        return c;
    }
}
