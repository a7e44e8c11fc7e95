package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attacks on issue 16's query options: --language, --arxiv, --text with hostile values; one line, exit 2, no stack trace. */
class Issue16CliAttackTest {

    private static void assertUsageError(CliRun.Result r) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ", "Exception").hasSizeLessThan(2000);
        assertThat(r.err().strip().lines().count()).isLessThanOrEqualTo(2);
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"klingonese", "x-private", "i-klingon", "zh-", "zh_", "-", "\u0000", "\u202E", "中",
            "zh-abcdefghi"})
    void anUnknownLanguageIsOneLineListingTheAcceptedWords(String word) {
        CliRun.Result r = CliRun.run("query", "--language", word);
        assertUsageError(r);
        assertThat(r.err()).contains("zh", "Chinese");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans-CN", "ZH_cn", "Chinese", "中文"})
    void chineseInEveryFormFindsTheChineseEntries(String word) {
        CliRun.Result r = CliRun.run("query", "--language", word, "--format", "jsonl");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).isEqualTo(CliRun.run("query", "--language", "zh", "--format", "jsonl")
                .out().lines().count()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"junk", "2305", "arXiv:", "https://example.org/abs/2305.01526", "javascript:alert(1)"})
    void junkArxivIdsAreOneLineErrors(String id) {
        CliRun.Result r = CliRun.run("query", "--arxiv", id);
        assertUsageError(r);
        assertThat(r.err()).contains("2305.01526");
    }

    @ParameterizedTest
    @ValueSource(ints = {100_000})
    void hugeValuesGiveShortErrors(int n) {
        assertUsageError(CliRun.run("query", "--arxiv", "1".repeat(n) + "x"));
        assertUsageError(CliRun.run("query", "--language", "z".repeat(n)));
        CliRun.Result text = CliRun.run("query", "--text", "q".repeat(n));
        assertThat(text.code()).as(text.err()).isIn(0, 1);
        assertThat(text.err()).doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2305.01526v2", "arXiv:2305.01526", "https://arxiv.org/abs/2305.01526"})
    void theArxivIdInEveryFormGivesTheSameRows(String id) {
        CliRun.Result plain = CliRun.run("query", "--arxiv", "2305.01526", "--format", "jsonl");
        CliRun.Result r = CliRun.run("query", "--arxiv", id, "--format", "jsonl");
        assertThat(r.code()).isEqualTo(plain.code());
        assertThat(r.out()).isEqualTo(plain.out());
    }
}
