package io.github.medicalnlp.catalogue.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectionChangeTest {

    @Test
    void theSidesMustFitTheType() {
        assertThatThrownBy(() -> new SectionChange(ChangeType.RENAMED, Optional.of("1"), Optional.of("1"),
                Optional.of("a"), Optional.of("a"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a section change of type renamed has the wrong sides");
        assertThatThrownBy(() -> new SectionChange(ChangeType.CHANGED, Optional.of("1"), Optional.of("1"),
                Optional.of("a"), Optional.of("b"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SectionChange(ChangeType.ADDED, Optional.empty(), null,
                Optional.empty(), Optional.of("b"))).hasMessage("pathAfter must not be null");
    }

    @Test
    void describesItself() {
        SectionChange renamed = new SectionChange(ChangeType.RENAMED, Optional.of("3 > 3.1"), Optional.of("3 > 3.1"),
                Optional.of("中文"), Optional.of("中文数据集"));
        assertThat(renamed.path()).isEqualTo("3 > 3.1");
        assertThat(renamed.title()).isEqualTo("中文数据集");
        assertThat(renamed).hasToString("~ section 3 > 3.1: 中文 -> 中文数据集");
    }
}
