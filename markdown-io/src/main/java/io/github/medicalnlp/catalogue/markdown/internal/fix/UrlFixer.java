package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.internal.ModelRules;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.internal.Urls;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.lint.BadgeRule;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code malformed-url}, the half-written link {@code first](second)} only: keeps the one of the two URLs
 * the document shows to be the entry's. The URL's characters in the entry are replaced, and the entry as
 * it must read afterwards (its link changed, nothing else) is given as the model edit that the fixed text
 * is checked against.
 *
 * <p>The document shows it in two ways: one of the two URLs is already the address of another entry
 * (a copy left from the entry before) while the other is nobody else's; or the entry's star badge names
 * the GitHub repository of one of them and not of the other. Declines when the URL is malformed in
 * another way, when either part is not an absolute http(s) URL, and when the document shows neither, or
 * shows each, to be the right one.
 */
final class UrlFixer implements Fixer {

    private static final String HALF = "](";

    @Override
    public List<String> rules() {
        return List.of(ModelRules.MALFORMED_URL.rule());
    }

    @Override
    public void fix(FixContext context, List<Detection> detections, Fixes fixes) {
        Map<String, Integer> uses = uses(context);
        Map<Integer, List<Fixes.Applied>> byEntry = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> keptByEntry = new HashMap<>();
        for (Detection d : detections) {
            Optional<String> url = d.finding().url();
            if (url.isEmpty() || !context.isEntry(d.segment())) {
                fixes.decline(d, "the address is not in an entry of the document");
                continue;
            }
            String u = url.get();
            int cut = u.indexOf(HALF);
            if (cut < 0 || u.indexOf(HALF, cut + 1) >= 0) {
                fixes.decline(d, "only a half-written link 'url](url' is fixed; correct this address by hand");
                continue;
            }
            String first = u.substring(0, cut);
            String second = u.substring(cut + HALF.length());
            if (ModelRules.problem(first).isPresent() || ModelRules.problem(second).isPresent()) {
                fixes.decline(d, "the two halves of the link are not both absolute http(s) URLs; correct it by hand");
                continue;
            }
            String kept = choose(context, d.segment(), first, second, uses);
            if (kept == null) {
                fixes.decline(d, "the document does not show which of " + first + " and " + second
                        + " is the entry's address; keep one by hand");
                continue;
            }
            byEntry.computeIfAbsent(d.segment(), k -> new ArrayList<>()).add(new Fixes.Applied(d, u, kept));
            keptByEntry.computeIfAbsent(d.segment(), k -> new HashMap<>()).put(u, kept);
        }
        byEntry.forEach((segment, applied) -> {
            Parsed.Segment s = context.parsed().segments().get(segment);
            Map<String, String> kept = keptByEntry.get(segment);
            Entry e = context.entry(segment);
            List<Link> links = new ArrayList<>(e.links().size());
            for (Link l : e.links()) {
                links.add(l.withUrl(kept.getOrDefault(l.url(), l.url())));
            }
            List<Fixes.TextEdit> edits = new ArrayList<>();
            String entryText = context.text().substring(s.start(), s.end());
            boolean written = true;
            for (Map.Entry<String, String> k : kept.entrySet()) {
                List<Fixes.Applied> fixed = applied.stream().filter(a -> a.before().equals(k.getKey())).toList();
                int at = entryText.indexOf(k.getKey());
                written &= at >= 0;
                for (; at >= 0; at = entryText.indexOf(k.getKey(), at + k.getKey().length())) {
                    edits.add(new Fixes.TextEdit(s.start() + at, s.start() + at + k.getKey().length(), k.getValue(),
                            fixed));
                    fixed = List.of();
                }
            }
            if (!written) {
                applied.forEach(a -> fixes.decline(a.detection(), "the address is not written out in the entry's text;"
                        + " correct it by hand"));
                return;
            }
            fixes.entry(new Fixes.EntryEdit(s.section(), s.entry(), e.withLinks(links), applied, edits));
        });
    }

    /**
     * The URL the document shows to be right, or null: votes for a URL that is nobody else's against one
     * that is another entry's, and for the URL of the repository the entry's badges name.
     */
    private static String choose(FixContext context, int segment, String first, String second, Map<String, Integer> uses) {
        Entry self = context.entry(segment);
        int forFirst = 0;
        int forSecond = 0;
        boolean firstElsewhere = usedElsewhere(first, self, uses);
        boolean secondElsewhere = usedElsewhere(second, self, uses);
        if (firstElsewhere != secondElsewhere) {
            if (firstElsewhere) {
                forSecond++;
            } else {
                forFirst++;
            }
        }
        Parsed.Segment s = context.parsed().segments().get(segment);
        Set<String> badges = new HashSet<>();
        BadgeRule.badges(context.text(), s.start(), s.end())
                .forEach(b -> badges.add(context.text().substring(b[0], b[1]).toLowerCase(Locale.ROOT)));
        boolean firstBadge = repository(first).map(badges::contains).orElse(false);
        boolean secondBadge = repository(second).map(badges::contains).orElse(false);
        if (firstBadge != secondBadge) {
            if (firstBadge) {
                forFirst++;
            } else {
                forSecond++;
            }
        }
        if (forFirst > 0 && forSecond == 0) {
            return first;
        }
        return forSecond > 0 && forFirst == 0 ? second : null;
    }

    private static Optional<String> repository(String url) {
        return Urls.gitHubRepository(url).map(r -> r.toLowerCase(Locale.ROOT));
    }

    /** Whether another entry than {@code self} has a link to the URL (compared normalised). */
    private static boolean usedElsewhere(String url, Entry self, Map<String, Integer> uses) {
        String key = Urls.normalize(url);
        int own = (int) self.links().stream().filter(l -> Urls.normalize(l.url()).equals(key)).count();
        return uses.getOrDefault(key, 0) > own;
    }

    /** How many links of the catalogue's entries have each URL, normalised. */
    private static Map<String, Integer> uses(FixContext context) {
        Map<String, Integer> uses = new HashMap<>();
        for (Tree.Node node : context.nodes()) {
            for (Entry e : node.section().entries()) {
                for (Link l : e.links()) {
                    uses.merge(Urls.normalize(l.url()), 1, Integer::sum);
                }
            }
        }
        return uses;
    }
}
