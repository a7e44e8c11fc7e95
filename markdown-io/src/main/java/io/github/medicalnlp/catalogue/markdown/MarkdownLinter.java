package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Linter;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import io.github.medicalnlp.catalogue.markdown.internal.lint.LintRun;
import io.github.medicalnlp.catalogue.markdown.internal.lint.TextRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints a Markdown document: every rule of {@link Linter} with the file location of each finding, and
 * the rules that need the text itself — star badges that name another repository than the entry's
 * address, Contents links without a heading and headings missing from the Contents, bullet markers
 * other than those most entries of the section have, and white space at the end of an entry's lines.
 * {@link MarkdownFixer} fixes those findings that have one safe answer.
 *
 * <pre>{@code
 * MarkdownDocument doc = MarkdownReader.create().read(Path.of("README.md"));
 * for (Finding f : MarkdownLinter.standard().lint(doc)) {
 *     System.out.println(f);   // README.md:83:1: error: entry-without-link: 'MultiMedBench' has no link; ...
 * }
 * }</pre>
 *
 * <p>Linters are immutable and safe to share as constants. A lint takes time linear in the document
 * and its findings (n log n with the sorting): the places of findings come from indexes built once per
 * document, and heading and Contents text is read by scanners, not by backtracking expressions.
 */
public final class MarkdownLinter {

    /** A star badge naming another repository than the entry's. */
    public static final RuleInfo BADGE_MISMATCH = TextRules.BADGE_MISMATCH;
    /** A Contents link to no heading. */
    public static final RuleInfo CONTENTS_WITHOUT_HEADING = TextRules.CONTENTS_WITHOUT_HEADING;
    /** A heading the Contents does not list. */
    public static final RuleInfo HEADING_MISSING_FROM_CONTENTS = TextRules.HEADING_MISSING_FROM_CONTENTS;
    /**
     * An entry whose bullet marker is not the one most entries of its section have (when two markers are
     * tied for most: not the first entry's).
     */
    public static final RuleInfo MIXED_BULLETS = TextRules.MIXED_BULLETS;
    /** Spaces or tabs at the end of a line of an entry. */
    public static final RuleInfo TRAILING_WHITESPACE = TextRules.TRAILING_WHITESPACE;

    private static final MarkdownLinter STANDARD = new MarkdownLinter(Linter.standard());

    private final Linter model;

    private MarkdownLinter(Linter model) {
        this.model = model;
    }

    /** A linter with every rule on. */
    public static MarkdownLinter standard() {
        return STANDARD;
    }

    /** Every rule, those of {@link Linter} first. */
    public static List<RuleInfo> rules() {
        List<RuleInfo> all = new ArrayList<>(Linter.rules());
        all.addAll(TextRules.ALL);
        return List.copyOf(all);
    }

    /** A linter like this one with the rule switched off. */
    public MarkdownLinter without(String rule) {
        return new MarkdownLinter(model.without(rule));
    }

    /** Whether the rule is on. */
    public boolean isEnabled(String rule) {
        return model.isEnabled(rule);
    }

    /** The findings of every enabled rule, each with its file location, in the order of the file. */
    public List<Finding> lint(MarkdownDocument document) {
        return LintRun.findings(detect(document));
    }

    /** The findings with the places in the text they are about, for the fixer. */
    List<Detection> detect(MarkdownDocument document) {
        Checks.notNull(document, "document");
        return LintRun.run(document.parsed(), document.sourceName(), model);
    }

    /** {@code MarkdownLinter[all rules]} or {@code MarkdownLinter[without trailing-whitespace]}. */
    @Override
    public String toString() {
        return "MarkdownLinter[" + (model.disabled().isEmpty() ? "all rules" : "without " + String.join(", ", new java.util.TreeSet<>(model.disabled()))) + "]";
    }
}
