package io.github.medicalnlp.catalogue.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.medicalnlp.catalogue.table.internal.DisplayWidth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attacks on issue 16's {@link Table}: hostile cells in every format, tiny widths, big tables, equality, threads. */
class Issue16TableAttackTest {

    private static final List<String> HEADER = List.of("name", "url");

    private static Table table(String... cells) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i += 2) {
            rows.add(List.of(cells[i], cells[i + 1]));
        }
        return Table.of(HEADER, rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>",
            "vbscript:x", "https:javascript:alert(1)", "https:/\\evil", "//evil.example", "https://", "https:///x",
            "http://a\"onmouseover=\"alert(1)", "https://a'><script>alert(1)</script>", "https://a\nb",
            "https://a\u2028javascript:x", "\u202Ehttps://a", "https://a&#106;avascript"})
    void onlyHttpAddressesBecomeLinksAndNothingLeavesTheAttribute(String cell) {
        String html = table("<b>x</b>", cell).toHtml();
        assertThat(html).doesNotContain("<b>", "<script", "onmouseover=\"", "'>", "href=\"javascript",
                "href=\"JAVASCRIPT", "href=\" ", "href=\"data", "href=\"vbscript", "href=\"//", "&#106;");
        for (String line : html.split("\n")) {
            if (line.contains("href=")) {
                assertThat(line).containsPattern("href=\"https?://[^/\" ]");
            }
        }
    }

    @Test
    void htmlEscapesTheHeaderToo() {
        Table t = Table.of(List.of("<th onclick=x>", "&amp;"), List.of(List.of("a", "b")));
        assertThat(t.toHtml()).contains("&lt;th onclick=x&gt;", "&amp;amp;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a | b", "`code`", "**bold**", "_em_", "[x](javascript:alert(1))", "![i](https://e/x.png)",
            "<img src=x onerror=alert(1)>", "~~s~~", "$x$", "&lt;", "\\|", "line\nbreak", "--- |", "<https://e.org>",
            "[^1]", "&#x3C;script&#x3E;"})
    void markdownCellsAreShownAsText(String cell) {
        String md = table(cell, "x").toMarkdown();
        String row = md.lines().skip(2).findFirst().orElseThrow();
        // one row, two cells: unescaped pipes are the 3 separators only
        assertThat(row.replace("\\\\", "").replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(3);
        assertThat(md.lines().count()).isEqualTo(3);
        String cellText = row.substring(2, row.length() - " | x |".length());
        for (int i = 0; i < cellText.length(); i++) {
            char c = cellText.charAt(i);
            if ("[]<*~$`|".indexOf(c) >= 0 || c == '&' && cellText.indexOf(';', i) > 0
                    || c == '_' && (i == 0 || !Character.isLetterOrDigit(cellText.charAt(i - 1)))) {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && cellText.charAt(j) == '\\'; j--) {
                    backslashes++;
                }
                boolean br = cellText.startsWith("<br>", i);
                assertThat(backslashes % 2 == 1 || br).as("%s at %d of %s", c, i, cellText).isTrue();
                if (br) {
                    i += 3;
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 10, 13})
    void everyLineFitsEvenTinyWidths(int width) {
        Table t = table("中文医疗对话数据集", "https://github.com/Toyhom/Chinese-medical-dialogue-data",
                "🩺🚑💊🏥", "https://example.org/" + "x".repeat(100), "e\u0301\u0301\u0301", "", "", "z");
        for (String line : t.toText(width).split("\n", -1)) {
            assertThat(DisplayWidth.of(line)).as("%s at %d", line, width).isLessThanOrEqualTo(width);
            assertNoLoneSurrogate(line);
        }
    }

    @Test
    void widthZeroOrLessIsRefused() {
        assertThatThrownBy(() -> table("a", "b").toText(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table("a", "b").toText(Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileTextCellsStayOneRowOneLine() {
        Table t = table("a\r\nb\u2028c\u2029d\u0085e\u000Bf\u000Cg", "\u001B[2J\u0007\u202E\uD800x\uDC00");
        String text = t.toText();
        assertThat(text.lines().count()).isEqualTo(2);
        assertThat(text).doesNotContain("\u001B", "\u0007", "\u202E", "\u0085", "\u000B", "\u000C");
        assertNoLoneSurrogate(text);
        assertNoLoneSurrogate(t.toMarkdown());
        assertNoLoneSurrogate(t.toHtml());
    }

    /**
     * Emoji a medical list uses are wide in every terminal (East Asian Width W since Unicode 9/12): 🚑 U+1F691,
     * 🩺 U+1FA7A, 🩻 U+1FA7B, 🫀 U+1FAC0, ⚕️ with its variation selector; DisplayWidth counted U+1F680–U+1F6FF and
     * U+1FA70–U+1FAFF as one column, so a table holding them was misaligned by one column per emoji.
     */
    @ParameterizedTest
    @ValueSource(strings = {"🚑", "🩺", "🩻", "🫀", "🚀", "⌚", "☕", "✅", "❌", "⭐"})
    void wideEmojiTakeTwoColumns(String emoji) {
        assertThat(DisplayWidth.of(emoji)).isEqualTo(2);
    }

    /**
     * A ZWJ sequence or an emoji with a skin-tone modifier shows as one glyph two columns wide: 👩‍⚕️ (woman health
     * worker) was measured 3 and 👨‍👩‍👧 6.
     */
    @ParameterizedTest
    @ValueSource(strings = {"👩\u200D⚕\uFE0F", "👨\u200D👩\u200D👧", "👍🏽", "🧑🏻\u200D⚕\uFE0F"})
    void emojiSequencesTakeTwoColumns(String emoji) {
        assertThat(DisplayWidth.of(emoji)).isEqualTo(2);
    }

    @Test
    void wideAndCombiningCellsLineUp() {
        Table t = Table.of(List.of("a", "b"), List.of(List.of("中文", "x"), List.of("ab", "y"), List.of("e\u0301e\u0301", "z"),
                List.of("🩺🩺", "w")));
        List<String> lines = t.toText().lines().toList();
        int column = DisplayWidth.of(lines.get(1).substring(0, lines.get(1).indexOf('x')));
        for (String line : lines.subList(2, lines.size())) {
            int at = line.length() - 1;
            assertThat(DisplayWidth.of(line.substring(0, at))).as(line).isEqualTo(column);
        }
    }

    @Test
    void aMegabyteCellAndAHundredThousandRowsAreLinear() {
        String mb = "中".repeat(1 << 19) + "&<|*".repeat(1 << 17);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(mb, "https://example.org/" + mb));
        for (int i = 0; i < 100_000; i++) {
            rows.add(List.of("row" + i, "https://example.org/" + i));
        }
        Table t = Table.of(HEADER, rows);
        long start = System.nanoTime();
        String cut = t.toText(80);
        long textMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        String md = t.toMarkdown();
        long mdMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        String html = t.toHtml();
        long htmlMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        String whole = t.toString(); // what JShell echoes: every row was padded to the megabyte cell (150 GB, OOM)
        long wholeMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(List.of(textMs, mdMs, htmlMs, wholeMs)).allSatisfy(ms -> assertThat(ms).isLessThan(4000));
        assertThat(cut.lines().mapToInt(DisplayWidth::of).max().orElseThrow()).isLessThanOrEqualTo(80);
        assertThat(md).hasSizeGreaterThan(mb.length());
        assertThat(html).hasSizeGreaterThan(mb.length());
        assertThat((long) whole.length()).isLessThan(100_002L * 4097);
        assertThat(whole.lines().count()).isEqualTo(100_002);
    }

    @Test
    void equalityIsByValueAndTheTableIsImmutable() {
        List<List<String>> rows = new ArrayList<>(List.of(new ArrayList<>(List.of("a", "b"))));
        Table t = Table.of(HEADER, rows);
        rows.get(0).set(0, "changed");
        rows.add(List.of("c", "d"));
        assertThat(t).isEqualTo(table("a", "b")).hasSameHashCodeAs(table("a", "b"));
        assertThat(t).isNotEqualTo(table("a", "c"));
        assertThatThrownBy(() -> t.rows().get(0).set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.header().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badShapesAreRefusedNamingTheRow() {
        assertThatThrownBy(() -> Table.of(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.of(HEADER, List.of(List.of("a")))).hasMessageContaining("rows[0]");
        List<String> withNull = new ArrayList<>(List.of("a", "b"));
        withNull.set(1, null);
        assertThatThrownBy(() -> Table.of(HEADER, List.of(List.of("a", "b"), withNull)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("rows[1]");
    }

    @Test
    void renderingFromManyThreadsGivesOneAnswer() throws Exception {
        Table t = table("中文医疗对话数据集", "https://github.com/Toyhom/Chinese-medical-dialogue-data", "x<y", "a|b");
        String text = t.toText(30);
        String md = t.toMarkdown();
        String html = t.toHtml();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> t.toText(30).equals(text) && t.toMarkdown().equals(md)
                        && t.toHtml().equals(html)));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertNoLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
                assertThat(Character.isSurrogate(c)).as("lone surrogate at %d", i).isFalse();
            }
        }
    }
}
