package io.github.medicalnlp.catalogue.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import io.github.medicalnlp.catalogue.SeedSample;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueValidatorTest {

    private static Catalogue withUrl(String url) {
        return Catalogue.of("T", List.of(Section.builder("数据集").number("3")
                .child(Section.builder("中文").number("3.1")
                        .entry(Entry.of("ok", "https://ok.org"))
                        .entry(Entry.builder("bad").link(Link.of(url, "地址", LinkRole.HOMEPAGE)).build()).build())
                .build()));
    }

    @Test
    void aValidCatalogueHasNoViolation() {
        assertThat(CatalogueValidator.validate(SeedSample.catalogue())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://a.org/x",
        "http://a.org](https://b.org", "https://a.org/x y", "//a.org/x", "not a url", "https://"})
    void refusesUrlsThatAreNotAbsoluteHttp(String url) {
        List<Finding> findings = CatalogueValidator.validate(withUrl(url));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("constraint-violation");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("must be an absolute http or https URL").contains(url);
            assertThat(f.sectionPath()).contains("3 > 3.1");
            assertThat(f.entry()).contains("bad");
            assertThat(f.entryIndex()).contains(1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/-bad-/repo", "https://github.com/a--b/c", "https://github.com/owner/re po",
        "https://github.com/xyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy/r"})
    void refusesMalformedGitHubLinks(String url) {
        List<Finding> findings = CatalogueValidator.validate(withUrl(url));
        assertThat(findings).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("well-formed GitHub owner/repo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/FreedomIntelligence/CMB", "https://github.com/a-b/c.d_e",
        "https://github.com/owner", "https://github.com/owner/repo/tree/main/data", "https://www.github.com/x/y#readme"})
    void acceptsWellFormedGitHubLinks(String url) {
        assertThat(CatalogueValidator.validate(withUrl(url))).isEmpty();
    }
}
