package io.github.medicalnlp.catalogue.markdown.internal.read;

import io.github.medicalnlp.catalogue.markdown.internal.Labels;
import io.github.medicalnlp.catalogue.markdown.internal.Urls;
import java.util.ArrayList;
import java.util.List;

/**
 * What a piece of an entry's text is, as the recognisers ask it: a label with a value, a link text that
 * is a label rather than a name, addresses written as text, the colon of an address's scheme. Each answer
 * is a linear scan of the text.
 */
final class LabelText {

    private LabelText() {
    }

    /**
     * Where the value starts in {@code text} (as read) after {@code label}, blanks and a colon: the index
     * after the colon, or -1 when the text does not start so.
     */
    static int valueAfter(String text, String label) {
        if (!text.startsWith(label)) {
            return -1;
        }
        int k = label.length();
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '：') ? k + 1 : -1;
    }

    /**
     * Whether the colon before {@code valueStart} is an address's: the label ends with {@code http} or
     * {@code https} and {@code //} follows, as in {@code 详细对比请参考 https://…}, which is text, not a label.
     */
    static boolean isScheme(String label, String text, int valueStart) {
        if (!text.startsWith("//", valueStart)) {
            return false; // the usual label: no address follows, its own text need not be looked at
        }
        String l = label.stripTrailing().toLowerCase(java.util.Locale.ROOT);
        return l.endsWith("http") || l.endsWith("https");
    }

    /**
     * Whether a paragraph's source is {@code label：value} with a value on the label's line: the label as
     * {@link Labels#read} reads it, not an address's scheme ({@code https:}).
     */
    static boolean isLabelWithValue(String raw) {
        Labels.Label label = Labels.read(raw);
        if (label == null || isScheme(label.label(), raw, label.valueStart())) {
            return false;
        }
        for (int k = label.valueStart(); k < raw.length() && raw.charAt(k) != '\n' && raw.charAt(k) != '\r'; k++) {
            if (!Character.isWhitespace(raw.charAt(k))) {
                return true;
            }
        }
        return false;
    }


    /** Whether a paragraph is nothing but addresses separated by blanks, as written and as read. */
    static boolean onlyUrls(String raw, String plain) {
        int[] rawEnd = new int[1];
        int[] end = new int[1];
        List<String> written = leadingUrls(raw, rawEnd);
        return !written.isEmpty() && rawEnd[0] == raw.length() && leadingUrls(plain, end).size() == written.size()
                && end[0] == plain.length();
    }

    /**
     * The addresses at the start of {@code value}, separated by blanks, each a single address; {@code end[0]}
     * is set to where the text after them starts. Empty when the value does not start with one.
     */
    static List<String> leadingUrls(String value, int[] end) {
        List<String> urls = new ArrayList<>();
        int at = 0;
        while (at < value.length() && value.startsWith("http", at)) {
            int stop = at;
            while (stop < value.length() && !Character.isWhitespace(value.charAt(stop))) {
                stop++;
            }
            String url = value.substring(at, stop);
            if (!Urls.isUrlList(url) || Urls.urlTokens(url).size() != 1) {
                return List.of();
            }
            urls.add(url);
            at = stop;
            while (at < value.length() && Character.isWhitespace(value.charAt(at))) {
                at++;
            }
        }
        end[0] = at;
        return urls;
    }
}
