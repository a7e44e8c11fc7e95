package io.github.medicalnlp.catalogue.markdown.internal;

/** Line endings as written: {@code \r\n}, {@code \r} or {@code \n}. */
public final class Lines {

    private Lines() {
    }

    /** The first line ending in the text, or null when it has none. */
    public static String firstEnding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return null;
    }

    /** The line ending a document uses: its first one, or {@code \n}. */
    public static String ending(String text) {
        String found = firstEnding(text);
        return found != null ? found : "\n";
    }
}
