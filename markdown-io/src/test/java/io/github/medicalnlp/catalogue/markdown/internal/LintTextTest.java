package io.github.medicalnlp.catalogue.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.medicalnlp.catalogue.markdown.Scaling;
import org.junit.jupiter.api.Test;

/**
 * The linter's scanners of heading and Contents text and its search for URLs answer as the regular
 * expressions and {@code indexOf} searches they replace, on generated strings made of the pieces that
 * matter (seeded; -Dfuzz.seed), and take time linear in their input on the inputs that made those
 * quadratic: long runs of one character or token.
 */
class LintTextTest {

    private static final Pattern ANCHOR_LINK = Pattern.compile("]\\(#([^)\\s]*)\\)");
    private static final String[] PIECES = {"#", "##", "###", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000B", "\f",
        "\u0085", "\u2028", "\u00A0", "!", "[", "]", "(", ")", "![", "](", "](#", "*", "`", "a", "b c", "中文", "%",
        "%41", "%e4%b8%ad", "%zz", "%-1", "%+4", "+", "=", "-", "\uFEFF", "\uD83D\uDE00"};

    /** The expressions {@link LintText#headingText} replaces, as the linter applied them. */
    private static String headingTextByExpressions(String line) {
        String t = line.strip();
        t = t.replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s*#*$", "");
        t = t.replaceAll("!\\[[^\\]]*]\\([^)]*\\)", "").replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("[*`]", "");
        return t.strip();
    }

    private static String generated(Random r, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(pieces); n > 0; n--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void theScannersAnswerAsTheExpressionsDo() {
        Random r = new Random(Long.getLong("fuzz.seed", 12L));
        for (int i = 0; i < 50_000; i++) {
            String s = generated(r, 14);
            assertThat(LintText.headingText(s)).as("heading text of [%s]", s).isEqualTo(headingTextByExpressions(s));
            assertThat(LintText.withoutClosingHashes(s)).as("closing hashes of [%s]", s)
                    .isEqualTo(s.replaceFirst("\\s*#*$", ""));
            int from = s.isEmpty() ? 0 : r.nextInt(s.length());
            int to = from + (s.length() == from ? 0 : r.nextInt(s.length() - from + 1));
            List<String> expected = new ArrayList<>();
            Matcher m = ANCHOR_LINK.matcher(s).region(from, to);
            while (m.find()) {
                expected.add(m.group(1) + "@" + m.start(1));
            }
            List<String> found = new ArrayList<>();
            LintText.anchorLinks(s, from, to, (anchor, at) -> found.add(anchor + "@" + at));
            assertThat(found).as("anchor links in [%s] from %d to %d", s, from, to).isEqualTo(expected);
        }
    }

    /** Each '%' that URLDecoder refuses replaced by "%25", then decoded by URLDecoder. */
    private static String leniently(String s) {
        String t = s.replace("+", "%2B");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean escape = false;
            if (c == '%' && i + 2 < t.length()) {
                try {
                    escape = Integer.parseInt(t, i + 1, i + 3, 16) >= 0;
                } catch (NumberFormatException e) {
                    escape = false;
                }
            }
            b.append(c == '%' && !escape ? "%25" : String.valueOf(c));
        }
        return URLDecoder.decode(b.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void anchorsDecodeAsUrlDecoderDoesAndKeepWhatItRefuses() {
        Random r = new Random(Long.getLong("fuzz.seed", 12L));
        int refused = 0;
        for (int i = 0; i < 50_000; i++) {
            String s = generated(r, 8);
            String expected;
            try {
                expected = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                refused++;
                assertThat(LintText.decodeAnchor(s)).as("[%s], which URLDecoder refuses", s).contains("%")
                        .isEqualTo(leniently(s));
                continue;
            }
            assertThat(LintText.decodeAnchor(s)).as("decoded [%s]", s).isEqualTo(expected);
        }
        assertThat(refused).as("generated anchors with broken escapes").isGreaterThan(500);
        assertThat(LintText.decodeAnchor("1-a%zz%e4%b8%ad%")).isEqualTo("1-a%zz中%");
    }

    @Test
    void urlSearchFindsTheFirstOccurrenceAsIndexOfDoes() {
        Random r = new Random(Long.getLong("fuzz.seed", 12L));
        String[] pieces = {"a", "b", "ab", "ba", "aab", "http://", "x.org", "/", "\n"};
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(20); n > 0; n--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int from = text.isEmpty() ? 0 : r.nextInt(text.length());
            int to = from + (text.length() == from ? 0 : r.nextInt(text.length() - from + 1));
            List<String> needles = new ArrayList<>();
            for (int n = r.nextInt(6); n > 0; n--) {
                StringBuilder needle = new StringBuilder();
                for (int k = r.nextInt(4); k > 0; k--) {
                    needle.append(pieces[r.nextInt(pieces.length)]);
                }
                needles.add(needle.toString());
            }
            Map<String, Integer> found = LintSearch.firstOccurrences(text, from, to, needles);
            for (String needle : needles) {
                int at = text.indexOf(needle, from);
                Integer expected = at >= 0 && at < to ? at : null;
                assertThat(found.get(needle)).as("[%s] in [%s] from %d to %d", needle, text, from, to)
                        .isEqualTo(expected);
            }
        }
    }

    private static void linear(Function<Integer, String> input, int n, Function<String, Object> f) {
        String sample = input.apply(2);
        Scaling.linear("input like [" + sample.substring(0, Math.min(40, sample.length())) + "]", input::apply, n, f);
    }

    @Test
    void headingTextTakesTimeLinearInTheHeading() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            linear(k -> "## 1. a" + "![a](".repeat(k) + "b", 12_500, LintText::headingText);
            linear(k -> "## 1. a" + "[a](".repeat(k) + "b", 12_500, LintText::headingText);
            linear(k -> "## 1. a" + "![a]".repeat(k) + "b", 12_500, LintText::headingText);
            linear(k -> "## a" + " ".repeat(k) + "b", 12_500, LintText::headingText);
            linear(k -> "## a" + " #".repeat(k) + "b", 12_500, LintText::headingText);
            linear(k -> "## a" + " \t".repeat(k) + "#\u0085", 12_500, LintText::headingText);
            linear(k -> "A title\n" + "=".repeat(k), 65_536, LintText::headingText);
            linear(k -> "A title\n" + "- ".repeat(k), 32_768, LintText::headingText);
            linear(k -> "* [a](#" + "](#".repeat(k), 12_500, s -> {
                LintText.anchorLinks(s, 0, s.length(), (a, at) -> { });
                return s;
            });
            linear(k -> "%".repeat(k) + "%41".repeat(k), 12_500, LintText::decodeAnchor);
        });
        assertThat(LintText.headingText("## 1. a" + "![a](".repeat(100_000) + "b")).startsWith("1. a![a](");
        assertThat(LintText.headingText("## a" + " ".repeat(100_000) + "b")).hasSize(100_002);
        assertThat(LintText.headingText("A title\n" + "=".repeat(1 << 20))).hasSize(8 + (1 << 20));
    }

    @Test
    void urlSearchTakesTimeLinearInTheTextAndTheUrls() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            // many URLs, each found late or not at all: one pass instead of one per URL
            linear(k -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < k; i++) {
                    b.append("[a](https://x.org/").append(i).append(") ");
                }
                return b.toString();
            }, 1_000, text -> {
                List<String> needles = new ArrayList<>();
                for (int i = text.length() / 25; i >= 0; i--) {
                    needles.add("https://x.org/" + i + ")");
                    needles.add("https://y.org/" + i);
                }
                return LintSearch.firstOccurrences(text, 0, text.length(), needles);
            });
            // a needle that almost matches everywhere: aaa...ab in aaa...a
            linear(k -> "a".repeat(k), 10_000, text -> LintSearch.firstOccurrences(text, 0, text.length(),
                    List.of("a".repeat(text.length() / 2) + "b", "a".repeat(text.length() / 3) + "b")));
        });
    }
}
