package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Modality;
import io.github.medicalnlp.catalogue.NewsItem;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.Task;
import io.github.medicalnlp.catalogue.TextField;
import io.github.medicalnlp.catalogue.diff.CatalogueDiff;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Text from the model never becomes Markdown or HTML structure it was not. */
class EscapingTest {

    static Stream<String> hostile() {
        return Stream.of(
                "[x](javascript:alert(1))", "<script>alert(1)</script>", "# not a heading", "- not a bullet",
                "1. not a list", "2) nor this", "a | b | c", "`code` and ``more``", "*emph* _u_ **strong**",
                "line\nbreak", "名称：值", "Name: value", "http://looks.like/a/url", "ends with colon：",
                "tab\there", "emoji 🙂 and 中文", "עברית right to left", "back\\slash\\", "&amp; &#65; &copy;",
                "![img](https://x.org/i.png)", "> quote", "***", "~~~", "<!-- comment -->", "[[wiki]]",
                "+ plus", "= equals", "x".repeat(2000), "trailing space ", "a\n# heading inside", "a\n- item inside",
                "<https://autolink.org>", "[ref]: https://ref.org", "|table|row|");
    }

    private static Catalogue catalogueWith(String text) {
        Entry entry = Entry.builder(text)
                .link(Link.of("https://example.org/" + Math.abs(text.hashCode()), text, LinkRole.PAPER))
                .link(Link.of("https://example.org/a b?c=(1)&d=[2]", "", LinkRole.HOMEPAGE))
                .field(TextField.of("简介", text))
                .field(TextField.unlabelled(text))
                .kind(Kind.DATASET).language(Language.CHINESE).modality(Modality.TEXT)
                .task(Task.DIALOGUE).tag(text)
                .group(text.replace('\n', ' '))
                .build();
        return Catalogue.builder(text.replace('\n', ' '))
                .newsItem(NewsItem.of("2024/11/14", "plain news"))
                .section(Section.builder(text.replace('\n', ' ')).number("1")
                        .entry(entry)
                        .entry(Entry.of("neighbour", "https://neighbour.org"))
                        .build())
                .build();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextRoundTripsThroughCanonicalMarkdown(String text) {
        Catalogue catalogue = catalogueWith(text);
        String markdown = MarkdownWriter.canonical().write(catalogue);
        Catalogue back = MarkdownReader.create().read(markdown).catalogue();
        assertThat(back).as(() -> markdown + "\n" + CatalogueDiff.between(catalogue, back)).isEqualTo(catalogue);
        assertThat(MarkdownWriter.canonical().write(back)).isEqualTo(markdown);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void theMarkdownHoldsNoLinkOrHtmlTheModelDidNotHave(String text) {
        Catalogue catalogue = catalogueWith(text);
        String markdown = MarkdownWriter.canonical().write(catalogue);
        Set<String> modelUrls = new HashSet<>();
        catalogue.allEntries().forEach(e -> e.links().forEach(l -> modelUrls.add(l.url())));
        List<String> html = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Node doc = Parser.builder().build().parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node.getLiteral());
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Link node) {
                links.add(node.getDestination());
                visitChildren(node);
            }
        });
        assertThat(html).as(markdown).allMatch(h -> h.strip().startsWith("<!-- catalogue:")
                && h.strip().endsWith("-->") && h.strip().indexOf("-->") == h.strip().length() - 3);
        assertThat(links).as(markdown).allMatch(url -> url.startsWith("#") || modelUrls.contains(url)
                || url.startsWith("https://img.shields.io/"));
    }

    @Test
    void aCatalogueBuiltInCodeRoundTripsWithItsCuratedMetadata() {
        Catalogue catalogue = Catalogue.builder("Demo")
                .introduction("A demo list.")
                .section(Section.builder("模型").number("1")
                        .entry(Entry.builder("HuatuoGPT").link("https://github.com/FreedomIntelligence/HuatuoGPT")
                                .link(Link.of("https://arxiv.org/abs/2305.15075", "arXiv", LinkRole.PAPER))
                                .link(Link.of("https://huggingface.co/FreedomIntelligence/HuatuoGPT-7B", "HF (7B)",
                                        LinkRole.WEIGHTS))
                                .link(Link.of("https://huggingface.co/datasets/x/y", "HF", LinkRole.DATA))
                                .field("简介", "华佗GPT")
                                .kind(Kind.MODEL).language(Language.CHINESE).modality(Modality.TEXT)
                                .task("dialogue").tag("llm").build())
                        .child(Section.builder("VLM").number("1.1").entry(Entry.of("x", "https://x.org")).build())
                        .build())
                .citation("@misc{demo}")
                .build();
        String markdown = MarkdownWriter.canonical().write(catalogue);
        assertThat(MarkdownReader.create().read(markdown).catalogue()).isEqualTo(catalogue);
        assertThat(markdown).contains("* [1. 模型](#1-模型)\n  * [1.1 VLM](#11-vlm)\n")
                .contains("* HuatuoGPT\n  * <https://github.com/FreedomIntelligence/HuatuoGPT>\n"
                        + "    ![](https://img.shields.io/github/stars/FreedomIntelligence/HuatuoGPT)\n")
                .contains("  * arXiv：https://arxiv.org/abs/2305.15075\n")
                .contains("  * 权重地址：[HF (7B)](https://huggingface.co/FreedomIntelligence/HuatuoGPT-7B)\n")
                .contains("  * 数据地址：[HF](https://huggingface.co/datasets/x/y)\n")
                .contains("  <!-- catalogue: kind=model; languages=zh; modalities=text; tasks=dialogue; tags=llm -->\n")
                .as("a VLM heading implies a model of vision-language; x is neither")
                .contains("* x\n  * <https://x.org>\n  <!-- catalogue: kind=; languages=; modalities=; tasks=; tags= -->\n");
    }
}
