package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.internal.Text;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.Syntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code badge-mismatch}: a star badge of an entry naming another repository than the entry's GitHub address. */
public final class BadgeRule {

    /** Starts with a literal and repeats no group: each try ends at the next '/' or white space, so linear. */
    private static final Pattern BADGE = Pattern.compile(
            Pattern.quote(Syntax.STAR_BADGE_HOST) + "([A-Za-z0-9._-]+/[A-Za-z0-9._-]+?)(?:\\.svg)?(?=[\\s)?&#])");

    private BadgeRule() {
    }

    /** The {@code owner/repo} of each star badge in {@code [start, end)} of the text, as {start, end} pairs. */
    public static List<int[]> badges(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        Matcher m = BADGE.matcher(text).region(start, end);
        while (m.find()) {
            out.add(new int[] {m.start(1), m.end(1)});
        }
        return out;
    }

    /** The GitHub repositories of an entry, lower-cased, for comparing with a badge. */
    public static Set<String> repositories(Entry e) {
        Set<String> repos = new HashSet<>();
        e.gitHubRepositories().forEach(r -> repos.add(r.toLowerCase(Locale.ROOT)));
        return repos;
    }

    static void check(LintContext c, List<Detection> out) {
        List<Parsed.Segment> segments = c.parsed.segments();
        for (int k = 0; k < segments.size(); k++) {
            Parsed.Segment s = segments.get(k);
            if (s.type() != Parsed.Type.ENTRY) {
                continue;
            }
            List<int[]> badges = badges(c.text, s.start(), s.end());
            if (badges.isEmpty()) {
                continue;
            }
            Entry e = c.entry(s);
            Set<String> repos = repositories(e);
            String expected = e.gitHubRepositories().isEmpty() ? "no GitHub repository"
                    : String.join(", ", e.gitHubRepositories());
            for (int[] b : badges) {
                String badge = c.text.substring(b[0], b[1]);
                if (!repos.contains(badge.toLowerCase(Locale.ROOT))) {
                    out.add(new Detection(c.finding(TextRules.BADGE_MISMATCH, "the star badge of '"
                            + Text.abbreviate(e.name(), 80) + "' names " + badge + " but its address is " + expected
                            + "; make the badge match the address", s.section(), s, b[0]), k, s.section(), b[0], b[1]));
                }
            }
        }
    }
}
