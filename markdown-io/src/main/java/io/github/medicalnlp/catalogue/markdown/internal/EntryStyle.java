package io.github.medicalnlp.catalogue.markdown.internal;

import java.util.List;

/**
 * How an entry was written, so that a new or changed entry can be written like its neighbours. Each
 * style renders an entry to complete lines (see {@link EntryRenderer}).
 */
public sealed interface EntryStyle {

    /** The line ending of the entry's lines. */
    String eol();

    /**
     * A bullet with the name on its line, then child bullets {@code label：value} and star badges,
     * as in the seed; or, when {@code linkedName}, a classic awesome-list item
     * {@code - [Name](url) - description}.
     *
     * @param indent white space before the marker
     * @param marker {@code *}, {@code -} or {@code +}
     * @param afterMarker white space after the marker
     * @param nameSuffix text written after the name, e.g. {@code ：}
     * @param afterHead the blank lines between the name line and the first child, verbatim
     * @param childIndent white space before a child marker
     * @param childMarker the child bullet marker
     * @param colon the colon after a label, {@code ：} or {@code :}
     * @param badges whether a link to the entry's own GitHub repository gets a star badge line
     *     ({@code EntryText#starBadge})
     * @param badgeIndent white space before a badge
     * @param linkedName whether the name is written as a link (classic items)
     * @param angle whether classic destinations are written in angle brackets
     * @param separator text between a classic item's link and its description
     * @param eol the line ending
     */
    record Bullet(String indent, String marker, String afterMarker, String nameSuffix, String afterHead,
            String childIndent, String childMarker, String colon, boolean badges, String badgeIndent,
            boolean linkedName, boolean angle, String separator, String eol) implements EntryStyle {

        /** The house style of the seed README. */
        public static final Bullet SEED = new Bullet("", "*", " ", "", "", "  ", "*", "：", true, "    ",
                false, false, " - ", "\n");

        /** The house style of the list's English edition: the seed's, with an ASCII colon after a label. */
        public static final Bullet ENGLISH = new Bullet("", "*", " ", "", "", "  ", "*", ": ", true, "    ",
                false, false, " - ", "\n");
    }

    /**
     * An item of a numbered list: {@code N. name  论文地址：url}, {@code N. name [论文地址](url)} or
     * {@code N. [name](url)}.
     *
     * @param indent white space before the number
     * @param number the item's number
     * @param delimiter {@code .} or {@code )}
     * @param afterMarker white space after the delimiter
     * @param linkedName whether the name is written as a link
     * @param labelColon whether a labelled link is written {@code label：url} rather than {@code [label](url)}
     * @param separator white space between the name and a link, and between links
     * @param eol the line ending
     */
    record Numbered(String indent, int number, String delimiter, String afterMarker, boolean linkedName,
            boolean labelColon, String separator, String eol) implements EntryStyle {
    }

    /**
     * A row of a GFM table whose first column names the entry.
     *
     * @param columns the header of each column, as plain text
     * @param codeName whether the name is written as code ({@code `HuatuoGPT`})
     * @param bracketed whether links are written {@code [[label](url)]}
     * @param empty the text of an empty cell, e.g. {@code -}
     * @param eol the line ending
     */
    record TableRow(List<String> columns, boolean codeName, boolean bracketed, String empty, String eol)
            implements EntryStyle {
    }

    /**
     * An entry written as its own heading, followed by paragraphs {@code label：value} (the 2020 and 2023
     * lists): a new entry beside such entries is written so too, at the same level, because a list item
     * after them would be read as part of the entry before it.
     *
     * @param level the heading level, 3 to 6
     * @param colon the colon after a label, {@code ：} or {@code :}
     * @param eol the line ending
     */
    record Heading(int level, String colon, String eol) implements EntryStyle {
    }

    /**
     * An entry written as a paragraph that is only its bold name, {@code **Name**}, followed by paragraphs
     * {@code [论文地址](url)}, {@code 论文概要：…}, quotes, up to the next such name or heading (the papers of
     * the 2020 and 2023 lists).
     *
     * @param colon the colon after a label, {@code ：} or {@code :}
     * @param eol the line ending
     */
    record BoldTitle(String colon, String eol) implements EntryStyle {
    }

    /**
     * An entry written as a paragraph that starts with its linked name, {@code [Name](url)}, optionally
     * followed on the paragraph by text and more links, as a classic item without its marker (the products,
     * blogs and links of the 2020 to 2023 lists).
     *
     * @param separator the text between the link and a description, e.g. {@code  - }
     * @param eol the line ending
     */
    record LinkParagraph(String separator, String eol) implements EntryStyle {
    }
}
