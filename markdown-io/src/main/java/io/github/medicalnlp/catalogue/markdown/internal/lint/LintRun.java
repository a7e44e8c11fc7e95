package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Linter;
import io.github.medicalnlp.catalogue.lint.Location;
import io.github.medicalnlp.catalogue.markdown.internal.LintLocator;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One lint of one document: the model's rules, placed in the text, then the text's rules; every finding
 * with the place it is about, in the order of the file.
 */
public final class LintRun {

    private LintRun() {
    }

    /**
     * Lints a document.
     *
     * @param parsed the document as read
     * @param sourceName the name of its source, for the locations
     * @param model the model's linter, with the rules switched off that are off (text rules' ids included)
     * @return the detections of every enabled rule, sorted by line and column
     */
    public static List<Detection> run(Parsed parsed, String sourceName, Linter model) {
        LintContext c = new LintContext(parsed, sourceName);
        List<Finding> modelFindings = model.lint(parsed.catalogue());
        List<LintLocator.Place> places = c.locator.places(modelFindings);
        List<Detection> out = new ArrayList<>(modelFindings.size());
        for (int i = 0; i < modelFindings.size(); i++) {
            LintLocator.Place p = places.get(i);
            Location where = p.offset() < 0 ? new Location(sourceName, 1, 1) : c.at(p.offset());
            out.add(new Detection(modelFindings.get(i).at(where), p.segment(), p.section(), p.offset(),
                    p.offset() < 0 ? -1 : p.offset() + p.length()));
        }
        if (model.isEnabled(TextRules.BADGE_MISMATCH.rule())) {
            BadgeRule.check(c, out);
        }
        boolean links = model.isEnabled(TextRules.CONTENTS_WITHOUT_HEADING.rule());
        boolean headings = model.isEnabled(TextRules.HEADING_MISSING_FROM_CONTENTS.rule());
        if (links || headings) {
            ContentsRule.check(c, links, headings, out);
        }
        if (model.isEnabled(TextRules.MIXED_BULLETS.rule())) {
            BulletRule.check(c, out);
        }
        if (model.isEnabled(TextRules.TRAILING_WHITESPACE.rule())) {
            TrailingWhitespaceRule.check(c, out);
        }
        out.sort(Comparator.comparingInt((Detection d) -> line(d.finding())).thenComparingInt(d -> column(d.finding())));
        return out;
    }

    private static int line(Finding f) {
        return f.location().map(Location::line).orElse(0);
    }

    private static int column(Finding f) {
        return f.location().map(Location::column).orElse(0);
    }

    /** The findings of the detections. */
    public static List<Finding> findings(List<Detection> detections) {
        return detections.stream().map(Detection::finding).toList();
    }
}
