package io.github.medicalnlp.catalogue.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Language;
import io.github.medicalnlp.catalogue.SeedSample;
import io.github.medicalnlp.catalogue.flat.Column;
import io.github.medicalnlp.catalogue.query.Match;
import io.github.medicalnlp.catalogue.query.Query;
import io.github.medicalnlp.catalogue.table.internal.DisplayWidth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final Table SMALL = Table.of(List.of("name", "kind", "languages"), List.of(
            List.of("CBLUE", "dataset", "zh"),
            List.of("中文医疗", "dataset", "zh, en")));

    private static Table one(String... cells) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            header.add("c" + i);
        }
        return Table.of(header, List.of(List.of(cells)));
    }

    private static List<String> lines(String text) {
        assertThat(text).endsWith("\n");
        return Arrays.asList(text.split("\n", -1)).subList(0, text.split("\n", -1).length - 1);
    }

    @Test
    void smallTableAsText() {
        assertThat(SMALL.toText()).isEqualTo(""
                + "name      kind     languages\n"
                + "CBLUE     dataset  zh\n"
                + "中文医疗  dataset  zh, en\n");
        assertThat(SMALL.toString()).isEqualTo(SMALL.toText());
    }

    @Test
    void smallTableAsMarkdown() {
        assertThat(SMALL.toMarkdown()).isEqualTo(""
                + "| name | kind | languages |\n"
                + "| --- | --- | --- |\n"
                + "| CBLUE | dataset | zh |\n"
                + "| 中文医疗 | dataset | zh, en |\n");
    }

    @Test
    void smallTableAsHtml() {
        assertThat(SMALL.toHtml()).isEqualTo(""
                + "<table>\n"
                + "<thead>\n"
                + "<tr><th>name</th><th>kind</th><th>languages</th></tr>\n"
                + "</thead>\n"
                + "<tbody>\n"
                + "<tr><td>CBLUE</td><td>dataset</td><td>zh</td></tr>\n"
                + "<tr><td>中文医疗</td><td>dataset</td><td>zh, en</td></tr>\n"
                + "</tbody>\n"
                + "</table>\n");
    }

    @Test
    void smallTableCutToTwentyColumns() {
        // natural width 28; the budget of 16 for cells gives a common cap of 5, and the first wide column 6
        assertThat(SMALL.toText(20)).isEqualTo(""
                + "name   kind   lang…\n"
                + "CBLUE  data…  zh\n"
                + "中文…  data…  zh, …\n");
        assertThat(SMALL.toText(28)).isEqualTo(SMALL.toText());
        assertThat(SMALL.toText(Integer.MAX_VALUE)).isEqualTo(SMALL.toText());
    }

    @Test
    void chineseTextKeepsTheColumnsStraight() {
        Table t = Table.of(List.of("name", "kind", "end"), List.of(
                List.of("中文医疗对话数据集", "dataset", "|"),
                List.of("Huatuo-26M", "数据集", "|"),
                List.of("cMedQA2 (108K)", "ｆｕｌｌ", "|"),
                List.of("e\u0301te\u0301", "한국어", "|")));
        List<String> lines = lines(t.toText());
        assertThat(lines).hasSize(5);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(DisplayWidth.of(line)).as(line).isEqualTo(18 + 2 + 8 + 2 + 1); // ｆｕｌｌ is 8 columns wide
            assertThat(line).endsWith("|");
        }
        assertThat(DisplayWidth.of("中文")).isEqualTo(4);
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("\uD83D\uDE00")).isEqualTo(2);
    }

    @Test
    void markdownEscapesWhatGfmWouldReadAsMarkup() {
        assertThat(one("a|b", "back\\slash", "<b>*x*</b>", "snake_case _em_", "R&D &amp; &#38;").toMarkdown())
                .endsWith("| a\\|b | back\\\\slash | \\<b>\\*x\\*\\</b> | snake_case \\_em\\_ | R&D \\&amp; \\&#38; |\n");
        assertThat(one("`code` [link](u) ~~s~~ $x$").toMarkdown())
                .endsWith("| \\`code\\` \\[link\\](u) \\~\\~s\\~\\~ \\$x\\$ |\n");
        assertThat(one("\\|").toMarkdown()).endsWith("| \\\\\\| |\n");
    }

    @Test
    void markdownCellsStayOnOneLine() {
        String md = one("line 1\nline 2\r\nline 3\rline 4\u2028end", "a\tb", "esc\u001b[31m").toMarkdown();
        assertThat(md).endsWith("| line 1<br>line 2<br>line 3<br>line 4<br>end | a b | esc␛\\[31m |\n");
        assertThat(lines(md)).hasSize(3);
    }

    @Test
    void htmlEscapesEveryCell() {
        String html = Table.of(List.of("<th>"), List.of(List.of("<script>alert('x' & \"y\")</script>"))).toHtml();
        assertThat(html).contains("<tr><th>&lt;th&gt;</th></tr>")
                .contains("<tr><td>&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;</td></tr>")
                .doesNotContain("<script>");
        assertThat(one("a\nb\u0007").toHtml()).contains("<td>a<br>b␇</td>");
    }

    @Test
    void htmlLinksOnlyWholeHttpAddresses() {
        assertThat(one("https://example.org/a?b=1&c=\"d\"").toHtml())
                .contains("<td><a href=\"https://example.org/a?b=1&amp;c=&quot;d&quot;\">"
                        + "https://example.org/a?b=1&amp;c=&quot;d&quot;</a></td>");
        assertThat(one("HTTP://example.org").toHtml()).contains("<a href=\"HTTP://example.org\">");
        for (String notLink : List.of("javascript:alert(1)", "https://", "https:///x", "see https://example.org",
                "https://example.org x", "data:text/html,<b>")) {
            assertThat(one(notLink).toHtml()).as(notLink).doesNotContain("<a ");
        }
    }

    @Test
    void textNeutralisesBreaksTabsAndControls() {
        Table t = Table.of(List.of("a", "b"), List.of(
                List.of("one\ntwo\r\nthree", "x\ty"),
                List.of("\u001b]0;title\u0007", "\u202Egnp.exe\u0085"),
                List.of("del\u007f", "lone \uD800 surrogate")));
        assertThat(t.toText()).isEqualTo(""
                + "a              b\n"
                + "one two three  x y\n"
                + "␛]0;title␇     <U+202E>gnp.exe<U+0085>\n"
                + "del␡           lone \uFFFD surrogate\n");
    }

    @Test
    void cuttingNeverExceedsTheWidthNorSplitsACharacter() {
        Table t = Table.of(List.of("名称", "表情", "url"), List.of(
                List.of("中文医疗对话数据集中文医疗对话数据集", "😀😃😄😁😆😅🤣😂🙂🙃", "https://github.com/FreedomIntelligence/Huatuo-26M"),
                List.of("e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301", "𠀀𠀁𠀂𠀃", "x"),
                List.of("", "", "")));
        for (int max = 1; max <= 120; max++) {
            String text = t.toText(max);
            List<String> lines = lines(text);
            assertThat(lines).hasSize(4);
            for (String line : lines) {
                assertThat(DisplayWidth.of(line)).as("width %d: %s", max, line).isLessThanOrEqualTo(max);
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(Character.isLowSurrogate(text.charAt(++i))).as("width %d", max).isTrue();
                } else {
                    assertThat(Character.isLowSurrogate(c)).as("width %d", max).isFalse();
                }
            }
            assertThat(lines.get(2)).as("a mark stays with its letter").doesNotContain("e…");
        }
        assertThat(t.toText(1)).isEqualTo("…\n…\n…\n…\n");
    }

    @Test
    void aTableOfMatchesHasTheDefaultColumns() {
        Catalogue seed = SeedSample.catalogue();
        List<Match> found = seed.query().kind(Kind.DATASET).language(Language.CHINESE).text("问答").list();
        Table t = Table.of(found);
        assertThat(t.header()).containsExactly("name", "kind", "languages", "section_path", "primary_url");
        assertThat(Table.defaultColumns()).containsExactly(Column.NAME, Column.KIND, Column.LANGUAGES,
                Column.SECTION_PATH, Column.PRIMARY_URL);
        assertThat(t.size()).isEqualTo(5);
        assertThat(t.rows().get(0)).containsExactly("Huatuo-26M", "dataset", "zh", "3 > 3.1",
                "https://github.com/FreedomIntelligence/Huatuo-26M");
        assertThat(t.toText().lines().toList().get(2)).isEqualTo(
                "中文医疗对话数据集        dataset  zh         3 > 3.1       https://github.com/Toyhom/Chinese-medical-dialogue-data");
    }

    @Test
    void aQueryGivesItsTableAndEntriesOutsideACatalogueHaveOne() {
        Catalogue seed = SeedSample.catalogue();
        Query q = seed.query().kind(Kind.DATASET).language(Language.CHINESE).text("问答");
        assertThat(q.table()).isEqualTo(Table.of(q.list())).hasToString(Table.of(q.list()).toText());
        assertThat(q.table(Column.NAME, Column.TASKS)).isEqualTo(Table.of(q.list(), Column.NAME, Column.TASKS));
        Table entries = Table.ofEntries(q.entries());
        assertThat(entries.header()).isEqualTo(Table.of(q.list()).header());
        assertThat(entries.rows().get(0)).containsExactly("Huatuo-26M", "dataset", "zh", "",
                "https://github.com/FreedomIntelligence/Huatuo-26M");
        assertThat(Table.ofEntries(q.entries(), Column.ID).rows().get(0)).containsExactly("huatuo-26m");
        assertThatThrownBy(() -> Table.ofEntries(q.entries(), new Column[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.ofEntries(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aTableOfMatchesWithChosenColumns() {
        List<Match> found = SeedSample.catalogue().query().text("对话").limit(2).list();
        Table t = Table.of(found, Column.ID, Column.TASKS, Column.DESCRIPTION, Column.NAME_EN);
        assertThat(t.header()).containsExactly("id", "tasks", "description", "name_en");
        assertThat(t.rows().get(0)).containsExactly("3.1/中文医疗对话数据集", "question-answering, dialogue",
                "包含六个科室的医学问答数据", "");
        assertThatThrownBy(() -> Table.of(found, new Column[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Table.of(matches)");
        assertThatThrownBy(() -> Table.of(found, Column.ID, null))
                .isInstanceOf(NullPointerException.class).hasMessage("columns[1] must not be null");
        assertThat(Table.of(List.of()).toText()).isEqualTo("name  kind  languages  section_path  primary_url\n");
    }

    @Test
    void cellsAreCheckedAndCopied() {
        assertThatThrownBy(() -> Table.of(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rows[0] has 1 cells, the header 2");
        assertThatThrownBy(() -> Table.of(List.of("a"), List.of(List.of("1"), Arrays.asList((String) null))))
                .isInstanceOf(NullPointerException.class).hasMessage("rows[1][0] must not be null");
        assertThatThrownBy(() -> Table.of(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one column");
        assertThatThrownBy(() -> Table.of(List.of("a"), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SMALL.toText(0)).isInstanceOf(IllegalArgumentException.class);
        List<String> row = new ArrayList<>(List.of("x"));
        Table t = Table.of(List.of("a"), List.of(row));
        row.set(0, "changed");
        assertThat(t.rows().get(0)).containsExactly("x");
        assertThatThrownBy(() -> t.rows().get(0).set(0, "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(t).isEqualTo(Table.of(List.of("a"), List.of(List.of("x")))).hasSameHashCodeAs(
                Table.of(List.of("a"), List.of(List.of("x"))));
        assertThat(t).isNotEqualTo(Table.of(List.of("b"), List.of(List.of("x"))));
    }

    @Test
    void aHundredThousandRowsRenderInLinearTime() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            rows.add(List.of("名称" + i, i % 2 == 0 ? "dataset" : "model", "https://example.org/" + i + "|&<"));
        }
        Table t = Table.of(List.of("name", "kind", "url"), rows);
        assertThat(lines(t.toText()).size()).isEqualTo(100_001);
        List<String> cut = lines(t.toText(30));
        assertThat(cut.size()).isEqualTo(100_001);
        assertThat(cut.stream().filter(l -> DisplayWidth.of(l) > 30).count()).isZero();
        assertThat(lines(t.toMarkdown()).size()).isEqualTo(100_002);
        assertThat(lines(t.toHtml()).size()).isEqualTo(100_007);
    }

    @Test
    void twoThreadsRenderTheSameTable() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(List.of("中文" + i, "a|b" + i, "<x>"));
        }
        Table t = Table.of(List.of("a", "b", "c"), rows);
        Callable<String> render = () -> t.toText() + t.toText(25) + t.toMarkdown() + t.toHtml();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = pool.invokeAll(List.of(render, render, render, render));
            String first = results.get(0).get();
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(first);
            }
            assertThat(first).isEqualTo(render.call());
        } finally {
            pool.shutdownNow();
        }
    }
}
