package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogueFormatExceptionTest {

    @Test
    void namesThePlaceAsEditorsAndCompilersDo() {
        CatalogueFormatException e = new CatalogueFormatException("README.md", 83, 1, "entry-without-link: 'x' has no link");
        assertThat(e.getMessage()).isEqualTo("README.md:83:1: entry-without-link: 'x' has no link");
        assertThat(e.source()).isEqualTo("README.md");
        assertThat(e.line()).isEqualTo(83);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.detail()).isEqualTo("entry-without-link: 'x' has no link");
    }

    @Test
    void carriesAJsonPointerAndACause() {
        IllegalStateException cause = new IllegalStateException("x");
        CatalogueFormatException e = new CatalogueFormatException("cat.json", 1, 62, "/sections/0", "bad", cause);
        assertThat(e.getMessage()).isEqualTo("cat.json:1:62: at /sections/0: bad");
        assertThat(e.pointer()).contains("/sections/0");
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(new CatalogueFormatException("cat.json", 0, 0, "", "empty", null).getMessage())
                .isEqualTo("cat.json: at /: empty");
        assertThat(new CatalogueFormatException("f", 3, 0, "x").getMessage()).isEqualTo("f:3: x");
    }

    @Test
    void rejectsNullSourceAndDetail() {
        assertThatThrownBy(() -> new CatalogueFormatException(null, 1, 1, "x")).hasMessage("source must not be null");
        assertThatThrownBy(() -> new CatalogueFormatException("f", 1, 1, null)).hasMessage("detail must not be null");
    }
}
