package io.github.medicalnlp.catalogue.markdown.internal.lint;

import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.lint.Severity;
import java.util.List;

/** The rules that need the text, defined once for the linter, its fixers and their documentation. */
public final class TextRules {

    /** A star badge naming another repository than the entry's. */
    public static final RuleInfo BADGE_MISMATCH = new RuleInfo("badge-mismatch", Severity.ERROR,
            "a star badge names another GitHub repository than the entry's address");
    /** A Contents link to no heading. */
    public static final RuleInfo CONTENTS_WITHOUT_HEADING = new RuleInfo("contents-without-heading", Severity.ERROR,
            "a Contents item links to an anchor no heading has");
    /** A heading the Contents does not list. */
    public static final RuleInfo HEADING_MISSING_FROM_CONTENTS = new RuleInfo("heading-missing-from-contents",
            Severity.WARNING, "a section heading is missing from the Contents list");
    /** Entries of one section written with different bullet markers. */
    public static final RuleInfo MIXED_BULLETS = new RuleInfo("mixed-bullets", Severity.WARNING,
            "the entries of one section use different bullet markers (* and -)");
    /** Spaces or tabs at the end of a line of an entry. */
    public static final RuleInfo TRAILING_WHITESPACE = new RuleInfo("trailing-whitespace", Severity.INFO,
            "a line of an entry ends in spaces or tabs");

    /** Every rule of this module, in the order they run. */
    public static final List<RuleInfo> ALL = List.of(BADGE_MISMATCH, CONTENTS_WITHOUT_HEADING,
            HEADING_MISSING_FROM_CONTENTS, MIXED_BULLETS, TRAILING_WHITESPACE);

    private TextRules() {
    }
}
