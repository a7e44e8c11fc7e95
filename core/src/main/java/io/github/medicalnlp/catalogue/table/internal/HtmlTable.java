package io.github.medicalnlp.catalogue.table.internal;

import java.util.List;

/**
 * A table as an HTML {@code <table>} with a {@code <thead>} and a {@code <tbody>}, one element per line. Every
 * cell is {@linkplain CellText#clean cleaned} and escaped ({@code & < > " '} as character references), so that
 * no text of a cell can open an element or leave an attribute; a line break becomes {@code <br>}. A cell that is
 * one {@code http} or {@code https} address, and nothing else, becomes a link to it: {@code href} holds the same
 * escaped text, so no other scheme ({@code javascript:}) can become a link. Linear in the size of the table.
 */
public final class HtmlTable {

    private HtmlTable() {
    }

    /** The table in HTML. */
    public static String render(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder("<table>\n<thead>\n");
        row(out, header, "th");
        out.append("</thead>\n<tbody>\n");
        for (List<String> row : rows) {
            row(out, row, "td");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private static void row(StringBuilder out, List<String> cells, String tag) {
        out.append("<tr>");
        for (String cell : cells) {
            String text = CellText.clean(cell);
            out.append('<').append(tag).append('>');
            if (tag.equals("td") && isAddress(text)) {
                out.append("<a href=\"");
                escape(out, text);
                out.append("\">");
                escape(out, text);
                out.append("</a>");
            } else {
                escape(out, text);
            }
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
    }

    /** Whether the text is one http(s) address: the scheme, a host, and no space or break anywhere. */
    private static boolean isAddress(String s) {
        String rest = s.regionMatches(true, 0, "https://", 0, 8) ? s.substring(8)
                : s.regionMatches(true, 0, "http://", 0, 7) ? s.substring(7) : null;
        if (rest == null || rest.isEmpty() || rest.charAt(0) == '/') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
    }
}
