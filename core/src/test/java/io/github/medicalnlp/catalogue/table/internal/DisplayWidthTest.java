package io.github.medicalnlp.catalogue.table.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void wideCharactersTakeTwoColumnsAndMarksNone() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("中文問答한국어")).isEqualTo(14);
        assertThat(DisplayWidth.of("ＱＡ")).isEqualTo(4);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("a\u200Bb\u200Dc")).isEqualTo(3);
        assertThat(DisplayWidth.of("\uD83D\uDE00\uFE0F")).isEqualTo(2);
        assertThat(DisplayWidth.of("\uD840\uDC00")).isEqualTo(2); // U+20000, CJK extension B
        assertThat(DisplayWidth.of("")).isZero();
    }

    @Test
    void cutKeepsWholeCharactersAndEndsWithAnEllipsis() {
        assertThat(DisplayWidth.cut("Huatuo-26M", 10)).isEqualTo("Huatuo-26M");
        assertThat(DisplayWidth.cut("Huatuo-26M", 6)).isEqualTo("Huatu…");
        assertThat(DisplayWidth.cut("中文医疗", 6)).isEqualTo("中文…");
        assertThat(DisplayWidth.cut("中文医疗", 4)).isEqualTo("中…");
        assertThat(DisplayWidth.cut("\uD83D\uDE00\uD83D\uDE00", 3)).isEqualTo("\uD83D\uDE00…");
        assertThat(DisplayWidth.cut("\uD83D\uDE00\uD83D\uDE00", 2)).isEqualTo("…");
        assertThat(DisplayWidth.cut("e\u0301e\u0301e\u0301", 2)).isEqualTo("e\u0301…");
        assertThat(DisplayWidth.cut("a\tb\nc", 5)).isEqualTo("a b c");
    }

    @Test
    void padFillsToTheWidth() {
        assertThat(DisplayWidth.pad("中文", 6)).isEqualTo("中文  ");
        assertThat(DisplayWidth.pad("abc", 2)).isEqualTo("abc");
    }
}
