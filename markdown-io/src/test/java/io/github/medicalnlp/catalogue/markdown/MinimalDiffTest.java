package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits of the seed change exactly the lines they should (asserted as unified diff lines). */
class MinimalDiffTest {

    private final String source = Corpus.text(Corpus.SEED);
    private final MarkdownDocument doc = MarkdownReader.create().read(source);
    private final Catalogue seed = doc.catalogue();

    private final Entry cmtMedQa = Entry.builder("CMtMedQA")
            .link("https://github.com/example/CMtMedQA", "地址", LinkRole.HOMEPAGE)
            .field("简介", "多轮对话问答数据集")
            .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).build();

    /** Renders the edit, checks the text reads back as the edited catalogue, returns the changed lines. */
    private List<String> changes(Catalogue edited) {
        MarkdownDocument after = doc.withCatalogue(edited);
        String rendered = after.render();
        assertThat(after.toBytes()).as("bytes written from the pieces").isEqualTo(rendered.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        Catalogue back = MarkdownReader.create().read(rendered).catalogue();
        assertThat(back).as(() -> CatalogueDiff.between(edited, back).toString()).isEqualTo(edited);
        return LineDiff.changes(source, rendered);
    }

    @Test
    void addingAnEntryTo31AddsOnlyItsLinesInTheStyleOfItsNeighbour() {
        assertThat(changes(seed.addEntry("3.1", 2, cmtMedQa))).containsExactly(
                "+* CMtMedQA",
                "+",
                "+  * 地址：https://github.com/example/CMtMedQA",
                "+    ![](https://img.shields.io/github/stars/example/CMtMedQA)",
                "+  * 简介：多轮对话问答数据集");
    }

    @Test
    void addingAnEntryAtTheEndOfASectionAddsOnlyItsLines() {
        assertThat(changes(seed.addEntry("3.1", cmtMedQa))).containsExactly(
                "+* CMtMedQA",
                "+  * 地址：https://github.com/example/CMtMedQA",
                "+  * 简介：多轮对话问答数据集");
    }

    @Test
    void removingAnEntryRemovesExactlyItsLines() {
        assertThat(changes(seed.removeEntry("3.1", 1))).containsExactly(
                "-* 中文医疗对话数据集",
                "-",
                "-  * 地址：https://github.com/Toyhom/Chinese-medical-dialogue-data",
                "-    ![](https://img.shields.io/github/stars/Toyhom/Chinese-medical-dialogue-data)",
                "-  * 简介：包含六个科室的医学问答数据");
    }

    @Test
    void editingADescriptionChangesOneLine() {
        Entry huatuo = seed.section("3.1").entries().get(0);
        Catalogue edited = seed.replaceEntry(huatuo,
                huatuo.withFields(List.of(TextField.of("简介", "迄今为止最大的中医问答数据集。"))));
        assertThat(changes(edited)).containsExactly(
                "-  * 简介：Huatuo-26M 是迄今为止最大的中医问答数据集。",
                "+  * 简介：迄今为止最大的中医问答数据集。");
    }

    @Test
    void movingAnEntryRemovesItsLinesAndAddsThemAtTheNewPlace() {
        Entry apollo = seed.section("5.2.1").entries().get(1);
        // Apollo moves above ApolloMoE: the shortest diff shows ApolloMoE's five lines moving down
        assertThat(changes(seed.moveEntry(apollo, "5.2.1", 0))).containsExactly(
                "-* ApolloMoE：",
                "-  * 地址：https://github.com/FreedomIntelligence/ApolloMoE",
                "-    ![](https://img.shields.io/github/stars/FreedomIntelligence/ApolloMoE)",
                "-  * 简介：通过语言家族专家的混合，有效地实现 50 种语言医学LLM的民主化",
                "-    ",
                "+* ApolloMoE：",
                "+  * 地址：https://github.com/FreedomIntelligence/ApolloMoE",
                "+    ![](https://img.shields.io/github/stars/FreedomIntelligence/ApolloMoE)",
                "+  * 简介：通过语言家族专家的混合，有效地实现 50 种语言医学LLM的民主化",
                "+");
    }

    @Test
    void movingAnEntryToAnotherSectionKeepsItsMetadataInAnAnnotation() {
        Entry apollo = seed.section("5.2.1").entries().get(1);
        List<String> changes = changes(seed.moveEntry(apollo, "5.2.2", 0));
        assertThat(changes).filteredOn(l -> l.startsWith("-")).hasSize(5);
        assertThat(changes).filteredOn(l -> l.startsWith("+")).containsExactly(
                "+* Apollo：",
                "+  * 地址：https://github.com/FreedomIntelligence/Apollo",
                "+    ![](https://img.shields.io/github/stars/FreedomIntelligence/Apollo)",
                "+  * 简介：轻量级多语言医学LLM，将医疗人工智能普及到 60亿人群",
                "+  <!-- catalogue: kind=model; languages=mul; modalities=text; tasks=; tags= -->");
    }

    @Test
    void renamingASectionChangesItsHeadingLine() {
        assertThat(changes(seed.renameSection("3.1", "中文数据集"))).containsExactly(
                "-### 3.1 中文",
                "+### 3.1 中文数据集");
    }

    @Test
    void addingAPaperToANumberedListContinuesItsNumbering() {
        Entry paper = Entry.builder("新综述").link("https://arxiv.org/abs/2401.00001", "论文地址", LinkRole.PAPER)
                .kind(Kind.PAPER).build();
        assertThat(changes(seed.addEntry("6.2", paper))).containsExactly(
                "+4. 新综述    [论文地址](https://arxiv.org/abs/2401.00001)");
    }

    @Test
    void addingASectionWritesItsHeadingAndEntries() {
        Section vlm = Section.builder("中文").number("4.1").entry(Entry.builder("PMC-VQA")
                .link("https://github.com/xiaoman-zhang/PMC-VQA", "地址", LinkRole.HOMEPAGE)
                .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT).modality(Modality.IMAGE).build()).build();
        assertThat(changes(seed.addSection("4", vlm))).containsExactly(
                "+### 4.1 中文",
                "+",
                "+* PMC-VQA",
                "+",
                "+  * 地址：https://github.com/xiaoman-zhang/PMC-VQA",
                "+    ![](https://img.shields.io/github/stars/xiaoman-zhang/PMC-VQA)",
                "+");
    }

    @Test
    void removingASectionRemovesItsHeadingAndBody() {
        List<String> changes = changes(seed.removeSection("5.2.1"));
        assertThat(changes).allMatch(l -> l.startsWith("-"));
        assertThat(changes).first().isEqualTo("-#### 5.2.1 多语言医疗大模型");
        assertThat(changes).contains("-* ApolloMoE：", "-* Apollo：", "-* MMedLM：");
    }

    @Test
    void changingTheTitleNewsAndCitationRewritesOnlyThem() {
        Catalogue edited = seed.withTitle("Medical NLP")
                .withCitation("@misc{medical_nlp,\n  title = {Medical NLP}\n}");
        assertThat(changes(edited)).containsExactly(
                "-# Medical_NLP",
                "+# Medical NLP",
                "-@misc{medical_NLP_github,",
                "-  author = {Xidong Wang, Ziyue Lin and Jing Tang},",
                "-  title = {Medical NLP},",
                "-  year = {2023},",
                "-  publisher = {GitHub},",
                "-  journal = {GitHub repository},",
                "-  howpublished = {\\url{https://github.com/FreedomIntelligence/Medical_NLP}}",
                "+@misc{medical_nlp,",
                "+  title = {Medical NLP}");
    }

    @Test
    void anUnchangedCatalogueGivesTheSameDocument() {
        assertThat(doc.withCatalogue(seed)).isSameAs(doc);
        Catalogue roundabout = seed.addEntry("3.1", cmtMedQa).removeEntry(cmtMedQa);
        assertThat(doc.withCatalogue(roundabout).render()).isEqualTo(source);
    }
}
