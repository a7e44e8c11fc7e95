package io.github.medicalnlp.catalogue.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The written-out scanners of {@link Syntax} give what the regular expressions they replace gave, on
 * generated strings made of the pieces that matter (seeded; -Dfuzz.seed), and stay linear and free of
 * recursion on the long runs that made those expressions backtrack or overflow the stack.
 */
class SyntaxTest {

    private static final Pattern NUMBER = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d{1,3})*|[一二三四五六七八九十百]+)(?:[.、．](?!\\d)\\s*|\\s+)(?=\\S)");
    private static final Pattern ATX = Pattern.compile(
            "^( {0,3}#{1,6}[ \\t]+)(.*?)([ \\t]*#*[ \\t]*(?:\\r\\n|\\r|\\n)?)$", Pattern.DOTALL);
    private static final Pattern URL_LIST = Pattern.compile(
            "^https?://\\S+?(?:\\s*[;；,，、]\\s*https?://\\S+?)*\\s*[;；,，、]?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern SINGLE_LINK = Pattern.compile("(?s)^\\[.*]\\(.*\\)$");
    /** With {@code \z}: the reader's old {@code $} also matched before a final line break, a quirk not kept. */
    private static final Pattern TRAILING_COLONS = Pattern.compile("[：:]+\\z");

    private static final String[] NUMBER_PIECES = {"1", "12", "123", "1234", ".", "..", "、", "．", " ", "\t", "\n",
        "a", "一", "十", "百", "x", "\u3000", "0", "9", "\r", "\u000B"};
    private static final String[] ATX_PIECES = {"#", "##", " ", "  ", "\t", "a", "b c", "\n", "\r", "\r\n", "\\#",
        "1.", "\u0085", "\u2028", "x#"};
    private static final String[] URL_PIECES = {"http", "https", "://", "http://", "https://", "a", "x.com", ",",
        " ", "，", "、", ";", "；", "\t", "\n", "\u3000", "s", ":", "/", "\u0085"};
    private static final String[] INLINE_PIECES = {"![", "]", "(", ")", "[", "a", " ", "!", "](", "![a](b)", "\n",
        ":", "：", "x"};

    private static String generate(Random r, String[] pieces, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(max + 1); n > 0; n--) {
            b.append(pieces[r.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    @Test
    void sectionNumbersAreFoundAsTheExpressionFoundThem() {
        Random r = new Random(Long.getLong("fuzz.seed", 11L));
        for (int i = 0; i < 30_000; i++) {
            String s = generate(r, NUMBER_PIECES, 8);
            Matcher m = NUMBER.matcher(s);
            int[] found = Syntax.sectionNumber(s);
            if (m.find()) {
                assertThat(found).as("[%s]", s).containsExactly(m.end(1), m.end());
            } else {
                assertThat(found).as("[%s]", s).isNull();
            }
        }
    }

    @Test
    void atxTitlesAreFoundAsTheExpressionFoundThem() {
        Random r = new Random(Long.getLong("fuzz.seed", 12L));
        for (int i = 0; i < 30_000; i++) {
            String s = generate(r, ATX_PIECES, 8);
            Matcher m = ATX.matcher(s);
            int[] found = Syntax.atxTitle(s);
            if (m.matches() && !m.group(2).contains("\n")) {
                assertThat(found).as("[%s]", s).containsExactly(m.start(2), m.end(2));
            } else {
                assertThat(found).as("[%s]", s).isNull();
            }
        }
    }

    @Test
    void urlListsAreRecognisedAsTheExpressionRecognisedThem() {
        Random r = new Random(Long.getLong("fuzz.seed", 13L));
        for (int i = 0; i < 50_000; i++) {
            String s = generate(r, URL_PIECES, 9);
            assertThat(Urls.isUrlList(s)).as("[%s]", s).isEqualTo(URL_LIST.matcher(s).matches());
        }
    }

    @Test
    void imagesLinksAndColonsAreHandledAsTheExpressionsHandledThem() {
        Random r = new Random(Long.getLong("fuzz.seed", 14L));
        for (int i = 0; i < 30_000; i++) {
            String s = generate(r, INLINE_PIECES, 10);
            assertThat(Syntax.removeImages(s)).as("[%s]", s).isEqualTo(IMAGE.matcher(s).replaceAll(""));
            assertThat(Syntax.isSingleLink(s)).as("[%s]", s).isEqualTo(SINGLE_LINK.matcher(s).matches());
            assertThat(Syntax.stripTrailingColons(s)).as("[%s]", s)
                    .isEqualTo(TRAILING_COLONS.matcher(s).replaceAll(""));
        }
    }

    @Test
    void longRunsAreReadInLinearTimeWithoutRecursion() {
        int n = 300_000;
        // the old expressions overflowed the stack at a few thousand repetitions, or backtracked
        assertThat(Syntax.sectionNumber("1.".repeat(n) + " x")).containsExactly(2 * n - 1, 2 * n + 1);
        assertThat(Syntax.sectionNumber("1.".repeat(n) + "1234 x")).isNull();
        assertThat(Syntax.sectionNumber("1.1".repeat(1) + ".1".repeat(n) + " Title")).isNotNull();
        assertThat(Urls.isUrlList("https://a,".repeat(n))).isTrue();
        assertThat(Urls.isUrlList("https://a, ".repeat(n) + "x y")).isFalse();
        assertThat(Syntax.atxTitle("## a" + " ".repeat(n) + "b\n")).containsExactly(3, n + 5);
        assertThat(Syntax.atxTitle("## " + "#".repeat(n) + "\n")).containsExactly(3, 3);
        assertThat(Syntax.removeImages("![a](".repeat(n))).hasSize(5 * n);
        assertThat(Syntax.removeImages("![".repeat(n) + "]x")).hasSize(2 * n + 2);
        assertThat(Syntax.removeImages("![".repeat(n) + "](").length()).isEqualTo(2 * n + 2);
        assertThat(Syntax.isSingleLink("[" + "](".repeat(n) + ")")).isTrue();
        assertThat(Syntax.stripTrailingColons(":x".repeat(n) + ":".repeat(n))).hasSize(2 * n);
    }
}
