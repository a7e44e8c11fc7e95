package io.github.medicalnlp.catalogue.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filters on link addresses: {@code arxiv(...)}, and text search over addresses. */
class AddressFilterTest {

    private final Catalogue catalogue = Catalogue.builder("t")
            .section(Section.builder("Papers").number("1")
                    .entry(Entry.builder("HuatuoGPT").link("https://arxiv.org/abs/2305.15075v2", "Paper", LinkRole.PAPER)
                            .link("https://github.com/FreedomIntelligence/HuatuoGPT", "Code", LinkRole.CODE).build())
                    .entry(Entry.builder("Old").link("http://arxiv.org/pdf/hep-th/9901001v1.pdf", "PDF", LinkRole.PAPER).build())
                    .entry(Entry.builder("Tianchi").link("https://tianchi.aliyun.com/dataset/95414", "主页", LinkRole.HOMEPAGE).build())
                    .entry(Entry.builder("Other").link("https://www.example.org/2305.15075", "x", LinkRole.OTHER).build())
                    .build())
            .build();

    private List<String> names(Query q) {
        return q.entries().stream().map(Entry::name).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2305.15075", "2305.15075v1", "arXiv:2305.15075", "ARXIV: 2305.15075v9",
        "https://arxiv.org/pdf/2305.15075.pdf", "arxiv.org/abs/2305.15075", "https://www.arxiv.org/html/2305.15075v2",
        " 2305.15075 "})
    void arxivTakesAnIdentifierAsPeopleWriteIt(String id) {
        assertThat(names(catalogue.query().arxiv(id))).containsExactly("HuatuoGPT");
    }

    @Test
    void arxivReadsOldStyleIdentifiersAndSeveralIds() {
        assertThat(names(catalogue.query().arxiv("hep-th/9901001"))).containsExactly("Old");
        assertThat(names(catalogue.query().arxiv("hep-th/9901001v3", "2305.15075"))).containsExactly("HuatuoGPT", "Old");
        assertThat(names(catalogue.query().arxiv("2401.00001"))).isEmpty();
        assertThat(EntryFilter.arxiv("2305.15075v2", "hep-th/9901001")).hasToString("arxiv=2305.15075|hep-th/9901001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"huatuo", "2305", "https://example.org/abs/2305.15075", "arxiv.org/list/cs.CL",
        "2305.15075vx", "12345.12345"})
    void arxivRefusesWhatIsNoIdentifierSayingWhatIs(String id) {
        assertThatThrownBy(() -> catalogue.query().arxiv(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is no arXiv identifier").hasMessageContaining("arXiv:2305.01526");
    }

    @Test
    void arxivRefusesNothingAndNull() {
        assertThatThrownBy(() -> catalogue.query().arxiv()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> catalogue.query().arxiv((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> catalogue.query().arxiv((String[]) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void textFindsOwnersAndRepositoriesInAddresses() {
        assertThat(names(catalogue.query().host("github.com").text("FreedomIntelligence"))).containsExactly("HuatuoGPT");
        assertThat(names(catalogue.query().text("FreedomIntelligence/HuatuoGPT"))).containsExactly("HuatuoGPT");
        assertThat(names(catalogue.query().text("tianchi"))).containsExactly("Tianchi");
        assertThat(names(catalogue.query().text("2305.15075"))).containsExactly("HuatuoGPT", "Other");
        assertThat(names(catalogue.query().text("https"))).as("the scheme is not searched").isEmpty();
        assertThat(names(catalogue.query().text("www"))).as("nor www.").isEmpty();
        assertThat(names(catalogue.query().text("aliyun"))).containsExactly("Tianchi");
        assertThat(names(catalogue.query().text("liyun"))).as("words, not parts of words").isEmpty();
    }

    @Test
    void aHugeAddressIsSearchedInLinearTime() {
        String url = "https://example.org/" + "a/".repeat(500_000) + "needle";
        Catalogue big = Catalogue.builder("t").section(Section.builder("s")
                .entry(Entry.builder("x").link(url, "x", LinkRole.OTHER).build()).build()).build();
        assertThat(big.query().text("needle").count()).isOne();
        assertThat(big.query().text("a/a/b").count()).isZero();
        assertThatThrownBy(() -> big.query().arxiv("1234.5678" + "v1".repeat(100_000)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
