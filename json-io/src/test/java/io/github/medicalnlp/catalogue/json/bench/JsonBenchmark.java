package io.github.medicalnlp.catalogue.json.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.bundled.MedicalNlp;
import io.github.medicalnlp.catalogue.json.CatalogueJsonReader;
import io.github.medicalnlp.catalogue.json.CatalogueJsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The JSON format against Jackson's readTree and tree writing of the same document. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonBenchmark {

    @Param({"bundled", "1mb", "10mb"})
    public String size;

    private Catalogue catalogue;
    private byte[] json;
    private JsonNode tree;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A seed-style catalogue whose JSON is about {@code bytes} long. */
    public static Catalogue synthetic(int bytes) {
        Catalogue.Builder b = Catalogue.builder("Synthetic");
        int n = 0;
        int approx = 0;
        int s = 0;
        while (approx < bytes) {
            Section.Builder section = Section.builder("中文医疗数据集 " + s).number(String.valueOf(++s));
            for (int e = 0; e < 100; e++, n++) {
                section.entry(Entry.builder("Huatuo-" + n)
                        .link("https://github.com/FreedomIntelligence/Huatuo-" + n, "地址", LinkRole.HOMEPAGE)
                        .link("https://arxiv.org/abs/2305." + (10000 + n), "论文地址", LinkRole.PAPER)
                        .field("简介", "Huatuo-26M 是迄今为止最大的中医问答数据集，第" + n + "版。")
                        .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).task("qa").build());
                approx += 560;
            }
            b.section(section.build());
        }
        return b.build();
    }

    @Setup
    public void setUp() throws Exception {
        catalogue = switch (size) {
            case "bundled" -> MedicalNlp.catalogue();
            case "1mb" -> synthetic(1 << 20);
            default -> synthetic(10 << 20);
        };
        json = CatalogueJsonWriter.create().write(catalogue).getBytes(StandardCharsets.UTF_8);
        tree = mapper.readTree(json);
    }

    /** Baseline: Jackson reads the document into a tree. */
    @Benchmark
    public JsonNode baselineReadTree() throws Exception {
        return mapper.readTree(json);
    }

    /** Read the document into a catalogue. */
    @Benchmark
    public Catalogue read() throws Exception {
        return CatalogueJsonReader.create().read(new java.io.ByteArrayInputStream(json));
    }

    /** Baseline: Jackson writes the tree, pretty-printed. */
    @Benchmark
    public byte[] baselineWriteTree() throws Exception {
        return mapper.writeValueAsBytes(tree);
    }

    /** Write the catalogue, pretty-printed. */
    @Benchmark
    public byte[] write() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(json.length + 64);
        CatalogueJsonWriter.create().write(catalogue, out);
        return out.toByteArray();
    }
}
