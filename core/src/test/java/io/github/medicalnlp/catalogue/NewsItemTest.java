package io.github.medicalnlp.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NewsItemTest {

    @Test
    void keepsTheDateAsWritten() {
        NewsItem item = NewsItem.of("2024/11/14之前", "此repo现由……继续维护。");
        assertThat(item.date()).isEqualTo("2024/11/14之前");
        assertThat(item).isEqualTo(new NewsItem("2024/11/14之前", "此repo现由……继续维护。"));
        assertThat(NewsItem.of("", "undated").date()).isEmpty();
    }

    @Test
    void rejectsNullAndBlankText() {
        assertThatThrownBy(() -> NewsItem.of(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
        assertThatThrownBy(() -> NewsItem.of("2024", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must not be blank");
    }
}
