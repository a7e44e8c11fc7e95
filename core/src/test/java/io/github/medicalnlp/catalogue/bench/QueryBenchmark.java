package io.github.medicalnlp.catalogue.bench;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.query.Match;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Queries over a catalogue of 100,000 entries in the seed's style. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBenchmark {

    private Catalogue catalogue;

    /** 100 sections of 1,000 entries: kinds, languages and Chinese and English text mixed. */
    public static Catalogue large(int sections, int perSection) {
        Kind[] kinds = {Kind.DATASET, Kind.MODEL, Kind.PAPER, Kind.BENCHMARK, Kind.KNOWLEDGE_GRAPH};
        Language[] languages = {Language.CHINESE, Language.ENGLISH, Language.MULTILINGUAL};
        String[] words = {"中文医疗问答数据集", "医学知识图谱三元组", "clinical question answering",
            "电子病历命名实体识别", "radiology report generation", "医患对话数据", "biomedical language model"};
        Catalogue.Builder b = Catalogue.builder("Synthetic");
        for (int s = 0; s < sections; s++) {
            Section.Builder section = Section.builder("Section " + s).number(String.valueOf(s + 1));
            for (int e = 0; e < perSection; e++) {
                int n = s * perSection + e;
                section.entry(Entry.builder("Entry-" + n + " " + words[n % words.length].substring(0, 4))
                        .link("https://github.com/owner" + (n % 977) + "/repo" + n, "地址", LinkRole.HOMEPAGE)
                        .field("简介", words[(n * 7) % words.length] + "，第" + n + "条")
                        .kind(kinds[n % kinds.length]).language(languages[(n / 5) % languages.length])
                        .build());
            }
            b.section(section.build());
        }
        return b.build();
    }

    @Setup
    public void setUp() {
        catalogue = large(100, 1000);
        // warm the derived-text cache of the entries as a long-lived catalogue would have it
        catalogue.query().text("问答").count();
    }

    /** kind + language + text: the combined filter of the budget (under 20 ms). */
    @Benchmark
    public List<Match> kindLanguageText() {
        return catalogue.query().kind(Kind.DATASET).language(Language.CHINESE).text("问答").list();
    }

    /** Every entry, no filter: the cost of walking the tree and making matches. */
    @Benchmark
    public long countAll() {
        return catalogue.query().count();
    }
}
