package io.github.medicalnlp.catalogue.markdown;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.internal.Checks;
import io.github.medicalnlp.catalogue.internal.Tree;
import io.github.medicalnlp.catalogue.lint.Finding;
import io.github.medicalnlp.catalogue.lint.Location;
import io.github.medicalnlp.catalogue.lint.RuleInfo;
import io.github.medicalnlp.catalogue.markdown.internal.Output;
import io.github.medicalnlp.catalogue.markdown.internal.Parsed;
import io.github.medicalnlp.catalogue.markdown.internal.fix.Composer;
import io.github.medicalnlp.catalogue.markdown.internal.fix.FixContext;
import io.github.medicalnlp.catalogue.markdown.internal.fix.Fixers;
import io.github.medicalnlp.catalogue.markdown.internal.fix.Fixes;
import io.github.medicalnlp.catalogue.markdown.internal.fix.LineChanges;
import io.github.medicalnlp.catalogue.markdown.internal.lint.Detection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Fixes the findings of {@link MarkdownLinter} that have one safe answer, where the document itself shows
 * what is right, and reports the others: it never guesses. What it fixes:
 *
 * <ul>
 *   <li>{@code contents-without-heading}, {@code heading-missing-from-contents}: the Contents list brought
 *       in line with the headings, one line each: an item linking to no heading gets the anchor of the one
 *       heading with its text, or is removed when no heading has its text; a missing section gets an item
 *       after the item of the heading before it, indented and marked as the Contents writes that level.</li>
 *   <li>{@code badge-mismatch}: the star badge names the entry's GitHub repository.</li>
 *   <li>{@code malformed-url}, a half-written link {@code url](url} only: the URL the document shows to be
 *       the entry's is kept (the other one is another entry's address, or the entry's badge names the
 *       kept one's repository).</li>
 *   <li>{@code trailing-whitespace}: removed, where the entry renders to the same HTML without it.</li>
 *   <li>{@code mixed-bullets}: the entry gets the marker most entries of its section have.</li>
 * </ul>
 *
 * <p>Each fixer declines, with the reason in {@link MarkdownFix#declined()}, when the document does not
 * show one answer: an entry with several GitHub addresses, a half-written link whose right half the
 * document does not show, white space that makes a hard line break or is part of code, a section whose
 * markers are split evenly, a Contents item sharing its line with other text or with sub-items, a Contents
 * that is numbered or not in the order of the headings. Every other rule's findings are left as they are.
 *
 * <p>Fixes go through the minimal-diff machinery: a link is changed in the catalogue and the entry written
 * back by {@link MarkdownDocument#withCatalogue}; what the model does not hold (a badge, white space, a
 * marker, a Contents line) is changed in place, those characters only. Every other byte stays as it was:
 * line endings, a byte order mark, tabs, a missing final newline. Fixing a fixed document changes
 * nothing, and the fixed text reads back to the same catalogue but for the links fixed.
 *
 * <p>A fix takes time linear in the document and its findings (n log n with the sorting). Fixers are
 * immutable and safe to share as constants.
 */
public final class MarkdownFixer {

    private static final MarkdownFixer STANDARD = new MarkdownFixer(MarkdownLinter.standard(), f -> true);

    private final MarkdownLinter linter;
    private final Predicate<? super Finding> which;

    private MarkdownFixer(MarkdownLinter linter, Predicate<? super Finding> which) {
        this.linter = linter;
        this.which = which;
    }

    /** A fixer of every fixable rule, with {@link MarkdownLinter#standard()}. */
    public static MarkdownFixer standard() {
        return STANDARD;
    }

    /** A fixer of the findings this linter makes (a rule switched off there is neither fixed nor reported). */
    public static MarkdownFixer of(MarkdownLinter linter) {
        return new MarkdownFixer(Checks.notNull(linter, "linter"), f -> true);
    }

    /**
     * A fixer like this one that fixes only the findings {@code which} accepts (for example, errors only);
     * the others are still reported in {@link MarkdownFix#remaining()}.
     */
    public MarkdownFixer filtered(Predicate<? super Finding> which) {
        Checks.notNull(which, "which");
        Predicate<? super Finding> before = this.which;
        return new MarkdownFixer(linter, f -> before.test(f) && which.test(f));
    }

    /** The rules whose findings can be fixed. */
    public static List<RuleInfo> fixableRules() {
        return Fixers.RULES;
    }

    /**
     * Fixes a document. A document edited with {@link MarkdownDocument#withCatalogue} is fixed as it
     * renders.
     *
     * @return what was fixed, declined and left, and the fixed document
     */
    public MarkdownFix fix(MarkdownDocument document) {
        Checks.notNull(document, "document");
        MarkdownDocument doc = document.editOutput() == null ? document
                : MarkdownReader.create().read(document.render(), document.sourceName());
        List<Detection> all = linter.detect(doc);
        Parsed parsed = doc.parsed();
        FixContext context = new FixContext(parsed, Tree.nodes(parsed.catalogue()), all);
        Fixes fixes = Fixers.propose(context, all.stream().filter(d -> which.test(d.finding())).toList());
        List<MarkdownFix.Applied> applied = new ArrayList<>();
        List<MarkdownFix.Declined> declined = new ArrayList<>();
        fixes.declined().forEach(d -> declined.add(new MarkdownFix.Declined(d.detection().finding(), d.reason())));
        Output rendered = render(doc, context, fixes.entryEdits());
        Composer.Result result = Composer.compose(parsed.text(), rendered, fixes.textEdits());
        if (result == null) {
            decline(fixes.entryEdits().stream().flatMap(e -> e.applied().stream()).toList(), declined,
                    "the entry cannot be written back without moving other text; fix it by hand");
            rendered = null;
            result = Composer.compose(parsed.text(), null, fixes.textEdits());
        }
        if (result.text().length() > MarkdownReader.MAX_DOCUMENT_CHARS) {
            List<Fixes.Applied> every = new ArrayList<>();
            fixes.entryEdits().forEach(e -> every.addAll(e.applied()));
            fixes.textEdits().forEach(e -> every.addAll(e.applied()));
            decline(every, declined, "the fixed document would be over MarkdownReader.MAX_DOCUMENT_CHARS");
            return new MarkdownFix(document, doc, List.of(), sorted(declined, MarkdownFix.Declined::finding),
                    linter.lint(doc), List.of());
        }
        if (rendered != null) {
            fixes.entryEdits().forEach(e -> e.applied().forEach(a -> applied.add(applied(a))));
        }
        result.made().forEach(e -> e.applied().forEach(a -> applied.add(applied(a))));
        decline(result.skipped().stream().flatMap(e -> e.applied().stream()).toList(), declined,
                "another fix changes the same text; fix again to fix this one");
        MarkdownDocument fixed = result.text().equals(parsed.text()) ? doc
                : MarkdownReader.create().read(result.text(), doc.sourceName());
        List<MarkdownFix.LineChange> changes = new ArrayList<>();
        for (LineChanges.Change c : LineChanges.of(parsed.text(), parsed.lines(), result.replacements())) {
            changes.add(new MarkdownFix.LineChange(c.line(), c.removed(), c.newLine(), c.added()));
        }
        return new MarkdownFix(document, fixed, sorted(applied, MarkdownFix.Applied::finding),
                sorted(declined, MarkdownFix.Declined::finding), linter.lint(fixed), changes);
    }

    /** The catalogue with the entry edits, rendered by the minimal-diff writer, as pieces; null for none. */
    private static Output render(MarkdownDocument doc, FixContext context, List<Fixes.EntryEdit> edits) {
        if (edits.isEmpty()) {
            return null;
        }
        Catalogue c = doc.catalogue();
        for (Fixes.EntryEdit e : edits) {
            c = Tree.update(c, context.nodes().get(e.section()).address(),
                    s -> s.withEntries(Tree.replaceAt(s.entries(), e.entry(), e.replacement())));
        }
        return doc.withCatalogue(c).editOutput();
    }

    private static MarkdownFix.Applied applied(Fixes.Applied a) {
        return new MarkdownFix.Applied(a.detection().finding(), a.before(), a.after());
    }

    private static void decline(List<Fixes.Applied> fixes, List<MarkdownFix.Declined> declined, String reason) {
        fixes.forEach(a -> declined.add(new MarkdownFix.Declined(a.detection().finding(), reason)));
    }

    /** The list in the order of the findings' places (stable). */
    private static <T> List<T> sorted(List<T> list, java.util.function.Function<T, Finding> finding) {
        List<T> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt((T x) -> finding.apply(x).location().map(Location::line).orElse(0))
                .thenComparingInt(x -> finding.apply(x).location().map(Location::column).orElse(0)));
        return out;
    }
}
