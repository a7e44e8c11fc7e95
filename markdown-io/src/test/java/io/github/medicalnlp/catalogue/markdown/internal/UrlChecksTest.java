package io.github.medicalnlp.catalogue.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader answers "is this a well-formed URL", "is this a list of addresses" and "which addresses"
 * without regular expressions where it can, and starts the search for "label：url" near its colon; these
 * are the expressions they stand for, and generated
 * strings made of the pieces that matter must get the same answer from both (seeded; -Dfuzz.seed).
 */
class UrlChecksTest {

    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^\\s\\[\\]()<>\"]+$");
    private static final Pattern URL_LIST = Pattern.compile(
            "^https?://\\S+?(?:\\s*[;；,，、]\\s*https?://\\S+?)*\\s*[;；,，、]?\\s*$");
    private static final Pattern URL_TOKEN = Pattern.compile("https?://[^\\s;；,，、]+");
    private static final String[] PIECES = {"http", "https", "://", ":", "/", "a", "B", "x.com", ",", " ", "，",
        "、", ";", "；", "\t", "\n", "\u3000", "[", "]", "(", ")", "<", ">", "\"", "s", "1", "+", "-", ".", "ttp",
        "\u00A0", "：", "label", "论文地址"};

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = URL_TOKEN.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void theFastChecksAnswerAsTheExpressionsDo() {
        Random r = new Random(Long.getLong("fuzz.seed", 7L));
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(9); n > 0; n--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            assertThat(Urls.isWellFormedUrl(s)).as("well-formed [%s]", s)
                    .isEqualTo(WELL_FORMED.matcher(s).matches());
            assertThat(Urls.isUrlList(s)).as("URL list [%s]", s).isEqualTo(URL_LIST.matcher(s).matches());
            assertThat(Urls.urlTokens(s)).as("addresses in [%s]", s).isEqualTo(tokens(s));
            Matcher whole = Urls.LABELLED_URL.matcher(s);
            Matcher fromStart = Urls.LABELLED_URL.matcher(s);
            boolean found = whole.find();
            assertThat(fromStart.find(Urls.labelledUrlSearchStart(s))).as("label：url in [%s]", s)
                    .isEqualTo(found);
            if (found) {
                assertThat(new int[] {fromStart.start(), fromStart.end()}).as("label：url in [%s]", s)
                        .containsExactly(whole.start(), whole.end());
            }
        }
    }

    @Test
    void theLabelledUrlSearchFindsTheFirstMatchInTitlesThatHaveOne() {
        Random r = new Random(Long.getLong("fuzz.seed", 7L) + 1);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(30); n > 0; n--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            b.append(r.nextBoolean() ? "：" : ":").append(" ".repeat(r.nextInt(3)))
                    .append(r.nextBoolean() ? "https://" : "http://").append(PIECES[r.nextInt(PIECES.length)]);
            for (int n = r.nextInt(6); n > 0; n--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            Matcher whole = Urls.LABELLED_URL.matcher(s);
            Matcher fromStart = Urls.LABELLED_URL.matcher(s);
            boolean found = whole.find();
            assertThat(fromStart.find(Urls.labelledUrlSearchStart(s))).as("[%s]", s).isEqualTo(found);
            if (found) {
                assertThat(new int[] {fromStart.start(), fromStart.end()}).as("[%s]", s)
                        .containsExactly(whole.start(), whole.end());
            }
        }
    }

    @Test
    void theUsualCasesAreAnsweredAsExpected() {
        assertThat(Urls.isWellFormedUrl("https://github.com/a/b")).isTrue();
        assertThat(Urls.isWellFormedUrl("https://github.com/a b")).isFalse();
        assertThat(Urls.isUrlList("https://a.org/x， https://b.org/y")).isTrue();
        assertThat(Urls.isUrlList("https://a.org/x and more")).isFalse();
        assertThat(Urls.urlTokens("https://a.org/x")).containsExactly("https://a.org/x");
        assertThat(Urls.urlTokens("https://")).isEmpty();
    }
}
