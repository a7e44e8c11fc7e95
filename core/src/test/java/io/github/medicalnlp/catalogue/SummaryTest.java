package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.flat.EntryRow;
import io.github.medicalnlp.catalogue.query.Match;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The concise toString() of the model's values (issue 16): one line a person recognises; and describe(), which gives
 * every field.
 */
class SummaryTest {

    private final Catalogue seed = SeedSample.catalogue();

    @Test
    void aCatalogueSaysItsTitleAndSize() {
        assertThat(seed.toString()).isEqualTo("Catalogue[" + seed.title() + ": " + seed.allSections().size()
                + " sections, " + seed.entryCount() + " entries]").hasSizeLessThan(100);
        assertThat(Catalogue.builder("t").build()).hasToString("Catalogue[t: 0 sections, 0 entries]");
    }

    @Test
    void aSectionSaysItsNumberTitleChildrenAndEntries() {
        Section s = Section.builder("中文").number("3.1").entry(Entry.of("a")).build();
        assertThat(s).hasToString("Section[3.1 中文: 1 entry]");
        assertThat(Section.builder("LLM数据集").number("3").child(s).child(Section.of("英文")).build())
                .hasToString("Section[3 LLM数据集: 2 sections, 1 entry]");
        assertThat(Section.of("Other")).hasToString("Section[Other: 0 entries]");
    }

    @Test
    void anEntrySaysItsNameKindAndLanguages() {
        assertThat(Entry.builder("Huatuo-26M").kind(Kind.DATASET).language(Language.CHINESE).build())
                .hasToString("Entry[Huatuo-26M · dataset · zh]");
        assertThat(Entry.builder("x").language(Language.CHINESE).language(Language.ENGLISH).build())
                .hasToString("Entry[x · zh,en]");
        assertThat(Entry.of("plain")).hasToString("Entry[plain]");
        assertThat(Entry.builder("m").languages(List.of(Language.ENGLISH, Language.CHINESE, Language.of("fr"), Language.of("es")))
                .build()).hasToString("Entry[m · en,zh,fr +1]");
        assertThat(Entry.of("n".repeat(10_000)).toString()).hasSizeLessThan(80).endsWith("…]");
    }

    @Test
    void everySectionAndEntryOfTheSeedIsOneShortLine() {
        assertThat(seed.allSections()).allSatisfy(s -> assertThat(s.toString()).doesNotContain("\n").hasSizeLessThan(120));
        assertThat(seed.allEntries()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("\n").hasSizeLessThan(120));
    }

    private final Entry huatuo = Entry.builder("Huatuo-26M").kind(Kind.DATASET).language(Language.CHINESE)
            .link(Link.of("https://github.com/FreedomIntelligence/Huatuo-26M"))
            .link(Link.of("https://arxiv.org/abs/2305.01526", "论文地址", LinkRole.PAPER))
            .field("简介", "Huatuo-26M 是迄今为止最大的中医问答数据集。").tag("qa-pairs").group("问答")
            .translation(Language.ENGLISH, Translation.of("Huatuo-26M", List.of(TextField.of("Description", "The largest"))))
            .build();

    @Test
    void aLinkSaysItsRoleAndAddress() {
        assertThat(Link.of("https://arxiv.org/abs/2305.01526", "论文地址", LinkRole.PAPER))
                .hasToString("Link[paper · arxiv.org/abs/2305.01526]");
        assertThat(Link.of("http://www.cmekg.pcl.ac.cn/")).hasToString("Link[homepage · cmekg.pcl.ac.cn/]");
        assertThat(Link.of("https://user:secret@example.org/data")).as("a summary shows no credentials")
                .hasToString("Link[homepage · example.org/data]");
        assertThat(Link.of("ftp://x.org/" + "a".repeat(300)).toString()).hasSizeLessThan(90).endsWith("…]");
    }

    @Test
    void aNewsItemSaysItsDateAndTheStartOfItsText() {
        assertThat(NewsItem.of("2024/11/14", "新增 4. VLM数据集")).hasToString("NewsItem[2024/11/14 · 新增 4. VLM数据集]");
        assertThat(NewsItem.of("", "no date")).hasToString("NewsItem[no date]");
        assertThat(NewsItem.of("2023-05", "a\nb " + "c".repeat(100)).toString())
                .isEqualTo("NewsItem[2023-05 · a b " + "c".repeat(35) + "…]");
    }

    @Test
    void aFieldAndTranslationsAreOneLine() {
        assertThat(TextField.of("简介", "医疗问答")).hasToString("TextField[简介: 医疗问答]");
        assertThat(TextField.unlabelled("text")).hasToString("TextField[text]");
        assertThat(Translation.of("Chinese Medical Dialogue Dataset", List.of(TextField.of("Source", "x"), TextField.of("Size", "y"))))
                .hasToString("Translation[Chinese Medical Dialogue Dataset: 2 fields]");
        assertThat(new Translation("n", List.of(), Optional.of("QA"))).hasToString("Translation[n: 0 fields · group QA]");
        assertThat(new CatalogueTranslation("Medical NLP", "intro", List.of(NewsItem.of("", "x"))))
                .hasToString("CatalogueTranslation[Medical NLP: 1 news item]");
    }

    @Test
    void aMatchSaysItsEntryAndSection() {
        Section s = Section.builder("中文").number("3.1").entry(huatuo).build();
        Match m = new Match(huatuo, List.of(Section.of("3", "LLM数据集"), s), 0);
        assertThat(m).hasToString("Match[Huatuo-26M · dataset · zh · 3.1]");
        assertThat(m.pathAndName()).isEqualTo("3 > 3.1: Huatuo-26M");
        assertThat(m.describe()).startsWith("at 3 > 3.1 #0\nEntry Huatuo-26M\n");
    }

    @Test
    void anEntryRowSaysItsIdNameAndSection() {
        Catalogue c = Catalogue.of("t", List.of(Section.builder("LLM数据集").number("3")
                .child(Section.builder("中文").number("3.1").entry(huatuo).build()).build()));
        EntryRow row = EntryRow.of(c.query().first().orElseThrow());
        assertThat(row).hasToString("EntryRow[" + row.id() + " · Huatuo-26M · 3 > 3.1]");
    }

    @Test
    void describeGivesEveryFieldOfAnEntry() {
        assertThat(huatuo.describe()).isEqualTo("""
                Entry Huatuo-26M
                  group: 问答
                  kind: dataset
                  languages: zh
                  tags: qa-pairs
                  link homepage: https://github.com/FreedomIntelligence/Huatuo-26M
                  link paper (论文地址): https://arxiv.org/abs/2305.01526
                  field 简介: Huatuo-26M 是迄今为止最大的中医问答数据集。
                  name (en): Huatuo-26M
                  field Description (en): The largest""");
    }

    @Test
    void describeGivesASectionWithItsEntriesAndTheCatalogueWithItsSections() {
        Section s = Section.builder("中文").number("3.1").entry(huatuo).title(Language.ENGLISH, "Chinese").build();
        assertThat(s.describe()).startsWith("Section 3.1 中文\n  anchor: #31-中文\n  title (en): Chinese\n  Entry Huatuo-26M\n    group: 问答");
        Catalogue c = Catalogue.builder("Medical_NLP").introduction("医疗NLP").newsItem("2024/11/14", "新增")
                .citation("@misc{x}").section(s).build();
        assertThat(c.describe()).startsWith("""
                Catalogue Medical_NLP
                  introduction: 医疗NLP
                  news 2024/11/14 · 新增
                  citation: @misc{x}
                  Section 3.1 中文
                """).contains("      link paper (论文地址): https://arxiv.org/abs/2305.01526");
        assertThat(seed.describe()).contains(seed.allEntries().stream().flatMap(e -> e.links().stream()).map(Link::url)
                .toList());
    }

    @Test
    void summariesOfTheSeedAreSingleShortLines() {
        assertThat(seed.query().list()).allSatisfy(m -> assertThat(m.toString()).doesNotContain("\n").hasSizeLessThan(200));
        assertThat(Map.of("k", seed).toString()).hasSizeLessThan(100);
    }
}
