package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.table.Table;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Core's {@link Table#toMarkdown()}, read back by commonmark-java with the GFM tables extension (core cannot
 * depend on commonmark): every cell is one table cell whose text is the cell's text, no markup, a line break
 * the only HTML.
 */
class TableGfmTest {

    private static final List<String> CELLS = List.of(
            "a|b", "back\\slash", "\\|", "end\\", "\\", "|", "a\\\\|b", "||", "*em* _em_ **strong**", "`code` ``x``",
            "[link](https://x.org)", "![img](u)", "<b>html</b> <!-- c -->", "&amp; &#38; &copy; R&D &", "snake_case",
            "_lead", "trail_", "~~strike~~ ~x~", "$x$ $$y$$", "# not a heading", "- not a list", "> quote", "---",
            "line 1\nline 2", "tab\there", "中文 | 問答", "https://github.com/a/b_c?d=1&e=2", "<https://x.org>");

    @Test
    void gfmReadsEveryCellBackAsItsText() {
        List<List<String>> rows = new ArrayList<>();
        for (String cell : CELLS) {
            rows.add(List.of(cell, "x"));
        }
        Table table = Table.of(List.of("cell|header", "x"), rows);
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build()
                .parse(table.toMarkdown());
        List<List<String>> read = new ArrayList<>();
        for (Node block = document.getFirstChild().getFirstChild(); block != null; block = block.getNext()) {
            for (Node row = block.getFirstChild(); row != null; row = row.getNext()) {
                assertThat(row).isInstanceOf(TableRow.class);
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    assertThat(cell).isInstanceOf(TableCell.class);
                    cells.add(text(cell));
                }
                read.add(cells);
            }
        }
        assertThat(read.get(0)).containsExactly("cell|header", "x");
        for (int i = 0; i < CELLS.size(); i++) {
            String expected = CELLS.get(i).replace('\t', ' ').strip();
            assertThat(read.get(i + 1)).as(CELLS.get(i)).containsExactly(expected, "x");
        }
        assertThat(read).hasSize(CELLS.size() + 1);
    }

    /** The cell's text: text nodes as they are, {@code <br>} as a line break; any other node fails. */
    private static String text(Node cell) {
        StringBuilder out = new StringBuilder();
        for (Node n = cell.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof HtmlInline h && h.getLiteral().equals("<br>")) {
                out.append('\n');
            } else {
                throw new AssertionError("markup in a cell: " + n + " in " + cell);
            }
        }
        return out.toString();
    }
}
