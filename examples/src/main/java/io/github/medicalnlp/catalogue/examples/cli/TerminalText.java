package io.github.medicalnlp.catalogue.examples.cli;

import io.github.medicalnlp.catalogue.table.internal.CellText;
import java.io.PrintWriter;

/**
 * Text from documents and file names made safe to print to a terminal: a control character can never
 * reach the terminal and start an escape sequence (colours, cursor moves, OSC title or clipboard
 * writes, hyperlinks), move the cursor back over what was printed, or forge a line.
 *
 * <p>C0 controls and DEL become their Unicode control pictures ({@code ESC} → {@code ␛}, {@code CR} →
 * {@code ␍}); C1 controls (U+0080–U+009F, among them CSI U+009B and OSC U+009D), the bidirectional
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators become
 * {@code <U+009B>}. Every human-readable output of the tool goes through here; JSON, JSON Lines, CSV
 * and Markdown outputs are data, written as they are.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** Text that may span lines: tab and line feed kept, every other control neutralised. */
    static String text(String s) {
        return clean(s, true);
    }

    /** Text for one line: tab and line feed neutralised too, so that it can never forge a new line. */
    static String line(String s) {
        return clean(s, false);
    }

    /** Prints {@code medical-nlp: <message>} as one line. */
    static void error(PrintWriter err, String message) {
        err.println("medical-nlp: " + line(message));
        err.flush();
    }

    private static String clean(String s, boolean multiline) {
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i), multiline)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c, multiline)) {
                out.append(c);
            } else {
                CellText.appendVisible(out, c); // the library's form, as in its tables and summaries
            }
        }
        return out.toString();
    }

    private static boolean unsafe(char c, boolean multiline) {
        if (c < 0x20) {
            return !(multiline && (c == '\n' || c == '\t'));
        }
        return (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }
}
