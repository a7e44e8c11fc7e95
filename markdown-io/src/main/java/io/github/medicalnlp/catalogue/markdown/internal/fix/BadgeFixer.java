package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.lint.BadgeRule;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import io.github.medicalnlp.catalogue.markdown.internal.lint.TextRules;
import io.github.medicalnlp.catalogue.internal.Urls;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.internal.ModelRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code badge-mismatch}: writes the entry's GitHub repository in place of the one its star badge names
 * (only the {@code owner/repo} of the badge's URL changes).
 *
 * <p>Declines when the entry has no GitHub address or several (which one the badge is for is not
 * known), when one of its URLs is malformed or its repository is also another entry's (the address
 * itself is in doubt: it may be the copy, and the badge right), when the entry already has
 * a badge for its repository (the wrong one is then not a copy to correct but one to remove by hand), and
 * when the badge is the image of a link to another GitHub repository than the entry's.
 */
final class BadgeFixer implements Fixer {

    @Override
    public List<String> rules() {
        return List.of(TextRules.BADGE_MISMATCH.rule());
    }

    @Override
    public void fix(FixContext context, List<Detection> detections, Fixes fixes) {
        String text = context.text();
        Map<String, Integer> sharers = null;
        Set<Integer> malformed = new HashSet<>();
        context.detections().stream().filter(x -> x.rule().equals(ModelRules.MALFORMED_URL.rule()))
                .forEach(x -> malformed.add(x.segment()));
        for (Detection d : detections) {
            if (!context.isEntry(d.segment()) || d.start() < 0) {
                fixes.decline(d, "the badge is not in an entry");
                continue;
            }
            if (malformed.contains(d.segment())) {
                fixes.decline(d, "an address of the entry is malformed; fix it first, then the badge");
                continue;
            }
            Entry e = context.entry(d.segment());
            List<String> repos = e.gitHubRepositories();
            if (repos.size() != 1) {
                fixes.decline(d, repos.isEmpty() ? "the entry has no GitHub address to take the repository from"
                        : "the entry has several GitHub repositories (" + String.join(", ", repos)
                                + "); which one the badge is for is not known");
                continue;
            }
            String repo = repos.get(0);
            if (sharers == null) {
                sharers = sharers(context);
            }
            if (sharers.getOrDefault(repo.toLowerCase(Locale.ROOT), 0) > 1) {
                fixes.decline(d, "the entry's address " + repo + " is also another entry's, so the address may be"
                        + " the copy and the badge right; fix the entry by hand");
                continue;
            }
            Parsed.Segment s = context.parsed().segments().get(d.segment());
            boolean hasRight = BadgeRule.badges(text, s.start(), s.end()).stream()
                    .anyMatch(b -> text.substring(b[0], b[1]).toLowerCase(Locale.ROOT).equals(repo.toLowerCase(Locale.ROOT)));
            if (hasRight) {
                fixes.decline(d, "the entry already has a badge for " + repo + "; remove this one by hand");
                continue;
            }
            String linked = linkTarget(text, d.end(), s.end());
            if (linked != null && !Urls.gitHubRepository(linked).map(r -> r.equalsIgnoreCase(repo)).orElse(true)) {
                fixes.decline(d, "the badge is the image of a link to " + linked + "; fix the link and the badge by hand");
                continue;
            }
            fixes.text(d, d.start(), d.end(), repo, text.substring(d.start(), d.end()));
        }
    }

    /** How many entries have each GitHub repository (lower-cased). */
    private static Map<String, Integer> sharers(FixContext context) {
        Map<String, Integer> counts = new HashMap<>();
        for (Tree.Node node : context.nodes()) {
            for (Entry e : node.section().entries()) {
                BadgeRule.repositories(e).forEach(r -> counts.merge(r, 1, Integer::sum));
            }
        }
        return counts;
    }

    /**
     * The target of the link whose image the badge is ({@code [![](badge)](target)}), or null: after the
     * badge's {@code owner/repo}, the image's closing parenthesis then {@code ](}.
     */
    private static String linkTarget(String text, int from, int limit) {
        int close = from;
        while (close < limit && text.charAt(close) != ')' && !Character.isWhitespace(text.charAt(close))) {
            close++; // the rest of the badge's URL: no white space in it
        }
        if (close + 2 >= limit || text.charAt(close) != ')' || text.charAt(close + 1) != ']' || text.charAt(close + 2) != '(') {
            return null;
        }
        int end = close + 3;
        while (end < limit && text.charAt(end) != ')' && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(close + 3, end);
    }
}
