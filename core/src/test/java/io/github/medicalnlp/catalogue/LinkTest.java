package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkTest {

    @Test
    void rejectsNullAndBlankArgumentsNamingTheParameter() {
        assertThatThrownBy(() -> Link.of(null)).isInstanceOf(NullPointerException.class).hasMessage("url must not be null");
        assertThatThrownBy(() -> Link.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("url must not be blank");
        assertThatThrownBy(() -> new Link("https://a.org", null, LinkRole.CODE)).hasMessage("label must not be null");
        assertThatThrownBy(() -> new Link("https://a.org", "", null)).hasMessage("role must not be null");
    }

    @Test
    void hasValueEqualityAndDefaults() {
        assertThat(Link.of("https://a.org")).isEqualTo(new Link("https://a.org", "", LinkRole.HOMEPAGE))
                .hasSameHashCodeAs(new Link("https://a.org", "", LinkRole.HOMEPAGE));
        assertThat(Link.of("https://a.org", LinkRole.PAPER)).isNotEqualTo(Link.of("https://a.org"));
    }

    @Test
    void withMethodsReturnTheSameInstanceWhenNothingChanges() {
        Link link = Link.of("https://a.org", "地址", LinkRole.HOMEPAGE);
        assertThat(link.withUrl("https://a.org")).isSameAs(link);
        assertThat(link.withLabel("地址")).isSameAs(link);
        assertThat(link.withRole(LinkRole.HOMEPAGE)).isSameAs(link);
        assertThat(link.withRole(LinkRole.CODE)).isEqualTo(Link.of("https://a.org", "地址", LinkRole.CODE));
        assertThat(link.withUrl("https://b.org").url()).isEqualTo("https://b.org");
        assertThat(link.withLabel("Link").label()).isEqualTo("Link");
        assertThat(link.url()).isEqualTo("https://a.org");
    }

    @ParameterizedTest
    @CsvSource({
        "https://github.com/FreedomIntelligence/CMB, github.com",
        "HTTP://WWW.Example.ORG:8080/path?q=1, www.example.org",
        "http://user@host.cn/x, host.cn",
        "https://cpubmed.openi.org.cn/graph/wiki, cpubmed.openi.org.cn",
        "'http://www.fudan-disc.com/sharedtask/imcs21/index.html](https://www.dcic-china.com/competitions/10090', www.fudan-disc.com",
    })
    void derivesTheHost(String url, String host) {
        assertThat(Link.of(url).host()).contains(host);
    }

    @ParameterizedTest
    @CsvSource({"not a url", "mailto:someone@example.org", "//github.com/a/b"})
    void hasNoHostWhenTheUrlHasNoAuthority(String url) {
        assertThat(Link.of(url).host()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "https://github.com/FreedomIntelligence/CMB, FreedomIntelligence/CMB",
        "https://github.com/naver/biobert-pretrained , naver/biobert-pretrained",
        "https://github.com/cambridgeltl/visual-med-alpaca/tree/main/data, cambridgeltl/visual-med-alpaca",
        "https://www.github.com/a-b/c.d.git, a-b/c.d",
        "https://github.com/x/y#readme, x/y",
    })
    void derivesTheGitHubRepository(String url, String repository) {
        assertThat(Link.of(url).gitHubRepository()).contains(repository);
    }

    @ParameterizedTest
    @CsvSource({"https://github.com/FreedomIntelligence", "https://github.com/topics/nlp",
        "https://medvidqa.github.io/index.html", "https://gitlab.com/a/b"})
    void hasNoGitHubRepositoryOtherwise(String url) {
        assertThat(Link.of(url).gitHubRepository()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "https://arxiv.org/abs/2312.12806, 2312.12806",
        "https://arxiv.org/pdf/1811.00681.pdf, 1811.00681",
        "https://arxiv.org/abs/2303.13375v2, 2303.13375",
        "http://export.arxiv.org/abs/hep-th/9901001, hep-th/9901001",
    })
    void derivesTheArxivId(String url, String id) {
        assertThat(Link.of(url).arxivId()).contains(id);
    }

    @ParameterizedTest
    @CsvSource({"https://arxiv.org/list/cs.CL/recent", "http://arxiv-download.xixiaoyao.cn/pdf/2102.02340.pdf"})
    void hasNoArxivIdOtherwise(String url) {
        assertThat(Link.of(url).arxivId()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "https://huggingface.co/FreedomIntelligence/HuatuoGPT2-7B, FreedomIntelligence/HuatuoGPT2-7B",
        "https://huggingface.co/datasets/FreedomIntelligence/Huatuo26M-Lite/tree/main, datasets/FreedomIntelligence/Huatuo26M-Lite",
        "https://huggingface.co/spaces/a/b, spaces/a/b",
    })
    void derivesTheHuggingFaceRepository(String url, String id) {
        assertThat(Link.of(url).huggingFaceRepository()).contains(id);
    }

    @ParameterizedTest
    @CsvSource({"https://huggingface.co/bigbio", "https://huggingface.co/docs/hub", "https://github.com/a/b",
        "https://huggingface.co/datasets/x/中文", "https://huggingface.co/spaces/x/", "https://huggingface.co/datasets/x"})
    void hasNoHuggingFaceRepositoryOtherwise(String url) {
        assertThat(Link.of(url).huggingFaceRepository()).isEmpty();
    }
}
