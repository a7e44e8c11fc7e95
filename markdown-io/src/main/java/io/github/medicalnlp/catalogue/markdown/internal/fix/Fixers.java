package io.github.medicalnlp.catalogue.markdown.internal.fix;

import io.github.medicalnlp.catalogue.internal.ModelRules;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import io.github.medicalnlp.catalogue.markdown.internal.lint.TextRules;
import java.util.List;

/** The fixers, one per kind of finding, in the order they run, and the dispatch of detections to them. */
public final class Fixers {

    private static final List<Fixer> ALL = List.of(new UrlFixer(), new BadgeFixer(), new ContentsFixer(),
            new BulletFixer(), new WhitespaceFixer());

    /** The rules with a fixer. */
    public static final List<RuleInfo> RULES = List.of(ModelRules.MALFORMED_URL, TextRules.BADGE_MISMATCH,
            TextRules.CONTENTS_WITHOUT_HEADING, TextRules.HEADING_MISSING_FROM_CONTENTS, TextRules.MIXED_BULLETS,
            TextRules.TRAILING_WHITESPACE);

    private Fixers() {
    }

    /** Gives each fixer the detections of its rules; what they propose and decline. */
    public static Fixes propose(FixContext context, List<Detection> detections) {
        Fixes fixes = new Fixes();
        for (Fixer f : ALL) {
            List<Detection> mine = detections.stream().filter(d -> f.rules().contains(d.rule())).toList();
            if (!mine.isEmpty()) {
                f.fix(context, mine, fixes);
            }
        }
        return fixes;
    }
}
